// The lesson "Inloggen met DigiD" and the DigiD practice service, as a learner uses them.
import { test, expect } from "@playwright/test";
import { appReady, axeViolations } from "./helpers.mjs";

const CARD = { username: "noor.oefen", password: "Oefen2026!" };

const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });
const phone = (page) => page.getByRole("complementary", { name: /telefoon|phone|هاتفك/i });

async function smsCode(page) {
  const text = await phone(page).getByRole("listitem").first().innerText();
  return text.match(/\d{6}/)[0];
}

async function expectStep(page, n, total = 7) {
  await expect(page).toHaveURL(new RegExp(`/les/digid-web/${n}$`));
  await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${total}`))).toBeVisible();
}

test("a learner completes the lesson in Dutch, with a mistake on purpose", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^Inloggen met DigiD/ }).click();
  await page.getByRole("link", { name: /^Start de les\s+Inloggen met DigiD/ }).click();
  await expectStep(page, 1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Typ je gebruikersnaam/);
  await expect(page.getByRole("button", { name: "Volgende stap" })).toHaveAttribute("aria-disabled", "true");

  const s = screen(page);
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await expectStep(page, 2);
  await expect(page.getByText("Goed gedaan!")).toBeVisible();

  await s.getByLabel("Wachtwoord").fill("welkom");
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expectStep(page, 3);
  await expect(s.getByRole("alert")).toContainText("De gebruikersnaam of het wachtwoord klopt niet.");
  await expect(s.getByRole("alert")).toContainText("U kunt het nog 2 keer proberen.");

  await s.getByLabel("Wachtwoord").fill(CARD.password);
  await expectStep(page, 4);
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expectStep(page, 5);
  await s.getByRole("button", { name: /Sms-controle/ }).click();
  await expectStep(page, 6);
  const code = await smsCode(page);
  await s.getByLabel("Sms-code (6 cijfers)").fill(code);
  await expectStep(page, 7);
  await s.getByRole("button", { name: "Inloggen" }).click();

  await expect(page).toHaveURL(/\/les\/digid-web\/klaar$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
  await expect(s.getByRole("heading", { name: "Welkom, Noor!" })).toBeVisible();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem("oefenplein")));
  expect(saved.progress.lessons["digid-web"].finished).toBe(true);

  // Home and the task page now show the lesson as done.
  await page.getByRole("link", { name: "Begin", exact: true }).click();
  await expect(page.getByRole("link", { name: /^Inloggen met DigiD/ })).toContainText("1 van 7 lessen gedaan");
  // Every task has its lessons now: no card says "Binnenkort".
  await expect(page.getByText("Binnenkort")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Inloggen met DigiD/ })).toContainText("Zilver");
  await page.getByRole("link", { name: /^Inloggen met DigiD/ }).click();
  await expect(page.getByText("Gedaan", { exact: true })).toBeVisible();
});

test("reloading at step 3 resumes at step 3, with the practice screen as it was", async ({ page }) => {
  await page.goto("/les/digid-web/1");
  const s = screen(page);
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByLabel("Wachtwoord").fill("fout");
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expectStep(page, 3);
  await page.reload();
  await expectStep(page, 3);
  await expect(s.getByLabel("Gebruikersnaam")).toHaveValue(CARD.username);
  await expect(s.getByRole("alert")).toContainText("klopt niet");
  // Opening the lesson from its start page also resumes at step 3.
  await page.goto("/les/digid-web");
  await expectStep(page, 3);
  // "Vorige stap" goes back, "Volgende stap" forward again once done.
  await page.getByRole("button", { name: "Vorige stap" }).click();
  await expectStep(page, 2);
  await expect(s.getByLabel("Wachtwoord")).toHaveValue("");
  await page.getByRole("button", { name: "Opnieuw", exact: true }).click();
  await expectStep(page, 1);
  await expect(s.getByLabel("Gebruikersnaam")).toHaveValue("");
});

test("the lesson completes in Arabic, right-to-left, around a Dutch practice screen", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/les/digid-web/1");
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/اكتب اسم المستخدم/);
  const s = page.getByRole("region", { name: "شاشة التدريب" });
  await expect(s.locator(".practice-frame")).toHaveAttribute("dir", "ltr");
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await expectStep(page, 2);
  await s.getByLabel("Wachtwoord").fill("welkom");
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expectStep(page, 3);
  await s.getByLabel("Wachtwoord").fill(CARD.password);
  await s.getByRole("button", { name: "Inloggen" }).click();
  await s.getByRole("button", { name: /Sms-controle/ }).click();
  await expectStep(page, 6);
  await s.getByLabel("Sms-code (6 cijfers)").fill(await smsCode(page));
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أحسنت!");
  await context.close();
});

test("three wrong passwords lock the practice account; opnieuw beginnen helps", async ({ page }) => {
  await page.goto("/oefenen/digid-web");
  const s = screen(page);
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  for (const left of [2, 1]) {
    await s.getByLabel("Wachtwoord").fill("geheim");
    await s.getByRole("button", { name: "Inloggen" }).click();
    await expect(s.getByRole("alert")).toContainText(`U kunt het nog ${left} keer proberen.`);
  }
  await s.getByLabel("Wachtwoord").fill("geheim");
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(s.getByRole("heading", { name: "Inloggen is geblokkeerd" })).toBeVisible();
  await expect(s.getByRole("alert")).toContainText("3 keer een fout wachtwoord");
  await s.getByRole("button", { name: "Opnieuw beginnen" }).last().click();
  await expect(s.getByLabel("Gebruikersnaam")).toHaveValue("");
});

test("a wrong code and an expired code get their messages; a new code works", async ({ page }) => {
  await page.goto("/oefenen/digid-web");
  const s = screen(page);
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByLabel("Wachtwoord").fill(CARD.password);
  await s.getByRole("button", { name: "Inloggen" }).click();
  await s.getByRole("button", { name: /Sms-controle/ }).click();
  const code = await smsCode(page);
  await s.getByLabel("Sms-code (6 cijfers)").fill(code === "111111" ? "222222" : "111111");
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(s.getByRole("alert")).toContainText("Deze code klopt niet.");
  await s.getByLabel("Sms-code (6 cijfers)").fill("12");
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(s.getByRole("alert")).toContainText("De code heeft 6 cijfers.");

  await phone(page).getByRole("button", { name: "10 minuten later" }).click();
  await s.getByLabel("Sms-code (6 cijfers)").fill(code);
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(s.getByRole("alert")).toContainText("Deze code is verlopen.");
  await s.getByRole("button", { name: "Stuur een nieuwe code" }).click();
  await expect(phone(page).getByRole("listitem")).toHaveCount(2);
  await s.getByLabel("Sms-code (6 cijfers)").fill(await smsCode(page));
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(s.getByRole("heading", { name: "Welkom, Noor!" })).toBeVisible();
});

test("a forgotten password is replaced via an SMS code, with a live rule list", async ({ page }) => {
  await page.goto("/oefenen/digid-web");
  const s = screen(page);
  await s.getByRole("button", { name: "Wachtwoord vergeten?" }).click();
  await expect(s.getByRole("heading", { name: "Wachtwoord vergeten" })).toBeVisible();
  await s.getByRole("button", { name: "Verder" }).click();
  await expect(s.getByRole("alert")).toContainText("Vul uw gebruikersnaam in.");
  await s.getByLabel("Gebruikersnaam").fill("iemand");
  await s.getByRole("button", { name: "Verder" }).click();
  await expect(s.getByRole("alert")).toContainText("Deze gebruikersnaam kennen we niet.");
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByRole("button", { name: "Verder" }).click();
  await s.getByLabel("Sms-code (6 cijfers)").fill(await smsCode(page));
  await s.getByRole("button", { name: "Verder" }).click();
  await expect(s.getByRole("heading", { name: "Kies een nieuw wachtwoord" })).toBeVisible();
  await s.getByLabel("Nieuw wachtwoord", { exact: true }).fill("lente");
  await expect(s.getByRole("listitem").filter({ hasText: "een kleine letter" })).toContainText("klopt");
  await expect(s.getByRole("listitem").filter({ hasText: "een cijfer" })).toContainText("nog niet");
  await s.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(s.getByRole("alert")).toContainText("voldoet nog niet aan alle regels");
  await s.getByLabel("Nieuw wachtwoord", { exact: true }).fill("Lente2027");
  await s.getByLabel("Herhaal het nieuwe wachtwoord").fill("Lente2028");
  await s.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(s.getByRole("alert")).toContainText("De twee wachtwoorden zijn niet gelijk.");
  await s.getByLabel("Herhaal het nieuwe wachtwoord").fill("Lente2027");
  await s.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(s.getByRole("heading", { name: "Uw wachtwoord is gewijzigd" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Oefenkaart" })).toContainText("Lente2027");
  await s.getByRole("button", { name: "Terug naar inloggen" }).click();
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByLabel("Wachtwoord").fill("Lente2027");
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(s.getByRole("heading", { name: "Kies hoe u wilt inloggen" })).toBeVisible();
});

test("a real BSN typed into the username is refused, explained, and never stored", async ({ page }) => {
  await page.goto("/les/digid-web/1");
  const s = screen(page);
  // The whole value is judged when the learner leaves the field.
  await s.getByLabel("Gebruikersnaam").fill("111222333");
  await s.getByLabel("Gebruikersnaam").press("Tab");
  await expect(s.getByRole("alert")).toContainText("Dit lijkt op een echt burgerservicenummer (BSN).");
  await expect(s.getByRole("alert")).toContainText("Gebruik je oefenkaart.");
  await expect(s.getByLabel("Gebruikersnaam")).toHaveValue("");
  await s.getByLabel("Wachtwoord").fill("jan@voorbeeld.nl");
  await s.getByLabel("Wachtwoord").press("Tab");
  await expect(s.getByRole("alert")).toContainText("Dit lijkt op een echt e-mailadres.");
  await expect(s.getByLabel("Wachtwoord")).toHaveValue("");
  const everything = await page.evaluate(() =>
    JSON.stringify(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
  );
  expect(everything).not.toContain("111222333");
  expect(everything).not.toContain("voorbeeld");
  await expectStep(page, 1);
});

test("'Laat zien' lights up and focuses the control to use", async ({ page }) => {
  await page.goto("/les/digid-web/1");
  await page.getByRole("button", { name: "Laat zien" }).click();
  const field = screen(page).getByLabel("Gebruikersnaam");
  await expect(field).toBeFocused();
  await expect(field).toHaveClass(/highlight/);
});

test.describe("a host missing a stylesheet", () => {
  // Routes answer the page's own requests only, so no service worker here.
  test.use({ serviceWorkers: "block" });

  test("the lesson still comes when a stylesheet fails or never answers", async ({ page }) => {
    await page.route("**/care.css", (route) => route.abort());
    // Never answered: the page waits for it at most 8 s (src/ui/dom.rs).
    await page.route("**/video.css", () => {});
    await page.goto("/les/digid-web/1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Typ je gebruikersnaam in het vak “Gebruikersnaam”. Die staat op je oefenkaart.",
      { timeout: 20_000 },
    );
    // The stylesheets that came apply, and the practice screen works.
    expect(await page.locator(".practice-area").evaluate((e) => getComputedStyle(e).display)).toBe("grid");
    await screen(page).getByLabel("Gebruikersnaam").fill(CARD.username);
    await expect(screen(page).getByLabel("Gebruikersnaam")).toHaveValue(CARD.username);
  });
});

test("every lesson step has 0 axe violations in every language", async ({ browser }) => {
  test.setTimeout(120_000);
  const problems = [];
  for (const locale of ["nl-NL", "en-GB", "ar"]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    for (let n = 1; n <= 7; n++) {
      await page.goto(`/les/digid-web/${n}`);
      await expectStep(page, n);
      for (const v of await axeViolations(page)) problems.push(`${locale} step ${n}: ${v}`);
    }
    await page.goto("/les/digid-web/klaar");
    await appReady(page);
    for (const v of await axeViolations(page)) problems.push(`${locale} done: ${v}`);
    for (const path of ["/taak/digid", "/oefenen/digid-web"]) {
      await page.goto(path);
      await appReady(page);
      for (const v of await axeViolations(page)) problems.push(`${locale} ${path}: ${v}`);
    }
    await context.close();
  }
  expect(problems, problems.join("\n")).toEqual([]);
});

test("the practice service works by keyboard alone", async ({ page }) => {
  await page.goto("/oefenen/digid-web");
  await appReady(page);
  const s = screen(page);
  await s.getByLabel("Gebruikersnaam").focus();
  await page.keyboard.type(CARD.username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(CARD.password);
  await page.keyboard.press("Enter");
  await expect(s.getByRole("heading", { name: "Kies hoe u wilt inloggen" })).toBeVisible();
  // Tab from the restart button to the first option.
  await s.getByRole("button", { name: "Opnieuw beginnen" }).focus();
  await page.keyboard.press("Tab");
  await expect(s.getByRole("button", { name: /Sms-controle/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(s.getByLabel("Sms-code (6 cijfers)")).toBeVisible();
  await s.getByLabel("Sms-code (6 cijfers)").focus();
  await page.keyboard.type(await smsCode(page));
  await page.keyboard.press("Enter");
  await expect(s.getByRole("heading", { name: "Welkom, Noor!" })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the SMS arrives as a banner, and the step stays visible", async ({ page }) => {
    await page.goto("/les/digid-web/5");
    const s = screen(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await s.getByRole("button", { name: /Sms-controle/ }).click();
    await expectStep(page, 6);
    const banner = page.locator(".sms-banner.shown");
    await expect(banner).toBeInViewport();
    const code = (await banner.innerText()).match(/\d{6}/)[0];
    // A code stays while the learner clicks elsewhere: they type it from here.
    await page.getByRole("heading", { level: 1 }).click();
    await expect(banner).toBeInViewport();
    // The whole phone opens with its button, and is put away again.
    const ph = phone(page);
    await expect(ph).not.toBeInViewport();
    await page.getByRole("button", { name: "Telefoon laten zien" }).click();
    await expect(ph).toBeInViewport();
    expect(await smsCode(page)).toBe(code);
    await ph.getByRole("button", { name: "Telefoon wegleggen" }).click();
    await expect(ph).not.toBeInViewport();
    await s.getByLabel("Sms-code (6 cijfers)").fill(code);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await expectStep(page, 7);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test("the lesson 'Wachtwoord vergeten' ends logged in with the new password", async ({ page }) => {
  await page.goto("/taak/digid");
  await page.getByRole("link", { name: /^Start de les\s+Wachtwoord vergeten/ }).click();
  await expect(page).toHaveURL(/\/les\/digid-forgot\/1$/);
  const s = screen(page);
  await s.getByRole("button", { name: "Wachtwoord vergeten?" }).click();
  await expect(page).toHaveURL(/\/les\/digid-forgot\/2$/);
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByRole("button", { name: "Verder" }).click();
  await expect(page).toHaveURL(/\/les\/digid-forgot\/3$/);
  await s.getByLabel("Sms-code (6 cijfers)").fill(await smsCode(page));
  await s.getByRole("button", { name: "Verder" }).click();
  await expect(page).toHaveURL(/\/les\/digid-forgot\/4$/);
  await s.getByLabel("Nieuw wachtwoord", { exact: true }).fill("Herfst2027");
  await expect(page).toHaveURL(/\/les\/digid-forgot\/5$/);
  await s.getByLabel("Herhaal het nieuwe wachtwoord").fill("Herfst2027");
  await s.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/les\/digid-forgot\/6$/);
  await s.getByRole("button", { name: "Terug naar inloggen" }).click();
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByLabel("Wachtwoord").fill("Herfst2027");
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/les\/digid-forgot\/klaar$/);
  await expect(page.getByText("Je hebt een nieuw wachtwoord gemaakt.")).toBeVisible();
});

test("every step of 'Wachtwoord vergeten' has 0 axe violations in every language", async ({ browser }) => {
  test.setTimeout(120_000);
  const problems = [];
  for (const locale of ["nl-NL", "en-GB", "ar"]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    for (let n = 1; n <= 6; n++) {
      await page.goto(`/les/digid-forgot/${n}`);
      await appReady(page);
      for (const v of await axeViolations(page)) problems.push(`${locale} step ${n}: ${v}`);
    }
    await context.close();
  }
  expect(problems, problems.join("\n")).toEqual([]);
});

test("“Waar ben ik?”: every step shows its code, and the task page the lessons' codes", async ({ page }) => {
  await page.goto("/les/digid-web/3");
  await appReady(page);
  const code = page.locator(".step-progress .where-code");
  await expect(code).toHaveText("Waar ben ik? D2-3");
  await expect(code).toBeVisible();
  // Big enough to read from across a room.
  expect(await code.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(20);
  await page.goto("/les/basics-tap/2");
  await expect(code).toHaveText("Waar ben ik? B1-2");
  await page.goto("/taak/digid");
  await appReady(page);
  const card = page.locator(".lesson-card").filter({ has: page.getByRole("heading", { level: 2, name: "Inloggen met DigiD", exact: true }) });
  await expect(card.locator(".where-code")).toHaveText("D2");
  await expect(page.locator(".lesson-card .where-code").first()).toHaveText("D1");
});
