// Tests of the shorter debugString (run by `make unit`: node --test).
import assert from "node:assert/strict";
import { test } from "node:test";
import { shortDebugString } from "./debug-string.mjs";

const GLUE = `function a() {}
function debugString(val) {
    switch (typeof val) {
        case 'object': {
            if (val === null) {
                return 'null';
            }
        }
    }
}
function b() { return debugString(1); }
`;

test("debugString becomes one line, and nothing else changes", () => {
  const out = shortDebugString(GLUE);
  assert.equal(out, `function a() {}
function debugString(val) {
    try { return String(val); } catch { return typeof val; }
}
function b() { return debugString(1); }
`);
  const debugString = new Function(`${out.split("\n").slice(1, 4).join("\n")}; return debugString;`)();
  assert.equal(debugString([1, "a"]), "1,a");
  assert.equal(debugString(Object.create(null)), "object");
});

test("a glue without debugString stays as it is; one in another shape stops the build", () => {
  assert.equal(shortDebugString("function a() {}\n"), "function a() {}\n");
  assert.throws(() => shortDebugString("const x = function debugString(v) { return v; };\n"), /not as expected/);
});
