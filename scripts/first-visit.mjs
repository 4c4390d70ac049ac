// Size budget of a first visit: everything the home page fetches when no
// service worker runs (a learner's very first visit, on a phone of the
// reference size 375 × 667, so pictures further down wait), counted
// in brotli bytes as a host that serves the precompressed copies sends
// them. KB means 1000 bytes.
//   node scripts/first-visit.mjs [dir] [limitBytes] [path]
// Also prints, for a lesson and free practice, what opening them adds.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";

const dir = process.argv[2] || "dist";
const limit = Number(process.argv[3] || 200000);
const port = 4187;
const origin = `http://127.0.0.1:${port}`;

if (!existsSync(join(dir, "index.html"))) {
  console.error(`first visit: ${dir}/index.html not found; run \`make dist\` first`);
  process.exit(1);
}

const brotliSize = (path) => {
  if (existsSync(`${path}.br`)) return readFileSync(`${path}.br`).length;
  const bytes = readFileSync(path);
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
};

const server = spawn("node", ["scripts/serve-dist.mjs", String(port), dir], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((resolve) => server.stdout.once("data", resolve));

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  const context = await browser.newContext({
    serviceWorkers: "block",
    locale: "nl-NL",
    viewport: { width: 375, height: 667 },
  });
  const page = await context.newPage();
  const fetched = new Set();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) fetched.add(url.pathname);
  });
  const visit = async (path, ready) => {
    const before = new Set(fetched);
    await page.goto(origin + path);
    await page.locator(ready).first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState("networkidle");
    return [...fetched].filter((p) => !before.has(p));
  };
  const count = (paths) => {
    let total = 0;
    const rows = [];
    for (const path of paths) {
      let file = join(dir, decodeURIComponent(path));
      // A missing file with an extension (kiosk.json on most hosts) is a
      // 404 of a few bytes; any other path is a page: index.html.
      const missing = !existsSync(file) && /\.[^/]+$/.test(path);
      if (path.endsWith("/") || (!missing && !existsSync(file))) file = join(dir, "index.html");
      const size = missing ? 0 : brotliSize(file);
      total += size;
      rows.push([path, size]);
    }
    rows.sort((a, b) => b[1] - a[1]);
    return { total, rows };
  };
  const kb = (n) => (n / 1000).toFixed(1);

  const home = count(await visit("/", "h1"));
  for (const [path, size] of home.rows) console.log(`  ${path.padEnd(48)} ${String(size).padStart(7)}`);
  console.log(`first visit: ${kb(home.total)} KB brotli for the home page, ${home.rows.length} files (limit ${kb(limit)} KB)`);
  // In-app navigations, as a learner makes them.
  await page.click('a[href="/taak/digid"]');
  await page.locator(".lesson-list").waitFor();
  await page.waitForLoadState("networkidle");
  await page.click('a[href="/les/digid-web"]');
  await page.locator("#live-username").waitFor();
  await page.waitForLoadState("networkidle");
  const lesson = count([...fetched].filter((p) => !home.rows.some(([h]) => h === p)));
  console.log(`first visit: opening a DigiD lesson adds ${kb(lesson.total)} KB (${lesson.rows.map(([p]) => p.replace(/^\//, "")).join(", ")})`);
  // The Makefile keeps cargo's folder for crates.io out of the wasm's panic
  // messages (0.1 KB on every first visit); a newer cargo may name it otherwise.
  const wasm = home.rows.find(([p]) => p.endsWith(".wasm"));
  const folder = wasm && readFileSync(join(dir, wasm[0])).toString("latin1").match(/index\.crates\.io-[0-9a-f]+\//);
  if (folder) {
    console.error(`first visit: the wasm names cargo's folder ${folder[0]}: set CRATES_IO_SRC in the Makefile to it`);
    failed = true;
  }
  if (home.total > limit) {
    console.error(`first visit: over the limit by ${kb(home.total - limit)} KB`);
    failed = true;
  }
} finally {
  await browser.close();
  server.kill();
}
process.exit(failed ? 1 : 0);
