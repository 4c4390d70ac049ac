// The referral ("Oefenverwijzing"): the lesson completed by labels and
// roles with its mistake on purpose (the learner's own birth date for the
// child's referral); wrong forms of a date; the hospital that books by
// phone; axe on every step in nl, en and ar; nothing leaves the browser.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { axeEveryStep } from "./helpers.mjs";

/** The service's Dutch words, from locales/nl/practice-care.ftl. */
const P = {};
for (const line of readFileSync(new URL("../../locales/nl/practice-care.ftl", import.meta.url), "utf8").split("\n")) {
  const m = line.match(/^referral-([a-z0-9-]+) = (.+)$/);
  if (m) P[m[1]] = m[2].trim();
}
const TOTAL = 9;
const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });

async function step(page, n) {
  await expect(page).toHaveURL(new RegExp(`/les/referral-book/${n}$`));
  await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${TOTAL}`))).toBeVisible();
}

test("the referral lesson is completed: own birth date on purpose, the child's, the phone route, a time", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("/les/referral-book/1");
  const s = screen(page);
  await step(page, 1);
  await s.getByRole("button", { name: new RegExp(`^${P["mail-subject"]}`) }).click();
  await step(page, 2);
  await s.getByRole("button", { name: P["mail-link"] }).click();
  await step(page, 3);
  await expect(s.getByRole("heading", { name: P["gate-title"] })).toBeVisible();
  await s.getByLabel(P["birth"]).fill("14-05-1958");
  await s.getByRole("button", { name: P["birth-submit"] }).click();
  await step(page, 4);
  await expect(s.getByRole("alert")).toContainText("Dit is uw eigen geboortedatum.");
  await expect(s.getByLabel(P["birth"])).toHaveAttribute("aria-invalid", "true");
  // The child's birth date is on the oefenkaart beside the screen.
  const child = (await page.locator(".oefenkaart").innerText()).match(/\b\d{2}-\d{2}-2016\b/)[0];
  await s.getByLabel(P["birth"]).fill(child);
  await s.getByRole("button", { name: P["birth-submit"] }).click();
  await step(page, 5);
  await expect(s.getByText("Verwijzing voor: Sami Oefenaar")).toBeVisible();
  await expect(s.getByText("Verwijsnummer: OV-2026-1234")).toBeVisible();
  await s.getByRole("button", { name: new RegExp(`^${P["phone"]}`) }).click();
  await step(page, 6);
  await expect(s.getByText(P["phone-number"])).toBeVisible();
  await expect(s.getByText("Noem uw verwijsnummer: OV-2026-1234")).toBeVisible();
  await s.getByRole("button", { name: P["back"] }).click();
  await step(page, 7);
  await s.getByRole("button", { name: new RegExp(`^${P["online"]}`) }).click();
  await step(page, 8);
  await expect(s.getByRole("button", { name: /10:15/ })).toBeDisabled();
  await s.getByRole("button", { name: /09:00/ }).click();
  await step(page, 9);
  await expect(s.getByText("maandag 14 december om 09:00")).toBeVisible();
  await s.getByRole("button", { name: P["confirm"] }).click();
  await expect(page).toHaveURL(/\/les\/referral-book\/klaar/);
  expect(requests.filter((u) => !u.startsWith(new URL(page.url()).origin))).toEqual([]);
});

test("each wrong birth date gets its own kind message, and the link works again later", async ({ page }) => {
  await page.goto("/oefenen/verwijzing");
  const s = screen(page);
  await s.getByRole("button", { name: new RegExp(`^${P["mail-subject"]}`) }).click();
  await s.getByRole("button", { name: P["mail-link"] }).click();
  for (const [typed, says] of [
    ["", P["error-birth-missing"]],
    ["05-09-16", "4 cijfers"],
    ["5 sept", "kunnen we niet lezen"],
    ["06-09-2016", "hoort niet bij de verwijzing"],
  ]) {
    await s.getByLabel(P["birth"]).fill(typed);
    await s.getByRole("button", { name: P["birth-submit"] }).click();
    await expect(s.getByRole("alert")).toContainText(says);
  }
  await s.getByLabel(P["birth"]).fill("5 september 2016");
  await s.getByLabel(P["birth"]).press("Enter");
  await expect(s.getByRole("heading", { name: P["message-title"] })).toBeVisible();
  await s.getByRole("button", { name: P["back"] }).first().click();
  await s.getByRole("button", { name: P["mail-link"] }).click();
  await expect(s.getByRole("heading", { name: P["message-title"] })).toBeVisible();
});

axeEveryStep(test, { runs: { nl: "", en: "", ar: "" }, steps: { "referral-book": TOTAL }, selector: ".referral" });
