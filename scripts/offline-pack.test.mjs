// Tests of the offline pack's pure parts (run by `make unit`: node --test).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { packOf, packed, writePack } from "./offline-pack.mjs";

test("the page, the host's own files and unknown kinds stay out; alike files sit together", () => {
  assert.deepEqual(
    packed(["/", "/index.html", "/hulp.json", "/kiosk.json", "/b.wasm", "/app.css", "/a.wasm", "/x.mp3", "/m.json"]),
    ["/app.css", "/m.json", "/a.wasm", "/b.wasm"],
  );
});

test("the pack is its files one after another, and the table says where each one is", () => {
  const dir = mkdtempSync(join(tmpdir(), "pack-"));
  try {
    writeFileSync(join(dir, "a.js"), "export {}");
    writeFileSync(join(dir, "b.css"), "p{}");
    const pack = writePack(dir, ["/", "/a.js", "/b.css"], (u) => join(dir, u.slice(1)));
    assert.match(pack.url, /^\/offline-[0-9a-f]{12}\.pack$/);
    assert.deepEqual(pack.files, [
      ["/b.css", 3, "text/css; charset=utf-8"],
      ["/a.js", 9, "text/javascript; charset=utf-8"],
    ]);
    assert.equal(readFileSync(join(dir, pack.url.slice(1)), "utf8"), "p{}export {}");
    const sw = `const CACHE = "x";\nconst PACK = ${JSON.stringify(pack)};\nconst OTHER = 1;\n`;
    assert.deepEqual(packOf(sw), pack);
    assert.equal(packOf("const CACHE = 1;"), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
