// Just enough of the wasm binary format for the release build's small
// rewrites (wasm-exports.mjs, wasm-imports.mjs, merge-chunks.mjs): walking
// sections and reading or writing import and export entries.

/** A cursor over `bytes`. */
export function reader(bytes) {
  let pos = 0;
  return {
    get pos() { return pos; },
    set pos(p) { pos = p; },
    byte: () => bytes[pos++],
    leb() {
      let result = 0;
      let shift = 0;
      let byte;
      do {
        byte = bytes[pos++];
        result += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return result;
    },
    name() {
      const length = this.leb();
      const text = Buffer.from(bytes.subarray(pos, pos + length)).toString("utf8");
      pos += length;
      return text;
    },
  };
}

/** Unsigned LEB128. */
export const leb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};

/** A name as the binary writes it: its length, then its UTF-8 bytes. */
export const nameBytes = (text) => {
  const utf8 = Buffer.from(text, "utf8");
  return Buffer.concat([leb(utf8.length), utf8]);
};

/** The module's sections: [{ id, bytes (the whole section), body, end }] (offsets into `bytes`). */
export function sections(bytes) {
  const r = reader(bytes);
  r.pos = 8;
  const found = [];
  while (r.pos < bytes.length) {
    const start = r.pos;
    const id = r.byte();
    const length = r.leb();
    const body = r.pos;
    const end = body + length;
    found.push({ id, bytes: bytes.subarray(start, end), body, end });
    r.pos = end;
  }
  return found;
}

/** A section with id `id` and content `content`. */
export const section = (id, content) => Buffer.concat([Buffer.from([id]), leb(content.length), content]);

/** The module from its header and `parts` (whole sections). */
export const module = (bytes, parts) => Buffer.concat([bytes.subarray(0, 8), ...parts]);

const limits = (r) => {
  const flags = r.byte();
  const min = r.leb();
  return { min, max: flags & 1 ? r.leb() : undefined };
};

/**
 * The entries of an import (id 2) or export (id 7) section:
 * imports [{ module, field, kind, min?, max?, rest }], exports [{ name, rest }];
 * `rest` is the entry's bytes after its names, `bytes` the whole entry.
 */
export function entries(bytes, { id, body, end }) {
  const r = reader(bytes);
  r.pos = body;
  const found = [];
  for (let n = r.leb(); n > 0; n--) {
    const start = r.pos;
    if (id === 2) {
      const entry = { module: r.name(), field: r.name() };
      const restAt = r.pos;
      const kind = r.byte();
      if (kind === 0) {
        entry.kind = "function";
        r.leb();
      } else if (kind === 1) {
        r.byte(); // element type
        Object.assign(entry, { kind: "table" }, limits(r));
      } else if (kind === 2) {
        Object.assign(entry, { kind: "memory" }, limits(r));
      } else if (kind === 3) {
        entry.kind = "global";
        entry.type = r.byte();
        entry.mutable = r.byte() === 1;
      } else if (kind === 4) {
        entry.kind = "tag";
        r.byte();
        r.leb();
      } else {
        throw new Error(`wasm-binary: unknown import kind ${kind}`);
      }
      found.push({ ...entry, rest: bytes.subarray(restAt, r.pos), bytes: bytes.subarray(start, r.pos) });
    } else {
      const name = r.name();
      const restAt = r.pos;
      r.byte();
      r.leb();
      found.push({ name, rest: bytes.subarray(restAt, r.pos), bytes: bytes.subarray(start, r.pos) });
    }
  }
  if (r.pos !== end) throw new Error("wasm-binary: section length does not match");
  return found;
}
