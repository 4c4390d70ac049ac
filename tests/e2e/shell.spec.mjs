// The app shell: languages, right-to-left, settings that persist, help, not found.
import { test, expect } from "@playwright/test";
import { HOME_TITLE, appReady, chooseLanguage, t } from "./helpers.mjs";

test("home renders in Dutch with the practice mark and task cards", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.nl);
  await expect(page.getByText("Oefenen — niets is echt")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Inloggen met DigiD/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Oefeningen" }).getByRole("link")).toHaveCount(8);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

for (const [locale, lang] of [
  ["en-US", "en"],
  ["ar", "ar"],
  ["tr-TR", "tr"],
  ["pl", "pl"],
  ["uk-UA", "uk"],
  ["fa-IR", "fa"],
  ["fr-FR", "nl"],
]) {
  test(`a first visit with browser language ${locale} shows ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE[lang]);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await context.close();
  });
}

test("choosing Arabic turns the whole page right-to-left and survives a reload", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await chooseLanguage(page, "nl", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.ar);
  // The header mirrors: the brand sits on the right.
  const brand = await page.getByRole("link", { name: /Oefenplein،/ }).boundingBox();
  const viewport = page.viewportSize();
  expect(brand.x).toBeGreaterThan(viewport.width / 2);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.ar);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await chooseLanguage(page, "ar", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.en);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

test("the language menu closes with Escape and gives focus back", async ({ page }) => {
  await page.goto("/");
  const button = page.getByRole("button", { name: "Taal: Nederlands" });
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("button", { name: "العربية" })).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("button", { name: "Nederlands", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
});

test("settings survive a reload", async ({ page }) => {
  await page.goto("/instellingen");
  await page.getByRole("radio", { name: "Heel groot" }).check();
  await page.getByRole("checkbox", { name: "Hoog contrast" }).check();
  await page.getByRole("checkbox", { name: "Minder beweging" }).check();
  await expect(page.getByText("Je keuze is bewaard.")).toBeVisible();
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-text-size", "largest");
  await page.reload();
  await expect(html).toHaveAttribute("data-text-size", "largest");
  await expect(html).toHaveAttribute("data-contrast", "high");
  await expect(html).toHaveAttribute("data-motion", "reduce");
  await expect(page.getByRole("radio", { name: "Heel groot" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Hoog contrast" })).toBeChecked();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("oefenplein")));
  expect(stored.version).toBe(3);
  expect(stored.settings).toMatchObject({ text_size: "largest", high_contrast: true, reduce_motion: true });
});

test("wiping the device asks once more, then removes everything", async ({ page }) => {
  await page.goto("/instellingen");
  await page.getByRole("radio", { name: "Groot", exact: true }).check();
  const wipe = page.getByRole("button", { name: "Wis alles op dit apparaat" });
  await wipe.click();
  await expect(page.getByText("Weet je het zeker? Klik nog een keer.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("oefenplein"))).not.toBeNull();
  await wipe.click();
  await expect(page.getByText("Alles is gewist.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("oefenplein"))).toBeNull();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "normal");
});

test("every page has a way home", async ({ page }) => {
  for (const path of ["/instellingen", "/hulp", "/over", "/taak/video", "/iets/anders"]) {
    await page.goto(path);
    await appReady(page);
    await page.getByRole("link", { name: "Oefenplein, naar het begin" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.nl);
  }
});

test("the card 'De basis' leads to its nine lessons and free practice", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^De basis/ }).click();
  await expect(page).toHaveURL(/\/taak\/basics$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("De basis");
  await expect(page.getByRole("link", { name: /^Start de les/ })).toHaveCount(9);
  await expect(page.getByRole("link", { name: "Vrij oefenen: Oefenbasis" })).toBeVisible();
  await expect(page.getByText("Binnenkort")).toHaveCount(0);
});

test("an unknown address gets the friendly not-found page", async ({ page }) => {
  await page.goto("/dit/bestaat/niet");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
  await expect(page.getByText("Geen probleem. Er is niets kapot.")).toBeVisible();
  await page.goto("/taak/onbekend");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
});

// A route answers the page's own requests only: once the service worker
// controls the page (it claims it as soon as it is installed), it asks the
// server itself and the route is passed by. So these run without one.
test.describe("a host's help file", () => {
  test.use({ serviceWorkers: "block" });

  test("the help page shows the host's own places from hulp.json", async ({ page }) => {
    await page.route("**/hulp.json", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({
          places: [{ name: "Bibliotheek Testdorp", phone: "0123 456 789", hours: "Dinsdag 10–12 uur" }],
        }),
      }),
    );
    await page.goto("/hulp");
    await expect(page.getByRole("heading", { name: "Hulp bij ons" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Bibliotheek Testdorp" })).toBeVisible();
    await expect(page.getByText("0123 456 789")).toBeVisible();
    await expect(page.getByRole("heading", { name: "In de bibliotheek" })).toBeVisible();
  });

  test("a broken hulp.json gets a kind message and the general help", async ({ page }) => {
    await page.route("**/hulp.json", (route) =>
      route.fulfill({ contentType: "application/json", body: "{ places: [ kapot" }),
    );
    await page.goto("/hulp");
    await expect(
      page.getByText("De hulp van deze locatie kon niet laden. Hieronder staat algemene hulp."),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "In de bibliotheek" })).toBeVisible();
  });
});

test("the shipped hulp.json shows only the general help", async ({ page }) => {
  await page.goto("/hulp");
  await expect(page.getByRole("heading", { name: "In de bibliotheek" })).toBeVisible();
  // hulp.json is read after the page is drawn: wait for it to be answered.
  await expect(page.getByText(t("nl", "help-loading"))).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Hulp bij ons" })).toHaveCount(0);
  await expect(page.getByText("kon niet laden")).toHaveCount(0);
});
