// The lesson "Nepberichten herkennen" and the practice inbox.
import { test, expect } from "@playwright/test";
import { appReady, axeViolations } from "./helpers.mjs";

const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });

const ANSWERS = [
  [/^E-mail Apotheek Oefenanker/, "Echt"],
  [/^E-mail DigiD \(info@/, "Nep"],
  [/^E-mail Huisartsenpraktijk Oefendorp/, "Echt"],
  [/^Sms Apotheek Uw medicijnen/, "Nep"],
  [/^Sms Huisarts Uw dossier/, "Nep"],
  [/^E-mail DigiD Uw DigiD is geactiveerd/, "Echt"],
];

test("a learner spots the fake messages and the fake web address", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^Nepberichten herkennen/ }).click();
  await page.getByRole("link", { name: "Start de les" }).click();
  await expect(page).toHaveURL(/\/les\/phishing\/1$/);
  const s = screen(page);
  await s.getByRole("button", { name: /^Sms DigiD Uw DigiD verloopt vandaag/ }).click();
  await expect(page).toHaveURL(/\/les\/phishing\/2$/);

  // A wrong answer first: kind, specific, and the step waits.
  await s.getByRole("button", { name: "Echt", exact: true }).click();
  await expect(s.getByText("Nog niet goed. Probeer het nog een keer.")).toBeVisible();
  // It says why, for this message: the link and the haste.
  await expect(s.getByText("Kijk nog eens. Deze sms heeft een link en haast.", { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/les\/phishing\/2$/);
  await s.getByRole("button", { name: "Nep", exact: true }).click();
  await expect(page).toHaveURL(/\/les\/phishing\/3$/);
  await expect(s.getByText("DigiD stuurt nooit een link per sms.")).toBeVisible();

  await s.getByRole("button", { name: "https://digid-verlengen.example/inloggen" }).click();
  await expect(page).toHaveURL(/\/les\/phishing\/4$/);
  await expect(s.getByText("digid-verlengen.example/inloggen")).toBeVisible();
  await s.getByRole("button", { name: "Het webadres klopt", exact: true }).click();
  await expect(s.getByText("Kijk nog eens.")).toBeVisible();
  await s.getByRole("button", { name: "Het webadres klopt niet" }).click();
  await expect(page).toHaveURL(/\/les\/phishing\/5$/);

  await s.getByRole("button", { name: "Terug naar het bericht" }).click();
  await s.getByRole("button", { name: "Terug naar Postvak IN" }).click();
  for (const [i, [from, answer]] of ANSWERS.entries()) {
    await s.getByRole("button", { name: from }).click();
    await s.getByRole("button", { name: answer, exact: true }).click();
    // The last right answer ends the lesson; every other one says "Goed!".
    if (i === ANSWERS.length - 1) break;
    await expect(s.getByText("Goed!")).toBeVisible();
    await s.getByRole("button", { name: "Terug naar Postvak IN" }).click();
  }
  await expect(page).toHaveURL(/\/les\/phishing\/klaar$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
  await expect(page.getByText("Je herkent nu nepberichten.")).toBeVisible();
});

test("the inbox works in free practice and by keyboard", async ({ page }) => {
  await page.goto("/oefenen/inbox");
  await appReady(page);
  const s = screen(page);
  await s.locator(".inbox-item").first().focus();
  await page.keyboard.press("Enter");
  await expect(s.getByRole("heading", { name: "Sms" })).toBeVisible();
  await s.getByRole("button", { name: "Nep", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(s.getByText("Goed!")).toBeVisible();
  await s.getByRole("button", { name: "Terug naar Postvak IN" }).click();
  await expect(s.getByText("1 van de 7 goed")).toBeVisible();
  await expect(s.locator(".inbox-item").first()).toContainText("Goed");
});

test("every phishing lesson step has 0 axe violations in every language", async ({ browser }) => {
  test.setTimeout(120_000);
  const problems = [];
  for (const locale of ["nl-NL", "en-GB", "ar"]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    for (let n = 1; n <= 5; n++) {
      await page.goto(`/les/phishing/${n}`);
      await appReady(page);
      for (const v of await axeViolations(page)) problems.push(`${locale} step ${n}: ${v}`);
    }
    for (const path of ["/les/phishing/klaar", "/taak/phishing", "/oefenen/inbox"]) {
      await page.goto(path);
      await appReady(page);
      for (const v of await axeViolations(page)) problems.push(`${locale} ${path}: ${v}`);
    }
    await context.close();
  }
  expect(problems, problems.join("\n")).toEqual([]);
});
