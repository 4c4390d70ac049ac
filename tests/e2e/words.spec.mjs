// "Woorden op het scherm": the list, a page per word with its picture in a
// practice screen, and the links from lesson steps to the words they use.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { appReady, axeViolations, chooseLanguage, goWithinApp, t } from "./helpers.mjs";

// The words and where they are shown, read from the model (one source).
const MODEL = readFileSync(new URL("../../src/model/glossary.rs", import.meta.url), "utf8");
const WORDS = [...MODEL.matchAll(/word\(\s*"([a-z-]+)",/g)].map((m) => m[1]);
const DUTCH = Object.fromEntries(
  [...readFileSync(new URL("../../locales/nl/practice.ftl", import.meta.url), "utf8").matchAll(/^word-([a-z-]+) = (.+)$/gm)].map(
    (m) => [m[1], m[2]],
  ),
);

test("the menu leads to the words; a word has its explanation, its picture and its lesson", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto("/");
  await appReady(page);
  const menu = page.getByRole("button", { name: t("nl", "menu-open") });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Woorden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Woorden op het scherm" })).toBeVisible();
  for (const group of ["words-group-screen", "words-group-login", "words-group-care"]) {
    await expect(page.getByRole("heading", { level: 2, name: t("nl", group) })).toBeVisible();
  }
  await expect(page.locator(".word-card")).toHaveCount(WORDS.length);

  await page.locator(".word-card", { hasText: /^wachtwoord/ }).click();
  await expect(page).toHaveURL(/\/woorden\/wachtwoord$/);
  const title = page.getByRole("heading", { level: 1, name: "wachtwoord" });
  await expect(title).toHaveAttribute("lang", "nl");
  await expect(page.getByText(t("nl", "word-wachtwoord-about"))).toBeVisible();
  // The picture: the DigiD login screen with the password field lit.
  const picture = page.locator(".word-picture");
  await expect(picture.locator("#pic-password")).toBeVisible();
  await expect(picture.locator(".highlight")).toHaveCount(1);
  await expect(picture).toContainText("Inloggen met DigiD");
  // Nothing in the picture can be used: it is a picture.
  await expect(picture.locator(".mini")).toHaveAttribute("inert", "");
  await page.getByRole("link", { name: t("nl", "words-practise") }).click();
  await expect(page).toHaveURL(/\/les\/digid-web\/2$/);
  await expect(page.locator(".step-count")).toHaveText("Stap 2 van 7");
});

test("every word's page shows the word and a picture of it in a practice screen", async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto("/woorden");
  await appReady(page);
  const problems = [];
  for (const id of WORDS) {
    await goWithinApp(page, `/woorden/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DUTCH[id]);
    const picture = page.locator(".word-picture");
    // A drawn picture, or the practice screen, drawn (not "Laden…").
    await expect(picture.locator(".mini .practice-frame, .mini .device, img").first()).toBeVisible({ timeout: 20_000 });
    // The practice screen may reach the lit step a moment after it is drawn:
    // wait for the lit control (or a drawn picture), up to five seconds.
    const whole = ["portaal", "wachtkamer"].includes(id);
    const shown = picture.locator(".highlight, img");
    if (!whole) {
      const seen = await shown.first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (!seen) problems.push(`${id}: nothing lit`);
    } else if ((await picture.locator(".highlight").count()) !== 0) {
      problems.push(`${id}: the whole screen is the word`);
    }
  }
  expect(problems).toEqual([]);
});

test("a lesson step links to its words, and back leads to the step", async ({ page }) => {
  await page.goto("/les/digid-web/1");
  await appReady(page);
  const links = page.getByRole("navigation", { name: "Woorden in deze stap" });
  await expect(links.getByRole("link")).toHaveText(["gebruikersnaam", "vakje"]);
  await links.getByRole("link", { name: "gebruikersnaam" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "gebruikersnaam" })).toBeVisible();
  await page.goBack();
  await expect(page.locator(".step-count")).toHaveText("Stap 1 van 7");
  // A step whose text uses none of the words shows no links.
  await page.goto("/les/basics-date/2");
  await appReady(page);
  await expect(page.locator(".step-count")).toHaveText("Stap 2 van 2");
  await expect(page.getByRole("navigation", { name: "Woorden in deze stap" })).toHaveCount(0);
});

test("in Arabic the word stays Dutch and the explanation is Arabic, right to left", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto("/woorden/pincode");
  await appReady(page);
  await chooseLanguage(page, "nl", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "pincode" })).toHaveAttribute("lang", "nl");
  await expect(page.getByText(t("ar", "word-pincode-about"))).toBeVisible();
  await expect(page.getByRole("button", { name: t("ar", "words-say") })).toBeVisible();
  await page.getByRole("link", { name: t("ar", "words-all") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("ar", "words-title") })).toBeVisible();
  // Nothing sticks out sideways at 375 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("an unknown word gets the friendly not-found page", async ({ page }) => {
  await page.goto("/woorden/bestaat-niet");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "not-found-title") })).toBeVisible();
  await expect(page.getByRole("link", { name: t("nl", "back-home") })).toBeVisible();
});

for (const [lang, locale] of [["nl", "nl-NL"], ["en", "en-GB"], ["ar", "ar"]]) {
  test(`axe finds nothing on the words and a word's page in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const problems = [];
    for (const path of ["/woorden", "/woorden/qr-code", "/les/digid-web/1"]) {
      await page.goto(path);
      await appReady(page);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      for (const v of await axeViolations(page)) problems.push(`${path}: ${v}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
    await context.close();
  });
}
