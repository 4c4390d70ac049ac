// Release step of the Trunk post-build hook (see post-build.mjs): cuts the
// wasm into the main module and one chunk per lazily loaded part.
//
// Trunk cannot split a wasm itself, so a release build is compiled with the
// cargo feature `split` and `--emit-relocs` (see the Makefile), and Trunk's
// own wasm-opt is off (index.html: data-wasm-opt="0"). Here, from cargo's
// raw wasm:
//   1. wasm-split-cli writes the main module, split_<name>.wasm per split
//      point, shared chunk_<n>.wasm and the loader __wasm_split.js;
//   2. wasm-bindgen makes the main module's JS glue, under Trunk's name,
//      exports nothing can call are dropped (wasm-exports.mjs), the glue's
//      debugString shrinks to a line (debug-string.mjs), and the imports
//      from the glue get short names (wasm-imports.mjs);
//   3. wasm-opt -Oz shrinks every module (in parallel), and small shared
//      chunks are folded into larger ones (merge-chunks.mjs);
//   4. chunks and loader get content-hashed names, and the main module and
//      its glue a name from the bytes of all of them, so a host may cache
//      them for good and two builds never mix; the loader's table of chunks
//      becomes its own file, imported on first use (loaderStub);
//   5. the JS glue and the loader are minified (esbuild, from npm);
//   6. Trunk's JS and wasm in the staging dir give way to the renamed ones,
//      and index.html links those without integrity hashes (dropIntegrity
//      says why).
// A raw wasm without split points (a release build without the feature) is
// only optimised.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shortDebugString } from "./debug-string.mjs";
import { featureFlags, mergeChunks } from "./merge-chunks.mjs";
import { tool } from "./tool.mjs";
import { dropStreamClasses, dropStreamExports } from "./wasm-exports.mjs";
import { shortenImports } from "./wasm-imports.mjs";

const hash16 = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
// Chunk names are all written into the loader that every first visit
// downloads: 12 hex digits (the shortest the hosting configs treat as
// hashed) instead of 16 save about 0.3 KB there.
const hash12 = (bytes) => hash16(bytes).slice(0, 12);

// --low-memory-unused: Rust puts its stack first, growing down from 1 MB
// towards 0, and its data above it, so the lowest kilobyte is only ever
// reached by a stack that has already overflowed. Knowing that lets
// wasm-opt fold address arithmetic into loads and stores (~0.7 KB less
// brotli for the main module).
// `passes`: the main module, which every first visit downloads, gets -Oz
// twice: the second pass finds what the first made possible (~0.25 KB less
// brotli, 4 s more build).
const optimise = (file, features = [], passes = ["-Oz"]) => tool("wasm-opt", [
  ...features, ...passes, "--low-memory-unused", "--strip-producers", "--strip-target-features", file, "-o", file,
]);

/**
 * wasm-bindgen's glue and the loader (modules), or page.js (a classic
 * script: `format` null, kept as it is), minified (Trunk's minifier cannot
 * read them). Letters outside ASCII stay as they are (page.js carries the
 * first look's words in Arabic, Ukrainian, ...): escaped, each would take
 * six bytes.
 */
export function minify(code, format = "esm") {
  return new Promise((resolve, reject) => {
    const child = execFile("esbuild", ["--minify", "--charset=utf8", ...(format ? [`--format=${format}`] : []), "--log-level=warning"],
      { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`esbuild failed:\n${stderr || error.message}`));
        else resolve(stdout);
      });
    child.stdin.end(code);
  });
}

/**
 * Removes the integrity hash from the tag that loads `name` (the bytes it
 * loads changed since Trunk wrote it, if it wrote one). The page's files
 * come from the same host as index.html, which names each of them by a
 * hash of its bytes, so an integrity hash guards against nothing the host
 * could not change in index.html too (and Chromium ignores it on the
 * wasm's fetch preload); each one was 70 bytes of every first visit that
 * brotli cannot shrink. Trunk's links in index.html say
 * `data-integrity="none"`.
 */
function dropIntegrity(html, name) {
  // Trunk minifies release HTML: attribute values may be unquoted.
  const href = `href="?/${name.replace(/[.]/g, "\\.")}"?(?=[\\s>])`;
  const tag = new RegExp(`<link\\b[^>]*${href}[^>]*>`, "g");
  let found = false;
  const out = html.replace(tag, (t) => {
    found = true;
    return t.replace(/\s?integrity=("[^"]*"|[^\s>]+)/, "");
  });
  if (!found) throw new Error(`split-wasm: index.html does not link ${name}`);
  return out;
}

/**
 * A loader with the exports of `table` (the full loader) that imports it
 * on first use. If it cannot be fetched, the waiting split function is
 * told so (the wasm's callback with `false`, as the full loader does when
 * a chunk fails), so the app shows its kind "could not load" message.
 */
export function loaderStub(table, tableName) {
  const glue = table.match(/import\s*\{\s*initSync as \w+\s*\}\s*from\s*(["'][^"']+["'])/);
  const exported = [...table.matchAll(/export\s*\{([^}]*)\}/g)].pop();
  if (!glue || !exported) throw new Error("split-wasm: the loader's glue import or exports were not found");
  const names = exported[1].split(",").map((e) => e.trim().split(/\s+as\s+/).pop()).filter(Boolean);
  if (!names.length || names.some((n) => !/^__wasm_split_load_\w+$/.test(n))) {
    throw new Error(`split-wasm: unexpected loader exports: ${exported[1]}`);
  }
  return `import { initSync } from ${glue[1]};
let table;
const load = (name) => async (callback, data) => {
  let loaded;
  try {
    table ??= import("./${tableName}");
    loaded = await table;
  } catch (error) {
    table = undefined;
    console.error(error);
    initSync(undefined, undefined).__indirect_function_table.get(callback)(data, false);
    return;
  }
  return loaded[name](callback, data);
};
${names.map((n) => `export const ${n} = load(${JSON.stringify(n)});`).join("\n")}
`;
}

export async function splitWasm(staging, { sourceDir = process.cwd() } = {}) {
  const indexPath = join(staging, "index.html");
  let html = readFileSync(indexPath, "utf8");
  const found = html.match(/\/([\w-]+)_bg\.wasm/);
  if (!found) throw new Error("split-wasm: no *_bg.wasm named in index.html");
  const base = found[1];
  const targetDir = process.env.CARGO_TARGET_DIR || join(sourceDir, "target");
  const raw = join(targetDir, "wasm32-unknown-unknown", "release", "oefenplein.wasm");
  const stagedWasm = join(staging, `${base}_bg.wasm`);
  const stagedJs = join(staging, `${base}.js`);

  if (!existsSync(raw) || !readFileSync(raw).includes("__wasm_split")) {
    await optimise(stagedWasm);
    html = dropIntegrity(html, `${base}_bg.wasm`);
    writeFileSync(indexPath, html);
    return { split: false, chunks: [] };
  }

  const work = mkdtempSync(join(tmpdir(), "oefenplein-split-"));
  try {
    const parts = join(work, "parts");
    await tool("wasm-split-cli", ["--target", "web", "--out-name", base, raw, parts]);
    const glue = join(work, "glue");
    await tool("wasm-bindgen", [
      "--target", "web", "--no-typescript", "--keep-lld-exports", "--no-demangle",
      "--out-name", base, "--out-dir", glue, join(parts, `${base}.wasm`),
    ]);
    const streamsDropped = dropStreamExports(join(glue, `${base}_bg.wasm`)).length > 0;
    let chunkNames = readdirSync(parts).filter((f) => f.endsWith(".wasm") && f !== `${base}.wasm`);
    // Read before wasm-opt strips them: merged chunks need them named.
    const features = chunkNames.length ? await featureFlags(join(parts, chunkNames[0])) : [];
    // Two at a time: the build machines have two cores, and each run
    // holds a whole module in memory.
    const queue = [
      [join(glue, `${base}_bg.wasm`), ["-Oz", "-Oz"]],
      ...chunkNames.map((f) => [join(parts, f), ["-Oz"]]),
    ];
    const worker = async () => {
      while (queue.length) {
        const [file, passes] = queue.shift();
        await optimise(file, [], passes);
      }
    };
    await Promise.all([worker(), worker()]);

    const merged = await mergeChunks({
      dir: parts, loader: readFileSync(join(parts, "__wasm_split.js"), "utf8"), features, optimise,
    });
    const splitPoints = chunkNames.filter((f) => f.startsWith("split_"));
    chunkNames = [...splitPoints, ...merged.files];
    console.log(`split-wasm: ${merged.before} shared chunks merged into ${merged.after}`);

    // The main module's glue, before it names the loader (whose name comes
    // from its bytes, which name the glue).
    let js = readFileSync(join(glue, `${base}.js`), "utf8");
    const importFrom = /from (["'])\.\/__wasm_split\.js\1/g;
    if (!importFrom.test(js)) throw new Error("split-wasm: the glue does not import ./__wasm_split.js");
    if (streamsDropped) js = dropStreamClasses(js);
    js = shortDebugString(js);
    const short = shortenImports(readFileSync(join(glue, `${base}_bg.wasm`)), js, `./${base}_bg.js`);
    const wasm = short.wasm;

    // Trunk names the main module's files after cargo's output, but what
    // is done here changes their bytes too (a new wasm-opt pass, a glue
    // made shorter), under the same name. Named instead after everything
    // the page starts with (the main module, its glue, the loader and every
    // chunk), a build that changes any of it has new files, so a cache that
    // keeps hashed files for good never hands out the last build's glue
    // with this build's index.html.
    const named = createHash("sha256").update(wasm).update(short.js).update(merged.loader);
    for (const file of chunkNames) named.update(readFileSync(join(parts, file)));
    const main = `${base.replace(/-[0-9a-f]{8,}$/, "")}-${named.digest("hex").slice(0, 16)}`;
    const glueSpecifier = new RegExp(`(["'])\\./${base.replace(/[.]/g, "\\.")}\\.js\\1`, "g");
    if (!glueSpecifier.test(merged.loader)) throw new Error(`split-wasm: the loader does not import ./${base}.js`);
    let loader = merged.loader.replace(glueSpecifier, (_, q) => `${q}./${main}.js${q}`);

    // Content-hashed chunk names, written into the loader.
    const chunks = [];
    for (const file of chunkNames) {
      const bytes = readFileSync(join(parts, file));
      const hashed = file.replace(/\.wasm$/, `-${hash12(bytes)}.wasm`);
      const quoted = new RegExp(`(["'])\\./${file.replace(/[.]/g, "\\.")}\\1`, "g");
      if (!quoted.test(loader)) throw new Error(`split-wasm: the loader does not name ${file}`);
      loader = loader.replace(quoted, (_, q) => `${q}./${hashed}${q}`);
      writeFileSync(join(staging, hashed), bytes);
      chunks.push({ file: hashed, bytes: bytes.length });
    }
    // The full loader names every chunk (about 3 KB brotli, growing with
    // each service), yet the home page loads none. So the glue gets a
    // small stub with the same exports, and the table of chunks is
    // fetched the first time a part of the app is opened.
    const table = await minify(loader);
    const tableName = `__wasm_split_chunks-${hash16(table)}.js`;
    writeFileSync(join(staging, tableName), table);
    loader = await minify(loaderStub(table, tableName));
    const loaderName = `__wasm_split-${hash16(loader)}.js`;
    writeFileSync(join(staging, loaderName), loader);

    // The glue imports the loader by file name; the import object keeps
    // the key "./__wasm_split.js", which the wasm module asks for. Its own
    // wasm's name is only its fallback (index.html names the wasm).
    js = short.js
      .replace(importFrom, (_, q) => `from ${q}./${loaderName}${q}`)
      .replaceAll(`${base}_bg.wasm`, `${main}_bg.wasm`);
    js = await minify(js);
    rmSync(stagedJs);
    rmSync(stagedWasm);
    writeFileSync(join(staging, `${main}.js`), js);
    writeFileSync(join(staging, `${main}_bg.wasm`), wasm);
    for (const ending of [".js", "_bg.wasm"]) {
      if (!html.includes(`/${base}${ending}`)) throw new Error(`split-wasm: index.html does not name /${base}${ending}`);
      html = html.replaceAll(`/${base}${ending}`, `/${main}${ending}`);
    }

    html = dropIntegrity(html, `${main}.js`);
    html = dropIntegrity(html, `${main}_bg.wasm`);
    // Fetch the loader beside the glue, not after it.
    html = html.replace(
      "</head>",
      `<link rel="modulepreload" href="/${loaderName}" crossorigin="anonymous">\n</head>`,
    );
    writeFileSync(indexPath, html);
    return { split: true, main: wasm.length, chunks };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
