// Tests of the first look's words (run by `make unit`: node --test).
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fillPageJs, firstLookKeys, firstLookWords, oneLineMessage, PLACEHOLDER } from "./first-look.mjs";

const BOOT = `<body><div hidden id=boot><strong data-l10n=practice-mark>Oefenen</strong>
<main><h1 data-l10n="home-title">Wat?</h1></main></div><p data-l10n=elsewhere>x</p>`;

test("the keys are the first look's, in document order, quoted or not", () => {
  assert.deepEqual(firstLookKeys(BOOT), ["practice-mark", "home-title"]);
  assert.throws(() => firstLookKeys("<body><main></main>"), /no #boot/);
  assert.throws(() => firstLookKeys('<div id="boot"><main></main>'), /names no messages/);
});

test("only one-line messages without placeables are read", () => {
  const check = (ftl, want) => assert.equal(oneLineMessage(ftl, "home-title"), want, ftl);
  check("home-title = What?\nnext = x\n", "What?");
  check("home-title = ماذا تريد؟", "ماذا تريد؟");
  check("home-title = What?  \n", "What?");
  check("home-title-more = No\n", null);
  check("# home-title = No\n", null);
  check("home-title = Hello { $name }\n", null);
  check("home-title = Two\n    lines\n", null);
  check("home-title =\n    Below\n", null);
  check("home-title = \n", null);
});

test("every language but Dutch gets its words; a missing one stops the build", () => {
  const dir = mkdtempSync(join(tmpdir(), "first-look-"));
  try {
    for (const [lang, ftl] of [
      ["nl", "practice-mark = Oefenen\nhome-title = Wat?\n"],
      ["en", "home-title = What?\npractice-mark = Practice\n"],
      ["ar", "practice-mark = تدريب\nhome-title = ماذا؟\n"],
    ]) {
      mkdirSync(join(dir, lang));
      writeFileSync(join(dir, lang, "main.ftl"), ftl);
    }
    writeFileSync(join(dir, "README.md"), "not a language");
    const words = firstLookWords(dir, ["practice-mark", "home-title"]);
    assert.deepEqual(words, { ar: ["تدريب", "ماذا؟"], en: ["Practice", "What?"] });
    const js = fillPageJs(`var words = ${PLACEHOLDER};`, words);
    assert.deepEqual(JSON.parse(js.slice("var words = ".length, -1)), words);
    assert.throws(() => fillPageJs("var words = {};", words), /missing from page.js/);
    writeFileSync(join(dir, "en", "main.ftl"), "practice-mark = Practice\n");
    assert.throws(() => firstLookWords(dir, ["practice-mark", "home-title"]), /home-title in locales\/en\/main.ftl/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("page.js has the placeholder the build fills", () => {
  assert.ok(readFileSync(new URL("../public/page.js", import.meta.url), "utf8").includes(PLACEHOLDER));
});
