// "De basis": every lesson done by a learner with a mouse, with touch and
// with the keyboard only; the kind help after a tap beside a button, plain
// text taken for a link, or a slow attempt; axe on every step.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { axeEveryStep } from "./helpers.mjs";

/** The practice screen's Dutch words, from locales/nl/practice.ftl. */
const P = {};
for (const line of readFileSync(new URL("../../locales/nl/practice.ftl", import.meta.url), "utf8").split("\n")) {
  const m = line.match(/^basics-([a-z0-9-]+) = (.+)$/);
  if (m) P[m[1]] = m[2].trim();
}

const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ }).locator(".basics");

/** Moves focus to `locator` with Tab only. */
async function tabTo(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reached by Tab: ${locator}`);
}

/** Presses a control the way `how` says: a mouse click, a tap, or Tab and Enter. */
async function press(page, how, locator) {
  if (how === "mouse") return locator.click();
  if (how === "touch") return locator.tap();
  await tabTo(page, locator);
  return page.keyboard.press("Enter");
}

/** Types `text` into a field, after selecting what is there. */
async function typeInto(page, how, field, text) {
  if (how === "keyboard") await tabTo(page, field);
  else if (how === "touch") await field.tap();
  else await field.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

/** Each lesson: what the learner does at each step, by what they read. */
const LESSONS = {
  "basics-tap": [
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["go-on"] })),
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["yes"], exact: true })),
  ],
  "basics-type": [
    (page, how) => typeInto(page, how, screen(page).getByLabel(P["type-name"]), "Noor"),
    (page, how) => typeInto(page, how, screen(page).getByLabel(P["type-place"]), "Oefenstad"),
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["save"] })),
  ],
  "basics-scroll": [
    async (page, how) => {
      const found = screen(page).getByRole("button", { name: P["found"] });
      if (how === "keyboard") return press(page, how, found);
      // Scroll by the wheel, or by a finger: the button is below the fold.
      await expect(found).not.toBeInViewport();
      if (how === "mouse") {
        await page.mouse.move(200, 400);
        for (let i = 0; i < 20 && !(await found.isVisible() && await isInView(found)); i++) await page.mouse.wheel(0, 300);
      } else {
        for (let i = 0; i < 20 && !(await isInView(found)); i++) await swipeUp(page);
      }
      // The wheel or the finger brought it up (a click would scroll by itself).
      await expect(found).toBeInViewport();
      return press(page, how, found);
    },
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["to-top"] })),
  ],
  "basics-back": [
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["activities"] })),
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["page-back"] })),
  ],
  "basics-choose": [
    async (page, how) => {
      const select = screen(page).getByLabel(P["course-day"]);
      if (how === "keyboard") {
        await tabTo(page, select);
        return select.selectOption("woensdag");
      }
      return select.selectOption("woensdag");
    },
    (page, how) => (how === "keyboard" ? tabTo(page, screen(page).getByLabel(P["agree"])).then(() => page.keyboard.press("Space")) : press(page, how, screen(page).getByLabel(P["agree"]))),
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["sign-up"] })),
  ],
  "basics-date": [
    (page, how) => press(page, how, screen(page).getByRole("button", { name: "15 december" })),
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["confirm-date"] })),
  ],
  "basics-link": [
    (page, how) => press(page, how, screen(page).getByRole("link", { name: P["link"] })),
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["page-back"] })),
  ],
  "basics-popup": [
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["popup-close"] })),
    (page, how) => press(page, how, screen(page).getByRole("button", { name: P["go-on"] })),
  ],
  "basics-zoom": [
    async (page, how) => {
      const text = screen(page).locator(".basics-phone-screen");
      if (how === "keyboard") {
        const bigger = screen(page).getByRole("button", { name: P["zoom-in"] });
        await press(page, how, bigger);
        return press(page, how, bigger);
      }
      // A double tap (or double click) on the text, twice.
      for (let i = 0; i < 2; i++) {
        if (how === "touch") {
          await text.tap();
          await text.tap();
        } else {
          await text.dblclick();
        }
        await expect(screen(page).getByText(`Zoom: ${i === 0 ? 150 : 200}%`)).toBeVisible();
      }
    },
    async (page, how) => {
      const smaller = screen(page).getByRole("button", { name: P["zoom-out"] });
      await press(page, how, smaller);
      await press(page, how, smaller);
    },
  ],
};

async function isInView(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
}

/**
 * A finger swipes up: the page scrolls down. Real touch events (start, moves,
 * end): Chromium's synthesized scroll gesture does not scroll a headless
 * page, so a test using it passed only because a tap scrolls by itself.
 */
async function swipeUp(page) {
  const c = await page.context().newCDPSession(page);
  await c.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: 180, y: 500 }] });
  for (let y = 480; y >= 200; y -= 20) await c.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: 180, y }] });
  await c.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await c.detach();
}

for (const how of ["mouse", "touch", "keyboard"]) {
  test.describe(`with ${how}`, () => {
    test.use(how === "touch" ? { hasTouch: true, isMobile: true, viewport: { width: 375, height: 667 } } : { viewport: { width: 375, height: 667 } });
    for (const [lesson, steps] of Object.entries(LESSONS)) {
      test(`${lesson} is done with ${how}`, async ({ page }) => {
        await page.goto(`/les/${lesson}/1`);
        for (let n = 1; n <= steps.length; n++) {
          await expect(page.getByText(`Stap ${n} van ${steps.length}`)).toBeVisible();
          await steps[n - 1](page, how);
        }
        await expect(page).toHaveURL(new RegExp(`/les/${lesson}/klaar`));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
        await expect(page.getByText("Je hebt zilver voor deze les!")).toBeVisible();
      });
    }
  });
}

test("the home card leads to the basics; free practice lists every exercise", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^De basis/ }).click();
  await expect(page.getByRole("link", { name: /Start de les\s+Op een knop drukken/ })).toBeVisible();
  await page.goto("/oefenen/basis");
  for (const key of ["menu-tap", "menu-type", "menu-scroll", "menu-back", "menu-choose", "menu-date", "menu-link", "menu-popup", "menu-zoom"]) {
    await expect(screen(page).getByRole("button", { name: P[key] })).toBeVisible();
  }
  await screen(page).getByRole("button", { name: P["menu-tap"] }).click();
  await screen(page).getByRole("button", { name: P["go-on"] }).click();
  await screen(page).getByRole("button", { name: P["yes"], exact: true }).click();
  await expect(screen(page).getByRole("status")).toContainText(P["done-title"]);
  await screen(page).getByRole("button", { name: P["other"] }).click();
  await expect(screen(page).getByRole("heading", { name: P["menu-title"] })).toBeVisible();
});

test("mistakes get kind, specific help", async ({ page }) => {
  const s = screen(page);
  // A tap beside the button.
  await page.goto("/les/basics-tap/1");
  await s.getByText(P["tap-text"]).click();
  await expect(s.getByRole("alert")).toHaveText(P["error-missed"]);
  await s.getByRole("button", { name: P["go-on"] }).click();
  await s.getByRole("button", { name: P["no"], exact: true }).click();
  await expect(s.getByRole("alert")).toContainText("Je drukte op “Nee”.");
  // A typo left in.
  await page.goto("/les/basics-type/3");
  await s.getByLabel(P["type-place"]).fill("Oefenstadd");
  await s.getByRole("button", { name: P["save"] }).click();
  await expect(s.getByRole("alert")).toContainText("Er staat nu: “Oefenstadd”. Haal de laatste d weg.");
  await expect(s.getByLabel(P["type-place"])).toHaveAttribute("aria-invalid", "true");
  // Real-looking details are refused whole, with the guard's warning.
  await page.goto("/les/basics-type/1");
  await s.getByLabel(P["type-name"]).fill("noor@gmail.com");
  await s.getByLabel(P["type-name"]).press("Tab");
  await expect(s.getByText("Let op: dit lijken echte gegevens")).toBeVisible();
  await expect(s.getByLabel(P["type-name"])).toHaveValue("");
  // No tick.
  await page.goto("/les/basics-choose/3");
  await s.getByLabel(P["agree"]).uncheck();
  await s.getByRole("button", { name: P["sign-up"] }).click();
  await expect(s.getByRole("alert")).toContainText("Zet eerst een vinkje");
  // The wrong day.
  await page.goto("/les/basics-date/1");
  await s.getByRole("button", { name: "14 december" }).click();
  await expect(s.getByRole("alert")).toContainText("Je koos 14 december. Kies 15 december.");
  // Plain text is not a link.
  await page.goto("/les/basics-link/1");
  await s.getByText(P["link-text"]).click();
  await expect(s.getByRole("alert")).toContainText("Dit is gewone tekst.");
  // "Ja, graag" where closing was enough.
  await page.goto("/les/basics-popup/1");
  await s.getByRole("button", { name: P["popup-yes"] }).click();
  await expect(s.getByRole("alert")).toContainText("Sluit de pop-up met het kruisje.");
});

test("a slow attempt gets a gentle nudge and points to human help, never a time limit", async ({ page }) => {
  await page.clock.install();
  await page.goto("/les/basics-date/1");
  const s = screen(page);
  await expect(s.getByRole("button", { name: "15 december" })).toBeVisible();
  await expect(s.locator(".ps-nudge")).toHaveCount(0);
  await page.clock.runFor(26_000);
  await expect(s.locator(".ps-nudge")).toContainText(P["nudge-date"]);
  await expect(s.locator(".ps-nudge")).toContainText(P["ask-help"]);
  // Nothing is lost or locked: the step still works.
  await s.getByRole("button", { name: "15 december" }).click();
  await expect(s.locator(".ps-nudge")).toHaveCount(0);
  await expect(page.getByText("Stap 2 van 2")).toBeVisible();
});

axeEveryStep(test, {
  runs: { nl: "", en: "", ar: "" },
  steps: { "basics-tap": 2, "basics-type": 3, "basics-scroll": 2, "basics-back": 2, "basics-choose": 3, "basics-date": 2, "basics-link": 2, "basics-popup": 2, "basics-zoom": 2 },
  selector: ".basics",
});
