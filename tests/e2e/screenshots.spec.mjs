// Screenshots for people to look at: `make screenshots` (SCREENSHOTS=1).
import { test } from "@playwright/test";
import { pageSettled } from "./helpers.mjs";

test.skip(!process.env.SCREENSHOTS, "only with SCREENSHOTS=1");

const SHOTS = [
  ["home", "/"],
  ["settings", "/instellingen"],
  ["help", "/hulp"],
  ["about", "/over"],
  ["soon", "/taak/digid"],
  ["not-found", "/bestaat-niet"],
  ["lesson-step1", "/les/digid-web/1"],
  ["lesson-step3", "/les/digid-web/3"],
  ["lesson-step6", "/les/digid-web/6"],
  ["lesson-done", "/les/digid-web/klaar"],
  ["free-practice", "/oefenen/digid-web"],
  // The DigiD app: the phone, the koppelcode and the QR code.
  ["app-store", "/les/digid-app-activate/2"],
  ["app-pin", "/les/digid-app-activate/8"],
  ["app-koppelcode", "/les/digid-app-qr/6"],
  ["app-qr", "/les/digid-app-qr/7"],
  ["app-same-phone", "/les/digid-app-phone/4"],
  ["app-id-check", "/les/digid-pin-forgot/6"],
  ["app-free", "/oefenen/digid-app"],
];

for (const [lang, locale] of [["nl", "nl-NL"], ["en", "en-GB"], ["ar", "ar"]]) {
  for (const width of [1280, 375]) {
    test(`screens ${lang} ${width}`, async ({ browser }) => {
      const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const [name, path] of SHOTS) {
        await page.goto(path);
        await pageSettled(page);
        await page.screenshot({ path: `test-results/screens/${name}-${lang}-${width}.png`, fullPage: true });
      }
      await context.close();
    });
  }
}

// The phone-first player: every step of "Inloggen met DigiD" and the QR
// lesson's phone steps, at 375 × 667 and 320 × 568, in Dutch and Arabic,
// as the screen shows them (not the full page: what a phone shows at once).
const PHONE_STEPS = [
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => [`web-${n}`, `/les/digid-web/${n}`]),
  ...[2, 3, 6, 7, 8, 9].map((n) => [`qr-${n}`, `/les/digid-app-qr/${n}`]),
];
for (const [lang, locale] of [["nl", "nl-NL"], ["ar", "ar"]]) {
  for (const [width, height] of [[375, 667], [320, 568]]) {
    test(`phone steps ${lang} ${width}`, async ({ browser }) => {
      const context = await browser.newContext({ locale, viewport: { width, height } });
      const page = await context.newPage();
      for (const [name, path] of PHONE_STEPS) {
        await page.goto(path);
        // The player brings the step's control into view below the step.
        await pageSettled(page);
        await page.screenshot({ path: `test-results/screens/phone-${name}-${lang}-${width}.png` });
      }
      await context.close();
    });
  }
}
