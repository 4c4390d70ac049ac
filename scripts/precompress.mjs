// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip, level 9) beside
// every compressible file of a build, so that a web server can send them
// as they are instead of compressing on every request (see hosting/).
//   node scripts/precompress.mjs DIR
// or, from another script: `await precompress(dir)`.
// A compressed copy is only kept when it is smaller than the original.
// Running it again rewrites the copies; copies whose original is gone (or
// no longer gains anything) are removed. Pictures and fonts are left alone:
// their formats are compressed already.
import { brotliCompress, gzip, constants } from "node:zlib";
import { readdir, readFile, writeFile, rm, stat, utimes } from "node:fs/promises";
import { extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const COMPRESSIBLE = new Set([
  ".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".txt", ".ftl", ".xml",
  // The offline pack (offline-pack.mjs): the app's files in one download.
  ".pack",
]);
const SUFFIXES = [".br", ".gz"];

async function walk(dir, out = []) {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

async function exists(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const compressors = {
  ".br": (bytes, text) =>
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_LGWIN]: 24,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ".gz": (bytes) => gzipAsync(bytes, { level: 9 }),
};

/** Precompresses DIR in place, prints a one-line summary (unless quiet) and returns its numbers. */
export async function precompress(dir, { quiet = false } = {}) {
  const files = await walk(dir);
  const stats = { files: 0, raw: 0, br: 0, gz: 0, written: 0, removed: 0 };

  // Copies whose original is gone. Only copies of the kinds made here count:
  // a download such as lessons.tar.gz is no copy of "lessons.tar".
  for (const file of files) {
    const suffix = SUFFIXES.find((s) => file.endsWith(s));
    if (!suffix) continue;
    const original = file.slice(0, -suffix.length);
    if (COMPRESSIBLE.has(extname(original)) && !(await exists(original))) {
      await rm(file);
      stats.removed++;
    }
  }

  for (const file of files) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const bytes = await readFile(file);
    const { mtime } = await stat(file);
    const text = ![".wasm", ".pack"].includes(extname(file));
    stats.files++;
    stats.raw += bytes.length;
    for (const suffix of SUFFIXES) {
      const target = file + suffix;
      const packed = await compressors[suffix](bytes, text);
      if (packed.length < bytes.length) {
        await writeFile(target, packed);
        // The same date as the original, so Last-Modified does not change
        // with the encoding a browser asks for.
        await utimes(target, mtime, mtime);
        stats.written++;
        stats[suffix.slice(1)] += packed.length;
      } else {
        // Too small to gain anything: the original is sent instead.
        if (await exists(target)) {
          await rm(target);
          stats.removed++;
        }
        stats[suffix.slice(1)] += bytes.length;
      }
    }
  }
  if (!quiet) {
    console.log(
      `precompress: ${stats.files} files in ${dir}, ${kb(stats.raw)} -> brotli ${kb(stats.br)}, ` +
        `gzip ${kb(stats.gz)} (${stats.written} written, ${stats.removed} stale removed)`,
    );
  }
  return stats;
}

function kb(n) {
  return `${(n / 1000).toFixed(1)} KB`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/precompress.mjs DIR");
    process.exit(2);
  }
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error("not a directory");
  } catch {
    console.error(`precompress: ${dir}/ not found`);
    process.exit(1);
  }
  await precompress(dir);
}
