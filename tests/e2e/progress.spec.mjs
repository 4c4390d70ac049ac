// Medals, "Mijn voortgang", the progress code and the certificate, as a
// learner (and a library visitor on a wiped PC) uses them.
import { test, expect } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { appReady, renderPdf, t } from "./helpers.mjs";

const CARD = { username: "noor.oefen", password: "Oefen2026!" };
const SELF_CHECK_LINK = t("nl", "selfcheck-link");
const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });
const phone = (page) => page.getByRole("complementary", { name: /telefoon|phone|هاتفك/i });
/** A lesson's row on "Mijn voortgang". */
const row = (page, name) =>
  page.locator(".progress-lessons > li").filter({ has: page.getByRole("link", { name, exact: true }) });
const card = (page, name) => page.getByRole("link", { name: new RegExp(`^${name}`) });

/** Does the last step of "Inloggen bij de huisarts" (log out) in `look`. */
async function finishGpLogin(page, look, { help = false } = {}) {
  await page.goto(`/les/gp-login/11?portaal=${look}`);
  await expect(page.getByText("Stap 11 van 11")).toBeVisible();
  if (help) await page.getByRole("button", { name: "Laat zien" }).click();
  await page.locator(".practice-area #live-logout").click();
  await expect(page).toHaveURL(/\/les\/gp-login\/klaar/);
}

test("medals appear after the matching actions", async ({ page }) => {
  // With "Laat zien": brons.
  await finishGpLogin(page, "oefenpraktijk", { help: true });
  await expect(page.getByText("Je hebt brons voor deze les!")).toBeVisible();
  await expect(page.getByText(/Doe de les nog een keer zonder/)).toBeVisible();
  await page.goto("/");
  await expect(card(page, "Een bericht aan de huisarts")).toContainText("Brons");

  // Without help: zilver.
  await finishGpLogin(page, "oefenpraktijk");
  await expect(page.getByText("Je hebt zilver voor deze les!")).toBeVisible();
  await expect(page.getByText(/in het andere portaal/)).toBeVisible();

  // The other portal: goud.
  await finishGpLogin(page, "oefenzorg");
  await expect(page.getByText("Je hebt goud voor deze les!")).toBeVisible();
  await page.goto("/");
  await expect(card(page, "Een bericht aan de huisarts")).toContainText("Goud");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn voortgang" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn voortgang" })).toBeVisible();
  await expect(page.getByText("Brons: 0 · Zilver: 0 · Goud: 1")).toBeVisible();
  await expect(row(page, "Inloggen bij de huisarts")).toContainText("Goud");
});

test("opening the tip counts as help", async ({ page }) => {
  await page.goto("/les/gp-login/11?portaal=oefenpraktijk");
  await expect(page.getByText("Stap 11 van 11")).toBeVisible();
  await page.getByText("Tip", { exact: true }).click();
  await page.locator(".practice-area #live-logout").click();
  await expect(page.getByText("Je hebt brons voor deze les!")).toBeVisible();
});

/** Does the last step of "Inloggen met DigiD" (the SMS code). */
async function finishDigidWeb(page, { help }) {
  await page.goto("/les/digid-web/7");
  await expect(page.getByText("Stap 7 van 7")).toBeVisible();
  if (help) await page.getByRole("button", { name: "Laat zien" }).click();
  const sms = await phone(page).getByRole("listitem").first().innerText();
  await screen(page).getByLabel("Sms-code (6 cijfers)").fill(sms.match(/\d{6}/)[0]);
  await screen(page).getByRole("button", { name: "Inloggen" }).click();
}

test("free practice turns zilver into goud", async ({ page }) => {
  await finishDigidWeb(page, { help: false });
  await expect(page.getByText("Je hebt zilver voor deze les!")).toBeVisible();
  await expect(page.getByText(/Doe het nu zelf in “Vrij oefenen”/)).toBeVisible();
  await loginFreely(page);
  await page.goto("/voortgang");
  await expect(row(page, "Inloggen met DigiD")).toContainText("Goud");
});

test("free practice after brons waits for zilver", async ({ page }) => {
  await finishDigidWeb(page, { help: true });
  await expect(page.getByText("Je hebt brons voor deze les!")).toBeVisible();
  await loginFreely(page);
  await page.goto("/voortgang");
  await expect(row(page, "Inloggen met DigiD")).toContainText("Brons");
  // Done freely already: doing the lesson without help now gives goud.
  await finishDigidWeb(page, { help: false });
  await expect(page.getByText("Je hebt goud voor deze les!")).toBeVisible();
});

/** Logs in with DigiD (oefenen) in free practice: the lesson's goal. */
async function loginFreely(page) {
  await page.goto("/oefenen/digid-web");
  const s = screen(page);
  await s.getByLabel("Gebruikersnaam").fill(CARD.username);
  await s.getByLabel("Wachtwoord").fill(CARD.password);
  await s.getByRole("button", { name: "Inloggen" }).click();
  await s.getByRole("button", { name: /Sms-controle/ }).click();
  const text = await phone(page).getByRole("listitem").first().innerText();
  await s.getByLabel("Sms-code (6 cijfers)").fill(text.match(/\d{6}/)[0]);
  await s.getByRole("button", { name: "Inloggen" }).click();
  await expect(s.getByRole("heading", { name: "Welkom, Noor!" })).toBeVisible();
}

test("a code saved in one browser restores the progress in a fresh one", async ({ browser }) => {
  const first = await browser.newContext({ locale: "nl-NL" });
  const a = await first.newPage();
  await finishGpLogin(a, "oefenpraktijk");
  await a.goto("/les/hospital-questionnaire/4");
  await expect(a.getByText("Stap 4 van 22")).toBeVisible();
  await a.goto("/voortgang");
  const code = (await a.locator(".progress-code").innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  // The QR code holds a link to this page with the code after '#'.
  await expect(a.getByRole("img", { name: "QR-code met je voortgang" })).toBeVisible();
  await first.close();

  // A wiped PC: a fresh context, with some progress of its own.
  const second = await browser.newContext({ locale: "nl-NL" });
  const b = await second.newPage();
  // Opening a step saves where the learner is: this PC's own progress.
  await b.goto("/les/phishing/2");
  await expect(b.locator(".step-count")).toContainText("2");
  await b.goto("/voortgang");
  await appReady(b);
  await expect(row(b, "Nepberichten herkennen")).toContainText("Bezig: stap 2");
  const input = b.getByLabel("Jouw code");
  const button = b.getByRole("button", { name: "Zet terug" });
  // Mistakes get a kind message and change nothing.
  await button.click();
  await expect(b.getByText("Typ eerst je code.")).toBeVisible();
  await input.fill(code.slice(0, -1) + (code.endsWith("0") ? "1" : "0"));
  await button.click();
  await expect(b.getByText(/Deze code klopt niet/)).toBeVisible();
  await expect(b.getByText(/Vraag hulp aan een medewerker/)).toBeVisible();
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await input.fill(code.replace(/-/g, " ").toLowerCase() + "!");
  await button.click();
  await expect(b.getByText("Het teken “!” hoort niet in een code. Kijk nog eens goed.")).toBeVisible();
  await expect(b.getByText("Brons: 0 · Zilver: 0 · Goud: 0")).toBeVisible();
  // Typed the way people type: lower case, spaces instead of dashes.
  await input.fill(code.replace(/-/g, " ").toLowerCase());
  await button.click();
  await expect(b.getByText("Gelukt! Je voortgang is terug.")).toBeVisible();
  await expect(b.getByText("Brons: 0 · Zilver: 1 · Goud: 0")).toBeVisible();
  await expect(row(b, "Een vragenlijst invullen voor het ziekenhuis")).toContainText("Bezig: stap 4 van 22");
  // Merged, not erased: this PC's own lesson is still there.
  await expect(row(b, "Nepberichten herkennen")).toContainText("Bezig: stap 2");
  await b.goto("/");
  await expect(card(b, "Een bericht aan de huisarts")).toContainText("Zilver");
  // The lesson goes on where the other PC left off.
  await b.goto("/les/hospital-questionnaire");
  await expect(b).toHaveURL(/\/les\/hospital-questionnaire\/4/);
  await second.close();

  // Scanning the QR code opens this page with the code filled in.
  const third = await browser.newContext({ locale: "nl-NL" });
  const c = await third.newPage();
  await c.goto(`/voortgang#code=${code}`);
  await expect(c.getByLabel("Jouw code")).toHaveValue(code);
  await expect(c.getByText(/De code uit de QR-code staat al klaar/)).toBeVisible();
  await c.getByRole("button", { name: "Zet terug" }).click();
  await expect(c.getByText("Brons: 0 · Zilver: 1 · Goud: 0")).toBeVisible();
  await third.close();
});

test("the certificate prints on one A4 page, in black and white, and forgets the name", async ({ page, browser }, info) => {
  await finishGpLogin(page, "oefenpraktijk");
  await page.goto("/voortgang/certificaat");
  await expect(page.getByRole("heading", { level: 1, name: "Certificaat" })).toBeVisible();
  await page.getByLabel(/Je voornaam/).fill("Fatima");
  await expect(page.locator(".certificate")).toContainText("Fatima heeft geoefend op Oefenplein.");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const printed = await renderPdf(browser, pdf);
  writeFileSync(info.outputPath("certificate.png"), printed.png);
  await info.attach("certificate", { path: info.outputPath("certificate.png"), contentType: "image/png" });
  expect(printed.pages).toBe(1);
  expect(Math.round(printed.width)).toBe(596);
  expect(Math.round(printed.height)).toBe(843);
  const text = printed.text.replace(/\s+/g, " ");
  for (const part of ["Certificaat", "Fatima heeft geoefend op Oefenplein.", "Inloggen bij de huisarts", "Zilver", "Oefenplein — oefenen zonder echte gegevens"]) {
    expect(text.replace(/ /g, "")).toContain(part.replace(/ /g, ""));
  }
  // The screen's controls and the practice bar are not on the paper.
  expect(text).not.toContain("Print het certificaat");
  expect(text).not.toContain("niets is echt");
  // The name is never stored.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain("Fatima");
  await page.reload();
  await expect(page.getByLabel(/Je voornaam/)).toHaveValue("");
});

test("the self-check suggests a starting point and its first lesson, and keeps only the level", async ({ page }) => {
  await page.goto("/");
  // From "Mijn voortgang" (the menu has no room for it beside "Woorden").
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn voortgang" }).click();
  await page.getByRole("link", { name: SELF_CHECK_LINK }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zelftest: waar begin je?" })).toBeVisible();
  await page.getByRole("button", { name: "Begin de zelftest" }).click();
  await expect(page.getByText("Vraag 1 van 5")).toBeVisible();
  // "Volgende" without an answer gets a kind message.
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText(/Kies een antwoord/)).toBeVisible();
  await page.getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("radio", { name: "Soms" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  // "Vorige" keeps the answer.
  await page.getByRole("button", { name: "Vorige" }).click();
  await expect(page.getByRole("radio", { name: "Soms" })).toBeChecked();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("radio", { name: "Het lukt met wat hulp" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  // A tap beside the button, then on it.
  await expect(page.getByText("Vraag 4 van 5")).toBeVisible();
  const box = page.locator(".selfcheck-tap");
  await box.click({ position: { x: 5, y: 5 } });
  await expect(page.getByText("Net ernaast. Probeer het nog een keer.")).toBeVisible();
  await page.getByRole("button", { name: "Hier", exact: true }).click();
  // A typing slip, then the word.
  await page.getByLabel("Je woord").fill("hui");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText(/Dat is nog niet het woord/)).toBeVisible();
  await page.getByLabel("Je woord").fill("Huis");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Jouw startpunt" })).toBeVisible();
  await expect(page.getByText("Een beetje ervaring")).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem("oefenplein"));
  expect(JSON.parse(stored).progress.level).toBe(2);
  expect(stored).not.toContain("huis");
  expect(stored).not.toContain("Huis");
  await page.getByRole("link", { name: "Begin met: Inloggen met DigiD" }).click();
  await expect(page).toHaveURL(/\/les\/digid-web/);
  await page.goto("/voortgang");
  await expect(page.getByText("Jouw startpunt: Een beetje ervaring")).toBeVisible();
});

test("a learner without a device starts with the basics; the self-check can be skipped", async ({ page }) => {
  await page.goto("/voortgang/zelftest");
  await page.getByRole("button", { name: "Begin de zelftest" }).click();
  await page.getByRole("radio", { name: "Nee" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("link", { name: "Overslaan" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/voortgang/zelftest");
  await page.getByRole("button", { name: "Begin de zelftest" }).click();
  await page.getByRole("radio", { name: "Nee" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("radio", { name: "Nooit" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("radio", { name: "Dat heb ik nooit gedaan" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Hier", exact: true }).click();
  await page.getByLabel("Je woord").fill("huis");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Beginner", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Begin met: Op een knop drukken" }).click();
  await expect(page).toHaveURL(/\/les\/basics-tap/);
});
