// Size budget of offline use and of each lazily loaded chunk, in brotli
// bytes. KB here means 1000 bytes.
//   node scripts/size-budget.mjs [dir] [offlineLimit] [chunkLimit]
// The service worker precaches every file of the build after the first
// visit, but of the texts in other languages than Dutch only the learner's
// own: offline use counts every file but those, plus the largest language. Each wasm chunk
// (split_*.wasm, chunk_*.wasm) is what opening one part of the app costs a
// learner who has not got it yet. The first visit itself is measured in a
// browser by first-visit.mjs. With an offline pack (offline-pack.mjs), the
// files in it count once, as the pack's brotli copy that a host sends.
import { brotliCompressSync, constants } from "node:zlib";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { packOf } from "./offline-pack.mjs";

const dir = process.argv[2] || "dist";
const limit = Number(process.argv[3] || 1000000);
const chunkLimit = Number(process.argv[4] || 60000);

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    // FILE.br and FILE.gz (scripts/precompress.mjs) are FILE sent another
    // way, not more to download.
    else if (!(/\.(br|gz)$/.test(name) && existsSync(path.slice(0, -3)))) files.push(path);
  }
};
try {
  walk(dir);
} catch {
  console.error(`size budget: ${dir}/ not found; run \`make dist\` first`);
  process.exit(1);
}

const swPath = join(dir, "sw.js");
const pack = existsSync(swPath) ? packOf(readFileSync(swPath, "utf8")) : null;
const inPack = new Set((pack?.files || []).map(([url]) => url));

let raw = 0;
let brotli = 0;
let wasm = 0;
const perLanguage = {};
const rows = files.map((file) => {
  const bytes = readFileSync(file);
  const name = relative(dir, file);
  const url = `/${name.split(/[\\/]/).join("/")}`;
  const compressed = pack && url === pack.url && existsSync(`${file}.br`)
    ? readFileSync(`${file}.br`).length
    : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const lang = name.split(/[\\/]/)[0] === "locales" ? name.split(/[\\/]/)[1] : null;
  raw += bytes.length;
  if (lang && lang !== "nl") perLanguage[lang] = (perLanguage[lang] || 0) + compressed;
  else if (!inPack.has(url)) brotli += compressed;
  if (file.endsWith(".wasm")) wasm += compressed;
  return [name, bytes.length, compressed];
});
const [largestLang, largestLangBytes] = Object.entries(perLanguage).sort((a, b) => b[1] - a[1])[0] || ["", 0];
brotli += largestLangBytes;
rows.sort((a, b) => b[2] - a[2]);
const pad = Math.max(...rows.map((r) => r[0].length), 4);
console.log(`${"file".padEnd(pad)}  ${"raw".padStart(9)}  ${"brotli".padStart(9)}`);
for (const [name, r, b] of rows) {
  console.log(`${name.padEnd(pad)}  ${String(r).padStart(9)}  ${String(b).padStart(9)}`);
}
const kb = (n) => String(Math.round(n / 100) / 10);
console.log(`${files.length} files, ${kb(raw)} KB raw; wasm alone ${kb(wasm)} KB brotli`);
for (const [lang, b] of Object.entries(perLanguage)) console.log(`texts in ${lang}: ${kb(b)} KB brotli (kept once a learner reads ${lang})`);
const packed = pack ? `, ${inPack.size} of the files in ${pack.url.slice(1)}` : "";
console.log(`size budget: offline (everything precached, with the texts of one language besides Dutch: ${largestLang}${packed}) ${kb(brotli)} KB brotli (limit ${kb(limit)} KB)`);
let over = brotli > limit;
if (over) console.error(`size budget: offline over the limit by ${kb(brotli - limit)} KB`);
const chunks = rows.filter(([name]) => /(^|\/)(split_|chunk_)[^/]*\.wasm$/.test(name));
for (const [name, , b] of chunks) {
  if (b > chunkLimit) {
    console.error(`size budget: chunk ${name} is ${kb(b)} KB, over the ${kb(chunkLimit)} KB limit`);
    over = true;
  }
}
const largest = chunks.reduce((m, [, , b]) => Math.max(m, b), 0);
console.log(`size budget: ${chunks.length} wasm chunks, largest ${kb(largest)} KB brotli (limit ${kb(chunkLimit)} KB each)`);
if (over) process.exit(1);
