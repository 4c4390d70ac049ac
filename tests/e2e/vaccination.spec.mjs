// The flu jab invitation ("Oefenprik"): the lesson completed by labels and
// roles with its mistake on purpose ("Nee" to the invitation question);
// keeping and cancelling the appointment; axe on every step in nl, en and
// ar; nothing leaves the browser.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { axeEveryStep } from "./helpers.mjs";

/** The service's Dutch words, from locales/nl/practice-care.ftl. */
const P = {};
for (const line of readFileSync(new URL("../../locales/nl/practice-care.ftl", import.meta.url), "utf8").split("\n")) {
  const m = line.match(/^vaccination-([a-z0-9-]+) = (.+)$/);
  if (m) P[m[1]] = m[2].trim();
}
const CARD = { username: "noor.oefen", password: "Oefen2026!" };
const TOTAL = 11;
const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });
const phone = (page) => page.getByRole("complementary", { name: /telefoon|phone|هاتف/i });

async function step(page, n) {
  await expect(page).toHaveURL(new RegExp(`/les/vaccination-change/${n}$`));
  await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${TOTAL}`))).toBeVisible();
}

async function logIn(page) {
  const s = screen(page);
  await s.getByRole("button", { name: P["digid-login"] }).click();
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByLabel("Wachtwoord").fill(CARD.password);
  await s.getByRole("button", { name: "Inloggen", exact: true }).click();
  await s.getByRole("button", { name: /Sms-controle/ }).click();
  const code = (await phone(page).getByRole("listitem").first().innerText()).match(/\d{6}/)[0];
  await s.getByLabel("Sms-code (6 cijfers)").fill(code);
  await s.getByRole("button", { name: "Inloggen", exact: true }).click();
}

test("the vaccination lesson is completed: the letter, DigiD, 'Nee' on purpose, another time", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("/les/vaccination-change/1");
  const s = screen(page);
  await step(page, 1);
  const letter = s.getByRole("article", { name: P["letter-label"] });
  await expect(letter).toContainText(P["planned-when"]);
  await expect(letter).toContainText(P["bring-sleeve"]);
  await s.getByRole("button", { name: P["to-website"] }).click();
  await step(page, 2);
  await s.getByRole("button", { name: P["digid-login"] }).click();
  await step(page, 3);
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByLabel("Wachtwoord").fill(CARD.password);
  await s.getByRole("button", { name: "Inloggen", exact: true }).click();
  await step(page, 4);
  await s.getByRole("button", { name: /Sms-controle/ }).click();
  await step(page, 5);
  const code = (await phone(page).getByRole("listitem").first().innerText()).match(/\d{6}/)[0];
  await s.getByLabel("Sms-code (6 cijfers)").fill(code);
  await s.getByRole("button", { name: "Inloggen", exact: true }).click();
  await step(page, 6);
  const question = s.getByRole("group", { name: P["eligible-question"] });
  await question.getByRole("radio", { name: P["no"], exact: true }).check();
  await s.getByRole("button", { name: P["next"], exact: true }).click();
  await step(page, 7);
  await expect(s.getByRole("alert")).toContainText("Zonder uitnodigingsbrief");
  await question.getByRole("radio", { name: P["yes"], exact: true }).check();
  await step(page, 8);
  await expect(s.getByRole("alert")).toHaveCount(0);
  await s.getByRole("button", { name: P["next"], exact: true }).click();
  await step(page, 9);
  await s.getByRole("button", { name: new RegExp(`^${P["change"]}`) }).click();
  await step(page, 10);
  await expect(s.getByRole("button", { name: /10:00/ })).toBeDisabled();
  await s.getByRole("button", { name: /09:20/ }).click();
  await step(page, 11);
  await expect(s.getByText("vrijdag 11 december om 09:20")).toBeVisible();
  await s.getByRole("button", { name: P["confirm"], exact: true }).click();
  await expect(page).toHaveURL(/\/les\/vaccination-change\/klaar/);
  expect(requests.filter((u) => !u.startsWith(new URL(page.url()).origin))).toEqual([]);
});

test("keeping needs nothing; cancelling asks first and then says whom to call", async ({ page }) => {
  await page.goto("/oefenen/prik");
  const s = screen(page);
  await s.getByRole("button", { name: P["to-website"] }).click();
  await logIn(page);
  await s.getByRole("button", { name: P["next"], exact: true }).click();
  await expect(s.getByRole("alert")).toContainText(P["error-no-answer"]);
  await s.getByRole("radio", { name: P["yes"], exact: true }).check();
  await s.getByRole("button", { name: P["next"], exact: true }).click();
  await s.getByRole("button", { name: new RegExp(`^${P["keep"]}`) }).click();
  await expect(s.getByRole("status")).toContainText(P["kept-title"]);
  await s.getByRole("button", { name: P["back"] }).last().click();
  // From the letter back to the website: still logged in, the answer kept.
  await s.getByRole("button", { name: P["to-website"] }).click();
  await s.getByRole("button", { name: new RegExp(`^${P["cancel"]}`) }).click();
  await expect(s.getByRole("heading", { name: P["cancel-title"] })).toBeVisible();
  await s.getByRole("button", { name: P["cancel-no"] }).click();
  await s.getByRole("button", { name: new RegExp(`^${P["cancel"]}`) }).click();
  await s.getByRole("button", { name: P["cancel-yes"] }).click();
  await expect(s.getByRole("status")).toContainText(P["cancelled-title"]);
  await expect(s.getByRole("status")).toContainText("0800-000 0000");
});

test("the appointment card leads to the GP, referral and vaccination lessons", async ({ page }) => {
  await page.goto("/taak/appointment");
  for (const title of ["Een verwijzing openen en een afspraak maken", "Een vaccinatie-afspraak maken of verzetten"]) {
    await expect(page.getByRole("heading", { level: 2, name: title, exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: `Vrij oefenen: ${P["name"]}` }).click();
  await expect(page).toHaveURL(/\/oefenen\/prik$/);
});

axeEveryStep(test, { runs: { nl: "", en: "", ar: "" }, steps: { "vaccination-change": TOTAL }, selector: ".vaccination" });
