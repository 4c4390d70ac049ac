// Tests of the chunk merge's pure parts (run by `make unit`: node --test).
import assert from "node:assert/strict";
import { test } from "node:test";
import { loaderChunks, moduleImports, planGroups, rewriteLoader, stubText, withoutExports } from "./merge-chunks.mjs";

const chunk = (name, splits, size) => ({ name, splits, size });

test("a small chunk joins the smallest chunk whose splits cover its own", () => {
  const groups = planGroups([
    chunk("all", ["a", "b", "c", "d"], 9000),
    chunk("ab", ["a", "b"], 3000),
    chunk("a-only-small", ["a"], 100),
    chunk("bc", ["b", "c"], 50),
  ], { maxExtra: 5000 });
  assert.deepEqual(groups, [
    { anchor: "all", members: ["bc"] },
    { anchor: "ab", members: ["a-only-small"] },
  ]);
});

test("a chunk stays alone when joining would cost splits too much", () => {
  const groups = planGroups([
    chunk("all", ["a", "b", "c"], 9000),
    chunk("a", ["a"], 3000), // 2 × 3000 extra > 5000
  ], { maxExtra: 5000 });
  assert.deepEqual(groups, [{ anchor: "all", members: [] }, { anchor: "a", members: [] }]);
});

test("a chunk never joins one that some of its splits do not load", () => {
  const groups = planGroups([chunk("ab", ["a", "b"], 9000), chunk("bc", ["b", "c"], 10)], { maxExtra: 5000 });
  assert.equal(groups.length, 2);
});

const definition = (n, splits) => `/* ${splits} */
const __chunk_${n} = makeLoad(() => {
    const src = fetch(new URL("./chunk_${n}.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
`;
const loader = `${definition(1, "a, b")}${definition(2, "a")}${definition(3, "b")}
export const __wasm_split_load_a = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_a.wasm", import.meta.url));
}
, [__chunk_1, __chunk_2]));
export const __wasm_split_load_b = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_b.wasm", import.meta.url));
}
, [__chunk_1, __chunk_3]));
`;

test("the loader's chunks are read with their splits", () => {
  assert.deepEqual(loaderChunks(loader), [
    { variable: "__chunk_1", file: "chunk_1.wasm", splits: ["a", "b"] },
    { variable: "__chunk_2", file: "chunk_2.wasm", splits: ["a"] },
    { variable: "__chunk_3", file: "chunk_3.wasm", splits: ["b"] },
  ]);
});

test("merged-away chunks leave the loader and the lists splits wait for", () => {
  const out = rewriteLoader(loader, ["__chunk_2", "__chunk_3"]);
  assert.deepEqual(loaderChunks(out).map((c) => c.variable), ["__chunk_1"]);
  assert.match(out, /, \[__chunk_1\]\)\);\nexport const __wasm_split_load_b/);
  assert.match(out, /, \[__chunk_1\]\)\);\n$/);
});

test("a loader in another shape fails the build instead of loading the wrong chunks", () => {
  assert.throws(() => rewriteLoader(loader.replace("const __chunk_2 =", "let __chunk_2 ="), ["__chunk_2"]),
    /definition of __chunk_2/);
  assert.throws(() => rewriteLoader(`${loader}\nwindow.x = __chunk_3;\n`, ["__chunk_3"]), /still names __chunk_3/);
});

// (module (import "__wasm_split" "memory" (memory 20)) (import "__wasm_split" "__indirect_function_table"
//  (table 7 funcref)) (import "__wasm_split" "__wasm_split_shared0" (global (mut i32))) (export "m" (memory 0)))
const name = (s) => [s.length, ...Buffer.from(s)];
const importSection = [
  3,
  ...name("__wasm_split"), ...name("memory"), 2, 0, 20,
  ...name("__wasm_split"), ...name("__indirect_function_table"), 1, 0x70, 0, 7,
  ...name("__wasm_split"), ...name("__wasm_split_shared0"), 3, 0x7f, 1,
];
const exportSection = [1, ...name("m"), 2, 0];
const wasm = Buffer.from([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  2, importSection.length, ...importSection,
  7, exportSection.length, ...exportSection,
]);

test("a chunk's imports are read from its binary", () => {
  assert.deepEqual(moduleImports(wasm), [
    { module: "__wasm_split", field: "memory", kind: "memory", min: 20, max: undefined },
    { module: "__wasm_split", field: "__indirect_function_table", kind: "table", min: 7, max: undefined },
    { module: "__wasm_split", field: "__wasm_split_shared0", kind: "global", type: 0x7f, mutable: true },
  ]);
});

test("the stub shares the largest sizes asked for, and refuses imports it cannot share", () => {
  const imports = moduleImports(wasm);
  const text = stubText([...imports, { ...imports[0], min: 22 }]);
  assert.match(text, /\(memory 22\)/);
  assert.match(text, /\(table 7 funcref\)/);
  assert.match(text, /\(global \(mut i32\)\)/);
  assert.throws(() => stubText([{ module: "env", field: "f", kind: "function" }]), /unexpected chunk imports/);
  assert.throws(() => stubText([{ ...imports[0], max: 30 }]), /does not know how to share/);
});

test("the export section is dropped and every other section kept", () => {
  const out = withoutExports(wasm);
  assert.equal(out.length, wasm.length - 2 - exportSection.length);
  assert.deepEqual(moduleImports(out), moduleImports(wasm));
});
