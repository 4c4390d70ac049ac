// Tests of the short import names (run by `make unit`: node --test).
import assert from "node:assert/strict";
import { test } from "node:test";
import { entries, section, sections } from "./wasm-binary.mjs";
import { shortName, shortenImports } from "./wasm-imports.mjs";

test("short names are unique identifiers", () => {
  const names = Array.from({ length: 3000 }, (_, n) => shortName(n));
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual(names.slice(0, 3), ["a", "b", "c"]);
  assert.equal(names[52], "aa");
  assert.ok(names.every((n) => /^[a-zA-Z]+$/.test(n)));
});

const name = (s) => [s.length, ...Buffer.from(s)];
// Two functions from the glue (type 0), one from the loader, and the memory.
const importSection = [
  4,
  ...name("./app_bg.js"), ...name("__wbg_alert_0123456789abcdef"), 0, 0,
  ...name("./app_bg.js"), ...name("__wbindgen_cast_fedcba9876543210"), 0, 0,
  ...name("./__wasm_split.js"), ...name("__wasm_split_load_x"), 0, 0,
  ...name("env"), ...name("memory"), 2, 0, 1,
];
const typeSection = [1, 0x60, 0, 0];
const wasm = Buffer.concat([
  Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
  section(1, Buffer.from(typeSection)),
  section(2, Buffer.from(importSection)),
]);
const glue = `function getImports() {
    const import0 = {
        __wbg_alert_0123456789abcdef: function(a) { alert(a); },
        __wbindgen_cast_fedcba9876543210: function(a) { return a; },
    };
    return { "./app_bg.js": import0, "./__wasm_split.js": import1 };
}
`;

test("the glue's imports are renamed in the wasm and the glue together", () => {
  const out = shortenImports(wasm, glue, "./app_bg.js");
  assert.equal(out.renamed, 2);
  const imports = entries(out.wasm, sections(out.wasm).find((s) => s.id === 2));
  assert.deepEqual(imports.map((i) => [i.module, i.field, i.kind]), [
    ["w", "a", "function"],
    ["w", "b", "function"],
    ["./__wasm_split.js", "__wasm_split_load_x", "function"],
    ["env", "memory", "memory"],
  ]);
  assert.match(out.js, /\ba: function\(a\) \{ alert\(a\); \}/);
  assert.match(out.js, /\bb: function\(a\) \{ return a; \}/);
  assert.match(out.js, /\{ "w": import0, "\.\/__wasm_split\.js": import1 \}/);
  assert.equal(out.wasm.subarray(0, 8 + 2 + typeSection.length).compare(wasm.subarray(0, 8 + 2 + typeSection.length)), 0);
});

test("a glue that does not name an import exactly once stops the build", () => {
  assert.throws(() => shortenImports(wasm, glue.replace("__wbg_alert_0123456789abcdef:", "x:"), "./app_bg.js"),
    /names __wbg_alert_0123456789abcdef 0 times/);
  assert.throws(() => shortenImports(wasm, `${glue}\n// __wbindgen_cast_fedcba9876543210\n`, "./app_bg.js"),
    /2 times/);
  assert.throws(() => shortenImports(wasm, glue.replace('"./app_bg.js": ', "x: "), "./app_bg.js"),
    /names \.\/app_bg\.js 0 times/);
});
