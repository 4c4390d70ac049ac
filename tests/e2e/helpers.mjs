// Shared bits for the end-to-end tests.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect } from "@playwright/test";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const ROUTES = ["/", "/instellingen", "/hulp", "/over", "/voortgang", "/voortgang/certificaat", "/voortgang/zelftest", "/voortgang/wie", "/woorden", "/woorden/wachtwoord", "/taak/digid", "/bestaat-niet"];

/** The language menu button, in whatever language the page is in. */
export function languageButton(page) {
  return page.getByRole("button", { name: LANGUAGE_BUTTON_PREFIX });
}

const messages = {};
/**
 * A simple message (`key = text` on one line, no variables) from the
 * interface texts, locales/<lang>/main.ftl (the shell) and pages.ftl (the
 * other pages), so tests can use the visible text of any language.
 */
export function t(lang, key) {
  if (!messages[lang]) {
    messages[lang] = {};
    for (const file of ["main", "pages"]) {
      const ftl = readFileSync(new URL(`../../locales/${lang}/${file}.ftl`, import.meta.url), "utf8");
      for (const line of ftl.split("\n")) {
        const m = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
        if (m) messages[lang][m[1]] = m[2].trim();
      }
    }
  }
  const text = messages[lang][key];
  if (text === undefined) throw new Error(`no message ${key} in locales/${lang}/{main,pages}.ftl`);
  return text;
}

/** Every interface language, with a browser locale that picks it. */
export const LANGS = { nl: "nl-NL", en: "en-GB", ar: "ar", tr: "tr-TR", pl: "pl-PL", uk: "uk-UA", fa: "fa-IR" };

export const NATIVE_NAME = {
  nl: "Nederlands", en: "English", ar: "العربية", tr: "Türkçe", pl: "Polski", uk: "Українська", fa: "فارسی",
};

export const HOME_TITLE = Object.fromEntries(Object.keys(LANGS).map((l) => [l, t(l, "home-title")]));

export const LANGUAGE_BUTTON = Object.fromEntries(
  Object.keys(LANGS).map((l) => [l, t(l, "language-button").replace("{ $language }", NATIVE_NAME[l])]),
);

const LANGUAGE_BUTTON_PREFIX = new RegExp(
  `^(${Object.keys(LANGS).map((l) => t(l, "language-button").replace("{ $language }", "")).join("|")})`,
);


/** Waits until the app has rendered a page heading (not the first look's:
 * index.html shows one while the wasm downloads). */
export async function appReady(page) {
  await expect(page.locator("#main h1")).toBeVisible();
}

/**
 * On a lesson step or free practice, waits for the practice screen's
 * controls: it is drawn after the page's heading (its code and styles load
 * first), so a check of the whole page must wait for it.
 */
export async function practiceDrawn(page) {
  const path = new URL(page.url()).pathname;
  if (/^\/les\/[^/]+\/\d+$/.test(path) || /^\/oefenen\/[^/]+$/.test(path)) {
    await expect(page.locator(".practice-area [id^=live-]").first()).toBeVisible();
  }
}

/**
 * Waits until the page is drawn and still, for a screenshot or a check of
 * the whole page: on a lesson or practice page its practice screen too
 * (not "Laden…"), on the home page its cards, the fonts and (eager) pictures loaded, and no scrolling for five
 * frames (the player brings the step's control into view once drawn).
 */
export async function pageSettled(page) {
  await appReady(page);
  await practiceDrawn(page);
  // The home page's cards come a task after its heading.
  if (new URL(page.url()).pathname === "/") await expect(page.locator(".cards .card").first()).toBeVisible();
  await page.waitForFunction(
    () =>
      document.fonts.status === "loaded" &&
      // A lazy picture below the fold loads only when scrolled to.
      [...document.images].every((i) => i.complete || i.loading === "lazy") &&
      new Promise((done) => {
        const y = window.scrollY;
        let frames = 5;
        const next = () => (window.scrollY !== y ? done(false) : --frames === 0 ? done(true) : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
  );
}

/** Goes to `path` the way an in-app link does (the router follows the
 * history), without reloading the app. */
export async function goWithinApp(page, path) {
  await page.evaluate((to) => {
    history.pushState(null, "", to);
    dispatchEvent(new PopStateEvent("popstate", { state: null }));
  }, path);
}

/** Opens the language menu and picks a language by its own name. */
export async function chooseLanguage(page, from, to) {
  await page.getByRole("button", { name: LANGUAGE_BUTTON[from] }).click();
  await page.getByRole("button", { name: NATIVE_NAME[to], exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

/** Runs axe-core with the WCAG 2.x A and AA rules; returns readable violations. */
export async function axeViolations(page) {
  await practiceDrawn(page);
  // Evaluated through the devtools protocol: the app's CSP rightly refuses
  // an injected <script> element.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    }),
  );
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  // axe files text it measured at 1:1 (text the colour of its background,
  // so invisible) under "incomplete"; that is a real failure here.
  const invisible = results.incomplete
    .filter((v) => v.id === "color-contrast")
    .flatMap((v) => v.nodes)
    .filter((n) => n.any.some((check) => /has a 1:1 contrast ratio/.test(check.message)))
    .map((n) => `color-contrast: invisible text (1:1)\n    ${n.target.join(" ")}`);
  return [...violations, ...invisible];
}


/**
 * Runs axe on steps 1..`total` of `lesson` in `lang`, in the service's look
 * `look`, once `selector` (the service's screen) shows; returns the
 * violations, each with its lesson and step.
 */
async function axeLesson(browser, { lang, look, lesson, total, selector }) {
  const context = await browser.newContext({ locale: LANGS[lang] });
  const page = await context.newPage();
  const problems = [];
  for (let n = 1; n <= total; n++) {
    await page.goto(`/les/${lesson}/${n}?portaal=${look}`);
    await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${total}`))).toBeVisible();
    await expect(page.locator(`.practice-area ${selector}`)).toBeVisible();
    // The page brings the step's control into view once it is drawn;
    // wait until that scroll is over (no change for five frames), then
    // look from the top: a step's sticky head may lie over a control the
    // page scrolled to, which axe counts against the control's size. If
    // the page still moved while axe looked (a slow machine draws the
    // control late), look again, at most three times.
    let found = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.waitForFunction(
        () => new Promise((done) => {
          const y = window.scrollY;
          let frames = 5;
          const next = () => (window.scrollY !== y ? done(false) : --frames === 0 ? done(true) : requestAnimationFrame(next));
          requestAnimationFrame(next);
        }),
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      found = await axeViolations(page);
      if (await page.evaluate(() => window.scrollY === 0)) break;
    }
    for (const v of found) problems.push(`${lesson}/${n}: ${v}`);
  }
  await context.close();
  return problems;
}

/**
 * Defines one test per lesson and language: axe finds nothing on any step
 * of the lesson. `runs` maps a language to the service's look ("" for a
 * service with one look); `steps` maps a lesson id to its number of steps.
 * One test per lesson keeps each test short, so a slow machine does not
 * run out of time on a service with many lessons.
 */
export function axeEveryStep(test, { runs, steps, selector }) {
  for (const [lang, look] of Object.entries(runs)) {
    for (const [lesson, total] of Object.entries(steps)) {
      const name = `axe finds nothing on any step of ${lesson} in ${lang}${look ? ` (${look})` : ""}`;
      test(name, async ({ browser }) => {
        test.setTimeout(30_000 + total * 8_000);
        const problems = await axeLesson(browser, { lang, look, lesson, total, selector });
        expect(problems, problems.join("\n")).toEqual([]);
      });
    }
  }
}

/** A context whose localStorage throws, like a locked-down library PC. */
export async function disableStorage(context) {
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Storage is disabled", "SecurityError");
      },
    });
  });
}

const PDFJS = require.resolve("pdfjs-dist/build/pdf.min.mjs");
const PDFJS_WORKER = require.resolve("pdfjs-dist/build/pdf.worker.min.mjs");

/**
 * Renders the first page of a PDF (bytes) with pdf.js inside Chromium:
 * returns the number of pages, the page size in points, its text and a
 * PNG of it, so a test can look at a printed page as an image.
 */
export async function renderPdf(browser, bytes) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = { "/pdf.mjs": PDFJS, "/pdf.worker.mjs": PDFJS_WORKER };
  await page.route("http://pdf.test/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    if (files[path]) return route.fulfill({ path: files[path], contentType: "text/javascript" });
    if (path === "/doc.pdf") return route.fulfill({ body: bytes, contentType: "application/pdf" });
    return route.fulfill({ body: "<!doctype html><title>pdf</title><canvas></canvas>", contentType: "text/html" });
  });
  await page.goto("http://pdf.test/");
  const result = await page.evaluate(async () => {
    const pdfjs = await import("/pdf.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = "/pdf.worker.mjs";
    const doc = await pdfjs.getDocument("/doc.pdf").promise;
    const first = await doc.getPage(1);
    const size = first.getViewport({ scale: 1 });
    const viewport = first.getViewport({ scale: 1.5 });
    const canvas = document.querySelector("canvas");
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await first.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
    const text = (await first.getTextContent()).items.map((i) => i.str).join(" ");
    return { pages: doc.numPages, width: size.width, height: size.height, text, png: canvas.toDataURL("image/png") };
  });
  await context.close();
  return { ...result, png: Buffer.from(result.png.split(",")[1], "base64") };
}

/**
 * Waits until every element matching `selectors` is wholly on screen below
 * the sticky practice bar and the lesson's sticky step head (on a phone
 * they cover the top of the page, so Playwright's "in viewport" is not
 * enough).
 */
export async function expectReadable(page, selectors) {
  await expect.poll(() => page.evaluate((list) => {
    const head = document.querySelector(".step-head")?.getBoundingClientRect();
    const bar = document.querySelector(".practice-bar")?.getBoundingClientRect();
    const top = Math.max(head ? head.bottom : 0, bar ? bar.bottom : 0);
    return list.filter((s) => {
      const box = document.querySelector(s)?.getBoundingClientRect();
      return !box || box.top < top - 1 || box.bottom > window.innerHeight + 1;
    });
  }, selectors), { message: "not readable below the step head" }).toEqual([]);
}
