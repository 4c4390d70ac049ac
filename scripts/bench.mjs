// Lighthouse bench: the built app against a bare Leptos reference app.
//   node scripts/bench.mjs [dist-dir]        (or BENCH_DIST=dir; default: dist)
//   BENCH_STRICT=1  also fail when the targets are missed
//   BENCH_RUNS=n    runs per case (default 3)
//
// 1. Builds scripts/bench-reference/ with Trunk (release) into
//    target/bench-ref/dist, only when its sources changed since the last build.
// 2. Serves the app's dist and the reference's dist, each on its own free
//    local port, with brotli, the right content types and an SPA fallback.
// 3. Runs Lighthouse (performance only) three times (BENCH_RUNS) per target for mobile
//    (default emulation, 4x CPU slowdown) and desktop (--preset=desktop).
// 4. Prints medians and single runs, writes test-results/bench.json.
//
// Exit status: 1 when a build, a server or a Lighthouse run fails outright.
// With BENCH_STRICT=1 also 1 when the targets below are missed.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { dirname, extname, join, normalize, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const REF_SRC = join(ROOT, "scripts", "bench-reference");
const REF_OUT = join(ROOT, "target", "bench-ref");
const REF_DIST = join(REF_OUT, "dist");
const REF_TARGET = join(REF_OUT, "target");
const REF_STAMP = join(REF_OUT, "sources.sha256");
const RESULTS = join(ROOT, "test-results", "bench.json");
const LIGHTHOUSE_CLI = join(ROOT, "node_modules", "lighthouse", "cli", "index.js");

const APP_DIST = resolve(ROOT, process.argv[2] || process.env.BENCH_DIST || "dist");
const STRICT = process.env.BENCH_STRICT === "1";
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3); // BENCH_RUNS=1 for a quick try
const RUN_TIMEOUT_MS = 180_000;

// What we aim for; printed next to the figures, enforced only with BENCH_STRICT=1.
const TARGETS = { mobilePerformance: 0.95, mobileTbtRatio: 1.5 };

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const ENV = {
  ...process.env,
  PATH: [join(ROOT, "node_modules", ".bin"), join(homedir(), ".cargo", "bin"), process.env.PATH].join(":"),
  TRUNK_SKIP_VERSION_CHECK: "true",
  CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium",
};

class Failure extends Error {}

// ---------------------------------------------------------------- helpers

function run(cmd, args, { cwd = ROOT, env = ENV, timeoutMs = 0, quiet = false } = {}) {
  return new Promise((resolveRun) => {
    // Own process group, so a timeout can stop the command and whatever it
    // started (Lighthouse starts Chromium) without touching anything else.
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let timedOut = false;
    const keep = (chunk) => {
      out += chunk;
      if (out.length > 200_000) out = out.slice(-100_000);
      if (!quiet) process.stderr.write(chunk);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer =
      timeoutMs > 0 &&
      setTimeout(() => {
        timedOut = true;
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {}
      }, timeoutMs);
    child.on("error", (err) => {
      if (timer) clearTimeout(timer);
      resolveRun({ code: -1, out: out + String(err), timedOut });
    });
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      resolveRun({ code, out, timedOut });
    });
  });
}

async function listFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort();
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// ------------------------------------------------- 1. the reference build

async function referenceHash() {
  const hash = createHash("sha256");
  for (const file of await listFiles(REF_SRC)) {
    const rel = relative(REF_SRC, file);
    if (rel === "README.md") continue; // docs do not change the build
    hash.update(rel).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex");
}

async function buildReference() {
  const hash = await referenceHash();
  const stamp = existsSync(REF_STAMP) ? (await readFile(REF_STAMP, "utf8")).trim() : "";
  if (stamp === hash && existsSync(join(REF_DIST, "index.html"))) {
    console.log(`reference: up to date (${relative(ROOT, REF_DIST)})`);
    return;
  }
  // Debian's wasm-opt makes a wasm that does not start; only accept binaryen 132.
  const opt = await run("wasm-opt", ["--version"], { quiet: true });
  if (opt.code !== 0 || !/version[ _]132\b/.test(opt.out)) {
    throw new Failure(`wasm-opt on PATH is not binaryen 132 (${opt.out.trim() || "not found"}); run npm install`);
  }
  console.log("reference: building with trunk (release) ...");
  const started = Date.now();
  await mkdir(REF_OUT, { recursive: true });
  await rm(REF_STAMP, { force: true });
  const built = await run("trunk", ["build", "--release", "--dist", REF_DIST], {
    cwd: REF_SRC,
    env: { ...ENV, CARGO_TARGET_DIR: REF_TARGET },
  });
  if (built.code !== 0 || !existsSync(join(REF_DIST, "index.html"))) {
    throw new Failure(`reference build failed (trunk exit ${built.code})`);
  }
  await writeFile(REF_STAMP, hash + "\n");
  console.log(`reference: built in ${Math.round((Date.now() - started) / 1000)} s`);
}

// ------------------------------------------------- 2. the static servers

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
// Worth compressing; pictures and fonts are compressed already.
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".txt", ".ico", ".pack"]);
// Trunk's content-hashed names, e.g. app-4264b9b005f272f8.css, x-b9a904a1445d6278_bg.wasm
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/;
const brotli = promisify(brotliCompress);

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function startServer(root) {
  const compressed = new Map(); // file path -> Promise<Buffer> (brotli, made on first request)

  async function brotliBody(file, raw) {
    if (await isFile(file + ".br")) return readFile(file + ".br");
    if (!compressed.has(file)) {
      compressed.set(
        file,
        brotli(raw, {
          params: {
            [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
            [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
      );
    }
    return compressed.get(file);
  }

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (pathname.endsWith("/")) file = join(file, "index.html");
      if (!(await isFile(file))) {
        if (extname(pathname)) {
          res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
          return;
        }
        file = join(root, "index.html"); // SPA fallback
      }
      const ext = extname(file);
      let body = await readFile(file);
      const headers = {
        "Content-Type": TYPES[ext] || "application/octet-stream",
        "Cache-Control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
        "X-Content-Type-Options": "nosniff",
      };
      if (COMPRESSIBLE.has(ext)) {
        headers["Vary"] = "Accept-Encoding";
        if (/\bbr\b/.test(req.headers["accept-encoding"] || "")) {
          body = await brotliBody(file, body);
          headers["Content-Encoding"] = "br";
        }
      }
      headers["Content-Length"] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });

  return new Promise((resolveStart, rejectStart) => {
    server.once("error", rejectStart);
    server.listen(0, "127.0.0.1", async () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      // Compress everything once before Lighthouse looks, so no run pays
      // for quality-11 brotli of a large wasm.
      for (const file of await listFiles(root)) {
        if (COMPRESSIBLE.has(extname(file)) && !file.endsWith(".br")) await brotliBody(file, await readFile(file));
      }
      resolveStart({ url, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// ------------------------------------------------- 3. Lighthouse

async function lighthouse(url, formFactor, label) {
  const dir = await mkdtemp(join(tmpdir(), "bench-lh-"));
  const report = join(dir, "report.json");
  const args = [
    LIGHTHOUSE_CLI,
    url,
    "--only-categories=performance",
    "--output=json",
    `--output-path=${report}`,
    // Chromium gets a fresh profile for every run (chrome-launcher makes a
    // new temporary user data dir and removes it afterwards).
    `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    "--quiet",
  ];
  if (formFactor === "desktop") args.push("--preset=desktop");
  const started = Date.now();
  const res = await run(process.execPath, args, { timeoutMs: RUN_TIMEOUT_MS, quiet: true });
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  try {
    let lhr = null;
    try {
      lhr = JSON.parse(await readFile(report, "utf8"));
    } catch {}
    const problem = res.timedOut
      ? `timed out after ${RUN_TIMEOUT_MS / 1000} s`
      : lhr?.runtimeError
        ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
        : !lhr
          ? `no report (exit ${res.code}): ${res.out.trim().split("\n").slice(-5).join(" | ")}`
          : typeof lhr.categories?.performance?.score !== "number"
            ? "no performance score"
            : null;
    if (problem) {
      console.log(`  ${label}: FAILED — ${problem}`);
      return { ok: false, error: problem, seconds };
    }
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const result = {
      ok: true,
      score: lhr.categories.performance.score,
      tbtMs: Math.round(audit("total-blocking-time")),
      lcpS: Math.round(audit("largest-contentful-paint")) / 1000,
      fcpS: Math.round(audit("first-contentful-paint")) / 1000,
      siS: Math.round(audit("speed-index")) / 1000,
      bytes: audit("total-byte-weight"),
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      lighthouseVersion: lhr.lighthouseVersion,
      warnings: lhr.runWarnings || [],
      seconds,
    };
    console.log(
      `  ${label}: perf ${result.score.toFixed(2)}  TBT ${result.tbtMs} ms  LCP ${result.lcpS.toFixed(2)} s` +
        `  (${seconds} s, CPU benchmark ${result.benchmarkIndex})`,
    );
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------- 4. report

function summarise(runs) {
  const good = runs.filter((r) => r.ok);
  return {
    runs: runs.length,
    failed: runs.length - good.length,
    score: median(good.map((r) => r.score)),
    tbtMs: median(good.map((r) => r.tbtMs)),
    lcpS: median(good.map((r) => r.lcpS)),
    fcpS: median(good.map((r) => r.fcpS)),
    bytes: median(good.map((r) => r.bytes)),
  };
}

// App TBT over reference TBT. A reference TBT of 0 ms (common on desktop)
// gives no ratio unless the app is at 0 ms too.
function ratio(app, ref) {
  if (app == null || ref == null) return null;
  if (ref === 0) return app === 0 ? 1 : null;
  return Math.round((app / ref) * 100) / 100;
}

const fmt = (x, digits, unit = "") => (x == null ? "—" : x.toFixed(digits) + unit);

function printTable(results) {
  const rows = [["target", "form", "perf", "TBT", "LCP", "runs (perf / TBT ms / LCP s)"]];
  for (const target of ["app", "reference"]) {
    for (const form of ["mobile", "desktop"]) {
      const r = results[target][form];
      rows.push([
        target,
        form,
        fmt(r.median.score, 2),
        fmt(r.median.tbtMs, 0, " ms"),
        fmt(r.median.lcpS, 2, " s"),
        r.runs.map((x) => (x.ok ? `${x.score.toFixed(2)}/${x.tbtMs}/${x.lcpS.toFixed(2)}` : "FAILED")).join("  "),
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  console.log("");
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => cell.padEnd(widths[j])).join("  ").trimEnd());
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  console.log("");
}

// ------------------------------------------------- main

async function main() {
  const startedAt = new Date();
  if (!existsSync(join(APP_DIST, "index.html"))) {
    throw new Failure(`${APP_DIST}/index.html is missing: build the app first (make dist)`);
  }
  if (!existsSync(LIGHTHOUSE_CLI)) throw new Failure("lighthouse is not installed: run npm install");
  if (!existsSync(ENV.CHROME_PATH)) throw new Failure(`no browser at ${ENV.CHROME_PATH} (set CHROME_PATH)`);

  await buildReference();

  const servers = {
    app: await startServer(APP_DIST),
    reference: await startServer(REF_DIST),
  };
  console.log(`app:       ${relative(ROOT, APP_DIST) || "."} at ${servers.app.url}`);
  console.log(`reference: ${relative(ROOT, REF_DIST)} at ${servers.reference.url}`);

  const runs = { app: { mobile: [], desktop: [] }, reference: { mobile: [], desktop: [] } };
  try {
    // Interleaved, so a burst of load on the machine hits both targets alike.
    for (let i = 1; i <= RUNS; i++) {
      for (const form of ["mobile", "desktop"]) {
        for (const target of ["app", "reference"]) {
          runs[target][form].push(await lighthouse(servers[target].url, form, `${target} ${form} #${i}`));
        }
      }
    }
  } finally {
    await servers.app.close();
    await servers.reference.close();
  }

  const results = {};
  for (const target of ["app", "reference"]) {
    results[target] = {};
    for (const form of ["mobile", "desktop"]) {
      results[target][form] = { median: summarise(runs[target][form]), runs: runs[target][form] };
    }
  }
  const tbtRatio = {
    mobile: ratio(results.app.mobile.median.tbtMs, results.reference.mobile.median.tbtMs),
    desktop: ratio(results.app.desktop.median.tbtMs, results.reference.desktop.median.tbtMs),
  };
  const failedRuns = Object.values(runs).flatMap((f) => Object.values(f).flat()).filter((r) => !r.ok).length;
  const mobileScore = results.app.mobile.median.score;
  const misses = [];
  if (mobileScore == null) misses.push("no app mobile performance score");
  else if (mobileScore < TARGETS.mobilePerformance) {
    misses.push(`app mobile performance ${fmt(mobileScore, 2)} < ${TARGETS.mobilePerformance}`);
  }
  if (tbtRatio.mobile == null) misses.push("no mobile TBT ratio");
  else if (tbtRatio.mobile > TARGETS.mobileTbtRatio) {
    misses.push(`mobile TBT ratio ${fmt(tbtRatio.mobile, 2)} > ${TARGETS.mobileTbtRatio}`);
  }

  printTable(results);
  console.log(
    `TBT app / reference: mobile ${fmt(tbtRatio.mobile, 2)} (target ≤ ${TARGETS.mobileTbtRatio}), ` +
      `desktop ${fmt(tbtRatio.desktop, 2)} (not checked)`,
  );
  console.log(
    `app mobile performance: ${fmt(mobileScore, 2)} (target ≥ ${TARGETS.mobilePerformance})` +
      (misses.length ? ` — targets missed: ${misses.join("; ")}` : " — targets met"),
  );

  const json = {
    startedAt: startedAt.toISOString(),
    seconds: Math.round((Date.now() - startedAt) / 1000),
    appDist: APP_DIST,
    referenceDist: REF_DIST,
    runsPerCase: RUNS,
    chromeFlags: CHROME_FLAGS,
    targets: TARGETS,
    strict: STRICT,
    tbtRatio,
    targetsMissed: misses,
    failedRuns,
    results,
  };
  await mkdir(dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, JSON.stringify(json, null, 2) + "\n");
  console.log(`wrote ${relative(ROOT, RESULTS)} (${json.seconds} s)`);

  if (failedRuns > 0) throw new Failure(`${failedRuns} Lighthouse run(s) failed`);
  if (STRICT && misses.length) throw new Failure(`BENCH_STRICT=1 and targets missed: ${misses.join("; ")}`);
}

// Only when run as a script; importing it (to try the server) runs nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(`bench: ${err instanceof Failure ? err.message : err?.stack || err}`);
    process.exit(1);
  });
}
