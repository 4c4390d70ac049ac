// For trainers: the lessons' codes on the task page and the printable step
// cards (one card per step: code, picture, Dutch text, a second language).
import { test, expect } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { appReady, axeViolations, chooseLanguage, renderPdf, t } from "./helpers.mjs";

/** Prints the page on A4 and reads the PDF back (pages, width, and its text
 *  without spaces); the first page is attached to the report as `name`. */
async function printA4(page, browser, info, name) {
  const pdf = await renderPdf(browser, await page.pdf({ format: "A4" }));
  writeFileSync(info.outputPath(`${name}.png`), pdf.png);
  await info.attach(name, { path: info.outputPath(`${name}.png`), contentType: "image/png" });
  return { pages: pdf.pages, width: pdf.width, text: pdf.text.replace(/\s+/g, "") };
}

test("the task page leads a trainer to a lesson's step cards", async ({ page }) => {
  await page.goto("/taak/digid");
  await appReady(page);
  await page.getByText(t("nl", "trainers-title")).click();
  await page.getByRole("link", { name: "Stapkaarten: D2 Inloggen met DigiD" }).click();
  await expect(page).toHaveURL(/\/kaarten\/digid-web$/);
  await expect(page.getByRole("heading", { level: 1, name: "Stapkaarten: Inloggen met DigiD" })).toBeVisible();
  const cards = page.locator(".step-card");
  await expect(cards).toHaveCount(7);
  for (let n = 1; n <= 7; n++) {
    await expect(cards.nth(n - 1).locator(".where-code")).toHaveText(`D2-${n}`);
    await expect(cards.nth(n - 1).locator(".card-head")).toContainText(`Stap ${n} van 7`);
  }
  await expect(cards.nth(0).locator(".card-dutch")).toHaveText(/^Typ je gebruikersnaam in het vak “Gebruikersnaam”/);
  // Each picture is the practice screen with the step's control lit (step 6 is a drawing of the SMS).
  await expect(cards.nth(0).locator(".highlight")).toHaveCount(1);
  await expect(cards.nth(5).locator("img")).toHaveCount(1);
  // Dutch interface: no second language until the trainer picks one.
  await expect(page.locator(".card-second")).toHaveCount(0);
  await page.getByLabel(t("nl", "cards-second-language")).selectOption("ar");
  await expect(page.locator(".card-second")).toHaveCount(7);
  await expect(page.locator(".card-second").first()).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".card-second").first()).toContainText("«Gebruikersnaam»");
  await page.getByLabel(t("nl", "cards-second-language")).selectOption("");
  await expect(page.locator(".card-second")).toHaveCount(0);
});

test("step cards print on A4, a card never split, with the second language", async ({ page, browser }, info) => {
  await page.goto("/kaarten/gp-book?taal=en");
  await appReady(page);
  await expect(page.locator(".step-card")).toHaveCount(11);
  await expect(page.locator(".card-second").first()).toHaveAttribute("lang", "en");
  await expect(page.locator(".card-second").first()).toContainText("Click");
  await expect(page.locator(".card-picture .practice-frame").first()).toBeVisible();
  const printed = await printA4(page, browser, info, "cards");
  // About two cards a page (never a card cut in two).
  expect(printed.pages).toBeGreaterThanOrEqual(4);
  expect(printed.pages).toBeLessThanOrEqual(6);
  expect(Math.round(printed.width)).toBe(596);
  const text = printed.text;
  for (const part of ["A1-1", "A1-2", "Stap1van11", "Oefennooitmetechte"]) expect(text).toContain(part);
  // The screen's controls and the app's header are not on the paper.
  expect(text).not.toContain("Afdrukken");
  expect(text).not.toContain("Tweedetaal");
  expect(text).not.toContain("A1-3");
});

test("a lesson plan from the lesson data, printed on one A4 page", async ({ page, browser }, info) => {
  await page.goto("/taak/digid");
  await appReady(page);
  await page.getByText(t("nl", "trainers-title")).click();
  await page.getByRole("link", { name: "Lesplan: D2 Inloggen met DigiD" }).click();
  await expect(page).toHaveURL(/\/lesplan\/digid-web$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lesplan: D2 Inloggen met DigiD");
  await expect(page.getByText("Ongeveer 25 minuten, voor 7 stappen.")).toBeVisible();
  // Where people get stuck: the five steps with a tip, each with its code and tip.
  const stuck = page.locator(".plan-stuck li");
  await expect(stuck.locator(".where-code")).toHaveText(["D2-1", "D2-2", "D2-3", "D2-5", "D2-6"]);
  await expect(stuck.nth(2)).toContainText("Het begint met een hoofdletter O.");
  await expect(page.getByRole("heading", { name: "De fout met opzet" })).toBeVisible();
  await expect(page.getByText("Typ nu expres een fout wachtwoord.", { exact: false }).last()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const { pages, text } = await printA4(page, browser, info, "plan");
  expect(pages).toBe(1);
  for (const part of ["Lesplan:D2InloggenmetDigiD", "Oefennooitmetechte", "Zinnendiehelpen"]) expect(text).toContain(part);
  expect(text).not.toContain("Afdrukken");
});

test("six practice cards print on one A4 page, Dutch field names beside the learner's language", async ({ page, browser }, info) => {
  await page.goto("/taak/digid");
  await appReady(page);
  await page.getByText(t("nl", "trainers-title")).click();
  await page.getByRole("link", { name: t("nl", "trainers-card-sheet") }).click();
  await expect(page).toHaveURL(/\/oefenkaart$/);
  const cards = page.locator(".printed-card");
  await expect(cards).toHaveCount(6);
  for (const value of ["Noor Oefenaar", "noor.oefen", "Oefen2026!", "24680", "9999 ZZ"]) {
    await expect(cards.getByText(value, { exact: true })).toHaveCount(6);
  }
  expect(await axeViolations(page)).toEqual([]);
  const { pages, text } = await printA4(page, browser, info, "oefenkaarten");
  expect(pages).toBe(1);
  expect(text.split("noor.oefen").length - 1).toBe(6);
  expect(text).not.toContain("Afdrukken");
  // Opened directly (a bookmark), it has its styles too.
  await page.goto("/oefenkaart");
  await expect(cards).toHaveCount(6);
  await expect(cards.first()).toHaveCSS("border-top-style", "dashed");
  // In English the Dutch field names stay, with the English beside them.
  await chooseLanguage(page, "nl", "en");
  await expect(cards.first()).toContainText("Gebruikersnaam (Username)");
});

test("a step-cards address for no lesson gets the friendly not-found page", async ({ page }) => {
  await page.goto("/kaarten/bestaat-niet");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "not-found-title") })).toBeVisible();
});

for (const [lang, locale] of [["nl", "nl-NL"], ["ar", "ar"]]) {
  test(`axe finds nothing on the step cards and the trainers' part of a task page in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const problems = [];
    await page.goto("/kaarten/digid-web");
    await appReady(page);
    // An Arabic interface puts Arabic on the cards from the start.
    await expect(page.locator(".card-second")).toHaveCount(lang === "ar" ? 7 : 0);
    for (const v of await axeViolations(page)) problems.push(`cards: ${v}`);
    await page.goto("/taak/gp");
    await appReady(page);
    await page.locator(".for-trainers summary").click();
    for (const v of await axeViolations(page)) problems.push(`task: ${v}`);
    expect(problems, problems.join("\n")).toEqual([]);
    await context.close();
  });
}
