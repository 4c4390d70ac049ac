// The lesson player on a phone (375 × 667 and 320 × 568), as a learner meets it:
// the step and its control in view together, typing never lost, the real-data
// guard deciding on whole values, and what happens after a reload.
import { test, expect } from "@playwright/test";
import { appReady, goWithinApp, pageSettled } from "./helpers.mjs";

const CARD = { username: "noor.oefen", password: "Oefen2026!" };
const PHONE = { width: 375, height: 667 };
const SMALL = { width: 320, height: 568 };

const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });

async function expectStep(page, lesson, n) {
  await expect(page).toHaveURL(new RegExp(`/les/${lesson}/${n}$`));
}

/** Asserts that the step text and its control are both on screen, not
 *  under the sticky practice bar nor under the SMS banner. The practice
 *  screen may arrive with its chunk a moment after the step and is then
 *  scrolled to: the check is retried until it holds (at most 5 s). */
async function expectStepAndTargetInView(page, target) {
  await expect(async () => checkStepAndTargetInView(page, target)).toPass({ timeout: 5000 });
}

async function checkStepAndTargetInView(page, target) {
  const boxes = await page.evaluate((target) => {
    const rect = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.height > 0 ? { top: r.top, bottom: r.bottom } : null;
    };
    const bar = rect(document.querySelector(".practice-bar"));
    const banner = rect(document.querySelector(".sms-banner.shown"));
    const text = rect(document.getElementById("step-text"));
    return {
      top: bar ? Math.max(0, bar.bottom) : 0,
      bottom: banner ? banner.top : window.innerHeight,
      text,
      target: target ? rect(document.getElementById(`live-${target}`)) : null,
    };
  }, target);
  const inView = (box, what, top) => {
    expect(box, `${what} is drawn`).not.toBeNull();
    expect(box.top, `${what} top at ${page.url()} (${JSON.stringify(boxes)})`).toBeGreaterThanOrEqual(top - 1);
    expect(box.bottom, `${what} bottom at ${page.url()} (${JSON.stringify(boxes)})`).toBeLessThanOrEqual(boxes.bottom + 1);
  };
  inView(boxes.text, "step text", boxes.top);
  // The control is below the step text, not hidden under it.
  if (target) inView(boxes.target, `#live-${target}`, boxes.text.bottom);
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("a whole lesson: each step's text and control in view, typing at human speed", async ({ page }) => {
    await page.goto("/les/digid-web/1");
    await appReady(page);
    const s = screen(page);
    await expectStepAndTargetInView(page, "username");
    await s.getByLabel("Gebruikersnaam").pressSequentially(CARD.username, { delay: 40 });
    await expectStep(page, "digid-web", 2);
    await expectStepAndTargetInView(page, "password");
    await s.getByLabel("Wachtwoord").pressSequentially("welkom", { delay: 40 });
    await s.getByRole("button", { name: "Inloggen" }).click();
    await expectStep(page, "digid-web", 3);
    await expectStepAndTargetInView(page, "password");
    // The red message the step asks to read is in view too, below the step.
    const below = await page.evaluate(() => {
      const alert = document.querySelector(".practice-area [role=alert]").getBoundingClientRect();
      const text = document.getElementById("step-text").getBoundingClientRect();
      return alert.top >= text.bottom - 1 && alert.bottom <= window.innerHeight;
    });
    expect(below, "the red message is in view below the step").toBe(true);
    await s.getByLabel("Wachtwoord").fill("");
    await s.getByLabel("Wachtwoord").pressSequentially(CARD.password, { delay: 40 });
    await expectStep(page, "digid-web", 4);
    await expectStepAndTargetInView(page, "login");
    await s.getByRole("button", { name: "Inloggen" }).click();
    await expectStep(page, "digid-web", 5);
    await expectStepAndTargetInView(page, "sms");
    await s.getByRole("button", { name: /Sms-controle/ }).click();
    await expectStep(page, "digid-web", 6);
    // The SMS shows as a banner, marked new, and stays while the code is typed.
    const banner = page.locator(".sms-banner.shown");
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("Nieuw");
    const code = (await banner.innerText()).match(/\d{6}/)[0];
    await expectStepAndTargetInView(page, "code");
    await s.getByLabel("Sms-code (6 cijfers)").pressSequentially(code, { delay: 60 });
    await expect(banner).toBeVisible();
    await expectStep(page, "digid-web", 7);
    await expectStepAndTargetInView(page, "submit-code");
    await s.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/les\/digid-web\/klaar$/);
    // The page was never thrown back to the top on the way.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
  });

  for (const [speed, delay] of [["machine", 0], ["human", 70]]) {
    test(`keys typed right after a step completes are kept (${speed} speed)`, async ({ page }) => {
      await page.goto("/les/digid-web/1");
      const s = screen(page);
      const username = s.getByLabel("Gebruikersnaam");
      const password = s.getByLabel("Wachtwoord");
      await username.pressSequentially(CARD.username.slice(0, -1), { delay });
      // The last key completes step 1; Tab and the password follow at once.
      await username.press(CARD.username.slice(-1));
      await page.keyboard.press("Tab");
      await page.keyboard.type("welkom123", { delay });
      await expectStep(page, "digid-web", 2);
      await expect(password).toHaveValue("welkom123");
      await expect(password).toBeFocused();
      await expect(username).toHaveValue(CARD.username);
    });
  }

  test("an e-mail address typed as a password is judged whole, and the warning stays", async ({ page }) => {
    await page.goto("/les/digid-web/2");
    const s = screen(page);
    const password = s.getByLabel("Wachtwoord");
    await password.pressSequentially("jan.jansen@gmail.com", { delay: 30 });
    // While typing nothing fires: the whole address is still in the field.
    await expect(page.locator(".guard-warning")).toHaveCount(0);
    await expect(password).toHaveValue("jan.jansen@gmail.com");
    // Leaving the field judges it: emptied, and a warning that stays.
    await s.getByRole("button", { name: "Inloggen" }).click();
    const warning = page.locator(".guard-warning");
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(/e-mail/i);
    await expect(password).toHaveValue("");
    await s.getByRole("button", { name: "Inloggen" }).click();
    await expect(warning).toBeVisible();
    // Nothing of it is anywhere in storage.
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    expect(stored).not.toContain("gmail");
    // Typing the practice password is acting on it: the warning goes.
    await password.fill(CARD.password);
    await expect(warning).toHaveCount(0);
  });

  test("Enter judges a held value before the form is sent", async ({ page }) => {
    await page.goto("/les/digid-web/2");
    const s = screen(page);
    await s.getByLabel("Wachtwoord").pressSequentially("noor@oefenplein.amsterdam", { delay: 10 });
    await page.keyboard.press("Enter");
    await expect(page.locator(".guard-warning")).toBeVisible();
    await expect(s.getByLabel("Wachtwoord")).toHaveValue("");
    await expect(s.getByRole("alert").filter({ hasText: "Vul" })).toHaveCount(0);
  });

  test("the header is one line, the menu opens, the practice mark stays in view", async ({ page }) => {
    await page.goto("/les/digid-web/1");
    await appReady(page);
    const header = await page.locator(".site-header").boundingBox();
    expect(header.height).toBeLessThan(80);
    await expect(page.getByRole("link", { name: "Instellingen" })).toBeHidden();
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Instellingen" }).click();
    await expect(page).toHaveURL(/\/instellingen$/);
    await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");
    await page.mouse.wheel(0, 2000);
    await expect(page.locator(".practice-bar")).toBeInViewport();
    await expect(page.locator(".practice-bar")).toContainText("Oefenen");
  });

  test("after a reload, own choices give way to the examples on the oefenkaart, said once", async ({ page }) => {
    await page.goto("/les/digid-apply/6");
    const s = screen(page);
    await s.getByLabel("Gebruikersnaam").fill("mijnnaam77");
    await expectStep(page, "digid-apply", 7);
    await s.getByLabel("Wachtwoord", { exact: true }).fill("Lente2031x");
    await expectStep(page, "digid-apply", 8);
    await s.getByLabel("Herhaal het wachtwoord").fill("Lente2031x");
    await s.getByRole("button", { name: "Volgende" }).click();
    await expectStep(page, "digid-apply", 9);
    const card = page.locator(".oefenkaart");
    await expect(card).toContainText("Dit koos je zelf:");
    await expect(card).toContainText("mijnnaam77");
    await expect(page.locator(".examples-notice")).toHaveCount(0);

    await page.reload();
    await expectStep(page, "digid-apply", 9);
    const notice = page.locator(".examples-notice");
    await expect(notice).toContainText("Wat je zelf koos, is niet bewaard.");
    await expect(card).toContainText("Hiermee oefen je verder:");
    await expect(card).not.toContainText("mijnnaam77");
    await expect(card).toContainText("noor1958");
    // No typed password was saved.
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain("Lente2031x");

    // Go on: the examples work, and every message agrees with the card.
    await s.getByRole("button", { name: "Aanvraag versturen" }).click();
    await expectStep(page, "digid-apply", 10);
    await expect(notice).toHaveCount(0);
    await page.getByRole("button", { name: "3 dagen later" }).click();
    await s.getByRole("button", { name: /activeren/i }).first().click();
    await expectStep(page, "digid-apply", 12);
    await s.getByLabel("Gebruikersnaam").fill("mijnnaam77");
    await s.getByLabel("Wachtwoord").fill("Lente2031x");
    await s.getByRole("button", { name: "Inloggen" }).click();
    await expect(s.getByText("Kijk op de oefenkaart.")).toBeVisible();
    await s.getByLabel("Gebruikersnaam").fill("noor1958");
    await s.getByLabel("Wachtwoord").fill("Zomer2027");
    await s.getByRole("button", { name: "Inloggen" }).click();
    await expectStep(page, "digid-apply", 13);
  });

  test("a deep link to the end of a lesson not done offers to start or go on", async ({ page }) => {
    await page.goto("/les/digid-web/klaar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze les is nog niet af");
    await expect(page.getByText("Goed gedaan!")).toHaveCount(0);
    await page.getByRole("button", { name: "Start de les" }).click();
    await expectStep(page, "digid-web", 1);
    await screen(page).getByLabel("Gebruikersnaam").fill(CARD.username);
    await expectStep(page, "digid-web", 2);
    await page.goto("/les/digid-web/klaar");
    await page.getByRole("button", { name: "Ga verder bij stap 2" }).click();
    await expectStep(page, "digid-web", 2);
  });

  test("the tip is a row that opens", async ({ page }) => {
    await page.goto("/les/digid-web/1");
    const tip = page.locator(".step-hint summary");
    await expect(tip).toContainText("Tip");
    await expect(tip.locator(".icon")).toBeVisible();
    await expect(page.getByText("Let op de punt in het midden.")).toBeHidden();
    await tip.click();
    await expect(page.getByText("Let op de punt in het midden.")).toBeVisible();
  });
});

/** Words that the browser split over two lines. */
async function brokenWords(page) {
  return page.evaluate(() => {
    const broken = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || el.closest(".visually-hidden, [hidden], [inert], details:not([open]) > :not(summary), .frame-address, .inbox-link, .lang-full, script, style")) continue;
      const words = /[^\s\-\/–—]+/g;
      let m;
      while ((m = words.exec(node.data))) {
        if (m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

const WORD_BREAK_PATHS = ["/", "/les/digid-web/1", "/les/digid-app-activate/1", "/les/digid-apply/2", "/les/phishing/2", "/oefenen/digid-app", "/taak/digid", "/taak/gp", "/les/gp-ask/3"];
for (const [name, viewport] of [["375", PHONE], ["320", SMALL], ["1280", { width: 1280, height: 800 }]]) {
  for (const locale of ["nl-NL", "ar"]) {
    test(`no word breaks inside itself at ${name} px (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({ locale, viewport });
      const page = await context.newPage();
      for (const path of WORD_BREAK_PATHS) {
        await page.goto(path);
        await pageSettled(page);
        expect(await brokenWords(page), `${path} in ${locale}`).toEqual([]);
      }
      await context.close();
    });
  }
}

test("every label a step quotes is on that step's screen", async ({ page }) => {
  test.setTimeout(180_000);
  const ids = ["digid-web", "phishing", "digid-forgot", "digid-apply", "digid-app-activate", "digid-app-qr", "digid-app-phone", "digid-pin-forgot"];
  const missing = [];
  for (const id of ids) {
    await page.goto(`/les/${id}/1`);
    await appReady(page);
    const total = Number((await page.locator(".step-count").innerText()).match(/van (\d+)/)[1]);
    for (let n = 1; n <= total; n++) {
      // Within the app, as a link would: a reload per step made this test
      // ~70 cold starts long, too slow for a busy machine.
      await goWithinApp(page, `/les/${id}/${n}`);
      await expect(page.locator(".step-count")).toHaveText(`Stap ${n} van ${total}`, { timeout: 20_000 });
      const text = await page.locator("#step-text").innerText();
      const hint = (await page.locator(".step-hint p").count()) ? await page.locator(".step-hint p").textContent() : "";
      const area = await page.locator(".practice-area").textContent();
      for (const [, label] of `${text} ${hint}`.matchAll(/“([^”]+)”/g)) {
        if (!area.includes(label)) missing.push(`${id}/${n}: “${label}”`);
      }
    }
  }
  expect(missing).toEqual([]);
});

// The practice mark is one line on the smallest phone in every language:
// the sticky step head sits right below it, and a taller mark would hide
// the step's first line.
test("the practice mark is one line at 320 px in every language", async ({ browser }) => {
  const { LANGS } = await import("./helpers.mjs");
  const heights = {};
  for (const [lang, locale] of Object.entries(LANGS)) {
    const context = await browser.newContext({ locale, viewport: SMALL });
    const page = await context.newPage();
    await page.goto("/");
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    heights[lang] = await page.locator(".practice-bar").evaluate((bar) => bar.getBoundingClientRect().height);
    await context.close();
  }
  // --bar-block is 2.5rem on a phone: 40 px, and its border (a second line
  // would add about 20 px).
  for (const [lang, height] of Object.entries(heights)) expect(height, `${lang}: ${JSON.stringify(heights)}`).toBeLessThanOrEqual(48);
});

// With the largest text the practice mark takes several lines on a small
// phone; the step head sticks right below it, never under it.
test("with the largest text, the step head stays below the practice mark", async ({ browser }) => {
  for (const locale of ["en-GB", "pl-PL", "fa-IR"]) {
    const context = await browser.newContext({ locale, viewport: SMALL });
    const page = await context.newPage();
    await page.goto("/instellingen");
    await appReady(page);
    await page.locator('input[name="text-size"]').last().check();
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "largest");
    await goWithinApp(page, "/les/digid-web/2");
    await expect(page.locator("#live-password")).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect(async () => {
      const [bar, head] = await page.evaluate(() =>
        [".practice-bar", ".step-head"].map((s) => document.querySelector(s).getBoundingClientRect()),
      );
      expect(bar.height, locale).toBeGreaterThan(60);
      expect(head.top, `${locale}: head ${head.top}, bar ${bar.bottom}`).toBeGreaterThanOrEqual(bar.bottom - 1);
    }).toPass({ timeout: 5000 });
    await context.close();
  }
});
