// WCAG 2.2 A/AA with axe-core on every route in every language, keyboard
// access with a visible focus ring, and reflow at 320 px with 200 % text.
import { test, expect } from "@playwright/test";
import { ROUTES, appReady, axeViolations } from "./helpers.mjs";

const LOCALES = { nl: "nl-NL", en: "en-GB", ar: "ar" };

for (const [lang, locale] of Object.entries(LOCALES)) {
  test(`axe finds no WCAG A/AA violations on any route in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const problems = [];
    for (const path of ROUTES) {
      await page.goto(path);
      await appReady(page);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      if (path === "/hulp") await expect(page.locator(".loading")).toHaveCount(0);
      for (const v of await axeViolations(page)) problems.push(`${path}: ${v}`);
    }
    // The open language menu too.
    await page.goto("/");
    await page.locator(".lang-button").click();
    for (const v of await axeViolations(page)) problems.push(`language menu: ${v}`);
    await context.close();
    expect(problems, problems.join("\n")).toEqual([]);
  });
}

test("high contrast and the largest text pass axe too", async ({ page }) => {
  await page.goto("/instellingen");
  await page.getByRole("radio", { name: "Heel groot" }).check();
  await page.getByRole("checkbox", { name: "Hoog contrast" }).check();
  const problems = [];
  for (const path of ROUTES) {
    await page.goto(path);
    await appReady(page);
    for (const v of await axeViolations(page)) problems.push(`${path}: ${v}`);
  }
  expect(problems, problems.join("\n")).toEqual([]);
});

/** Tabs through the page; returns what was focused and whether it showed a ring. */
async function tabThrough(page, maxSteps = 60) {
  const seen = [];
  for (let i = 0; i < maxSteps; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
        (style.boxShadow && style.boxShadow !== "none");
      const key =
        el.tagName + "|" + (el.getAttribute("href") || "") + "|" + (el.getAttribute("value") || "") + "|" + el.textContent.trim();
      return { key, ring };
    });
    if (!info) continue;
    if (seen.length && info.key === seen[0].key) break;
    seen.push(info);
  }
  return seen;
}

for (const path of ["/", "/instellingen", "/hulp", "/over"]) {
  test(`keyboard only: every control on ${path} is reachable with a visible focus ring`, async ({ page }) => {
    await page.goto(path);
    await appReady(page);
    const focusable = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], button, input, select, textarea")]
        .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === "fixed")
        .filter((el) => !el.closest("[hidden]") && !el.classList.contains("skip-link"))
        .map(
          (el) =>
            el.tagName + "|" + (el.getAttribute("href") || "") + "|" + (el.getAttribute("value") || "") + "|" + el.textContent.trim(),
        ),
    );
    const seen = await tabThrough(page);
    const reached = new Set(seen.map((s) => s.key));
    // Radios in a group share one Tab stop; arrow keys move between them.
    const missing = focusable.filter((k) => !reached.has(k) && !k.startsWith("INPUT||normal") && !/^INPUT\|\|(large|larger|largest)\|/.test(k));
    expect(missing, `not reachable by Tab: ${missing.join(", ")}`).toEqual([]);
    const noRing = seen.filter((s) => !s.ring).map((s) => s.key);
    expect(noRing, `no visible focus: ${noRing.join(", ")}`).toEqual([]);
    expect(seen[0].key).toContain("#main");
  });
}

test("keyboard only: the language can be changed without a mouse", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.getByRole("button", { name: "Taal: Nederlands" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "English", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the skip link moves focus to the content", async ({ page }) => {
  await page.goto("/over");
  await appReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const lang of ["nl", "ar"]) {
    test(`no horizontal scrolling with 200 % text (${lang})`, async ({ browser }) => {
      const context = await browser.newContext({
        viewport: { width: 320, height: 640 },
        locale: lang === "ar" ? "ar" : "nl-NL",
      });
      const page = await context.newPage();
      for (const path of ["/", "/instellingen", "/hulp", "/over", "/taak/digid", "/bestaat-niet"]) {
        await page.goto(path);
        await appReady(page);
        // Like a browser's text-size setting (an injected <style> is refused by the CSP).
        await page.evaluate(() =>
          document.documentElement.style.setProperty("font-size", "200%", "important"),
        );
        expect(await horizontalOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        await page.locator(".lang-button").click();
        expect(await horizontalOverflow(page), `${path} with menu open`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }

  test("no horizontal scrolling with the app's own largest text", async ({ page }) => {
    await page.goto("/instellingen");
    await page.getByRole("radio", { name: "Heel groot" }).check();
    for (const path of ["/", "/instellingen", "/hulp", "/over", "/taak/digid", "/bestaat-niet"]) {
      await page.goto(path);
      await appReady(page);
      expect(await horizontalOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});
