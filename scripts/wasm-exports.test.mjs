// Tests of the stream classes' removal from the glue (run by `make unit`: node --test).
import assert from "node:assert/strict";
import { test } from "node:test";
import { dropStreamClasses } from "./wasm-exports.mjs";

const glue = `export class IntoUnderlyingSink {
    free() {
        wasm.__wbg_intounderlyingsink_free(this.__wbg_ptr, 0);
    }
}
if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;

export class Kept {
}
const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));
const other = 1;
`;

test("the stream classes leave the glue, and nothing else does", () => {
  assert.equal(dropStreamClasses(glue), "\nexport class Kept {\n}\nconst other = 1;\n");
});

test("a glue in another shape stops the build", () => {
  assert.throws(() => dropStreamClasses(glue.replace("export class IntoUnderlyingSink {", "class IntoUnderlyingSink {")),
    /still names a stream class/);
});
