// Offline after the first visit, and no request ever leaves the origin.
import { test, expect } from "@playwright/test";
import { HOME_TITLE, ROUTES, appReady, languageButton, t } from "./helpers.mjs";

/** Visits / and waits until the service worker is installed and controls the page. */
async function controlledBySw(page) {
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
}

test("after the first visit the app works offline, including a deep-link reload", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await controlledBySw(page);
  await context.setOffline(true);
  // The network really is off, for the service worker too: what it has not cached fails.
  expect(
    await page.evaluate(() =>
      fetch("/niet-bewaard.txt").then(
        (r) => `status ${r.status}`,
        () => "failed",
      ),
    ),
  ).toBe("failed");
  await page.goto(`${baseURL}/instellingen`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instellingen");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instellingen");
  await page.getByRole("link", { name: "Begin", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME_TITLE.nl);
  // Pictures and styles come from the cache too.
  await expect
    .poll(() =>
      page
        .getByRole("list", { name: "Oefeningen" })
        .locator("img")
        .evaluateAll((imgs) => imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0)),
    )
    .toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe("0px");
  await page.goto(`${baseURL}/hulp`);
  await expect(page.getByRole("heading", { name: "In de bibliotheek" })).toBeVisible();
  await context.close();
});

test("offline, a deep link into each practice service's lesson loads its chunks from the cache", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  // Only the home page was visited online: nothing of a lesson was fetched yet.
  await controlledBySw(page);
  await context.setOffline(true);
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  for (const [path, control] of [
    ["/les/digid-web/1", "#live-username"],
    ["/les/digid-app-activate/1", "#live-store"],
    ["/les/digid-apply/1", "#live-start"],
    ["/les/phishing/1", "#live-first-message"],
    ["/les/gp-login/1", "#live-digid-login"],
    ["/les/video-test/1", "#live-open-test"],
    ["/les/pharmacy-order/1", "#live-install-other"],
    ["/les/hospital-checkin/1", "#live-menu-appointments"],
    ["/oefenen/digid-web", "#live-username"],
  ]) {
    await page.goto(baseURL + path);
    await expect(page.locator(control), path).toBeVisible();
    await expect(page.locator(".load-failed")).toHaveCount(0);
    // The practice styles came along: the frame's bar is laid out, not bare text.
    const bar = page.locator(".frame-bar, .device-bar").first();
    expect(await bar.evaluate((e) => getComputedStyle(e).display), path).toBe("flex");
  }
  expect(fetched.filter((p) => /^\/(split|chunk)_.*\.wasm$/.test(p)).length).toBeGreaterThan(3);
  await context.close();
});

test("the service worker keeps the app from one offline pack, not file by file", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const fetched = [];
  context.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const page = await context.newPage();
  await controlledBySw(page);
  expect(fetched.filter((p) => /^\/offline-[0-9a-f]{12}\.pack$/.test(p))).toHaveLength(1);
  // The home page loads no chunk, and the service worker took them from the pack.
  expect(fetched.filter((p) => /^\/(split|chunk)_.*\.wasm$/.test(p))).toEqual([]);
  await context.setOffline(true);
  await page.goto(`${baseURL}/les/gp-login/1`);
  await expect(page.locator("#live-digid-login")).toBeVisible();
  await context.close();
});

test("when the offline pack cannot be fetched, the files come one by one and offline still works", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  let refused = 0;
  await context.route(/\/offline-[0-9a-f]{12}\.pack$/, (route) => {
    refused++;
    return route.fulfill({ status: 404, body: "" });
  });
  const fetched = [];
  context.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const page = await context.newPage();
  await controlledBySw(page);
  expect(refused).toBe(1);
  expect(fetched.filter((p) => /^\/split_.*\.wasm$/.test(p)).length).toBeGreaterThan(3);
  await context.setOffline(true);
  for (const [path, control] of [
    ["/les/gp-login/1", "#live-digid-login"],
    ["/les/pharmacy-order/1", "#live-install-other"],
  ]) {
    await page.goto(baseURL + path);
    await expect(page.locator(control), path).toBeVisible();
  }
  await context.close();
});

test("a chunk that cannot be fetched gets a kind message and a retry that works", async ({ browser, baseURL }) => {
  // A first visit whose connection drops: no service worker has kept anything yet.
  const context = await browser.newContext({ locale: "nl-NL", serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await appReady(page);
  let block = true;
  await page.route(/\/split_lesson_page-[0-9a-f]+\.wasm$/, (route) => (block ? route.abort() : route.continue()));
  await page.locator('a[href="/taak/digid"]').click();
  await page.locator('a[href="/les/digid-web"]').click();
  const failed = page.locator(".load-failed");
  await expect(failed).toBeVisible();
  await expect(failed.getByRole("heading")).toHaveText("Dit deel kon niet laden");
  block = false;
  await failed.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(page.locator("#live-username")).toBeVisible();
  await expect(failed).toHaveCount(0);
  await context.close();
});

test("when the table of chunks cannot be fetched, the same kind message and retry work", async ({ browser, baseURL }) => {
  // The home page never needs the loader's table of chunks; the first
  // lesson fetches it. A dropped connection at that moment must not hang.
  const context = await browser.newContext({ locale: "nl-NL", serviceWorkers: "block" });
  const page = await context.newPage();
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${baseURL}/`);
  await appReady(page);
  expect(fetched.filter((p) => /^\/(__wasm_split_chunks-|split_|chunk_)/.test(p))).toEqual([]);
  let block = true;
  await page.route(/\/__wasm_split_chunks-[0-9a-f]+\.js$/, (route) => (block ? route.abort() : route.continue()));
  await page.locator('a[href="/taak/digid"]').click();
  const failed = page.locator(".load-failed");
  await expect(failed).toBeVisible();
  expect(fetched.some((p) => /^\/__wasm_split_chunks-/.test(p))).toBe(true);
  block = false;
  await failed.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(page.locator('a[href="/les/digid-web"]')).toBeVisible();
  await expect(failed).toHaveCount(0);
  await context.close();
});

test("one cache holds this whole build; older builds' caches are removed", async ({ page }) => {
  await controlledBySw(page);
  const state = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith("oefenplein-"));
    const cache = await caches.open(names[0]);
    const paths = (await cache.keys()).map((r) => new URL(r.url).pathname);
    const used = performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin)
      .map((u) => u.pathname);
    return { names, paths, used };
  });
  expect(state.names).toHaveLength(1);
  // The JS and the wasm this page runs on are in that one cache, with index.html.
  const js = state.used.find((p) => /\.js$/.test(p) && p !== "/page.js");
  const wasm = state.used.find((p) => p.endsWith(".wasm"));
  expect(js, state.used.join(", ")).toBeTruthy();
  expect(wasm, state.used.join(", ")).toBeTruthy();
  expect(state.paths).toEqual(expect.arrayContaining(["/", "/index.html", js, wasm, "/hulp.json"]));
  expect(state.paths).not.toContain("/sw.js");

  // A new service worker (here: the same script under another URL) takes
  // over and deletes every other oefenplein-* cache.
  const after = await page.evaluate(async () => {
    const stale = await caches.open("oefenplein-0000000000000000");
    await stale.put("/oud.js", new Response("old"));
    await caches.open("iets-anders");
    const registration = await navigator.serviceWorker.register("/sw.js?release=2");
    // Its activate step has run once it is the active worker, "activated".
    for (let i = 0; i < 200; i++) {
      const active = registration.active;
      if (active && active.scriptURL.endsWith("release=2") && active.state === "activated") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return caches.keys();
  });
  expect(after).toContain(state.names[0]);
  expect(after).toContain("iets-anders");
  expect(after).not.toContain("oefenplein-0000000000000000");
});

test("hulp.json comes from the network when online and from the cache when offline", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await controlledBySw(page);
  // Put an "old" copy in the service worker's cache, as if the host edited the file since.
  await page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith("oefenplein-"));
    const cache = await caches.open(name);
    const old = { places: [{ name: "Oude plek uit de cache" }] };
    await cache.put("/hulp.json", new Response(JSON.stringify(old), { headers: { "Content-Type": "application/json" } }));
  });
  // Online: the file on the server wins, and the cache is refreshed with it.
  await page.goto(`${baseURL}/hulp`);
  await expect(page.getByRole("heading", { name: "In de bibliotheek" })).toBeVisible();
  // hulp.json is read after the page is drawn: wait for it to be answered.
  await expect(page.getByText(t("nl", "help-loading"))).toHaveCount(0);
  await expect(page.getByText("Oude plek uit de cache")).toHaveCount(0);
  // The service worker refreshes its copy after answering the page: wait for it.
  const cached = () =>
    page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith("oefenplein-"));
      return (await (await caches.open(name)).match("/hulp.json")).text();
    });
  await expect.poll(cached).not.toContain("Oude plek");
  // Offline: the cached copy is used.
  await page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith("oefenplein-"));
    const cache = await caches.open(name);
    await cache.put("/hulp.json", new Response(JSON.stringify({ places: [{ name: "Plek uit de cache" }] })));
  });
  await context.setOffline(true);
  await page.goto(`${baseURL}/hulp`);
  await expect(page.getByRole("heading", { name: "Plek uit de cache" })).toBeVisible();
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
    await languageButton(page).click();
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
