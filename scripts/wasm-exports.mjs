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

const STREAM_EXPORT = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;
const STREAM_IMPORT = /^__wbg_intounderlying\w*_new/;

function reader(bytes) {
  let pos = 0;
  return {
    get pos() { return pos; },
    set pos(p) { pos = p; },
    byte: () => bytes[pos++],
    leb() {
      let result = 0, shift = 0, byte;
      do {
        byte = bytes[pos++];
        result |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      return result >>> 0;
    },
    name() {
      const length = this.leb();
      const text = bytes.subarray(pos, pos + length).toString("utf8");
      pos += length;
      return text;
    },
  };
}

const leb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};

/** Import and export names of a wasm module (section 2 and 7). */
function names(bytes, r, id, end) {
  const found = [];
  const count = r.leb();
  for (let i = 0; i < count; i++) {
    const start = r.pos;
    if (id === 2) {
      r.name();
      const field = r.name();
      const kind = r.byte();
      if (kind === 0) r.leb();
      else if (kind === 1) { r.byte(); const flags = r.byte(); r.leb(); if (flags & 1) r.leb(); }
      else if (kind === 2) { const flags = r.byte(); r.leb(); if (flags & 1) r.leb(); }
      else if (kind === 3) { r.byte(); r.byte(); }
      else if (kind === 4) { r.byte(); r.leb(); }
      else throw new Error(`wasm-exports: unknown import kind ${kind}`);
      found.push({ name: field, bytes: bytes.subarray(start, r.pos) });
    } else {
      const name = r.name();
      r.byte();
      r.leb();
      found.push({ name, bytes: bytes.subarray(start, r.pos) });
    }
  }
  if (r.pos !== end) throw new Error("wasm-exports: section length does not match");
  return found;
}

/**
 * Removes the stream classes' exports from `file` when the module never
 * hands such an object to JavaScript. Returns the names removed.
 */
export function dropStreamExports(file) {
  const bytes = readFileSync(file);
  const r = reader(bytes);
  r.pos = 8;
  const sections = [];
  let imports = [];
  let exportsAt = -1;
  let exports = [];
  while (r.pos < bytes.length) {
    const start = r.pos;
    const id = r.byte();
    const length = r.leb();
    const body = r.pos;
    const end = body + length;
    if (id === 2) imports = names(bytes, r, id, end);
    if (id === 7) {
      exports = names(bytes, r, id, end);
      exportsAt = sections.length;
    }
    sections.push(bytes.subarray(start, end));
    r.pos = end;
  }
  if (imports.some((i) => STREAM_IMPORT.test(i.name))) return [];
  const gone = exports.filter((e) => STREAM_EXPORT.test(e.name));
  if (exportsAt < 0 || gone.length === 0) return [];
  const kept = exports.filter((e) => !STREAM_EXPORT.test(e.name));
  const content = Buffer.concat([leb(kept.length), ...kept.map((e) => e.bytes)]);
  sections[exportsAt] = Buffer.concat([Buffer.from([7]), leb(content.length), content]);
  writeFileSync(file, Buffer.concat([bytes.subarray(0, 8), ...sections]));
  return gone.map((e) => e.name);
}
