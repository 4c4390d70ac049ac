// Trunk post_build hook (see Trunk.toml). Runs in the staging directory
// that becomes dist/:
//  1. trims Trunk's inline boot script (releases);
//  2. in release builds, splits the wasm into the main module and lazily
//     loaded chunks, all named after their bytes (split-wasm.mjs); then
//     puts the sha256 of every inline <script> into the
//     Content-Security-Policy, so no other script can run;
//  3. writes the first look's words in every language into page.js
//     (first-look.mjs);
//  4. writes sw.js, the service worker, with the exact list of files of
//     this build and a cache name derived from their contents, and the
//     offline pack: those files in one download (offline-pack.mjs);
//  5. in release builds, writes .br and .gz copies beside every
//     compressible file (precompress.mjs), for hosts that serve them.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync, rmSync, existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fillPageJs, firstLookKeys, firstLookWords } from "./first-look.mjs";
import { writePack } from "./offline-pack.mjs";
import { precompress } from "./precompress.mjs";
import { minify, splitWasm } from "./split-wasm.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE || "debug";
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}

// 1. index.html: Trunk's leftovers.
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
const PLACEHOLDER = "'__INLINE_SCRIPT_HASHES__'";
if (!html.includes(PLACEHOLDER)) {
  console.error(`post-build: ${PLACEHOLDER} missing from the CSP in index.html`);
  process.exit(1);
}
// Trunk writes the CSS link's `data-integrity="none"` through (it already
// left the hash out).
html = html.replace(/ data-integrity=("none"|none)(?=[\s>\/])/g, "");
// Trunk's boot script also hands the wasm's exports to `window` and sends
// an event nothing here listens to; in releases it only starts the app
// (every first visit reads it: 67 bytes less brotli).
if (profile === "release") {
  const boot = /(<script type="?module"?>)\s*import init, \* as bindings from '([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '([^']+\.wasm)' \}\);[\s\S]*?(<\/script>)/;
  if (!boot.test(html)) {
    console.error("post-build: Trunk's boot script in index.html is not as expected");
    process.exit(1);
  }
  html = html.replace(boot, (_, open, js, wasm, close) => `${open}import init from"${js}";init({module_or_path:"${wasm}"})${close}`);
}
writeFileSync(indexPath, html);

// 2. Wasm chunks.
if (profile === "release") {
  const started = Date.now();
  try {
    const result = await splitWasm(staging, { sourceDir: process.env.TRUNK_SOURCE_DIR || process.cwd() });
    const took = ((Date.now() - started) / 1000).toFixed(1);
    console.log(result.split
      ? `post-build: wasm split into main (${result.main} bytes) and ${result.chunks.length} chunks in ${took} s`
      : `post-build: wasm has no split points; optimised in ${took} s`);
  } catch (error) {
    console.error(String(error.message || error));
    process.exit(1);
  }
}

// The CSP's hashes, once the split has named the main module's files in
// the inline boot script.
html = readFileSync(indexPath, "utf8");
const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attrs, body] = match;
  if (/\bsrc\s*=/.test(attrs)) continue;
  hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
}
// `trunk serve` rewrites its live-reload script after this hook runs, so a
// hash cannot match it; development builds allow inline scripts instead.
const allowed = profile === "release" ? hashes.join(" ") : "'unsafe-inline'";
html = html.replace(PLACEHOLDER, () => allowed);
writeFileSync(indexPath, html);

// 3. page.js gets the first look's words in every language (first-look.mjs)
// and, in releases, loses its comments (for developers): every visit reads it.
const pagePath = join(staging, "page.js");
try {
  let js = fillPageJs(readFileSync(pagePath, "utf8"), firstLookWords(join(staging, "locales"), firstLookKeys(html)));
  if (profile === "release") js = await minify(js, null);
  writeFileSync(pagePath, js);
} catch (error) {
  console.error(`post-build: ${error.message || error}`);
  process.exit(1);
}

// 4. Service worker.
const template = join(staging, "sw-template.js");
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
// The translators' guide is copied with the texts; learners do not need it.
rmSync(join(staging, "locales", "README.md"), { force: true });
walk(staging);
const swPath = join(staging, "sw.js");
const kept = files.filter((f) => f !== template && f !== swPath);
// Written the way a browser writes the path of the URL (URL.pathname), which
// is what the service worker looks up.
const toUrlPath = (file) => {
  const segments = relative(staging, file).split(sep).map((s) => s.replace(/[%#?]/g, encodeURIComponent));
  return new URL("/" + segments.join("/"), "http://x").pathname;
};
const urls = kept.map(toUrlPath);
const version = createHash("sha256");
kept.forEach((file, i) => {
  version.update(`${urls[i]}\0`);
  version.update(readFileSync(file));
});
const cacheName = `oefenplein-${version.digest("hex").slice(0, 16)}`;
// The texts of each language but Dutch (the fallback every page needs) are
// kept for offline use only once a learner uses that language: seven
// languages' texts precached for everyone would cost each visitor six
// languages they never read.
const languageOf = (url) => url.match(/^\/locales\/([a-z]{2,3})\//)?.[1]?.replace(/^nl$/, "") || null;
const languages = {};
for (const url of urls) {
  const lang = languageOf(url);
  if (lang) (languages[lang] ||= []).push(url);
}

const precached = urls.filter((u) => !languageOf(u));

let sw;
if (profile === "release") {
  if (!existsSync(template)) {
    console.error("post-build: public/sw-template.js is missing");
    process.exit(1);
  }
  sw = readFileSync(template, "utf8");
  for (const [placeholder, value] of [
    ['"__CACHE_NAME__"', JSON.stringify(cacheName)],
    ['["__PRECACHE__"]', JSON.stringify(["/", ...precached])],
    ['{ "__LANGUAGES__": [] }', JSON.stringify(languages)],
    ['{ "__PACK__": [] }', JSON.stringify(writePack(staging, precached, (u) => kept[urls.indexOf(u)]))],
  ]) {
    if (!sw.includes(placeholder)) {
      console.error(`post-build: ${placeholder} missing from public/sw-template.js`);
      process.exit(1);
    }
    sw = sw.replace(placeholder, () => value);
  }
} else {
  // In development a cache would only get in the way of live reload.
  sw = `self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith("oefenplein-")) await caches.delete(key);
    await self.registration.unregister();
  })());
});
`;
}
if (existsSync(template)) rmSync(template);
writeFileSync(join(staging, "sw.js"), sw);
// 5. Precompressed copies (after the service worker's list, which must
// not name them).
if (profile === "release") await precompress(staging);
console.log(`post-build: ${hashes.length} inline script hash(es), ${urls.length} files, ${profile === "release" ? cacheName : "no cache (debug)"}`);
