// The first look's words in every language (run by post-build.mjs).
//
// index.html carries a first look (#boot) that page.js shows before the
// wasm runs. Its Dutch words are written in index.html; the other
// languages' words are written into page.js here, at build time, so a
// learner sees their own language at once instead of a round trip later
// (on a slow phone the texts file shares the line with the wasm). The
// words are each [data-l10n] element's message from that language's
// main.ftl, in the elements' order; a test in tests/architecture.rs keeps
// every one of them a one-line message without placeables.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const PLACEHOLDER = '{ "__FIRST_LOOK__": [] }';

/** The message ids of the first look's elements, in document order. */
export function firstLookKeys(html) {
  const start = html.search(/<div\b[^>]*\bid="?boot\b/);
  if (start < 0) throw new Error("first look: no #boot in index.html");
  const end = html.indexOf("</main>", start);
  if (end < 0) throw new Error("first look: #boot in index.html has no <main>");
  const keys = [...html.slice(start, end).matchAll(/\bdata-l10n="?([a-z0-9-]+)/g)].map((m) => m[1]);
  if (!keys.length) throw new Error("first look: #boot in index.html names no messages");
  return keys;
}

/** One message's text, when it is one line without placeables; else null. */
export function oneLineMessage(ftl, key) {
  const line = ftl.match(new RegExp(`^${key} = ([^{\\n]*[^{\\s])[ \\t]*$(?!\\n[ \\t]+\\S)`, "m"));
  return line ? line[1].trim() : null;
}

/** { lang: [words in the keys' order] } for every language but Dutch. */
export function firstLookWords(localesDir, keys) {
  const words = {};
  for (const lang of readdirSync(localesDir).sort()) {
    const file = join(localesDir, lang, "main.ftl");
    if (lang === "nl" || !existsSync(file)) continue;
    const ftl = readFileSync(file, "utf8");
    words[lang] = keys.map((key) => {
      const text = oneLineMessage(ftl, key);
      if (text === null) throw new Error(`first look: ${key} in locales/${lang}/main.ftl is not a one-line message`);
      return text;
    });
  }
  return words;
}

/** page.js with the words in place of its placeholder. */
export function fillPageJs(js, words) {
  if (!js.includes(PLACEHOLDER)) throw new Error(`first look: ${PLACEHOLDER} missing from page.js`);
  return js.replace(PLACEHOLDER, () => JSON.stringify(words));
}
