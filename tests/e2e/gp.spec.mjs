// The practice GP portal: every lesson completed by labels and roles in both
// looks, each with its mistake on purpose; the booking by keyboard only; the
// other portal offered at the end; axe on every step in nl, en and ar.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { axeEveryStep, t } from "./helpers.mjs";

const CARD = { username: "noor.oefen", password: "Oefen2026!", email: "noor@oefenmail.example" };

/** The portal's Dutch words, from locales/nl/practice-gp.ftl. */
const GP = {};
for (const line of readFileSync(new URL("../../locales/nl/practice-gp.ftl", import.meta.url), "utf8").split("\n")) {
  const m = line.match(/^(gp-[a-z0-9-]+) = (.+)$/);
  if (m) GP[m[1]] = m[2].trim();
}
/** A word of the look (`gp-<look>-<word>`). */
const LOOKS = {
  oefenpraktijk: (word) => GP[`gp-praktijk-${word}`],
  oefenzorg: (word) => GP[`gp-zorg-${word}`],
};

const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });
/** The portal's page content, without its menu (whose buttons share names). */
const content = (page) => screen(page).locator(".gp-main");
const phone = (page) => page.getByRole("complementary", { name: /telefoon|phone|هاتفك/i });

async function expectStep(page, lesson, n, total) {
  await expect(page).toHaveURL(new RegExp(`/les/${lesson}/${n}\\?portaal=`));
  await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${total}`))).toBeVisible();
}

async function expectDone(page, lesson) {
  await expect(page).toHaveURL(new RegExp(`/les/${lesson}/klaar`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
}

/** The lesson walks, by what a learner reads on the screen. */
const WALKS = {
  "gp-login": async (page, w) => {
    const s = screen(page);
    const step = (n) => expectStep(page, "gp-login", n, 11);
    await step(1);
    await s.getByRole("button", { name: GP["gp-digid-login"] }).click();
    await step(2);
    await s.getByLabel("Gebruikersnaam").fill(CARD.username);
    await s.getByLabel("Wachtwoord").fill(CARD.password);
    await s.getByRole("button", { name: "Inloggen", exact: true }).click();
    await step(3);
    await s.getByRole("button", { name: /Sms-controle/ }).click();
    await step(4);
    const code = (await phone(page).getByRole("listitem").first().innerText()).match(/\d{6}/)[0];
    await s.getByLabel("Sms-code (6 cijfers)").fill(code);
    await s.getByRole("button", { name: "Inloggen", exact: true }).click();
    await step(5);
    await expect(s.getByRole("heading", { name: GP["gp-terms-title"] })).toBeVisible();
    await s.getByRole("button", { name: w("next") }).click();
    await step(6);
    await expect(s.getByRole("alert")).toContainText("U heeft nog geen vinkje gezet.");
    await s.getByRole("checkbox", { name: GP["gp-terms-tick"] }).check();
    await step(7);
    await expect(s.getByRole("alert")).toHaveCount(0);
    await s.getByRole("button", { name: w("next") }).click();
    await step(8);
    await s.getByRole("button", { name: GP["gp-mobile-right"] }).click();
    await step(9);
    await page.getByRole("button", { name: "15 minuten niets doen" }).click();
    await step(10);
    const dialog = s.getByRole("alertdialog", { name: GP["gp-idle-title"] });
    await expect(dialog.getByRole("button", { name: GP["gp-idle-stay"] })).toBeFocused();
    await dialog.getByRole("button", { name: GP["gp-idle-stay"] }).click();
    await step(11);
    await expect(dialog).toHaveCount(0);
    await s.getByRole("button", { name: w("logout") }).click();
    await expectDone(page, "gp-login");
    await expect(s.getByRole("heading", { name: GP["gp-logged-out-title"] })).toBeVisible();
  },
  "gp-ask": async (page, w) => {
    const s = screen(page);
    const step = (n) => expectStep(page, "gp-ask", n, 12);
    await step(1);
    await s.getByRole("button", { name: w("ask") }).click();
    await step(2);
    await expect(s.getByText(GP["gp-ask-warning-112"])).toBeVisible();
    await s.getByRole("button", { name: GP["gp-ask-on"] }).click();
    await step(3);
    await s.getByRole("radio", { name: GP["gp-subject-skin"] }).check();
    await step(4);
    await s.getByRole("button", { name: w("send") }).click();
    await step(5);
    await expect(s.getByRole("alert")).toContainText("U heeft nog geen vraag geschreven.");
    await s.getByRole("textbox", { name: GP["gp-ask-question"] }).fill("Ik heb sinds een week een rode plek op mijn arm.");
    await step(6);
    await expect(s.getByText(/^4\d van 500 tekens$/)).toBeVisible();
    await s.getByRole("button", { name: GP["gp-ask-photo"] }).click();
    await step(7);
    await s.getByRole("button", { name: GP["gp-photo-arm"] }).click();
    await step(8);
    await expect(s.getByText(`Foto toegevoegd: ${GP["gp-photo-arm"]}`)).toBeVisible();
    await s.getByRole("button", { name: w("send") }).click();
    await step(9);
    await expect(s.getByRole("heading", { name: GP["gp-ask-sent-title"] })).toBeVisible();
    await page.getByRole("button", { name: "1 dag later" }).click();
    await step(10);
    await expect(phone(page)).not.toContainText("nieuw bericht");
    await page.getByRole("button", { name: "1 dag later" }).click();
    await step(11);
    // The notice says that there is an answer, never what it says.
    await expect(phone(page)).toContainText(GP["gp-notice-reply"]);
    await expect(phone(page)).not.toContainText("rode plek");
    await content(page).getByRole("button", { name: w("messages") }).click();
    await step(12);
    await s.getByRole("button", { name: new RegExp(GP["gp-reply-subject"]) }).click();
    await expectDone(page, "gp-ask");
    await expect(s.getByText(/Dokter Bakker\.$/)).toBeVisible();
  },
  "gp-book": async (page, w) => {
    const s = screen(page);
    const step = (n) => expectStep(page, "gp-book", n, 11);
    await step(1);
    await s.getByRole("button", { name: w("book") }).click();
    await step(2);
    await s.getByLabel(GP["gp-book-reason"]).fill("Ik hoest al een week");
    await step(3);
    await s.getByRole("button", { name: w("next") }).click();
    await step(4);
    await s.getByRole("button", { name: /Dokter Bakker/ }).click();
    await step(5);
    await expect(s.getByRole("alert")).toContainText("niet online een afspraak maken");
    await s.getByRole("button", { name: /Dokter El Amrani/ }).click();
    await step(6);
    await s.getByRole("button", { name: /09:10/ }).click();
    await step(7);
    await expect(s.getByRole("alert")).toContainText(GP["gp-error-slot-taken"]);
    await expect(s.getByRole("button", { name: /09:10/ })).toBeDisabled();
    await s.getByRole("button", { name: /08:40/ }).click();
    await step(8);
    await expect(s.getByText(`${GP["gp-day-2"]}, 08:40`)).toBeVisible();
    await s.getByRole("button", { name: GP["gp-book-confirm"] }).click();
    await step(9);
    await content(page).getByRole("button", { name: w("appointments") }).click();
    await step(10);
    await s.getByRole("button", { name: GP["gp-appointment-cancel"] }).click();
    await step(11);
    await s.getByRole("button", { name: GP["gp-cancel-yes"] }).click();
    await expectDone(page, "gp-book");
    await expect(s.getByRole("heading", { name: GP["gp-cancelled-title"] })).toBeVisible();
  },
  "gp-repeat": async (page, w) => {
    const s = screen(page);
    const step = (n) => expectStep(page, "gp-repeat", n, 8);
    await step(1);
    await s.getByRole("button", { name: w("repeat") }).click();
    await step(2);
    await s.getByRole("checkbox", { name: new RegExp(GP["gp-med-atorvastatine"]) }).click();
    await step(3);
    await expect(s.getByRole("alert")).toContainText("Eerst moet u op controle komen.");
    await expect(s.getByRole("checkbox", { name: new RegExp(GP["gp-med-atorvastatine"]) })).not.toBeChecked();
    await s.getByRole("checkbox", { name: new RegExp(GP["gp-med-omeprazol"]) }).check();
    await step(4);
    await s.getByRole("checkbox", { name: new RegExp(GP["gp-med-metformine"]) }).check();
    await step(5);
    await expect(s.getByText(GP["gp-pharmacy"]).first()).toBeVisible();
    await s.getByRole("button", { name: w("send") }).click();
    await step(6);
    await content(page).getByRole("button", { name: w("orders") }).click();
    await step(7);
    const status = s.getByRole("listitem").filter({ hasText: GP["gp-order-requested"] });
    await expect(status).toHaveAttribute("aria-current", "step");
    await page.getByRole("button", { name: "1 dag later" }).click();
    await step(8);
    await expect(s.getByRole("listitem").filter({ hasText: GP["gp-order-in-progress"] })).toHaveAttribute("aria-current", "step");
    await page.getByRole("button", { name: "1 dag later" }).click();
    await expectDone(page, "gp-repeat");
    await expect(s.getByRole("listitem").filter({ hasText: GP["gp-order-ready"] })).toHaveAttribute("aria-current", "step");
    await expect(phone(page)).toContainText(GP["gp-notice-ready"]);
  },
  "gp-results": async (page, w) => {
    const s = screen(page);
    const step = (n) => expectStep(page, "gp-results", n, 5);
    await step(1);
    await s.getByRole("button", { name: w("results") }).click();
    await step(2);
    await expect(s.getByText(GP["gp-results-practice"])).toBeVisible();
    await s.getByRole("button", { name: new RegExp(GP["gp-lab-glucose"]) }).click();
    await step(3);
    await expect(s.getByText(GP["gp-range-within"], { exact: false })).toBeVisible();
    await s.getByRole("button", { name: GP["gp-back"] }).click();
    await step(4);
    await s.getByRole("button", { name: /Hemoglobine/ }).click();
    await step(5);
    await expect(s.getByText(GP["gp-lab-hb-doctor"])).toBeVisible();
    await content(page).getByRole("button", { name: w("book") }).click();
    await expectDone(page, "gp-results");
  },
  "gp-child": async (page, w) => {
    const s = screen(page);
    const step = (n) => expectStep(page, "gp-child", n, 7);
    await step(1);
    await s.getByRole("button", { name: GP["gp-person-child"] }).click();
    await step(2);
    await expect(s.getByRole("button", { name: GP["gp-person-child"] })).toHaveAttribute("aria-pressed", "true");
    await s.getByRole("button", { name: w("repeat") }).click();
    await step(3);
    await expect(s.getByRole("checkbox", { name: /Salbutamol/ })).toBeVisible();
    await expect(s.getByRole("checkbox", { name: /Omeprazol/ })).toHaveCount(0);
    await s.getByRole("button", { name: w("send") }).click();
    await step(4);
    await expect(s.getByRole("alert")).toContainText("U heeft nog niets aangevinkt.");
    await s.getByRole("checkbox", { name: /Salbutamol/ }).check();
    await step(5);
    await s.getByRole("button", { name: w("send") }).click();
    await step(6);
    await s.getByRole("button", { name: w("home"), exact: true }).click();
    await step(7);
    await s.getByRole("button", { name: GP["gp-person-me"] }).click();
    await expectDone(page, "gp-child");
  },
};

for (const [look, w] of Object.entries(LOOKS)) {
  for (const [lesson, walk] of Object.entries(WALKS)) {
    test(`${lesson} is completed in ${look}, with its mistake on purpose`, async ({ page }) => {
      await page.goto(`/les/${lesson}/1?portaal=${look}`);
      await expect(screen(page).getByText(w("brand")).first()).toBeVisible();
      await walk(page, w);
    });
  }
}

test("the home cards lead to the GP lessons, and the end offers the other portal", async ({ page }) => {
  await page.goto("/");
  for (const [card, lesson] of [
    [/^Een bericht aan de huisarts/, "Een vraag stellen aan de huisarts"],
    [/^Een herhaalrecept bestellen/, "Een herhaalrecept bestellen"],
    [/^Een afspraak maken/, "Een afspraak maken (en afzeggen)"],
  ]) {
    await page.getByRole("link", { name: card }).click();
    await expect(page.getByRole("link", { name: new RegExp(lesson.replace(/[()]/g, "\\$&")) })).toBeVisible();
    await expect(page.getByText("Binnenkort")).toHaveCount(0);
    // Free practice in either portal.
    await expect(page.getByRole("link", { name: "Vrij oefenen: Mijn Oefenpraktijk" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Vrij oefenen: Oefenzorg Online" })).toBeVisible();
    await page.goBack();
  }
  await page.goto("/les/gp-results/1?portaal=oefenpraktijk");
  await WALKS["gp-results"](page, LOOKS.oefenpraktijk);
  await page.getByRole("link", { name: /ander portaal: Oefenzorg Online/ }).click();
  await expect(page).toHaveURL(/\/les\/gp-results\/1\?portaal=oefenzorg$/);
  await expect(screen(page).getByText(GP["gp-zorg-brand"]).first()).toBeVisible();
  await expect(screen(page).getByRole("navigation", { name: GP["gp-zorg-menu"] })).toBeVisible();
  // A reload keeps the look.
  await page.reload();
  await expect(screen(page).getByText(GP["gp-zorg-brand"]).first()).toBeVisible();
});

test("without DigiD: the portal's own account, with a code on the phone", async ({ page }) => {
  await page.goto("/oefenen/huisarts?portaal=oefenzorg");
  const s = screen(page);
  await s.getByRole("button", { name: GP["gp-own-login"] }).click();
  await expect(s.getByRole("heading", { name: GP["gp-own-title"] })).toBeVisible();
  // A real address is refused whole and never kept.
  const email = s.getByRole("textbox", { name: GP["gp-own-email"] });
  await email.fill("fatma.yilmaz@gmail.com");
  await email.blur();
  await expect(s.getByRole("alert")).toContainText("Dit lijkt op een echt e-mailadres");
  await expect(email).toHaveValue("");
  // The oefenkaart has the practice address.
  await expect(page.getByText(CARD.email)).toBeVisible();
  await email.fill(CARD.email);
  await s.getByLabel(GP["gp-own-password"]).fill("welkom");
  await s.getByRole("button", { name: GP["gp-own-submit"] }).click();
  await expect(s.getByRole("alert")).toContainText("klopt niet");
  await s.getByLabel(GP["gp-own-password"]).fill(CARD.password);
  await s.getByRole("button", { name: GP["gp-own-submit"] }).click();
  await expect(s.getByRole("heading", { name: GP["gp-own-code-title"] })).toBeVisible();
  const code = (await phone(page).getByRole("listitem").first().innerText()).match(/\d{6}/)[0];
  await s.getByLabel(GP["gp-own-code"]).fill(code);
  await s.getByRole("button", { name: GP["gp-own-submit"] }).click();
  await expect(s.getByRole("heading", { name: GP["gp-terms-title"] })).toBeVisible();
  const saved = await page.evaluate(() => localStorage.getItem("oefenplein") || "");
  expect(saved).not.toContain(CARD.password);
  expect(saved).not.toContain(code);
});

/** Presses Tab until the focused element has `name` (a button's text or a field's label). */
async function tabTo(page, name, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return ((el?.labels?.[0]?.textContent || el?.textContent) ?? "").trim();
    });
    if (name instanceof RegExp ? name.test(focused) : focused === name) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test("an appointment is booked and cancelled with the keyboard only", async ({ page }) => {
  const w = LOOKS.oefenzorg;
  await page.goto("/les/gp-book/1?portaal=oefenzorg");
  const step = (n) => expectStep(page, "gp-book", n, 11);
  await step(1);
  await tabTo(page, w("book"));
  await page.keyboard.press("Enter");
  await step(2);
  await tabTo(page, GP["gp-book-reason"]);
  await page.keyboard.type("Ik hoest al een week");
  await step(3);
  await page.keyboard.press("Enter");
  await step(4);
  await tabTo(page, /^Dokter Bakker/);
  await page.keyboard.press("Enter");
  await step(5);
  await tabTo(page, /^Dokter El Amrani/);
  await page.keyboard.press("Space");
  await step(6);
  await tabTo(page, /^09:10/);
  await page.keyboard.press("Enter");
  await step(7);
  await tabTo(page, /^08:40/);
  await page.keyboard.press("Enter");
  await step(8);
  await tabTo(page, GP["gp-book-confirm"]);
  await page.keyboard.press("Enter");
  await step(9);
  await expect(screen(page).getByRole("status")).toContainText(GP["gp-booked-title"]);
  await tabTo(page, w("appointments"));
  await page.keyboard.press("Enter");
  await step(10);
  await tabTo(page, GP["gp-appointment-cancel"]);
  await page.keyboard.press("Enter");
  await step(11);
  await tabTo(page, GP["gp-cancel-yes"]);
  await page.keyboard.press("Enter");
  await expectDone(page, "gp-book");
});

const AXE_RUNS = { nl: "oefenpraktijk", en: "oefenzorg", ar: "oefenzorg" };
const STEPS = { "gp-login": 11, "gp-ask": 12, "gp-book": 11, "gp-repeat": 8, "gp-results": 5, "gp-child": 7 };

axeEveryStep(test, { runs: AXE_RUNS, steps: STEPS, selector: ".gp" });

test("“Laat zien” on another screen puts the screen back where the step starts, and says so", async ({ page }) => {
  // On a phone, where the message and the control must both be in view.
  await page.setViewportSize({ width: 375, height: 667 });
  const w = LOOKS.oefenpraktijk;
  await page.goto("/les/gp-repeat/1?portaal=oefenpraktijk");
  await expectStep(page, "gp-repeat", 1, 8);
  // The learner opens another part of the portal than the step asks.
  await screen(page).getByRole("button", { name: w("book") }).first().click();
  await expect(page.locator("#live-repeat")).toHaveCount(0);
  await page.getByRole("button", { name: t("nl", "lesson-show-me") }).click();
  const message = page.getByRole("status").filter({ hasText: t("nl", "lesson-put-back") });
  await expect(message).toBeVisible();
  await expect(page.locator("#live-repeat")).toBeFocused();
  await expect(page.locator("#live-repeat")).toBeInViewport();
  await expect(message).toBeInViewport();
  // What the learner does next on the practice screen ends the message.
  await screen(page).getByRole("button", { name: w("book") }).first().click();
  await expect(page.getByText(t("nl", "lesson-put-back"))).toHaveCount(0);
  await page.getByRole("button", { name: t("nl", "lesson-show-me") }).click();
  await expect(message).toBeVisible();
  await page.locator("#live-repeat").click();
  await expectStep(page, "gp-repeat", 2, 8);
  // A new step: the message has done its work.
  await expect(page.getByText(t("nl", "lesson-put-back"))).toHaveCount(0);
});

test("when a click replaces the screen, focus goes to the new screen's title, next to its first field", async ({ page }) => {
  // In this look the home page's tiles go away with the home page.
  await page.goto("/les/gp-book/1?portaal=oefenpraktijk");
  await expectStep(page, "gp-book", 1, 11);
  await tabTo(page, LOOKS.oefenpraktijk("book"));
  await page.keyboard.press("Enter");
  await expectStep(page, "gp-book", 2, 11);
  const title = screen(page).getByRole("heading", { name: LOOKS.oefenpraktijk("book"), level: 2 });
  await expect(title).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(screen(page).getByLabel(GP["gp-book-reason"])).toBeFocused();
});
