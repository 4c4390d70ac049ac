// The languages added for learners with a migration background: a whole
// lesson in Persian (right to left) and in Turkish, with the practice screen
// in Dutch; and offline, the learner's own language is kept, no other.
import { test, expect } from "@playwright/test";
import { HOME_TITLE, LANGS, LANGUAGE_BUTTON, NATIVE_NAME, appReady, chooseLanguage, t } from "./helpers.mjs";
import { readFileSync, readdirSync } from "node:fs";

const CARD = { username: "noor.oefen", password: "Oefen2026!" };

/** A lesson text from locales/<lang>/lessons.ftl. */
function lessonText(lang, key) {
  const ftl = readFileSync(new URL(`../../locales/${lang}/lessons.ftl`, import.meta.url), "utf8");
  const line = ftl.split("\n").find((l) => l.startsWith(`${key} = `));
  if (!line) throw new Error(`no ${key} in locales/${lang}/lessons.ftl`);
  return line.slice(key.length + 3).trim();
}

const stepOf = (lang, n, total) => t(lang, "lesson-step-of").replace("{ $step }", n).replace("{ $total }", total);

for (const lang of ["fa", "tr"]) {
  test(`the DigiD lesson done in ${lang}, the practice screen in Dutch`, async ({ browser }) => {
    const context = await browser.newContext({ locale: LANGS[lang] });
    const page = await context.newPage();
    await page.goto("/les/digid-web/1");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "fa" ? "rtl" : "ltr");
    const step = async (n, key) => {
      await expect(page.getByText(stepOf(lang, n, 7), { exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lessonText(lang, `lesson-digid-web-${key}`));
    };
    // The practice screen's region is named in the learner's language.
    const screen = page.locator(".practice-area");
    await step(1, "username");
    // The practice screen stays Dutch, and says it is practice.
    await expect(screen.getByRole("button", { name: "Inloggen" })).toBeVisible();
    await screen.getByLabel("Gebruikersnaam").fill(CARD.username);
    await step(2, "mistake");
    await expect(page.getByText(t(lang, "lesson-well-done"))).toBeVisible();
    await screen.getByLabel("Wachtwoord").fill("welkom");
    await screen.getByRole("button", { name: "Inloggen" }).click();
    await step(3, "fix");
    await expect(screen.getByRole("alert")).toContainText("De gebruikersnaam of het wachtwoord klopt niet.");
    await screen.getByLabel("Wachtwoord").fill(CARD.password);
    await step(4, "login");
    await screen.getByRole("button", { name: "Inloggen" }).click();
    await step(5, "sms");
    await screen.getByRole("button", { name: /Sms-controle/ }).click();
    await step(6, "code");
    const phone = page.getByRole("complementary").filter({ has: page.getByRole("list") }).first();
    const code = (await phone.getByRole("listitem").first().innerText()).match(/\d{6}/)[0];
    await screen.getByLabel("Sms-code (6 cijfers)").fill(code);
    await step(7, "submit");
    await screen.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/les\/digid-web\/klaar$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(lang, "lesson-done-title"));
    await context.close();
  });
}

test("offline, the learner's own language works; other languages were never downloaded", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ locale: "tr-TR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("tr", "home-title"));
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The service worker keeps every Turkish text, also those no page used yet.
  const cached = () =>
    page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith("oefenplein-"));
      if (!names.length) return [];
      const cache = await caches.open(names[0]);
      return (await cache.keys()).map((r) => new URL(r.url).pathname).filter((p) => p.startsWith("/locales/"));
    });
  // All of them: the service worker fetches them one after another, and
  // going offline before the last one would leave the lesson without its texts.
  const turkish = readdirSync(new URL("../../locales/tr/", import.meta.url)).filter((f) => f.endsWith(".ftl"));
  expect(turkish.length).toBeGreaterThan(5);
  await expect
    .poll(cached, { timeout: 30_000 })
    .toEqual(expect.arrayContaining([...turkish.map((f) => `/locales/tr/${f}`), "/locales/nl/lessons.ftl"]));
  const paths = await cached();
  for (const other of ["en", "ar", "pl", "uk", "fa"]) {
    expect(paths.filter((p) => p.startsWith(`/locales/${other}/`)), other).toEqual([]);
  }
  await context.setOffline(true);
  await page.goto(`${baseURL}/les/digid-web/1`);
  await expect(page.getByText(stepOf("tr", 1, 7), { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lessonText("tr", "lesson-digid-web-username"));
  await context.close();
});

// page.js asks for the learner's interface texts while the wasm downloads;
// the wasm takes that answer instead of asking again.
for (const [why, setup, lang] of [
  ["the browser reads English", async () => {}, "en"],
  ["the learner chose Arabic before (the browser reads English)", async (page) => {
    await page.goto("/");
    await appReady(page);
    await chooseLanguage(page, "en", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.ar);
  }, "ar"],
]) {
  test(`the first texts are asked for once, before the wasm runs, and the page is drawn once in them, when ${why}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: "en-GB", serviceWorkers: "block" });
    const page = await context.newPage();
    await setup(page);
    const asked = [];
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith("/main.ftl")) asked.push(path);
    });
    // Every heading the page ever draws, hidden or not; but not the first
    // look's Dutch words in index.html, which are never shown (display: none)
    // until page.js has put the learner's in their place.
    await page.addInitScript(() => {
      const drawn = (window.headingsDrawn = []);
      new MutationObserver(() => {
        for (const h of document.querySelectorAll("h1")) {
          if (h.closest("#boot[hidden]")) continue;
          if (drawn[drawn.length - 1] !== h.textContent) drawn.push(h.textContent);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.goto(`${baseURL}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE[lang]);
    expect(asked).toEqual([`/locales/${lang}/main.ftl`]);
    // The wasm waited for them: the page is drawn once, in the learner's language, not in Dutch first.
    expect(await page.evaluate(() => window.headingsDrawn)).toEqual([HOME_TITLE[lang]]);
    // page.js asked for it, and the wasm took the answer (none is left waiting).
    expect(await page.evaluate(() => window.oefenpleinTexts && Object.keys(window.oefenpleinTexts))).toEqual([]);
    await context.close();
  });
}

// A host that lost a text file, or a connection that drops: the page
// must not stay hidden while it waits for texts that never come.
test("when the learner's texts cannot come, the app works in Dutch and says so, and choosing the language later works", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "en-GB", serviceWorkers: "block" });
  const page = await context.newPage();
  let refused = 0;
  await page.route("**/locales/en/*.ftl", (route) => {
    refused += 1;
    return route.abort();
  });
  await page.goto(`${baseURL}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.nl);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("html")).not.toHaveAttribute("data-waiting", /.*/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  expect(refused).toBeGreaterThan(0);
  // The learner is told why, in the language on screen.
  const missing = t("nl", "notice-language-missing").replace("{ $language }", NATIVE_NAME.en);
  const notice = page.locator(".notice p");
  await expect(notice).toHaveText(missing);
  // Other pages open too, in Dutch (their English texts cannot come either).
  await page.goto(`${baseURL}/instellingen`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("nl", "settings-title"));
  await expect(notice).toHaveText(missing);
  // The learner closes the message and chooses English while its texts still
  // cannot come (English is the browser's language already): they are asked
  // for again, and the message comes back.
  await page.getByRole("button", { name: t("nl", "notice-dismiss") }).click();
  await expect(notice).toHaveCount(0);
  const before = refused;
  await page.getByRole("button", { name: LANGUAGE_BUTTON.nl }).click();
  await page.getByRole("button", { name: NATIVE_NAME.en, exact: true }).click();
  await expect.poll(() => refused).toBeGreaterThan(before);
  await expect(notice).toHaveText(missing);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  // The connection is back: the learner picks English in the menu again.
  await page.unroute("**/locales/en/*.ftl");
  await chooseLanguage(page, "nl", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "settings-title"));
  await expect(notice).toHaveCount(0);
  await context.close();
});

test("a Dutch learner's page asks for no texts: Dutch comes in the wasm", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "nl-NL", serviceWorkers: "block" });
  const page = await context.newPage();
  const asked = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith(".ftl")) asked.push(request.url());
  });
  await page.goto(`${baseURL}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.nl);
  expect(asked).toEqual([]);
  expect(await page.evaluate(() => window.oefenpleinTexts)).toBeUndefined();
  await context.close();
});
