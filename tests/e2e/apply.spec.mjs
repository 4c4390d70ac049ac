// The lesson "DigiD aanvragen" and its practice service, as a learner uses them.
import { test, expect } from "@playwright/test";
import { appReady, axeViolations, pageSettled, practiceDrawn } from "./helpers.mjs";

const CARD = { bsn: "123456780", postcode: "9999 ZZ", house: "12", date: "14-05-1958" };
const ACCOUNT = { username: "noor1958", password: "Zomer2027" };
const STEPS = 13;

const area = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });
const letterbox = (page) => page.getByRole("complementary", { name: /brievenbus|letterbox|صندوق بريدك/ });
const card = (page) => page.getByRole("region", { name: /^(Oefenkaart|Practice card|بطاقة التدريب)$/ });

async function expectStep(page, n) {
  await expect(page).toHaveURL(new RegExp(`/les/digid-apply/${n}$`));
  await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${STEPS}`))).toBeVisible();
}

/** The activation code as printed in the letter. */
async function letterCode(page) {
  const letter = letterbox(page).getByRole("article");
  await expect(letter).toBeVisible();
  const text = await letter.innerText();
  return text.match(/[A-Z2-9]{3} [A-Z2-9]{3} [A-Z2-9]{3}/)[0];
}

/** Does the whole lesson as a learner would, checking what they see on the way. */
async function doLesson(page, { dutch = true } = {}) {
  const s = area(page);
  await expectStep(page, 1);
  await s.getByRole("button", { name: "Aanvragen" }).click();
  await expectStep(page, 2);
  await expect(card(page)).toContainText(CARD.bsn);
  await s.getByLabel("Burgerservicenummer (BSN)").fill(CARD.bsn);
  await expectStep(page, 3);

  await s.getByLabel("Postcode").fill("9999zz");
  await s.getByLabel("Huisnummer").fill(CARD.house);
  await expectStep(page, 4);

  // The mistake on purpose: a date that does not exist.
  const date = s.getByLabel("Geboortedatum");
  await date.fill("31-02-1958");
  await s.getByRole("button", { name: "Volgende" }).click();
  await expectStep(page, 5);
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAccessibleDescription(/Deze datum bestaat niet\./);
  await expect(date).toBeFocused();
  // Only this field has a message: the others were right.
  for (const label of ["Burgerservicenummer (BSN)", "Postcode", "Huisnummer"]) {
    await expect(s.getByLabel(label)).toHaveAttribute("aria-invalid", "false");
  }
  await date.fill("14 mei 1958");
  await expect(date).toHaveAttribute("aria-invalid", "false");
  await s.getByRole("button", { name: "Volgende" }).click();
  await expectStep(page, 6);

  // Typed key by key: the step is done at the 6th character, and the
  // rest of the keystrokes still land in the field.
  const username = s.getByLabel("Gebruikersnaam");
  await username.pressSequentially(ACCOUNT.username);
  await expectStep(page, 7);
  await expect(username).toHaveValue(ACCOUNT.username);
  await expect(username).toBeFocused();
  await s.getByLabel("Wachtwoord", { exact: true }).fill(ACCOUNT.password);
  await expectStep(page, 8);
  await s.getByLabel("Herhaal het wachtwoord").fill(ACCOUNT.password);
  await s.getByRole("button", { name: "Volgende" }).click();
  await expectStep(page, 9);

  await expect(s.getByRole("heading", { name: "Controleer uw gegevens" })).toBeVisible();
  const frame = s.locator(".practice-frame");
  await expect(frame.getByRole("definition").filter({ hasText: CARD.date })).toBeVisible();
  await expect(s.getByText("Oefenstraat 12, 9999 ZZ Oefendorp")).toBeVisible();
  await s.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expectStep(page, 10);
  await expect(s.getByText("U krijgt binnen 3 werkdagen een brief.")).toBeVisible();

  const waitLabel = dutch ? "3 dagen later" : /3/;
  await letterbox(page).getByRole("button", { name: waitLabel }).click();
  await expectStep(page, 11);
  const code = await letterCode(page);
  await expect(card(page)).toContainText(ACCOUNT.username);

  await s.getByRole("button", { name: "DigiD activeren" }).click();
  await expectStep(page, 12);
  await s.getByLabel("Gebruikersnaam").fill(ACCOUNT.username);
  await s.getByLabel("Wachtwoord").fill(ACCOUNT.password);
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expectStep(page, 13);

  // Lower case and without spaces is fine.
  await s.getByLabel("Activeringscode (9 tekens)").fill(code.replaceAll(" ", "").toLowerCase());
  await s.getByRole("button", { name: "Activeren" }).click();
  await expect(page).toHaveURL(/\/les\/digid-apply\/klaar$/);
  await expect(s.getByRole("heading", { name: "Uw DigiD is actief" })).toBeVisible();
}

test("a learner applies for DigiD in Dutch, with an impossible date on purpose", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^Inloggen met DigiD/ }).click();
  await page.getByRole("link", { name: /^Start de les\s+DigiD aanvragen/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klik op de knop “Aanvragen”.");
  await doLesson(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
  await expect(page.getByText("Je DigiD is actief!")).toBeVisible();
  const saved = await page.evaluate(() => localStorage.getItem("oefenplein"));
  expect(JSON.parse(saved).progress.lessons["digid-apply"].finished).toBe(true);
  // Only progress is kept: nothing typed in the practice screen.
  expect(saved).not.toContain(ACCOUNT.password);
  expect(saved).not.toContain(CARD.bsn);
});

test("the lesson completes in Arabic, right-to-left, around a Dutch practice screen", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/les/digid-apply/1");
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("انقر على زر «Aanvragen».");
  await expect(area(page).locator(".practice-frame")).toHaveAttribute("dir", "ltr");
  await doLesson(page, { dutch: false });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أحسنت!");
  await context.close();
});

test("free practice: every field says kindly what is wrong, Wijzigen keeps the values", async ({ page }) => {
  await page.goto("/oefenen/digid-apply");
  await appReady(page);
  const s = area(page);
  await s.getByRole("button", { name: "Aanvragen" }).click();
  await s.getByRole("button", { name: "Volgende" }).click();
  const bsn = s.getByLabel("Burgerservicenummer (BSN)");
  await expect(bsn).toBeFocused();
  await expect(bsn).toHaveAccessibleDescription(/Vul uw burgerservicenummer in\./);
  await expect(s.getByLabel("Geboortedatum")).toHaveAccessibleDescription(/Vul uw geboortedatum in\./);
  await expect(s.getByLabel("Postcode")).toHaveAccessibleDescription(/Vul uw postcode in\./);
  await expect(s.getByLabel("Huisnummer")).toHaveAccessibleDescription(/Vul uw huisnummer in\./);

  await bsn.fill("1234");
  await s.getByLabel("Geboortedatum").fill("14-05-58");
  await s.getByLabel("Postcode").fill("ZZ 9999");
  await s.getByLabel("Huisnummer").fill("13");
  await s.getByRole("button", { name: "Volgende" }).click();
  await expect(bsn).toHaveAccessibleDescription(/heeft 9 cijfers/);
  await expect(s.getByLabel("Geboortedatum")).toHaveAccessibleDescription(/jaar met 4 cijfers/);
  await expect(s.getByLabel("Postcode")).toHaveAccessibleDescription(/4 cijfers en 2 letters/);
  await expect(s.getByLabel("Huisnummer")).toHaveAccessibleDescription(/niet op de oefenkaart/);

  await bsn.fill("123 456 780");
  await s.getByLabel("Geboortedatum").fill(" 14/5/1958 ");
  await s.getByLabel("Postcode").fill("9999 zz");
  await s.getByLabel("Huisnummer").fill(CARD.house);
  await s.getByRole("button", { name: "Volgende" }).click();

  // Username rules and passwords that differ.
  await expect(s.getByRole("heading", { name: "Kies een gebruikersnaam en wachtwoord" })).toBeVisible();
  await s.getByLabel("Gebruikersnaam").fill("noor o");
  await s.getByLabel("Wachtwoord", { exact: true }).fill("zomer");
  await expect(s.getByRole("listitem").filter({ hasText: "een kleine letter" })).toContainText("klopt");
  await expect(s.getByRole("listitem").filter({ hasText: "een cijfer" })).toContainText("nog niet");
  await s.getByRole("button", { name: "Volgende" }).click();
  await expect(s.getByLabel("Gebruikersnaam")).toHaveAccessibleDescription(/geen spaties/);
  await expect(s.getByLabel("Wachtwoord", { exact: true })).toHaveAccessibleDescription(/voldoet nog niet/);
  await s.getByLabel("Gebruikersnaam").fill(ACCOUNT.username);
  await s.getByLabel("Wachtwoord", { exact: true }).fill(ACCOUNT.password);
  await s.getByLabel("Herhaal het wachtwoord").fill("Zomer2028");
  await s.getByRole("button", { name: "Volgende" }).click();
  const repeat = s.getByLabel("Herhaal het wachtwoord");
  await expect(repeat).toHaveAccessibleDescription(/niet gelijk/);
  await expect(repeat).toHaveValue("");
  await repeat.fill(ACCOUNT.password);
  await s.getByRole("button", { name: "Volgende" }).click();

  // Wijzigen: back to the form, everything still there.
  await s.getByRole("button", { name: "Wijzigen" }).click();
  await expect(s.getByRole("heading", { name: "Uw gegevens" })).toBeVisible();
  await expect(bsn).toHaveValue("123 456 780");
  await expect(s.getByLabel("Postcode")).toHaveValue("9999 zz");
  await s.getByRole("button", { name: "Volgende" }).click();
  await expect(s.getByLabel("Gebruikersnaam")).toHaveValue(ACCOUNT.username);
  await s.getByRole("button", { name: "Volgende" }).click();
  await s.getByRole("button", { name: "Aanvraag versturen" }).click();

  // Activating before the letter came: it says where to look.
  await s.getByRole("button", { name: "DigiD activeren" }).click();
  await s.getByLabel("Gebruikersnaam").fill(ACCOUNT.username);
  await s.getByLabel("Wachtwoord").fill("Verkeerd1");
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(s.getByLabel("Wachtwoord")).toHaveAccessibleDescription(/klopt niet/);
  await s.getByLabel("Wachtwoord").fill(ACCOUNT.password);
  await s.getByRole("button", { name: "Inloggen" }).click();
  const code = s.getByLabel("Activeringscode (9 tekens)");
  await s.getByRole("button", { name: "Activeren" }).click();
  await expect(code).toHaveAccessibleDescription(/brief nog niet/);
  await expect(letterbox(page)).toContainText("Nog geen post.");
  await letterbox(page).getByRole("button", { name: "3 dagen later" }).click();
  await expect(letterbox(page)).toContainText("Er zijn nu 3 dagen voorbij.");
  const right = await letterCode(page);
  const wrong = right.startsWith("A") ? "BBB BBB BBB" : "AAA AAA AAA";
  await code.fill(wrong);
  await s.getByRole("button", { name: "Activeren" }).click();
  await expect(code).toHaveAccessibleDescription(/Kijk in de brief van DigiD\. U kunt het nog 2 keer proberen\./);
  await code.fill(`  ${right.toLowerCase()} `);
  await s.getByRole("button", { name: "Activeren" }).click();
  await expect(s.getByRole("heading", { name: "Uw DigiD is actief" })).toBeVisible();

  await s.getByRole("button", { name: "Opnieuw beginnen" }).click();
  await expect(s.getByRole("heading", { name: "DigiD aanvragen" })).toBeVisible();
  await expect(letterbox(page)).toContainText("Nog geen post.");
});

test("three wrong activation codes: the code stops working, kindly", async ({ page }) => {
  await page.goto("/les/digid-apply/13");
  await expectStep(page, 13);
  const s = area(page);
  const code = s.getByLabel("Activeringscode (9 tekens)");
  const right = await letterCode(page);
  const wrong = right.startsWith("A") ? "BBB BBB BBB" : "AAA AAA AAA";
  for (const left of [2, 1]) {
    await code.fill(wrong);
    await s.getByRole("button", { name: "Activeren" }).click();
    await expect(code).toHaveAccessibleDescription(new RegExp(`nog ${left} keer`));
  }
  await code.fill(wrong);
  await s.getByRole("button", { name: "Activeren" }).click();
  await expect(s.getByRole("heading", { name: "De activeringscode werkt niet meer" })).toBeVisible();
  await expect(s.getByRole("alert")).toContainText("3 keer een verkeerde code");
});

test("a real BSN is refused, explained, and never stored", async ({ page }) => {
  await page.goto("/les/digid-apply/2");
  await expectStep(page, 2);
  const s = area(page);
  const bsn = s.getByLabel("Burgerservicenummer (BSN)");
  await bsn.fill("111222333");
  await bsn.press("Tab");
  await expect(s.getByRole("alert")).toContainText("Dit lijkt op een echt burgerservicenummer (BSN).");
  await expect(s.getByRole("alert")).toContainText("Gebruik je oefenkaart.");
  await expect(bsn).toHaveValue("");
  await s.getByLabel("Postcode").fill("jan@voorbeeld.nl");
  await s.getByLabel("Postcode").press("Tab");
  await expect(s.getByRole("alert")).toContainText("Dit lijkt op een echt e-mailadres.");
  await expect(s.getByLabel("Postcode")).toHaveValue("");
  const everything = await page.evaluate(() =>
    JSON.stringify(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
  );
  expect(everything).not.toContain("111222333");
  expect(everything).not.toContain("voorbeeld");
  await expectStep(page, 2);
  // The oefenkaart's number is fine.
  await bsn.fill(CARD.bsn);
  await expect(s.getByRole("alert")).toHaveCount(0);
  await expectStep(page, 3);
});

test("the form works by keyboard alone", async ({ page }) => {
  await page.goto("/oefenen/digid-apply");
  await appReady(page);
  const s = area(page);
  await s.getByRole("button", { name: "Opnieuw beginnen" }).focus();
  await page.keyboard.press("Tab");
  await expect(s.getByRole("button", { name: "Aanvragen" })).toBeFocused();
  await page.keyboard.press("Enter");
  // The new page's heading takes the focus; the first field is one Tab away.
  await expect(s.getByRole("heading", { name: "Uw gegevens" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(s.getByLabel("Burgerservicenummer (BSN)")).toBeFocused();
  await page.keyboard.type(CARD.bsn);
  await page.keyboard.press("Tab");
  await page.keyboard.type("14-05-1958");
  await page.keyboard.press("Tab");
  await page.keyboard.type("9999 ZZ");
  await page.keyboard.press("Tab");
  await page.keyboard.type("21");
  await page.keyboard.press("Enter");
  // A wrong house number: the focus goes to it, with its message.
  const house = s.getByLabel("Huisnummer");
  await expect(house).toBeFocused();
  await expect(house).toHaveAccessibleDescription(/niet op de oefenkaart/);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(CARD.house);
  await page.keyboard.press("Enter");
  await expect(s.getByRole("heading", { name: "Kies een gebruikersnaam en wachtwoord" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type(ACCOUNT.username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(ACCOUNT.password);
  await page.keyboard.press("Tab");
  await page.keyboard.type(ACCOUNT.password);
  await page.keyboard.press("Enter");
  await expect(s.getByRole("heading", { name: "Controleer uw gegevens" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(s.getByRole("button", { name: "Aanvraag versturen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(s.getByRole("heading", { name: "Uw aanvraag is verstuurd" })).toBeFocused();
  // The letterbox is reachable too.
  const wait = letterbox(page).getByRole("button", { name: "3 dagen later" });
  await wait.focus();
  await page.keyboard.press("Enter");
  await expect(letterbox(page).getByRole("article")).toBeVisible();
});

test("every lesson step has 0 axe violations in every language", async ({ browser }) => {
  test.setTimeout(300_000);
  const problems = [];
  for (const locale of ["nl-NL", "en-GB", "ar"]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    for (let n = 1; n <= STEPS; n++) {
      await page.goto(`/les/digid-apply/${n}`);
      await expectStep(page, n);
      for (const v of await axeViolations(page)) problems.push(`${locale} step ${n}: ${v}`);
    }
    // The step with an inline message, as the learner sees it after the mistake.
    await page.goto("/les/digid-apply/5");
    await expect(area(page).getByLabel("Geboortedatum")).toHaveAttribute("aria-invalid", "true");
    for (const v of await axeViolations(page)) problems.push(`${locale} step 5 with message: ${v}`);
    await page.goto("/les/digid-apply/klaar");
    await appReady(page);
    for (const v of await axeViolations(page)) problems.push(`${locale} done: ${v}`);
    await page.goto("/oefenen/digid-apply");
    await appReady(page);
    for (const v of await axeViolations(page)) problems.push(`${locale} free practice: ${v}`);
    await context.close();
  }
  expect(problems, problems.join("\n")).toEqual([]);
});

test("no sideways scrolling at 320 px with 200 % text", async ({ browser }) => {
  for (const locale of ["nl-NL", "ar"]) {
    const context = await browser.newContext({ locale, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const n of [2, 5, 9, 10, 11, 12, 13]) {
      await page.goto(`/les/digid-apply/${n}`);
      await expectStep(page, n);
      await practiceDrawn(page);
      await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${locale} step ${n} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});

test("screenshots of the form, the letter and the activation", async ({ browser }) => {
  test.skip(!process.env.SCREENSHOTS, "only with SCREENSHOTS=1");
  test.setTimeout(120_000);
  const shots = [
    ["form", "/les/digid-apply/5"],
    ["check", "/les/digid-apply/9"],
    ["letter", "/les/digid-apply/11"],
    ["activation", "/les/digid-apply/13"],
    ["active", "/les/digid-apply/klaar"],
  ];
  for (const [lang, locale] of [["nl", "nl-NL"], ["ar", "ar"]]) {
    for (const width of [1280, 375, 320]) {
      const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const [name, path] of shots) {
        await page.goto(path);
        await pageSettled(page);
        await page.screenshot({ path: `test-results/screens/apply-${name}-${lang}-${width}.png`, fullPage: true });
      }
      await context.close();
    }
  }
});
