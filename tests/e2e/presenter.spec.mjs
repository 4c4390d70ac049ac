// Presenter mode: a trainer shows a lesson on the screen for the group and
// steers it from the controls in a second window. Two pages of one browser
// context, like two windows on one laptop; no server between them.
import { test, expect } from "@playwright/test";
import { axeViolations } from "./helpers.mjs";

const CARD = { username: "noor.oefen" };

const screenArea = (page) => page.getByRole("region", { name: /Oefenscherm/ });
const phone = (page) => page.getByRole("complementary", { name: /telefoon/i });

async function onScreen(page, n, total = 7) {
  await expect(page).toHaveURL(new RegExp(`/les/digid-web/${n}\\?presenteren=ja$`));
  await expect(page.getByText(`Stap ${n} van ${total}`, { exact: true })).toBeVisible();
}

async function controlsSay(controls, n) {
  await expect(controls.getByRole("status")).toHaveText(`Het scherm is bij Stap ${n} van 7 (D2-${n}).`);
  await expect(controls.getByRole("button", { name: new RegExp(`^D2-${n} `) })).toHaveAttribute("aria-current", "step");
}

test("the screen and the controls stay in sync through a whole lesson", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ locale: "nl-NL" });
  const screen = await context.newPage();
  await screen.goto("/taak/digid");
  await screen.getByText("Voor trainers").click();
  await screen.getByRole("link", { name: "Presenteren: D2 Inloggen met DigiD" }).click();
  await onScreen(screen, 1);
  await expect(screen.locator("html")).toHaveClass(/presenting/);
  await expect(screen.getByText("Dit scherm is voor de groep.", { exact: false })).toBeVisible();

  // "Open de bediening" opens the trainer's window, which finds the screen.
  const [controls] = await Promise.all([
    context.waitForEvent("page"),
    screen.getByRole("button", { name: "Open de bediening" }).click(),
  ]);
  await expect(controls).toHaveURL(/\/bediening\/digid-web$/);
  await expect(controls.getByRole("heading", { level: 1 })).toHaveText("Bediening: Inloggen met DigiD");
  await controlsSay(controls, 1);
  await expect(controls.getByRole("button", { name: "Vorige stap" })).toBeDisabled();

  // The trainer does the step on the screen: the controls follow.
  await screenArea(screen).getByLabel("Gebruikersnaam").fill(CARD.username);
  await onScreen(screen, 2);
  await controlsSay(controls, 2);
  // The mistake on purpose comes with advice for the trainer.
  await expect(controls.getByText("Hier gaat het met opzet mis.", { exact: false })).toBeVisible();

  // "Laat zien" lights the step's control on the screen.
  await controls.getByRole("button", { name: "Laat zien" }).click();
  await expect(screen.locator("#live-password")).toHaveClass(/highlight/);

  // Next and previous move the screen.
  await controls.getByRole("button", { name: "Volgende stap" }).click();
  await onScreen(screen, 3);
  await controlsSay(controls, 3);
  await controls.getByRole("button", { name: "Vorige stap" }).click();
  await onScreen(screen, 2);
  await controlsSay(controls, 2);

  // A step from the list: the screen is rebuilt there (the SMS has come).
  await controls.getByRole("button", { name: /^D2-6 / }).click();
  await onScreen(screen, 6);
  await controlsSay(controls, 6);
  const code = (await phone(screen).getByRole("listitem").first().innerText()).match(/\d{6}/)[0];
  await screenArea(screen).getByLabel("Sms-code (6 cijfers)").fill(code);
  await onScreen(screen, 7);
  await controlsSay(controls, 7);
  await screenArea(screen).getByRole("button", { name: "Inloggen" }).click();
  await expect(screen).toHaveURL(/\/les\/digid-web\/klaar\?presenteren=ja$/);
  await expect(controls.getByRole("status")).toHaveText("Het scherm is aan het einde van de les.");
  await expect(controls.getByRole("button", { name: "Volgende stap" })).toBeDisabled();

  // Start again: the screen is back at step 1, with a fresh practice screen.
  await controls.getByRole("button", { name: "Opnieuw beginnen" }).click();
  await onScreen(screen, 1);
  await controlsSay(controls, 1);
  await expect(screenArea(screen).getByLabel("Gebruikersnaam")).toHaveValue("");

  // Closed controls lose nothing: reopened, they ask the screen.
  await controls.getByRole("button", { name: /^D2-4 / }).click();
  await onScreen(screen, 4);
  await controls.close();
  const [again] = await Promise.all([
    context.waitForEvent("page"),
    screen.getByRole("button", { name: "Open de bediening" }).click(),
  ]);
  await controlsSay(again, 4);

  // A closed screen loses nothing either: reopened at the step last heard.
  await screen.close();
  const [reopened] = await Promise.all([
    context.waitForEvent("page"),
    again.getByRole("button", { name: "Open het scherm" }).click(),
  ]);
  await onScreen(reopened, 4);
  await controlsSay(again, 4);
  await expect(screenArea(reopened).getByLabel("Wachtwoord")).toHaveValue(/.+/);

  // "Stop met presenteren": the plain lesson, at the same step.
  await reopened.getByRole("link", { name: "Stop met presenteren" }).click();
  await expect(reopened).toHaveURL(/\/les\/digid-web\/4$/);
  await expect(reopened.locator("html")).not.toHaveClass(/presenting/);
  await context.close();
});

test("errors on demand: the screen's next try fails, with the service's own help, and then works", async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ locale: "nl-NL" });
  const screen = await context.newPage();
  await screen.goto("/les/digid-web/7?presenteren=ja");
  await onScreen(screen, 7);
  const controls = await context.newPage();
  await controls.goto("/bediening/digid-web");
  await controlsSay(controls, 7);
  const faults = controls.getByRole("region", { name: "Fout laten zien" });
  await expect(faults.getByRole("button")).toHaveText(["De sms-code klopt niet", "De sms-code is verlopen"]);

  // A wrong code: refused once, then the same code works.
  await faults.getByRole("button", { name: "De sms-code klopt niet" }).click();
  await expect(faults.getByRole("button", { name: "De sms-code klopt niet" })).toHaveAttribute("aria-pressed", "true");
  await expect(faults.getByText("Klaar. De volgende poging op het scherm gaat mis.")).toBeVisible();
  await screenArea(screen).getByRole("button", { name: "Inloggen" }).click();
  await expect(screenArea(screen).getByRole("alert")).toContainText("Deze code klopt niet.");
  await onScreen(screen, 7);
  await screenArea(screen).getByRole("button", { name: "Inloggen" }).click();
  await expect(screen).toHaveURL(/\/les\/digid-web\/klaar\?presenteren=ja$/);

  // An expired code: the group asks for a new one.
  await controls.getByRole("button", { name: /^D2-7 / }).click();
  await onScreen(screen, 7);
  await faults.getByRole("button", { name: "De sms-code is verlopen" }).click();
  await screenArea(screen).getByRole("button", { name: "Inloggen" }).click();
  await expect(screenArea(screen).getByRole("alert")).toContainText("Deze code is verlopen.");
  await context.close();
});

test("a lesson whose service has no mistakes to show has no such section", async ({ page }) => {
  await page.goto("/bediening/phishing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Bediening: /);
  await expect(page.getByRole("heading", { name: "Alle stappen" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Fout laten zien" })).toHaveCount(0);
});

test("controls with no screen say so, and open it at the start", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const controls = await context.newPage();
  await controls.goto("/bediening/digid-web");
  await expect(controls.getByRole("status")).toHaveText(/Het scherm is nog niet gevonden/);
  await expect(controls.getByRole("button", { name: "Volgende stap" })).toBeDisabled();
  const [screen] = await Promise.all([
    context.waitForEvent("page"),
    controls.getByRole("button", { name: "Open het scherm" }).click(),
  ]);
  await onScreen(screen, 1);
  await controlsSay(controls, 1);
  await context.close();
});

for (const [lang, locale] of [["nl", "nl-NL"], ["ar", "ar"]]) {
  test(`axe finds nothing on the screen and the controls (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const screen = await context.newPage();
    await screen.goto("/les/digid-web/2?presenteren=ja");
    await expect(screen.locator(".presenter-bar")).toBeVisible();
    await expect(screen.locator("#live-password")).toBeVisible();
    const controls = await context.newPage();
    await controls.goto("/bediening/digid-web");
    await expect(controls.getByRole("button", { name: /^D2-2 / })).toHaveAttribute("aria-current", "step");
    expect(await axeViolations(screen)).toEqual([]);
    expect(await axeViolations(controls)).toEqual([]);
    await context.close();
  });
}
