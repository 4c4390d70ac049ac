// Kiosk mode on a public computer: the host's kiosk.json (no rebuild), the
// line for the visitor, "Ben je er nog?" after the idle minutes, the wipe for
// the next visitor, and the host's notes for a broken file. Time is
// Playwright's clock, so nothing waits for real minutes.
import { test, expect } from "@playwright/test";
import { appReady, chooseLanguage, t } from "./helpers.mjs";

const KIOSK = {
  uitleg: "test",
  aan: true,
  wis_na_minuten: 2,
  waarschuwing_seconden: 20,
  startpagina: "/taak/basics",
  bibliotheek: "Bibliotheek Oefenstad",
  wis_zonder_vragen: true,
};

/** A page whose host serves `kiosk` as kiosk.json (no service worker, so the route sees every fetch). */
async function kioskPage(browser, kiosk) {
  const context = await browser.newContext({ locale: "nl-NL", serviceWorkers: "block" });
  await context.route("**/kiosk.json", (route) =>
    route.fulfill({ body: typeof kiosk === "string" ? kiosk : JSON.stringify(kiosk), contentType: "application/json" }),
  );
  const page = await context.newPage();
  await page.clock.install();
  return { context, page };
}

const saved = (page) => page.evaluate(() => localStorage.getItem("oefenplein") || "");

test("after the idle minutes it asks, and an answer keeps everything", async ({ browser }) => {
  const { context, page } = await kioskPage(browser, KIOSK);
  await page.goto("/");
  await appReady(page);
  const line = page.getByRole("complementary", { name: "Deze computer" });
  await expect(line).toHaveText(
    "Je oefent bij Bibliotheek Oefenstad. Doe je 2 minuten niets? Dan wissen we alles voor de volgende bezoeker.",
  );
  await chooseLanguage(page, "nl", "en");
  await expect.poll(() => saved(page)).toContain('"en"');
  const question = page.getByRole("alertdialog", { name: t("en", "kiosk-question") });
  // Someone busy (a key at 100 s) starts the minutes again.
  await page.clock.runFor(100_000);
  await page.keyboard.press("Shift");
  await page.clock.runFor(100_000);
  await expect(question).toHaveCount(0);
  await page.clock.runFor(21_000);
  await expect(question).toBeVisible();
  await expect(question).toContainText(/In \d+ seconds/);
  const stay = question.getByRole("button", { name: t("en", "kiosk-still-here") });
  await expect(stay).toBeFocused();
  await stay.click();
  await expect(question).toHaveCount(0);
  await page.clock.runFor(60_000);
  await expect(question).toHaveCount(0);
  expect(await saved(page)).toContain('"en"');
  await context.close();
});

test("nobody answers: everything is wiped and the start page opens for the next visitor", async ({ browser }) => {
  const { context, page } = await kioskPage(browser, KIOSK);
  await page.goto("/les/basics-tap/1");
  await appReady(page);
  await chooseLanguage(page, "nl", "ar");
  await expect.poll(() => saved(page)).toContain('"ar"');
  await page.clock.runFor(125_000);
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(page).toHaveURL(/\/taak\/basics$/);
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  expect(await saved(page)).not.toContain('"ar"');
  await expect(page.getByRole("complementary", { name: "Deze computer" })).toBeVisible();
  await context.close();
});

test("a kiosk wipes with one click on “Wis alles op dit apparaat”", async ({ browser }) => {
  const { context, page } = await kioskPage(browser, KIOSK);
  await page.goto("/instellingen");
  await appReady(page);
  await chooseLanguage(page, "nl", "en");
  await expect.poll(() => saved(page)).toContain('"en"');
  await expect(page.getByRole("complementary", { name: t("en", "kiosk-label") })).toBeVisible();
  await page.getByRole("button", { name: t("en", "settings-clear-button") }).click();
  // Wiped at once (the chosen language too: the page is Dutch again).
  await expect(page.getByText(t("nl", "settings-clear-done"))).toBeVisible();
  expect(await saved(page)).not.toContain('"en"');
  await context.close();
});

test("a broken kiosk.json keeps the defaults and tells the host on the help page", async ({ browser }) => {
  const { context, page } = await kioskPage(browser, { aan: true, wis_na_minuten: "tien", startpagina: "https://elders.example" });
  await page.goto("/hulp");
  await appReady(page);
  const notes = page.getByRole("region", { name: t("nl", "kiosk-note-title") });
  await expect(notes.getByRole("listitem")).toHaveText([
    "In kiosk.json klopt de waarde van “wis_na_minuten” niet. Daar geldt nu de standaard.",
    "In kiosk.json klopt de waarde van “startpagina” niet. Daar geldt nu de standaard.",
  ]);
  // The kiosk itself runs with the defaults: 10 minutes.
  await expect(page.getByRole("complementary", { name: "Deze computer" })).toContainText("Doe je 10 minuten niets?");
  await context.close();

  const broken = await kioskPage(browser, '{"aan": true, ');
  await broken.page.goto("/hulp");
  await appReady(broken.page);
  await expect(broken.page.getByText(t("nl", "kiosk-note-not-json"))).toBeVisible();
  await expect(broken.page.getByRole("complementary", { name: "Deze computer" })).toHaveCount(0);
  await broken.context.close();
});

test("without kiosk.json nothing changes", async ({ page }) => {
  // The app asks for kiosk.json after the page is drawn: the checks wait
  // for the answer (the shipped file is empty) and the frame after it.
  const answered = () => page.waitForResponse((r) => new URL(r.url()).pathname === "/kiosk.json");
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  let asked = answered();
  await page.goto("/");
  await appReady(page);
  await asked;
  await frames();
  await expect(page.getByRole("complementary", { name: "Deze computer" })).toHaveCount(0);
  asked = answered();
  await page.goto("/hulp");
  await appReady(page);
  await asked;
  await expect(page.getByText(t("nl", "help-loading"))).toHaveCount(0);
  await frames();
  await expect(page.getByText(t("nl", "kiosk-note-title"))).toHaveCount(0);
});
