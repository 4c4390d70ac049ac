// Gives the main module's imports from its JS glue short names.
//
// wasm-bindgen names each function the wasm imports from the glue like
// `__wbg_setattribute_2b2a9a…` (a 16-hex hash each), and the glue's import
// object repeats every name. Hashes hardly compress: the ~230 names cost
// the first visit about 5 KB brotli, in the wasm and in the glue. Nothing
// else sees these names (the chunks import only memory, table and stack
// pointer), so both sides are renamed together; a name the glue does not
// hold exactly once stops the build rather than breaking the app.
import { entries, module, nameBytes, section, sections, leb } from "./wasm-binary.mjs";

/** Short identifiers: a, b, …, Z, aa, ab, … */
export function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  let k = n;
  do {
    name = letters[k % letters.length] + name;
    k = Math.floor(k / letters.length) - 1;
  } while (k >= 0);
  return name;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Renames the imports `wasm` takes from `glueModule` (e.g. "./app_bg.js"),
 * in the wasm and in the glue `js`. Returns { wasm, js, renamed }.
 */
export function shortenImports(wasm, js, glueModule) {
  const all = sections(wasm);
  const importSection = all.find((s) => s.id === 2);
  if (!importSection) return { wasm, js, renamed: 0 };
  const imports = entries(wasm, importSection);
  let out = js;
  const names = new Map();
  for (const entry of imports.filter((i) => i.module === glueModule)) {
    if (names.has(entry.field)) continue;
    const short = shortName(names.size);
    const old = new RegExp(`(?<![\\w$])${escape(entry.field)}(?![\\w$])`, "g");
    const found = out.match(old)?.length ?? 0;
    if (found !== 1) {
      throw new Error(`wasm-imports: the glue names ${entry.field} ${found} times, not once`);
    }
    out = out.replace(old, short);
    names.set(entry.field, short);
  }
  // The glue module's name itself ("./<name>_bg.js", once per import in the wasm).
  const moduleKey = new RegExp(`(["'])${escape(glueModule)}\\1`, "g");
  const keys = out.match(moduleKey)?.length ?? 0;
  if (keys !== 1) throw new Error(`wasm-imports: the glue names ${glueModule} ${keys} times, not once`);
  out = out.replace(moduleKey, '"w"');
  const content = Buffer.concat([
    leb(imports.length),
    ...imports.map((i) => i.module === glueModule
      ? Buffer.concat([nameBytes("w"), nameBytes(names.get(i.field)), i.rest])
      : i.bytes),
  ]);
  const renamed = module(wasm, all.map((s) => (s === importSection ? section(2, content) : s.bytes)));
  return { wasm: renamed, js: out, renamed: names.size };
}
