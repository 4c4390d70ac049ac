// The files the service worker keeps for offline use, in one download.
//
// After the first page, the service worker fetches the whole app so that it
// works offline: ~130 files, each compressed on its own. Compressed together
// they are about a fifth smaller (the wasm chunks share a lot of code
// patterns, the stylesheets and texts their words), and that is data every
// learner pays for, often on prepaid data. So a release build also writes
// offline-<hash>.pack: those files one after another, with .br and .gz copies
// like every other file. The service worker (public/sw-template.js) gets the
// list of what is in it, and cuts it back into files in its cache. If the
// pack cannot be fetched or does not add up, it fetches the files one by one,
// as before, so a host that cannot serve the pack still works.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";

/** The type each kind of file is served with (what the page's loaders check). */
export const TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".ftl": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

// Fetched on their own: the page itself (its headers, like the
// Content-Security-Policy, come from the host) and the files a host edits
// without rebuilding (the service worker's NETWORK_FIRST).
const ALONE = new Set(["/", "/index.html", "/hulp.json", "/kiosk.json"]);

/** Which of the precached `urls` go into the pack, in the pack's order (alike files together). */
export function packed(urls) {
  return urls
    .filter((u) => !ALONE.has(u) && TYPES[extname(u)])
    .sort((a, b) => extname(a).localeCompare(extname(b)) || a.localeCompare(b));
}

/**
 * Writes the pack of `urls` into `dir` (`fileOf(url)` is the file of a URL)
 * and returns what the service worker needs: { url, files: [[url, length, type]] }.
 */
export function writePack(dir, urls, fileOf) {
  const members = packed(urls);
  const parts = members.map((u) => readFileSync(fileOf(u)));
  const bytes = Buffer.concat(parts);
  const name = `offline-${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}.pack`;
  writeFileSync(join(dir, name), bytes);
  return {
    url: `/${name}`,
    files: members.map((u, i) => [u, parts[i].length, TYPES[extname(u)]]),
  };
}

/** The pack's table from a built sw.js, or null when it has none. */
export function packOf(sw) {
  const found = sw.match(/^const PACK = (.*);$/m);
  return found ? JSON.parse(found[1]) : null;
}
