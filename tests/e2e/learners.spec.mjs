// Several learners on one device (a class, a library): each picks a sign (a
// picture and a colour, never a name) and keeps their own progress; "Stop en
// wis" removes one learner, "Wis alles" everyone.
import { test, expect } from "@playwright/test";
import { appReady, axeViolations, chooseLanguage, t } from "./helpers.mjs";

// One learner without a sign, as an older version saved it: a finished lesson.
const SOLO_V2 = JSON.stringify({
  version: 2,
  settings: {},
  progress: { lessons: { "digid-web": { step: 0, finished: true } } },
});

const switchLink = (page) => page.getByRole("link", { name: "Wissel van leerling" });
const status = (page) => page.locator(".learners-status");
const bronze = (page, n) => expect(page.locator(".progress-summary")).toContainText(`Brons: ${n}`);
const saved = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("oefenplein")));

async function startWith(page, doc) {
  await page.goto("/");
  await appReady(page);
  await page.evaluate((d) => localStorage.setItem("oefenplein", d), doc);
}

/** Chooses a new sign on "Wie oefent er?" by its picture and colour. */
async function join(page, symbol, colour) {
  await page.getByRole("radio", { name: symbol, exact: true }).check();
  await page.getByRole("radio", { name: colour, exact: true }).check();
  await page.getByRole("button", { name: "Dit is mijn teken" }).click();
  await expect(status(page)).toHaveText(`Gelukt! Je oefent nu als: ${symbol}, ${colour}.`);
}

test("two learners take turns, each with their own progress; one stops and wipes", async ({ page }) => {
  await startWith(page, SOLO_V2);
  await page.goto("/voortgang");
  await bronze(page, 1);
  // Alone, nobody sees any of this: no sign in the header.
  await expect(switchLink(page)).toHaveCount(0);
  await page.getByRole("link", { name: "Kies je teken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wie oefent er?");
  // The first sign goes to what is on the device, and the page says so.
  await expect(page.getByText("Wat nu op dit apparaat staat, krijgt jouw teken.")).toBeVisible();
  await join(page, "Zon", "blauw");
  await expect(switchLink(page)).toBeVisible();
  await expect(page.getByText("Wat nu op dit apparaat staat, krijgt jouw teken.")).toHaveCount(0);
  // The form moved on to a sign nobody has.
  await expect(page.getByRole("radio", { name: "groen", exact: true })).toBeChecked();

  // A second learner starts with nothing.
  await join(page, "Vis", "groen");
  await page.goto("/voortgang");
  await bronze(page, 0);

  // The first one takes their turn again through the sign in the header.
  await switchLink(page).click();
  await expect(page.getByRole("button", { name: /Vis, groen/ })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: /Zon, blauw/ }).click();
  await expect(status(page)).toHaveText("Gelukt! Je oefent nu als: Zon, blauw.");
  await expect(page.getByRole("button", { name: /Zon, blauw/ })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/voortgang");
  await bronze(page, 1);

  // Kept on the device, in a document an older version will not overwrite.
  const doc = await saved(page);
  expect(doc.version).toBe(3);
  expect(doc.sign).toBe("sun-blue");
  expect(doc.others.map((o) => o.sign)).toEqual(["fish-green"]);
  expect(JSON.stringify(doc)).not.toMatch(/naam|name/i);

  // Zon stops and wipes: two presses; Vis keeps their place.
  await page.goto("/voortgang/wie");
  const stop = page.getByRole("button", { name: "Stop en wis mijn voortgang" });
  await stop.click();
  await expect(page.getByText("Weet je het zeker? Klik nog een keer.")).toBeVisible();
  await stop.click();
  await expect(status(page)).toHaveText("Jouw voortgang is gewist. De volgende kan een teken kiezen.");
  await expect(page.getByRole("button", { name: /Zon, blauw/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Vis, groen/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: /Vis, groen/ })).toBeVisible();
  await page.goto("/voortgang");
  await bronze(page, 0);

  // "Wis alles" in Settings says it is for everyone, and removes everyone.
  await page.goto("/instellingen");
  await expect(page.getByText("Dit wist de voortgang van iedereen op dit apparaat.")).toBeVisible();
  const clear = page.getByRole("button", { name: "Wis alles op dit apparaat" });
  await clear.click();
  await clear.click();
  await expect(page.getByText("Alles is gewist.")).toBeVisible();
  await expect(switchLink(page)).toHaveCount(0);
});

test("progress without a sign is never lost by switching, and the page says what to do", async ({ page }) => {
  await startWith(
    page,
    JSON.stringify({
      version: 3,
      settings: {},
      progress: { lessons: { "digid-web": { step: 3 } } },
      others: [{ sign: "star-red" }],
    }),
  );
  await page.goto("/voortgang/wie");
  await page.getByRole("button", { name: /Ster, rood/ }).click();
  await expect(status(page)).toHaveText(
    "Er staat voortgang zonder teken op dit apparaat. Kies daar eerst een nieuw teken voor.",
  );
  expect((await saved(page)).progress.lessons["digid-web"].step).toBe(3);
  // Taking a sign keeps it; then switching is fine.
  await join(page, "Zon", "blauw");
  await page.getByRole("button", { name: /Ster, rood/ }).click();
  await expect(status(page)).toHaveText("Gelukt! Je oefent nu als: Ster, rood.");
  const doc = await saved(page);
  expect(doc.others[0].progress.lessons["digid-web"].step).toBe(3);
});

test("another tab follows the switch", async ({ context }) => {
  const a = await context.newPage();
  await startWith(a, SOLO_V2);
  await a.goto("/voortgang/wie");
  await join(a, "Zon", "blauw");
  await join(a, "Maan", "paars");
  const b = await context.newPage();
  await b.goto("/voortgang");
  await bronze(b, 0);
  await a.getByRole("button", { name: /Zon, blauw/ }).click();
  await bronze(b, 1);
});

test("Wie oefent er? is accessible with several learners, in Dutch and in Arabic", async ({ page }) => {
  await startWith(page, SOLO_V2);
  await page.goto("/voortgang/wie");
  await join(page, "Zon", "blauw");
  await join(page, "Hart", "oranje");
  expect(await axeViolations(page)).toEqual([]);
  await chooseLanguage(page, "nl", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ar", "learners-title"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(switchLink(page)).toHaveCount(0);
  await expect(page.getByRole("link", { name: t("ar", "learner-switch") })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
