// Part of the release split (split-wasm.mjs): folds small shared chunks
// into a larger chunk that every split needing them already loads.
//
// Why: wasm-split makes one chunk per set of split points that share code,
// so twenty split points gave ~520 chunks, most of them under 500 bytes.
// Each is a separate download with its own module header, compressed on its
// own: 493 small chunks were 119 KB brotli apart and 47 KB together. The
// service worker fetches all of them for offline use, on prepaid data.
//
// The rule keeps lazy loading honest: a chunk joins another chunk only if
// every split that needs it already needs that other chunk (a superset), so
// no split waits for a file it did not wait for before. The price is the
// small chunk's bytes for the splits that did not need it; a chunk joins
// only while that price, summed over those splits, stays under `maxExtra`.
//
// Chunks share the main module's memory, table and stack pointer, and only
// write their data and functions at fixed places in them, so merging is
// concatenation. wasm-merge links the chunks' imports to a stub module that
// re-imports the three under a placeholder name; the placeholder is then
// given back the real name, so the merged chunk has one import of each.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { tool } from "./tool.mjs";
import { entries, module, sections } from "./wasm-binary.mjs";

const IMPORTS = "__wasm_split";
// Same length as IMPORTS, so the name can be patched in place in the binary.
const PLACEHOLDER = "__wasm_spliX";

/** Brotli size, as a host serves it. */
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Groups chunks. `chunks`: [{ name, splits: [split names], size }].
 * Returns [{ anchor, members }] (names), one per file that remains; an
 * anchor's group holds only chunks whose splits are a subset of its own.
 */
export function planGroups(chunks, { maxExtra }) {
  const sorted = [...chunks].sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  const groups = [];
  for (const chunk of sorted) {
    let best;
    let bestCost = Infinity;
    for (const group of groups) {
      if (!chunk.splits.every((s) => group.splits.has(s))) continue;
      const cost = chunk.size * (group.splits.size - chunk.splits.length);
      if (cost < bestCost) [best, bestCost] = [group, cost];
    }
    if (best && bestCost <= maxExtra) best.members.push(chunk.name);
    else groups.push({ anchor: chunk.name, splits: new Set(chunk.splits), members: [] });
  }
  return groups.map(({ anchor, members }) => ({ anchor, members }));
}

/** The chunks the loader defines: [{ variable, file, splits }]. */
export function loaderChunks(loader) {
  const definition = /\/\* ([^*]*) \*\/\s*const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g;
  return [...loader.matchAll(definition)].map(([, splits, variable, file]) => ({
    variable,
    file,
    splits: splits.split(",").map((s) => s.trim()).filter(Boolean),
  }));
}

/**
 * The loader without the merged-away chunks: their definitions go, and so
 * do their places in the lists of what each split waits for (the anchor is
 * always in those lists already).
 */
export function rewriteLoader(loader, removed) {
  let out = loader;
  for (const variable of removed) {
    const definition = new RegExp(
      `/\\*[^*]*\\*/\\s*const ${variable} = makeLoad\\(\\(\\) => \\{[^]*?\\n\\}\\n, \\[\\]\\);\\n`,
    );
    const found = out.match(definition);
    if (!found || /const __chunk_\d+/.test(found[0].replace(`const ${variable}`, ""))) {
      throw new Error(`merge-chunks: the loader's definition of ${variable} was not found`);
    }
    out = out.replace(definition, "");
  }
  const gone = new Set(removed);
  out = out.replace(/\[(__chunk_\d+(?:,\s*__chunk_\d+)*)\]/g, (_, list) =>
    `[${list.split(",").map((v) => v.trim()).filter((v) => !gone.has(v)).join(", ")}]`);
  for (const variable of removed) {
    if (new RegExp(`\\b${variable}\\b`).test(out)) {
      throw new Error(`merge-chunks: the loader still names ${variable}`);
    }
  }
  return out;
}

/** Reads a module's imports: [{ module, field, kind, min, max, ... }]. */
export function moduleImports(bytes) {
  const found = sections(bytes).find((s) => s.id === 2);
  return found ? entries(bytes, found).map(({ rest, bytes: _, ...entry }) => entry) : [];
}

/** A module that hands the main module's memory, table and stack pointer on under IMPORTS. */
export function stubText(imports) {
  const largest = (kind) => {
    const found = imports.filter((i) => i.kind === kind);
    if (found.some((i) => i.max !== undefined || i.module !== IMPORTS)) {
      throw new Error(`merge-chunks: a chunk imports a ${kind} this merge does not know how to share`);
    }
    return found.length ? Math.max(...found.map((i) => i.min)) : undefined;
  };
  const names = new Set(imports.map((i) => `${i.kind} ${i.field}`));
  const known = ["memory memory", "table __indirect_function_table", "global __wasm_split_shared0"];
  const unknown = [...names].filter((n) => !known.includes(n));
  if (unknown.length) throw new Error(`merge-chunks: unexpected chunk imports: ${unknown.join(", ")}`);
  const lines = [];
  const memory = largest("memory");
  if (memory !== undefined) {
    lines.push(`(import "${PLACEHOLDER}" "memory" (memory ${memory}))`, `(export "memory" (memory 0))`);
  }
  const table = largest("table");
  if (table !== undefined) {
    lines.push(
      `(import "${PLACEHOLDER}" "__indirect_function_table" (table ${table} funcref))`,
      `(export "__indirect_function_table" (table 0))`,
    );
  }
  if (names.has("global __wasm_split_shared0")) {
    lines.push(
      `(import "${PLACEHOLDER}" "__wasm_split_shared0" (global (mut i32)))`,
      `(export "__wasm_split_shared0" (global 0))`,
    );
  }
  return `(module\n ${lines.join("\n ")}\n)\n`;
}

/** The wasm features a module uses, as flags for binaryen's tools. */
export async function featureFlags(file) {
  const { stdout } = await tool("wasm-opt", ["--print-features", file, "-o", "/dev/null"]);
  return stdout.split(/\s+/).filter((f) => f.startsWith("--enable-"));
}

/**
 * Merges the small chunks in `dir` (optimised already) and rewrites the
 * loader. `features` are binaryen flags; `optimise(file, features)` runs
 * wasm-opt on a merged chunk. Returns { loader, files, before, after }.
 */
export async function mergeChunks({ dir, loader, features, optimise, maxExtra = 5000 }) {
  const defined = loaderChunks(loader);
  const written = readdirSync(dir).filter((f) => /^chunk_\d+\.wasm$/.test(f));
  if (defined.length !== written.length) {
    throw new Error(`merge-chunks: the loader defines ${defined.length} chunks, the split wrote ${written.length}`);
  }
  const chunks = defined.map((c) => ({ ...c, name: c.file, size: brotliSize(readFileSync(join(dir, c.file))) }));
  const groups = planGroups(chunks, { maxExtra });
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const removed = [];
  const merge = async ({ anchor, members }) => {
    const files = [anchor, ...members].map((f) => join(dir, f));
    const imports = files.flatMap((f) => moduleImports(readFileSync(f)));
    const stub = join(dir, `${anchor}.stub.wat`);
    writeFileSync(stub, stubText(imports));
    const stubWasm = `${stub}.wasm`;
    await tool("wasm-as", [...features, stub, "-o", stubWasm]);
    const out = join(dir, `${anchor}.merged.wasm`);
    await tool("wasm-merge", [
      ...features, stubWasm, IMPORTS, ...files.flatMap((f, n) => [f, `m${n}`]), "-o", out,
    ]);
    const bytes = readFileSync(out);
    for (let at = bytes.indexOf(PLACEHOLDER); at >= 0; at = bytes.indexOf(PLACEHOLDER, at + 1)) {
      bytes.write(IMPORTS, at, "latin1");
    }
    writeFileSync(join(dir, anchor), withoutExports(bytes));
    await optimise(join(dir, anchor), features);
    removed.push(...members.map((m) => byFile.get(m).variable));
  };
  // Two at a time: the build machines have two cores.
  const queue = groups.filter((g) => g.members.length);
  const worker = async () => {
    while (queue.length) await merge(queue.shift());
  };
  await Promise.all([worker(), worker()]);
  return {
    loader: rewriteLoader(loader, removed.sort()),
    files: groups.map((g) => g.anchor),
    before: chunks.length,
    after: groups.length,
  };
}

/** The module without its export section (the stub's exports, which nothing calls). */
export const withoutExports = (bytes) => module(bytes, sections(bytes).filter((s) => s.id !== 7).map((s) => s.bytes));
