// Drops wasm exports that nothing can call, so wasm-opt can drop the code
// behind them.
//
// Leptos always enables server functions' browser support, and with it the
// `wasm-streams` crate, whose three stream classes (IntoUnderlyingSource,
// IntoUnderlyingByteSource, IntoUnderlyingSink) wasm-bindgen exports from
// every module. Oefenplein has no server functions: JavaScript only ever
// gets such an object from the wasm, through an import named
// `__wbg_intounderlying…_new`, and the main module has none. Their exports
// are then unreachable (about 1 KB brotli of code). The glue's class
// definitions stay; they are never constructed.
import { readFileSync, writeFileSync } from "node:fs";
import { entries, leb, module, section, sections } from "./wasm-binary.mjs";

const STREAM_EXPORT = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;
const STREAM_IMPORT = /^__wbg_intounderlying\w*_new/;

/**
 * Removes the stream classes' exports from `file` when the module never
 * hands such an object to JavaScript. Returns the names removed.
 */
export function dropStreamExports(file) {
  const bytes = readFileSync(file);
  const all = sections(bytes);
  const importSection = all.find((s) => s.id === 2);
  const exportSection = all.find((s) => s.id === 7);
  const imports = importSection ? entries(bytes, importSection) : [];
  if (imports.some((i) => STREAM_IMPORT.test(i.field))) return [];
  const exports = exportSection ? entries(bytes, exportSection) : [];
  const gone = exports.filter((e) => STREAM_EXPORT.test(e.name));
  if (gone.length === 0) return [];
  const kept = exports.filter((e) => !STREAM_EXPORT.test(e.name));
  const content = Buffer.concat([leb(kept.length), ...kept.map((e) => e.bytes)]);
  writeFileSync(file, module(bytes, all.map((s) => (s === exportSection ? section(7, content) : s.bytes))));
  return gone.map((e) => e.name);
}

/**
 * The glue without the stream classes, once their exports are gone: they
 * can never be constructed (about 0.3 KB brotli of the first visit). Each
 * class, its `Symbol.dispose` line and its finalization registry go; the
 * build stops if any trace of them is left.
 */
export function dropStreamClasses(js) {
  const out = js
    .replace(/^export class IntoUnderlying\w+ \{\n[^]*?\n\}\n/gm, "")
    .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\b.*\n/gm, "")
    .replace(/^const IntoUnderlying\w+Finalization = [^;]*;\n/gm, "");
  if (/IntoUnderlying|intounderlying/.test(out)) {
    throw new Error("wasm-exports: the glue still names a stream class after removing them");
  }
  return out;
}
