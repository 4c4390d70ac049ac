// The DigiD app practice and its lessons, as a learner uses them: the phone,
// the app store, activating, the koppelcode, the QR code and the PIN.
import { test, expect } from "@playwright/test";
import { appReady, axeViolations } from "./helpers.mjs";

const CARD = { username: "noor.oefen", password: "Oefen2026!", pin: "24680" };

const device = (page) => page.locator("#live-device");
const computer = (page) => page.locator(".practice-frame");

async function expectStep(page, lesson, n, total) {
  await expect(page).toHaveURL(new RegExp(`/les/${lesson}/${n}$`));
  await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${total}`))).toBeVisible();
}

async function koppelcode(page) {
  const text = await page.locator("#live-web-koppelcode").innerText();
  return text.match(/([A-Z]{4})\s*$/)[1];
}

async function logInInApp(d, password = CARD.password) {
  await d.getByLabel("Gebruikersnaam").fill(CARD.username);
  await d.getByLabel("Wachtwoord").fill(password);
  await d.getByRole("button", { name: "Inloggen" }).click();
}

/** Presses Tab until `locator` has focus: proves it is reachable by keyboard. */
async function tabTo(page, locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reached by Tab: ${locator}`);
}

test("DigiD app activeren: install, log in, SMS code, a PIN mix-up on purpose", async ({ page }) => {
  const lesson = "digid-app-activate";
  await page.goto("/");
  await page.getByRole("link", { name: /^Inloggen met DigiD/ }).click();
  await page.getByRole("link", { name: /DigiD app activeren/ }).click();
  await expectStep(page, lesson, 1, 12);
  const d = device(page);
  await d.getByRole("button", { name: "Oefenwinkel" }).click();
  await expectStep(page, lesson, 2, 12);
  await d.getByRole("button", { name: "Installeren" }).click();
  await expectStep(page, lesson, 3, 12);
  await d.getByRole("button", { name: "Openen" }).click();
  await expectStep(page, lesson, 4, 12);
  await d.getByRole("button", { name: "Activeren" }).click();
  await expectStep(page, lesson, 5, 12);
  await logInInApp(d, "welkom");
  await expect(d.getByRole("alert")).toContainText("klopt niet");
  await logInInApp(d);
  await expectStep(page, lesson, 6, 12);
  await d.getByRole("button", { name: /Met een sms-code/ }).click();
  await expectStep(page, lesson, 7, 12);
  const code = (await d.getByRole("status").innerText()).match(/\d{6}/)[0];
  // The SMS on the phone is marked as the newest.
  await expect(d.getByRole("status")).toContainText("Nieuw");
  await d.getByLabel("Sms-code (6 cijfers)").fill(code);
  await d.getByRole("button", { name: "Verder" }).click();
  await expectStep(page, lesson, 8, 12);
  await d.getByLabel("Pincode (5 cijfers)").fill(CARD.pin);
  await expectStep(page, lesson, 9, 12);
  await expect(d.getByRole("heading", { name: "Herhaal uw pincode" })).toBeVisible();
  await d.getByLabel("Pincode (5 cijfers)").fill("97531");
  await expectStep(page, lesson, 10, 12);
  await expect(d.getByRole("alert")).toContainText("De pincodes zijn niet gelijk.");
  await d.getByLabel("Pincode (5 cijfers)").fill(CARD.pin);
  await expectStep(page, lesson, 11, 12);
  await d.getByLabel("Pincode (5 cijfers)").fill(CARD.pin);
  await expectStep(page, lesson, 12, 12);
  await d.getByRole("button", { name: "Naar de app" }).click();
  await expect(page).toHaveURL(/\/les\/digid-app-activate\/klaar$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
  await expect(d.getByRole("button", { name: "Inloggen op een computer" })).toBeVisible();
  // Nothing typed is kept: only lesson ids and steps.
  const saved = await page.evaluate(() => localStorage.getItem("oefenplein"));
  expect(saved).not.toContain(CARD.pin);
  expect(saved).not.toContain(code);
  // The finish screen leads on to the next lesson of the chain.
  await page.getByRole("link", { name: "Volgende les: Inloggen met de app en een QR-code" }).click();
  await expectStep(page, "digid-app-qr", 1, 9);
});

test("Inloggen met de app en een QR-code: an expired koppelcode, then in", async ({ page }) => {
  const lesson = "digid-app-qr";
  await page.goto(`/les/${lesson}/1`);
  const d = device(page);
  const c = computer(page);
  await c.getByRole("button", { name: /Met de DigiD app/ }).click();
  await expectStep(page, lesson, 2, 9);
  const first = await koppelcode(page);
  await d.getByRole("button", { name: "DigiD", exact: true }).click();
  await expectStep(page, lesson, 3, 9);
  await d.getByRole("button", { name: "Inloggen op een computer" }).click();
  await expectStep(page, lesson, 4, 9);
  await page.getByRole("button", { name: "5 minuten later" }).click();
  await expectStep(page, lesson, 5, 9);
  await expect(c.getByRole("alert")).toContainText("De koppelcode is verlopen.");
  // The old code no longer works in the app.
  await d.getByLabel("Koppelcode (4 letters)").fill(first);
  await d.getByRole("button", { name: "Verder" }).click();
  await expect(d.getByRole("alert")).toContainText("Deze koppelcode is verlopen.");
  await c.getByRole("button", { name: "Nieuwe koppelcode" }).click();
  await expectStep(page, lesson, 6, 9);
  const fresh = await koppelcode(page);
  expect(fresh).not.toBe(first);
  await d.getByLabel("Koppelcode (4 letters)").fill(fresh.toLowerCase());
  await d.getByRole("button", { name: "Verder" }).click();
  await expectStep(page, lesson, 7, 9);
  const qr = c.getByRole("img", { name: /QR-code/ });
  await expect(qr).toBeVisible();
  expect(await qr.locator("path").getAttribute("d")).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  await d.getByRole("button", { name: "Scan de QR-code" }).click();
  await expectStep(page, lesson, 8, 9);
  await d.getByRole("button", { name: "Ja, inloggen" }).click();
  await expectStep(page, lesson, 9, 9);
  await d.getByLabel("Pincode (5 cijfers)").fill(CARD.pin);
  await expect(page).toHaveURL(/\/les\/digid-app-qr\/klaar$/);
  await expect(c.getByRole("heading", { name: "Welkom, Noor!" })).toBeVisible();
  await expect(d.getByRole("heading", { name: "Gelukt!" })).toBeVisible();
});

test("Inloggen met de app op je telefoon, in Arabic, with a wrong PIN first", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar", viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const lesson = "digid-app-phone";
  await page.goto(`/les/${lesson}/1`);
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const d = device(page);
  await expect(d.locator(".device-screen")).toHaveAttribute("dir", "ltr");
  // Drawn as a phone, not in a browser frame.
  await expect(page.locator(".practice-frame")).toHaveCount(0);
  await d.getByRole("button", { name: "Internet" }).click();
  await expectStep(page, lesson, 2, 6);
  await d.getByRole("button", { name: /Met de DigiD app/ }).click();
  await expectStep(page, lesson, 3, 6);
  await d.getByRole("button", { name: "Ja, inloggen" }).click();
  await expectStep(page, lesson, 4, 6);
  await d.getByLabel("Pincode (5 cijfers)").fill("97531");
  await expectStep(page, lesson, 5, 6);
  await expect(d.getByRole("alert")).toContainText("Deze pincode klopt niet.");
  await expect(d.getByRole("alert")).toContainText("U kunt het nog 4 keer proberen.");
  await d.getByLabel("Pincode (5 cijfers)").fill(CARD.pin);
  await expectStep(page, lesson, 6, 6);
  await d.getByRole("button", { name: "Terug naar Mijn Oefenzorg" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أحسنت!");
  await expect(d.getByRole("heading", { name: "Welkom, Noor!" })).toBeVisible();
  await context.close();
});

test("Pincode vergeten: activate again with the ID check, refuse an easy PIN", async ({ page }) => {
  const lesson = "digid-pin-forgot";
  await page.goto(`/les/${lesson}/1`);
  const d = device(page);
  await d.getByRole("button", { name: "DigiD", exact: true }).click();
  await expectStep(page, lesson, 2, 9);
  await d.getByRole("button", { name: "Pincode vergeten?" }).click();
  await expectStep(page, lesson, 3, 9);
  await d.getByRole("button", { name: "Opnieuw activeren" }).click();
  await expectStep(page, lesson, 4, 9);
  await logInInApp(d);
  await expectStep(page, lesson, 5, 9);
  await d.getByRole("button", { name: /Met uw identiteitskaart/ }).click();
  await expectStep(page, lesson, 6, 9);
  await d.getByRole("button", { name: "Houd de ID-kaart tegen de telefoon" }).click();
  await expect(d.getByRole("status")).toHaveText("Bezig met lezen. Houd de kaart stil.");
  await expectStep(page, lesson, 7, 9);
  await d.getByLabel("Pincode (5 cijfers)").fill("12345");
  await expectStep(page, lesson, 8, 9);
  await expect(d.getByRole("alert")).toContainText("Deze pincode is te makkelijk.");
  await d.getByLabel("Pincode (5 cijfers)").fill("86420");
  await expectStep(page, lesson, 9, 9);
  await d.getByLabel("Pincode (5 cijfers)").fill("86420");
  await expect(page).toHaveURL(/\/les\/digid-pin-forgot\/klaar$/);
  await expect(page.locator(".oefenkaart")).toContainText("86420");
});

test("free practice: the letter, a wrong koppelcode, a QR code that times out, a blocked app", async ({ page }) => {
  await page.goto("/oefenen/digid-app");
  const d = device(page);
  const c = computer(page);
  await d.getByRole("button", { name: "Oefenwinkel" }).click();
  await d.getByRole("button", { name: "Installeren" }).click();
  await d.getByRole("button", { name: "Openen" }).click();
  await d.getByRole("button", { name: "Activeren" }).click();
  // The real-data guard: a valid BSN is refused and never kept.
  await d.getByLabel("Gebruikersnaam").fill("111222333");
  await d.getByLabel("Gebruikersnaam").press("Tab");
  await expect(d.getByRole("alert")).toContainText(/burgerservicenummer|BSN/i);
  await expect(d.getByLabel("Gebruikersnaam")).toHaveValue("");
  await logInInApp(d);
  await d.getByRole("button", { name: /Met een brief/ }).click();
  await d.getByLabel("Activeringscode uit de brief").fill("ABC");
  await d.getByRole("button", { name: "Verder" }).click();
  await expect(d.getByRole("alert")).toContainText("De brief is er nog niet.");
  await page.getByRole("button", { name: "3 dagen later" }).click();
  const letter = page.getByRole("article");
  await expect(letter).toContainText("Uw activeringscode voor de DigiD app");
  const code = (await letter.locator(".letter-code").innerText()).trim();
  await d.getByLabel("Activeringscode uit de brief").fill(code.toLowerCase());
  await d.getByRole("button", { name: "Verder" }).click();
  // The keypad works too.
  for (const digit of "11111") await d.getByRole("button", { name: digit, exact: true }).click();
  await expect(d.getByRole("alert")).toContainText("te makkelijk");
  for (const digit of "24680") await d.getByRole("button", { name: digit, exact: true }).click();
  await d.getByRole("button", { name: "4", exact: true }).click();
  await d.getByRole("button", { name: "Wis" }).click();
  await d.getByLabel("Pincode (5 cijfers)").fill(CARD.pin);
  await d.getByRole("button", { name: "Naar de app" }).click();

  await c.getByRole("button", { name: /Met de DigiD app/ }).click();
  await d.getByRole("button", { name: "Inloggen op een computer" }).click();
  await d.getByLabel("Koppelcode (4 letters)").fill("ZZZZ");
  await d.getByRole("button", { name: "Verder" }).click();
  await expect(d.getByRole("alert")).toContainText("Deze koppelcode klopt niet.");
  await d.getByLabel("Koppelcode (4 letters)").fill(await koppelcode(page));
  await d.getByRole("button", { name: "Verder" }).click();
  await expect(c.getByRole("img", { name: /QR-code/ })).toBeVisible();
  await page.getByRole("button", { name: "5 minuten later" }).click();
  await expect(c.getByRole("alert")).toContainText("De QR-code is verlopen.");
  await d.getByRole("button", { name: "Scan de QR-code" }).click();
  await expect(d.getByRole("alert")).toContainText("De QR-code is verlopen.");
  await c.getByRole("button", { name: "Nieuwe koppelcode" }).click();
  await d.getByRole("button", { name: "Inloggen op een computer" }).click();
  await d.getByLabel("Koppelcode (4 letters)").fill(await koppelcode(page));
  await d.getByRole("button", { name: "Verder" }).click();
  await d.getByRole("button", { name: "Scan de QR-code" }).click();
  await d.getByRole("button", { name: "Ja, inloggen" }).click();
  for (const left of [4, 3, 2, 1]) {
    await d.getByLabel("Pincode (5 cijfers)").fill("97531");
    await expect(d.getByRole("alert")).toContainText(`U kunt het nog ${left} keer proberen.`);
  }
  await d.getByLabel("Pincode (5 cijfers)").fill("97531");
  await expect(d.getByRole("heading", { name: "Uw DigiD app is geblokkeerd" })).toBeVisible();
  await d.getByRole("button", { name: "Telefoon kwijt of nieuw?" }).click();
  await expect(d.getByRole("heading", { name: "Telefoon kwijt of een nieuwe telefoon?" })).toBeVisible();
  await d.getByRole("button", { name: /Vorige/ }).click();
  await d.getByRole("button", { name: "Opnieuw activeren" }).click();
  await expect(d.getByRole("heading", { name: "Log in met uw DigiD" })).toBeVisible();
  // The home button always leads out; opnieuw beginnen starts fresh.
  await d.getByRole("button", { name: "Naar het beginscherm" }).click();
  await expect(d.getByRole("button", { name: "Oefenwinkel" })).toBeVisible();
  await c.getByRole("button", { name: "Opnieuw beginnen" }).click();
  await expect(d.getByRole("button", { name: "DigiD", exact: true })).toHaveCount(0);
});

test("logging in with the app and a QR code works by keyboard alone", async ({ page }) => {
  await page.goto("/les/digid-app-qr/1");
  await appReady(page);
  const d = device(page);
  await tabTo(page, computer(page).getByRole("button", { name: /Met de DigiD app/ }));
  await page.keyboard.press("Enter");
  const code = await koppelcode(page);
  await tabTo(page, d.getByRole("button", { name: "DigiD", exact: true }));
  await page.keyboard.press("Enter");
  // Focus stays on the phone when the screen changes.
  await expect(d.getByRole("heading", { name: "DigiD app" })).toBeFocused();
  await tabTo(page, d.getByRole("button", { name: "Inloggen op een computer" }));
  await page.keyboard.press("Enter");
  await tabTo(page, d.getByLabel("Koppelcode (4 letters)"));
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await tabTo(page, d.getByRole("button", { name: "Scan de QR-code" }));
  await page.keyboard.press("Enter");
  await tabTo(page, d.getByRole("button", { name: "Ja, inloggen" }));
  await page.keyboard.press("Enter");
  await expect(d.getByLabel("Pincode (5 cijfers)")).toBeFocused();
  await page.keyboard.type(CARD.pin);
  await expect(computer(page).getByRole("heading", { name: "Welkom, Noor!" })).toBeVisible();
});

test("installing and activating the app works by keyboard alone", async ({ page }) => {
  await page.goto("/oefenen/digid-app");
  await appReady(page);
  const d = device(page);
  const press = async (locator) => {
    await tabTo(page, locator);
    await page.keyboard.press("Enter");
  };
  await press(d.getByRole("button", { name: "Oefenwinkel" }));
  await press(d.getByRole("button", { name: "Installeren" }));
  await press(d.getByRole("button", { name: "Openen" }));
  await press(d.getByRole("button", { name: "Activeren" }));
  await tabTo(page, d.getByLabel("Gebruikersnaam"));
  await page.keyboard.type(CARD.username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(CARD.password);
  await page.keyboard.press("Enter");
  await press(d.getByRole("button", { name: /Met uw identiteitskaart/ }));
  await press(d.getByRole("button", { name: "Houd de ID-kaart tegen de telefoon" }));
  // After the card is read the PIN field has focus: type the PIN twice.
  await expect(d.getByLabel("Pincode (5 cijfers)")).toBeFocused();
  await page.keyboard.type(CARD.pin);
  await expect(d.getByRole("heading", { name: "Herhaal uw pincode" })).toBeVisible();
  await expect(d.getByLabel("Pincode (5 cijfers)")).toBeFocused();
  await page.keyboard.type(CARD.pin);
  await press(d.getByRole("button", { name: "Naar de app" }));
  await expect(d.getByRole("button", { name: "Inloggen op een computer" })).toBeVisible();
});

const LESSONS = [
  ["digid-app-activate", 12],
  ["digid-app-qr", 9],
  ["digid-app-phone", 6],
  ["digid-pin-forgot", 9],
];

// One test per lesson and language (all in one ran close to its limit on a busy machine).
for (const locale of ["nl-NL", "en-GB", "ar"]) {
  for (const [lesson, total] of LESSONS) {
    test(`every step of ${lesson} has 0 axe violations (${locale})`, async ({ browser }) => {
      test.setTimeout(30_000 + 8_000 * total);
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const problems = [];
      for (let n = 1; n <= total; n++) {
        await page.goto(`/les/${lesson}/${n}`);
        await expectStep(page, lesson, n, total);
        for (const v of await axeViolations(page)) problems.push(`${lesson} step ${n}: ${v}`);
      }
      await page.goto(`/les/${lesson}/klaar`);
      await appReady(page);
      for (const v of await axeViolations(page)) problems.push(`${lesson} done: ${v}`);
      await context.close();
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }

  test(`DigiD app free practice has 0 axe violations (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/oefenen/digid-app");
    await appReady(page);
    const problems = (await axeViolations(page)).map((v) => `free practice: ${v}`);
    await context.close();
    expect(problems, problems.join("\n")).toEqual([]);
  });
}
