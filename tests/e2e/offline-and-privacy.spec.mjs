// Offline after the first visit, and no request ever leaves the origin.
import { test, expect } from "@playwright/test";
import { HOME_TITLE, ROUTES, appReady } from "./helpers.mjs";

test("after the first visit the app works offline, including a deep-link reload", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto("/");
  await appReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await appReady(page);
  }
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.goto(`${baseURL}/instellingen`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instellingen");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instellingen");
  await page.getByRole("link", { name: "Begin", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.nl);
  // Pictures and styles come from the cache too.
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll(".card img")].every((i) => i.naturalWidth > 0)))
    .toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe("0px");
  await page.goto(`${baseURL}/hulp`);
  await expect(page.getByRole("heading", { name: "In de bibliotheek" })).toBeVisible();
  await context.close();
});

test("no request goes to another origin on any route in any language", async ({ browser, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const outside = [];
  for (const locale of ["nl-NL", "en-GB", "ar"]) {
    const context = await browser.newContext({ locale });
    context.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("data:") || url.startsWith("blob:")) return;
      if (new URL(url).origin !== origin) outside.push(`${locale}: ${url}`);
    });
    const page = await context.newPage();
    for (const path of ROUTES) {
      await page.goto(path);
      await appReady(page);
    }
    await page.locator(".lang-button").click();
    await page.waitForLoadState("networkidle");
    await context.close();
  }
  expect(outside).toEqual([]);
});

test("the Content-Security-Policy allows only our own origin", async ({ page }) => {
  await page.goto("/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain("__INLINE_SCRIPT_HASHES__");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toMatch(/https?:/);
  // The policy is enforced: a script from elsewhere is refused.
  const blocked = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener("securitypolicyviolation", () => resolve(true), { once: true });
        const s = document.createElement("script");
        s.src = "https://cdn.example.invalid/x.js";
        document.head.append(s);
        setTimeout(() => resolve(false), 2000);
      }),
  );
  expect(blocked).toBe(true);
});
