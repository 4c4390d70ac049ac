// The hospital ("Mijn Oefendal" and its kiosk): both lessons completed by
// labels and roles with their mistakes on purpose (no answer, save and go
// on later, checking in a day early, the bank card at the kiosk); the
// questionnaire by keyboard only; idle logout keeps the answers; axe on
// every step in nl, en and ar; nothing leaves the browser.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { axeEveryStep, expectReadable } from "./helpers.mjs";

/** The service's Dutch words, from locales/nl/practice-care.ftl. */
const P = {};
for (const line of readFileSync(new URL("../../locales/nl/practice-care.ftl", import.meta.url), "utf8").split("\n")) {
  const m = line.match(/^hospital-([a-z0-9-]+) = (.+)$/);
  if (m) P[m[1]] = m[2].trim();
}
const CARD = { username: "noor.oefen", password: "Oefen2026!" };
const QUESTIONS = 22;
const CHECKIN = 9;

const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });
const phone = (page) => page.getByRole("complementary", { name: /telefoon|phone|هاتف/i });

async function step(page, lesson, n, total) {
  await expect(page).toHaveURL(new RegExp(`/les/${lesson}/${n}$`));
  await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${total}`))).toBeVisible();
}

async function done(page, lesson) {
  await expect(page).toHaveURL(new RegExp(`/les/${lesson}/klaar`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
}

test("the questionnaire lesson is completed, with save-and-continue and a changed answer", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const at = (n) => step(page, "hospital-questionnaire", n, QUESTIONS);
  await page.goto("/les/hospital-questionnaire/1");
  const s = screen(page);
  await at(1);
  await s.getByRole("button", { name: P["digid-login"] }).click();
  await at(2);
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByLabel("Wachtwoord").fill(CARD.password);
  await s.getByRole("button", { name: "Inloggen", exact: true }).click();
  await at(3);
  await s.getByRole("button", { name: /Sms-controle/ }).click();
  await at(4);
  const code = (await phone(page).getByRole("listitem").first().innerText()).match(/\d{6}/)[0];
  await s.getByLabel("Sms-code (6 cijfers)").fill(code);
  await s.getByRole("button", { name: "Inloggen", exact: true }).click();
  await at(5);
  const menu = s.getByRole("navigation", { name: P["menu-label"] });
  await expect(menu.getByRole("button", { name: new RegExp(`^${P["menu-tasks"]}`) })).toContainText(P["badge-open"]);
  await menu.getByRole("button", { name: new RegExp(`^${P["menu-tasks"]}`) }).click();
  await at(6);
  await expect(s.getByText(P["task-todo"])).toBeVisible();
  await s.getByRole("button", { name: P["task-start"] }).click();
  await at(7);
  await expect(s.getByText("Vraag 1 van 5")).toBeVisible();
  await s.getByRole("button", { name: P["next"], exact: true }).click();
  await at(8);
  await expect(s.getByRole("alert")).toContainText("Kies of typ eerst een antwoord.");
  const feel = s.getByRole("group", { name: P["q-feel"] });
  await expect(feel).toHaveAttribute("aria-invalid", "true");
  await feel.getByRole("radio", { name: P["q-feel-good"] }).check();
  await at(9);
  await expect(s.getByRole("alert")).toHaveCount(0);
  await s.getByRole("button", { name: P["next"], exact: true }).click();
  await at(10);
  await expect(s.getByText("Vraag 2 van 5")).toBeVisible();
  await s.getByRole("radio", { name: P["q-no"], exact: true }).check();
  await at(11);
  await s.getByRole("button", { name: P["save-later"] }).click();
  await at(12);
  await expect(s.getByText("Bezig: 2 van 5 vragen beantwoord")).toBeVisible();
  await s.getByRole("button", { name: P["task-continue"] }).click();
  await at(13);
  await expect(s.getByRole("radio", { name: P["q-no"], exact: true })).toBeChecked();
  await s.getByRole("button", { name: P["next"], exact: true }).click();
  await at(14);
  await s.getByRole("radio", { name: P["q-smoke-never"] }).check();
  await at(15);
  await s.getByRole("button", { name: P["next"], exact: true }).click();
  await at(16);
  await s.getByLabel(P["q-medicines"]).fill("omeprazol");
  await s.getByLabel(P["q-medicines"]).blur();
  await at(17);
  await s.getByRole("button", { name: P["next"], exact: true }).click();
  await at(18);
  await expect(s.getByLabel(P["q-ask"])).toHaveValue("");
  await s.getByRole("button", { name: P["to-review"] }).click();
  await at(19);
  await expect(s.getByRole("heading", { name: P["review-title"] })).toBeVisible();
  await expect(s.getByRole("listitem").filter({ hasText: P["q-medicines"] })).toContainText("omeprazol");
  await expect(s.getByRole("listitem").filter({ hasText: P["q-ask"] })).toContainText(P["q-empty"]);
  await s.getByRole("listitem").filter({ hasText: P["q-smoke"] }).getByRole("button", { name: P["change"] }).click();
  await at(20);
  await s.getByRole("radio", { name: P["q-smoke-before"] }).check();
  await at(21);
  await s.getByRole("button", { name: P["to-review"] }).click();
  await at(22);
  await expect(s.getByRole("listitem").filter({ hasText: P["q-smoke"] })).toContainText(P["q-smoke-before"]);
  await s.getByRole("button", { name: P["send"], exact: true }).click();
  await done(page, "hospital-questionnaire");
  expect(requests.filter((u) => !u.startsWith(new URL(page.url()).origin))).toEqual([]);
});

test("the questionnaire works with the keyboard only", async ({ page }) => {
  await page.goto("/oefenen/ziekenhuis");
  const s = screen(page);
  // Free practice starts at the login page: DigiD, by keyboard too.
  await s.getByRole("button", { name: P["digid-login"] }).focus();
  await page.keyboard.press("Enter");
  await s.getByLabel("Gebruikersnaam").focus();
  await page.keyboard.type(CARD.username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(CARD.password);
  await page.keyboard.press("Enter");
  await s.getByRole("button", { name: /Sms-controle/ }).focus();
  await page.keyboard.press("Enter");
  const code = (await phone(page).getByRole("listitem").first().innerText()).match(/\d{6}/)[0];
  await s.getByLabel("Sms-code (6 cijfers)").focus();
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  const tasks = s.getByRole("button", { name: new RegExp(`^${P["menu-tasks"]}`) });
  await tasks.focus();
  await page.keyboard.press("Enter");
  await s.getByRole("button", { name: P["task-start"] }).focus();
  await page.keyboard.press("Enter");
  // A radio group: Tab reaches it, the arrow keys choose.
  for (let q = 1; q <= 3; q++) {
    await expect(s.getByText(`Vraag ${q} van 5`)).toBeVisible();
    await s.getByRole("radio").first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(s.getByRole("radio").nth(1)).toBeChecked();
    // From the radio group, Tab goes on to "Vorige", then "Volgende".
    await page.keyboard.press("Tab");
    await expect(s.getByRole("button", { name: P["previous"] })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(s.getByRole("button", { name: P["next"], exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  await expect(s.getByText("Vraag 4 van 5")).toBeVisible();
  await s.getByLabel(P["q-medicines"]).focus();
  await page.keyboard.type("geen");
  await page.keyboard.press("Tab");
  await s.getByRole("button", { name: P["next"], exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(s.getByText("Vraag 5 van 5")).toBeVisible();
  await s.getByRole("button", { name: P["to-review"] }).focus();
  await page.keyboard.press("Enter");
  await expect(s.getByRole("listitem").filter({ hasText: P["q-medicines"] })).toContainText("geen");
  await s.getByRole("button", { name: P["send"], exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(s.getByRole("status")).toContainText(P["sent-title"]);
});

test("idle time: the warning takes focus, and after logging out the answers are kept", async ({ page }) => {
  await page.goto("/les/hospital-questionnaire/10");
  const s = screen(page);
  await expect(s.getByText("Vraag 2 van 5")).toBeVisible();
  await page.getByRole("button", { name: "15 minuten niets doen" }).click();
  const dialog = s.getByRole("alertdialog", { name: P["idle-title"] });
  await expect(dialog.getByRole("button", { name: P["idle-stay"] })).toBeFocused();
  await page.getByRole("button", { name: "15 minuten niets doen" }).click();
  await expect(s.getByRole("heading", { name: P["logged-out-title"] })).toBeVisible();
  await expect(s.getByText(P["logged-out-text"])).toBeVisible();
  // Logged in again, the task list shows the first answer kept.
  await s.getByRole("button", { name: P["digid-login"] }).click();
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByLabel("Wachtwoord").fill(CARD.password);
  await s.getByRole("button", { name: "Inloggen", exact: true }).click();
  await s.getByRole("button", { name: /Sms-controle/ }).click();
  const code = (await phone(page).getByRole("listitem").first().innerText()).match(/\d{6}/)[0];
  await s.getByLabel("Sms-code (6 cijfers)").fill(code);
  await s.getByRole("button", { name: "Inloggen", exact: true }).click();
  await s.getByRole("button", { name: new RegExp(`^${P["menu-tasks"]}`) }).click();
  await expect(s.getByText("Bezig: 1 van 5 vragen beantwoord")).toBeVisible();
  await s.getByRole("button", { name: P["task-continue"] }).click();
  await expect(s.getByText("Vraag 2 van 5")).toBeVisible();
});

test("the check-in lesson is completed: too early, a day later, the QR code, the bank card at the kiosk", async ({ page }) => {
  const at = (n) => step(page, "hospital-checkin", n, CHECKIN);
  await page.goto("/les/hospital-checkin/1");
  const s = screen(page);
  await at(1);
  await s.getByRole("button", { name: new RegExp(`^${P["menu-appointments"]}`) }).click();
  await at(2);
  await expect(s.getByRole("listitem").filter({ hasText: P["appt-phone"] })).toContainText(P["how-phone"]);
  await expect(s.getByRole("listitem").filter({ hasText: P["appt-video"] })).toContainText(P["how-video"]);
  await s.getByRole("button", { name: new RegExp(`^${P["appt-cardio"]}`) }).click();
  await at(3);
  await s.getByRole("button", { name: P["check-in"], exact: true }).click();
  await at(4);
  await expect(s.getByRole("alert")).toContainText("Inchecken kan nog niet.");
  await page.getByRole("button", { name: "1 dag later" }).click();
  await at(5);
  await expect(page.getByText("Het is nu de dag van je afspraak.")).toBeVisible();
  await s.getByRole("button", { name: P["check-in"], exact: true }).click();
  await at(6);
  await expect(s.getByRole("img", { name: P["qr-label"] })).toBeVisible();
  await page.getByRole("button", { name: "Ga naar het ziekenhuis" }).click();
  await at(7);
  await expect(s.getByRole("heading", { name: P["kiosk-title"] })).toBeVisible();
  await s.getByRole("button", { name: P["scan-bank"] }).click();
  await at(8);
  await expect(s.getByRole("alert")).toContainText("Dit is uw bankpas.");
  await s.getByRole("button", { name: P["scan-qr"] }).click();
  await at(9);
  const ticket = s.getByRole("figure", { name: P["ticket-label"] });
  await expect(ticket).toContainText("C-023");
  await expect(ticket).toContainText(P["ticket-route"]);
  await s.getByRole("button", { name: P["take-ticket"] }).click();
  await done(page, "hospital-checkin");
});

test("on a 320 px phone the ticket's number and route are in view with its button", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/les/hospital-checkin/9");
  await step(page, "hospital-checkin", 9, CHECKIN);
  await expectReadable(page, ["#live-take-ticket", "#live-ticket .kiosk-number", "#live-ticket .kiosk-route"]);
});

test("at the kiosk the oefenkaart works too; on the wrong day the kiosk says so", async ({ page }) => {
  await page.goto("/oefenen/ziekenhuis");
  const s = screen(page);
  await page.getByRole("button", { name: "Ga naar het ziekenhuis" }).click();
  await s.getByRole("button", { name: P["scan-card"] }).click();
  await expect(s.getByRole("alert")).toContainText("U heeft vandaag geen afspraak.");
  await page.getByRole("button", { name: "1 dag later" }).click();
  await s.getByRole("button", { name: P["scan-qr"] }).click();
  await expect(s.getByRole("alert")).toContainText("U heeft nog geen QR-code.");
  await s.getByRole("button", { name: P["scan-card"] }).click();
  await s.getByRole("button", { name: P["kiosk-confirm"] }).click();
  await expect(s.getByRole("figure", { name: P["ticket-label"] })).toContainText("C-023");
});

test("the hospital card leads to both lessons, the care journey and free practice", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Naar het ziekenhuis/ }).click();
  await expect(page).toHaveURL(/\/taak\/hospital$/);
  await expect(page.getByRole("heading", { level: 2, name: "Een vragenlijst invullen voor het ziekenhuis", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Inchecken in het ziekenhuis", exact: true })).toBeVisible();
  // The care journey: the GP, the pharmacy, then here.
  const journey = page.getByRole("navigation", { name: "Je weg door de zorg" });
  await expect(journey.getByRole("listitem")).toHaveCount(3);
  await expect(journey.locator('[aria-current="step"]')).toContainText("Naar het ziekenhuis");
  await expect(journey.getByRole("link")).toHaveCount(2);
  await journey.getByRole("link", { name: /Een herhaalrecept bestellen/ }).click();
  await expect(page).toHaveURL(/\/taak\/repeat$/);
  await expect(page.getByRole("navigation", { name: "Je weg door de zorg" }).locator('[aria-current="step"]')).toContainText("Een herhaalrecept bestellen");
  await page.goBack();
  await page.getByRole("link", { name: `Vrij oefenen: ${P["name"]}` }).click();
  await expect(page).toHaveURL(/\/oefenen\/ziekenhuis$/);
  await expect(screen(page).getByRole("heading", { name: P["start-title"] })).toBeVisible();
});

axeEveryStep(test, {
  runs: { nl: "", en: "", ar: "" },
  steps: { "hospital-questionnaire": QUESTIONS, "hospital-checkin": CHECKIN },
  selector: ".hospital",
});
