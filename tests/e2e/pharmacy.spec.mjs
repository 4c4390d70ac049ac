// The pharmacy ("Apotheek Oefenanker"): the lesson completed by labels and
// roles with its mistakes on purpose (a look-alike app, a medicine that
// needs a check-up, an expired pickup code); the locker by keyboard only;
// wrong codes at the locker; axe on every step in nl, en and ar; nothing
// leaves the browser.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { axeEveryStep, expectReadable } from "./helpers.mjs";

/** The service's Dutch words, from locales/nl/practice-care.ftl. */
const P = {};
for (const line of readFileSync(new URL("../../locales/nl/practice-care.ftl", import.meta.url), "utf8").split("\n")) {
  const m = line.match(/^pharmacy-([a-z0-9-]+) = (.+)$/);
  if (m) P[m[1]] = m[2].trim();
}

const TOTAL = 23;
const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });
const phone = (page) => page.getByRole("complementary", { name: /telefoon|phone|هاتف/i });

async function step(page, n) {
  await expect(page).toHaveURL(new RegExp(`/les/pharmacy-order/${n}$`));
  await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${TOTAL}`))).toBeVisible();
}

/** The code in the newest SMS on the practice phone (wide screen: always shown). */
async function newestCode(page) {
  const text = await phone(page).getByRole("listitem").first().innerText();
  const code = text.match(/\b\d{6}\b/)?.[0];
  expect(code, text).toBeTruthy();
  return code;
}

test("the pharmacy lesson is completed, with its mistakes on purpose", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("/les/pharmacy-order/1");
  const s = screen(page);
  await expect(s.getByRole("heading", { name: P["store-title"] })).toBeVisible();
  await step(page, 1);
  await s.getByRole("listitem").filter({ hasText: P["store-other"] }).getByRole("button", { name: P["store-install"] }).click();
  await step(page, 2);
  await expect(s.getByRole("alert")).toContainText("Kijk naar de maker.");
  await s.getByRole("listitem").filter({ hasText: P["store-maker"] }).getByRole("button", { name: P["store-install"] }).click();
  await step(page, 3);
  await s.getByRole("button", { name: P["store-open"] }).click();
  await step(page, 4);
  await s.getByRole("button", { name: P["welcome-link"] }).click();
  await step(page, 5);
  // The receipt beside the screen has the code.
  const code = (await page.locator(".receipt-code").innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]{3} [A-Z0-9]{3} [A-Z0-9]{3}$/);
  await s.getByLabel(P["link-code"]).fill(code.toLowerCase());
  await step(page, 6);
  await s.getByLabel(P["link-birth"]).fill("14-05-58");
  await step(page, 7);
  await s.getByRole("button", { name: P["link-submit"] }).click();
  await expect(s.getByRole("alert")).toContainText("4 cijfers");
  await expect(s.getByLabel(P["link-birth"])).toHaveAttribute("aria-invalid", "true");
  await s.getByLabel(P["link-birth"]).fill("14 mei 1958");
  await s.getByRole("button", { name: P["link-submit"] }).click();
  await step(page, 8);
  await s.getByRole("button", { name: P["tile-order"] }).click();
  await step(page, 9);
  await s.getByRole("checkbox", { name: P["med-atorvastatine"] }).click();
  await step(page, 10);
  await expect(s.getByRole("alert")).toContainText("Eerst controle bij de huisarts.");
  await expect(s.getByRole("checkbox", { name: P["med-atorvastatine"] })).not.toBeChecked();
  await s.getByRole("checkbox", { name: P["med-omeprazol"] }).check();
  await step(page, 11);
  await s.getByRole("button", { name: P["next"] }).click();
  await step(page, 12);
  await s.getByRole("button", { name: new RegExp(`^${P["pickup-locker"]}`) }).click();
  await step(page, 13);
  await s.getByRole("button", { name: P["next"] }).click();
  await step(page, 14);
  await expect(s.getByText(P["med-omeprazol"])).toBeVisible();
  await s.getByRole("button", { name: P["summary-send"] }).click();
  await step(page, 15);
  await expect(s.getByRole("listitem").filter({ hasText: P["status-received"] })).toBeVisible();
  await page.getByRole("button", { name: "1 dag later" }).click();
  await step(page, 15);
  await page.getByRole("button", { name: "1 dag later" }).click();
  await step(page, 16);
  await expect(page.locator(".sms-banner")).toContainText("afhaalkluis");
  const first = await newestCode(page);
  await page.getByRole("button", { name: "1 week later" }).click();
  await step(page, 17);
  await page.getByRole("button", { name: "Ga naar de apotheek" }).click();
  await step(page, 18);
  await s.getByLabel(P["locker-title"]).fill(first);
  await s.getByRole("button", { name: P["locker-ok"], exact: true }).click();
  await step(page, 19);
  await expect(s.getByRole("alert")).toContainText("verlopen");
  await page.getByRole("button", { name: "Terug naar je telefoon" }).click();
  await step(page, 20);
  await expect(s.getByText(P["status-expired"])).toBeVisible();
  await s.getByRole("button", { name: P["status-new-code"] }).click();
  await step(page, 21);
  const second = await newestCode(page);
  expect(second).not.toBe(first);
  await page.getByRole("button", { name: "Ga naar de apotheek" }).click();
  await step(page, 22);
  // The old code no longer works; the newest does.
  await s.getByLabel(P["locker-title"]).fill(first);
  await s.getByRole("button", { name: P["locker-ok"], exact: true }).click();
  await expect(s.getByRole("alert")).toContainText("oude code");
  await step(page, 22);
  await s.getByLabel(P["locker-title"]).fill(second);
  await s.getByRole("button", { name: P["locker-ok"], exact: true }).click();
  await step(page, 23);
  await s.getByRole("button", { name: P["locker-take"] }).click();
  await expect(page).toHaveURL(/\/les\/pharmacy-order\/klaar/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"))).toEqual([]);
});

test("on a 320 px phone, the step after the look-alike shows the right app's name, maker and button", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/les/pharmacy-order/1");
  const s = screen(page);
  await step(page, 1);
  await s.getByRole("listitem").filter({ hasText: P["store-other"] }).getByRole("button", { name: P["store-install"] }).click();
  await step(page, 2);
  // The step quotes the app's name and says the maker is the pharmacy.
  await expectReadable(page, ["#live-app-real .ps-row-title", "#live-app-real .ps-row-detail", "#live-install"]);
});

test("on a 320 px phone, the look-alike pressed again brings its message into view", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/les/pharmacy-order/1");
  const s = screen(page);
  await step(page, 1);
  const other = s.getByRole("listitem").filter({ hasText: P["store-other"] }).getByRole("button", { name: P["store-install"] });
  await other.click();
  await step(page, 2);
  // The learner scrolls to the look-alike again: its message is below it, off screen.
  await other.evaluate((button) => button.scrollIntoView({ block: "end" }));
  await expect.poll(() => s.getByRole("alert").evaluate((box) => box.getBoundingClientRect().top > innerHeight)).toBe(true);
  await other.click();
  // The same words, but the press did something: they come into view.
  await expect(s.getByRole("alert")).toContainText(P["error-wrong-app"]);
  await expectReadable(page, [".practice-area [role=alert]"]);
  // Not a new alert, so a screen reader would stay silent: the lesson's
  // status line says it again, in Dutch like the message.
  const again = page.locator(".lesson-page > [role=status]");
  await expect(again).toContainText(P["error-wrong-app"]);
  await expect(again).toHaveAttribute("lang", "nl");
  await step(page, 2);
});

test("free practice on a 320 px phone: the look-alike's message comes into view, the second time too", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/oefenen/apotheek");
  const s = screen(page);
  const other = s.getByRole("listitem").filter({ hasText: P["store-other"] }).getByRole("button", { name: P["store-install"] });
  const again = page.locator(".free-practice > [role=status]");
  for (const time of [1, 2]) {
    // The button at the bottom of the screen: its message below it, out of view.
    await other.evaluate((button) => button.scrollIntoView({ block: "end" }));
    await other.click();
    await expect(s.getByRole("alert")).toContainText(P["error-wrong-app"]);
    // With the button just pressed: both fit.
    await expectReadable(page, [".practice-area [role=alert]", "#live-install-other"]);
    if (time === 2) await expect(again).toContainText(P["error-wrong-app"]);
    else await expect(again).toHaveText("");
  }
});

test("a message stays as drawn while the learner types, so a screen reader does not read it at every key", async ({ page }) => {
  await page.goto("/les/pharmacy-order/5");
  const s = screen(page);
  await s.locator("#live-link-submit").click();
  const alert = s.getByRole("alert");
  await expect(alert).toContainText(P["error-code-missing"]);
  await alert.evaluate((box) => { box.dataset.seen = "yes"; });
  await s.locator("#live-link-birth").pressSequentially("12", { delay: 30 });
  await expect(s.locator("#live-link-birth")).toHaveValue("12");
  // The same element: not taken away and drawn again, which reads as a new alert.
  await expect(alert).toHaveAttribute("data-seen", "yes");
  await expect(page.locator(".lesson-page > [role=status]")).toHaveText("");
});

test("the locker works with the keyboard only, keypad and typing", async ({ page }) => {
  await page.goto("/les/pharmacy-order/22");
  const s = screen(page);
  const code = await newestCode(page);
  await expect(s.getByLabel(P["locker-title"])).toBeVisible();
  const tabTo = async (name, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      const text = await page.evaluate(() => (document.activeElement?.textContent ?? "").trim());
      if (text === name) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  // The keypad: press the first digit with Enter, then clear it.
  await tabTo(code[0]);
  await page.keyboard.press("Enter");
  await expect(s.getByLabel(P["locker-title"])).toHaveValue(code[0]);
  await tabTo(P["locker-clear"]);
  await page.keyboard.press("Enter");
  await expect(s.getByLabel(P["locker-title"])).toHaveValue("");
  // Typing in the field, then Enter sends it.
  await s.getByLabel(P["locker-title"]).focus();
  await page.keyboard.type(`${code}99`);
  await expect(s.getByLabel(P["locker-title"])).toHaveValue(code);
  await page.keyboard.press("Enter");
  await expect(s.getByText(P["locker-open"].replace("{ $door }", "14"))).toBeVisible();
});

test("wrong and empty codes at the locker get their own message", async ({ page }) => {
  await page.goto("/les/pharmacy-order/22");
  const s = screen(page);
  const code = await newestCode(page);
  await s.getByRole("button", { name: P["locker-ok"], exact: true }).click();
  await expect(s.getByRole("alert")).toContainText("Typ eerst je code");
  const wrong = code === "111111" ? "222222" : "111111";
  await s.getByLabel(P["locker-title"]).fill(wrong);
  await s.getByRole("button", { name: P["locker-ok"], exact: true }).click();
  await expect(s.getByRole("alert")).toContainText("Deze code klopt niet");
  await expect(s.getByLabel(P["locker-title"])).toHaveValue("");
  await expect(s.getByLabel(P["locker-title"])).toHaveAttribute("aria-invalid", "true");
});

test("the repeat card leads to the pharmacy lesson and free practice", async ({ page }) => {
  await page.goto("/taak/repeat");
  await expect(page.getByRole("heading", { level: 2, name: "Medicijnen bestellen en ophalen", exact: true })).toBeVisible();
  await page.getByRole("link", { name: `Vrij oefenen: ${P["name"]}` }).click();
  await expect(page).toHaveURL(/\/oefenen\/apotheek$/);
  await expect(screen(page).getByRole("heading", { name: P["store-title"] })).toBeVisible();
});

axeEveryStep(test, { runs: { nl: "", en: "", ar: "" }, steps: { "pharmacy-order": TOTAL }, selector: ".pharmacy" });
