// WCAG 2.2 A/AA with axe-core on every route in every language, keyboard
// access with a visible focus ring, and reflow at 320 px with 200 % text.
import { test, expect } from "@playwright/test";
import { LANGS, ROUTES, appReady, axeViolations, languageButton, pageSettled, t } from "./helpers.mjs";

for (const [lang, locale] of Object.entries(LANGS)) {
  test(`axe finds no WCAG A/AA violations on any route in ${lang}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const problems = [];
    for (const path of ROUTES) {
      await page.goto(path);
      await appReady(page);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      if (path === "/hulp") {
        await expect(page.getByRole("heading", { name: t(lang, "help-default-library-title") })).toBeVisible();
        await expect(page.getByText(t(lang, "help-loading"))).toHaveCount(0);
      }
      for (const v of await axeViolations(page)) problems.push(`${path}: ${v}`);
    }
    // The open language menu too.
    await page.goto("/");
    await appReady(page);
    await languageButton(page).click();
    await expect(languageButton(page)).toHaveAttribute("aria-expanded", "true");
    for (const v of await axeViolations(page)) problems.push(`language menu: ${v}`);
    await context.close();
    expect(problems, problems.join("\n")).toEqual([]);
  });
}

test("high contrast and the largest text pass axe too", async ({ page }) => {
  test.setTimeout(120_000);
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

// What identifies a focusable element across steps (runs in the page).
function describeFocusable(el) {
  const label = el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent;
  return [el.tagName, el.getAttribute("type") || "", el.getAttribute("href") || "", el.name || "", el.value || "", label.trim()].join("|");
}

/** Tabs through the page; returns what was focused and whether it showed a ring. */
async function tabThrough(page, maxSteps = 80) {
  const seen = [];
  for (let i = 0; i < maxSteps; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(`(() => {
      const describe = ${describeFocusable.toString()};
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
        (style.boxShadow !== "" && style.boxShadow !== "none");
      return { key: describe(el), ring };
    })()`);
    if (!info) continue;
    if (seen.length && info.key === seen[0].key) break;
    seen.push(info);
  }
  return seen;
}

/** Every visible link, button and form field; one per radio group (the checked one), as Tab gives. */
async function visibleControls(page) {
  return page.evaluate(`(() => {
    const describe = ${describeFocusable.toString()};
    const visible = (el) => {
      if (el.closest("[hidden], [inert]") || el.disabled) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const skipLink = (el) => el.matches("a[href^='#']") && el.getBoundingClientRect().bottom <= 0;
    const out = [];
    for (const el of document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]")) {
      if (el.tabIndex < 0) continue;
      if (el.type === "radio") {
        const group = [...document.querySelectorAll('input[type=radio][name="' + CSS.escape(el.name) + '"]')];
        const stop = group.find((r) => r.checked) || group[0];
        if (el !== stop) continue;
      }
      if (visible(el) || skipLink(el)) out.push(describe(el));
    }
    return out;
  })()`);
}

for (const path of ["/", "/instellingen", "/hulp", "/over"]) {
  test(`keyboard only: every control on ${path} is reachable with a visible focus ring`, async ({ page }) => {
    await page.goto(path);
    await appReady(page);
    if (path === "/hulp") {
      await expect(page.getByRole("heading", { name: "In de bibliotheek" })).toBeVisible();
    }
    const controls = await visibleControls(page);
    expect(controls.length).toBeGreaterThan(5);
    const seen = await tabThrough(page);
    const reached = new Set(seen.map((s) => s.key));
    const missing = controls.filter((k) => !reached.has(k));
    expect(missing, `not reachable by Tab: ${missing.join(", ")}`).toEqual([]);
    const noRing = seen.filter((s) => !s.ring).map((s) => s.key);
    expect(noRing, `no visible focus: ${noRing.join(", ")}`).toEqual([]);
    // The first Tab stop is the skip link.
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

// Every kind of page, the practice screens included.
const REFLOW_ROUTES = [
  ...ROUTES,
  "/les/digid-web/1",
  "/les/digid-web/6",
  "/les/digid-forgot/4",
  "/les/phishing/2",
  "/les/phishing/4",
  "/oefenen/digid-web",
  "/les/digid-app-activate/8",
  "/les/digid-app-qr/7",
  "/les/digid-app-phone/4",
  "/oefenen/digid-app",
];

async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const lang of ["nl", "ar"]) {
    test(`no horizontal scrolling with 200 % text (${lang})`, async ({ browser }) => {
      // Nineteen pages, each loaded, grown and with its menu opened.
      test.setTimeout(150_000);
      const context = await browser.newContext({
        viewport: { width: 320, height: 640 },
        locale: lang === "ar" ? "ar" : "nl-NL",
      });
      const page = await context.newPage();
      for (const path of REFLOW_ROUTES) {
        await page.goto(path);
        await pageSettled(page);
        // Like a browser's text-size setting (an injected <style> is refused by the CSP).
        await page.evaluate(() =>
          document.documentElement.style.setProperty("font-size", "200%", "important"),
        );
        expect(await horizontalOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        await languageButton(page).click();
        await expect(languageButton(page)).toHaveAttribute("aria-expanded", "true");
        expect(await horizontalOverflow(page), `${path} with menu open`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }

  test("no horizontal scrolling with the app's own largest text", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/instellingen");
    await page.getByRole("radio", { name: "Heel groot" }).check();
    for (const path of REFLOW_ROUTES) {
      await page.goto(path);
      await pageSettled(page);
      // Still the largest text, after each load.
      await expect(page.locator("html")).toHaveAttribute("data-text-size", "largest");
      expect(await horizontalOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});
