// Storage that is switched off, corrupt, from a newer version, or shared by two tabs.
import { test, expect } from "@playwright/test";
import { HOME_TITLE, appReady, disableStorage } from "./helpers.mjs";

test("with storage switched off the app runs and says so once", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  await disableStorage(context);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.nl);
  const notice = page.getByRole("status").filter({ hasText: "Dit apparaat bewaart niets." });
  await expect(notice).toBeVisible();
  await notice.getByRole("button", { name: "Ik snap het" }).click();
  await expect(page.getByText("Dit apparaat bewaart niets.")).toHaveCount(0);
  // Settings still work for this visit, and the learner is told they are not kept.
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByRole("radio", { name: "Groter" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  await expect(page.getByText("Je keuze geldt tot je de pagina sluit.")).toBeVisible();
  await expect(page.getByText("Dit apparaat bewaart niets.")).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

test("corrupt saved data is backed up, reset and explained", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => localStorage.setItem("oefenplein", "{kapot"));
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.nl);
  await expect(page.getByText("Je opgeslagen voortgang was beschadigd.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("oefenplein.backup"))).toBe("{kapot");
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem("oefenplein")));
  expect(saved.version).toBe(3);
  // The app is usable: a setting sticks.
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByRole("checkbox", { name: "Hoog contrast" }).check();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
  await expect(page.getByText("Je opgeslagen voortgang was beschadigd.")).toHaveCount(0);
});

test("a document from a newer version is read but never overwritten", async ({ page }) => {
  const newer = JSON.stringify({ version: 99, settings: { text_size: "large" }, badges: ["goud"] });
  await page.goto("/");
  await appReady(page);
  await page.evaluate((v) => localStorage.setItem("oefenplein", v), newer);
  await page.reload();
  await expect(page.getByText("Je voortgang is bewaard door een nieuwere versie.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByRole("checkbox", { name: "Hoog contrast" }).check();
  expect(await page.evaluate(() => localStorage.getItem("oefenplein"))).toBe(newer);
});

test("two tabs keep each other's changes", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto("/instellingen");
  await b.goto("/instellingen");
  await appReady(a);
  await appReady(b);
  await a.getByRole("radio", { name: "Groter" }).check();
  // Tab B follows tab A's change without a reload.
  await expect(b.locator("html")).toHaveAttribute("data-text-size", "larger");
  await b.getByRole("checkbox", { name: "Minder beweging" }).check();
  await expect(a.locator("html")).toHaveAttribute("data-motion", "reduce");
  const saved = JSON.parse(await a.evaluate(() => localStorage.getItem("oefenplein")));
  expect(saved.settings).toMatchObject({ text_size: "larger", reduce_motion: true });
});

test("a full storage gets a message and the app keeps working", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const page = await context.newPage();
  await page.goto("/instellingen");
  await page.getByRole("radio", { name: "Groot", exact: true }).check();
  await expect(page.getByText("Het geheugen van dit apparaat is vol.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
  await page.getByRole("checkbox", { name: "Hoog contrast" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
  await context.close();
});
