// Size budget: the brotli-compressed bytes a first visit downloads.
//   node scripts/size-budget.mjs [dir] [limitBytes]
// The service worker precaches every file of the build on the first visit,
// so every file in dist/ counts. KB here means 1000 bytes.
import { brotliCompressSync, constants } from "node:zlib";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.argv[2] || "dist";
const limit = Number(process.argv[3] || 410000);

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

let raw = 0;
let brotli = 0;
let wasm = 0;
const rows = files.map((file) => {
  const bytes = readFileSync(file);
  const compressed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  raw += bytes.length;
  brotli += compressed;
  if (file.endsWith(".wasm")) wasm += compressed;
  return [relative(dir, file), bytes.length, compressed];
});
rows.sort((a, b) => b[2] - a[2]);
const pad = Math.max(...rows.map((r) => r[0].length), 4);
console.log(`${"file".padEnd(pad)}  ${"raw".padStart(9)}  ${"brotli".padStart(9)}`);
for (const [name, r, b] of rows) {
  console.log(`${name.padEnd(pad)}  ${String(r).padStart(9)}  ${String(b).padStart(9)}`);
}
const kb = (n) => String(Math.round(n / 100) / 10);
console.log(`${files.length} files, ${kb(raw)} KB raw; wasm alone ${kb(wasm)} KB brotli`);
console.log(`size budget: first visit ${kb(brotli)} KB brotli (limit ${kb(limit)} KB)`);
if (brotli > limit) {
  console.error(`size budget: over the limit by ${kb(brotli - limit)} KB`);
  process.exit(1);
}
