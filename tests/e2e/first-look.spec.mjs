// The page's first look (#boot in index.html): what a learner sees while the
// wasm downloads, on a slow phone for seconds. It is in their language, it
// never shows the home page's words on another page, and the app takes its
// place without anything moving.
import { test, expect } from "@playwright/test";
import { HOME_TITLE, LANGS, t } from "./helpers.mjs";

/** Opens `path` with the wasm held back, so only the first look is there. */
async function firstLook(page, path = "/") {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(path);
  await expect(page.locator("#boot")).toBeVisible();
}

/** Where the heading and the lead are, and how big their text is. */
async function layout(page, root) {
  return page.evaluate((root) => {
    const box = (sel) => {
      const el = document.querySelector(`${root} ${sel}`);
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height), size: getComputedStyle(el).fontSize };
    };
    return { h1: box("h1"), lead: box(".lead") };
  }, root);
}

for (const lang of ["nl", "en", "ar", "fa"]) {
  test(`before the app runs, the home page shows its heading in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: LANGS[lang] });
    const page = await context.newPage();
    await firstLook(page);
    const boot = page.locator("#boot");
    await expect(boot.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE[lang]);
    await expect(boot.locator(".lead")).toHaveText(t(lang, "home-intro"));
    await expect(boot.locator(".practice-bar strong")).toHaveText(t(lang, "practice-mark"));
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" || lang === "fa" ? "rtl" : "ltr");
    await context.close();
  });
}

test("a saved language wins over the browser's, in the first look too", async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem("oefenplein")) {
      localStorage.setItem("oefenplein", JSON.stringify({ settings: { lang: "tr", text_size: "largest", high_contrast: true } }));
    }
  });
  await firstLook(page);
  await expect(page.locator("#boot h1")).toHaveText(HOME_TITLE.tr);
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "largest");
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
});

test("another page's first look has the practice mark but not the home page's words", async ({ page }) => {
  await firstLook(page, "/les/digid-web/1");
  await expect(page.locator("#boot .practice-bar")).toBeVisible();
  await expect(page.locator("#boot h1")).toHaveCount(0);
});

test("a broken saved document or texts that cannot load keep the first look kind", async ({ browser }) => {
  // Saved junk: the first look is Dutch (the app says more once it runs).
  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem("oefenplein", "{not json"));
  const page = await context.newPage();
  await firstLook(page);
  await expect(page.locator("#boot h1")).toHaveText(HOME_TITLE.nl);
  await context.close();
  // English texts that cannot load: the first look's words come with page.js.
  const english = await browser.newContext({ locale: LANGS.en });
  const other = await english.newPage();
  await other.route(/main\.ftl$/, (route) => route.abort());
  await firstLook(other);
  await expect(other.locator("#boot h1")).toHaveText(HOME_TITLE.en);
  await english.close();
});

test("page.js as written, without the build's words, never shows Dutch words to another language", async ({ browser }) => {
  for (const lang of ["en", "nl"]) {
    const context = await browser.newContext({ locale: LANGS[lang] });
    const page = await context.newPage();
    await page.route("**/page.js", (route) => route.fulfill({ path: "public/page.js", contentType: "text/javascript" }));
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    if (lang === "nl") await expect(page.locator("#boot h1")).toHaveText(HOME_TITLE.nl);
    else await expect(page.locator("#boot")).toBeHidden();
    await context.close();
  }
});

test("without JavaScript the first look stays hidden", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("#boot")).toBeHidden();
  await context.close();
});

// Where the app's header is taller than the first look's (a second row for
// its buttons on the smallest phones, for its menu on a middle-sized screen,
// or larger text), the home page's words wait for the app: they would move.
for (const [name, viewport, lang] of [
  ["a phone", { width: 375, height: 667 }, "nl"],
  ["a phone in Arabic", { width: 375, height: 667 }, "ar"],
  ["a larger phone in Ukrainian", { width: 412, height: 823 }, "uk"],
  ["a wide screen", { width: 1280, height: 800 }, "nl"],
  ["a wide screen in Persian", { width: 1100, height: 800 }, "fa"],
]) {
  test(`on ${name}, the app takes the first look's place without anything moving`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, locale: LANGS[lang] });
    const before = await context.newPage();
    await firstLook(before);
    await expect(before.locator("#boot h1")).toHaveText(HOME_TITLE[lang]);
    await expect(before.locator("#boot h1")).toBeVisible();
    const first = await layout(before, "#boot");
    await before.close();
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("#main h1")).toHaveText(HOME_TITLE[lang]);
    await expect(page.locator("#boot")).toHaveCount(0);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator(".practice-bar")).toHaveCount(1);
    expect(await layout(page, "#main")).toEqual(first);
    await context.close();
  });
}

for (const [name, viewport, saved] of [
  ["the smallest phone", { width: 320, height: 568 }, null],
  ["a middle-sized screen", { width: 800, height: 700 }, null],
  ["a phone with larger text", { width: 375, height: 667 }, { settings: { text_size: "larger" } }],
  ["a phone shared by learners", { width: 375, height: 667 }, { version: 3, sign: "sun-blue" }],
]) {
  test(`on ${name}, the first look shows only the practice mark and the header`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    if (saved) {
      await context.addInitScript((doc) => localStorage.setItem("oefenplein", JSON.stringify(doc)), saved);
    }
    const page = await context.newPage();
    await firstLook(page);
    await expect(page.locator("#boot .practice-bar")).toBeVisible();
    await expect(page.locator("#boot .brand")).toBeVisible();
    await expect(page.locator("#boot h1")).toBeHidden();
    await context.close();
  });
}
