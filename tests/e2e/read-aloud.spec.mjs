// Read-aloud. Chromium runs with --enable-speech-dispatcher and espeak-ng
// (scripts/install-tools.sh test), so the voices are real. An init script records
// every utterance (text, language, voice, rate), its events, and every change of
// the lit words in window.__speech.
//
// Measured here: the real voices list late (3–5 s), speak into a silent device
// (tests/e2e/speechd/) so a sentence ends within milliseconds, and report no word
// boundaries. So the tests about words, Stop and leaving a step use a scripted
// engine in place of speechSynthesis.speak: it sends start, one `boundary` per
// word every 250 ms / rate, and end, as the Web Speech API describes.
import { mkdirSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { appReady, chooseLanguage, goWithinApp, t } from "./helpers.mjs";
import { ensureSpeechDispatcher } from "./speech-setup.mjs";

const STEP1 = {
  nl: "Typ je gebruikersnaam in het vak “Gebruikersnaam”. Die staat op je oefenkaart.",
  ar: "اكتب اسم المستخدم في خانة «Gebruikersnaam». تجده على بطاقة التدريب.",
};

/** Records speech in window.__speech; with `scripted`, a scripted engine speaks. */
function recordSpeech({ scripted }) {
  const log = { utterances: [], events: [], cancels: 0, getVoices: 0, lit: [] };
  window.__speech = log;
  const synth = window.speechSynthesis;
  if (scripted) {
    const queue = [];
    let current = null;
    let timer = 0;
    const fire = (u, type, init = {}) => u.dispatchEvent(new SpeechSynthesisEvent(type, { utterance: u, ...init }));
    const next = () => {
      current = queue.shift() || null;
      if (!current) return;
      const u = current;
      const words = [...u.text.matchAll(/\S+/g)];
      let k = 0;
      fire(u, "start");
      const step = () => {
        if (current !== u) return;
        if (k < words.length) {
          const m = words[k++];
          fire(u, "boundary", { name: "word", charIndex: m.index, charLength: m[0].length });
          timer = setTimeout(step, 250 / u.rate);
        } else {
          current = null;
          fire(u, "end");
          next();
        }
      };
      step();
    };
    Object.defineProperty(synth, "speaking", { configurable: true, get: () => current !== null });
    Object.defineProperty(synth, "pending", { configurable: true, get: () => queue.length > 0 });
    synth.speak = (u) => {
      queue.push(u);
      if (!current) next();
    };
    synth.cancel = () => {
      queue.length = 0;
      current = null;
      clearTimeout(timer);
    };
    synth.pause = () => clearTimeout(timer);
  }
  const speak = synth.speak.bind(synth);
  const cancel = synth.cancel.bind(synth);
  const getVoices = synth.getVoices.bind(synth);
  synth.getVoices = () => {
    log.getVoices += 1;
    if (window.__noVoices) return [];
    // A device with voices for some languages only (`__onlyLangs`, e.g. ["nl"]).
    const only = window.__onlyLangs;
    return only ? getVoices().filter((v) => only.some((l) => v.lang.toLowerCase().startsWith(l))) : getVoices();
  };
  synth.cancel = () => {
    log.cancels += 1;
    return cancel();
  };
  synth.speak = (u) => {
    const i = log.utterances.length;
    log.utterances.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.lang : null, rate: u.rate });
    for (const type of ["start", "end", "boundary", "error"]) {
      u.addEventListener(type, (e) => log.events.push({ type, i, name: e.name, charIndex: e.charIndex }));
    }
    return speak(u);
  };
  // Every change of the lit words, as the learner would see it.
  new MutationObserver(() => {
    const now = [...document.querySelectorAll(".step-text .word.spoken")].map((w) => w.textContent).join(" ");
    if (now !== log.lit[log.lit.length - 1]) log.lit.push(now);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
}

const speech = (page) => page.evaluate(() => window.__speech);
const said = async (page) => (await speech(page)).utterances;
const events = async (page, type) => (await speech(page)).events.filter((e) => e.type === type);

// Chromium lists speech-dispatcher's voices seconds after the first ask: let
// each worker's browser ask once before the tests (a new page still starts empty).
// The daemon must run before the browser asks (tests/e2e/speech-setup.mjs says
// why); it does from the global setup on, and this makes sure of it when only
// this file runs after a long pause, or the daemon was stopped by hand.
test.beforeAll(async ({ browser }) => {
  test.setTimeout(60_000);
  ensureSpeechDispatcher();
  const page = await browser.newPage();
  await page.goto("/");
  const listed = await page
    .waitForFunction(() => speechSynthesis.getVoices().length > 0, null, { timeout: 30_000 })
    .then(() => true, () => false);
  await page.close();
  if (!listed) throw new Error("Chromium listed no speech voices in 30 s (is speech-dispatcher installed?)");
});

test.describe("with the real voices", () => {
  // One speech daemon serves every browser of the run. Two tests speaking at
  // once can lose each other's sentences (seen: an Arabic step's third
  // sentence never ended while another test spoke), so these run one after
  // another, in one worker.
  test.describe.configure({ mode: "default" });

  test.beforeEach(async ({ context }) => {
    await context.addInitScript(recordSpeech, { scripted: false });
  });

  test("the first click in a fresh context reads the Dutch step with a Dutch voice", async ({ page }) => {
    await page.goto("/les/digid-web/1");
    await appReady(page);
    await page.getByRole("button", { name: "Lees voor" }).click();
    await expect.poll(async () => (await events(page, "end")).length, { timeout: 15_000 }).toBe(2);
    const utterances = await said(page);
    expect(utterances.map((u) => u.text)).toEqual([
      "Typ je gebruikersnaam in het vak “Gebruikersnaam”.",
      "Die staat op je oefenkaart.",
    ]);
    for (const u of utterances) {
      expect(u.voice).toMatch(/^nl/i);
      expect(u.rate).toBeCloseTo(0.9, 5);
    }
    expect((await events(page, "start")).length).toBe(2);
    await expect(page.getByRole("button", { name: "Lees voor" })).toBeVisible();
    await expect(page.getByText(t("nl", "read-aloud-no-voice"))).toHaveCount(0);
    // No word boundaries from this voice: each sentence was lit while it was read.
    const lit = (await speech(page)).lit;
    expect(lit).toContain("Typ je gebruikersnaam in het vak “Gebruikersnaam”.");
    expect(lit).toContain("Die staat op je oefenkaart.");
    await expect(page.locator(".step-text .word.spoken")).toHaveCount(0);
  });

  test("an Arabic step is read in Arabic, its Dutch label by a Dutch voice", async ({ page }) => {
    await page.goto("/les/digid-web/1");
    await appReady(page);
    await chooseLanguage(page, "nl", "ar");
    await page.getByRole("button", { name: t("ar", "lesson-read-aloud") }).click();
    await expect.poll(async () => (await events(page, "end")).length, { timeout: 15_000 }).toBe(3);
    const utterances = await said(page);
    expect(utterances.map((u) => u.text)).toEqual([
      "اكتب اسم المستخدم في خانة",
      "Gebruikersnaam",
      "تجده على بطاقة التدريب.",
    ]);
    expect(utterances.map((u) => u.voice.slice(0, 2))).toEqual(["ar", "nl", "ar"]);
    await expect(page.locator("h1")).toHaveText(STEP1.ar);
  });

  test("slow pace, chosen in Settings, reads slower", async ({ page }) => {
    await page.goto("/instellingen");
    await appReady(page);
    await page.getByRole("radio", { name: "Langzaam" }).check();
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem("oefenplein")));
    expect(saved.settings.read_pace).toBe("slow");
    await page.goto("/les/digid-web/1");
    await page.getByRole("button", { name: "Lees voor" }).click();
    await expect.poll(async () => (await said(page)).length, { timeout: 15_000 }).toBe(2);
    for (const u of await said(page)) expect(u.rate).toBeCloseTo(0.6, 5);
  });

  test("without voices it says so kindly, and tries again at the next click", async ({ page }) => {
    await page.addInitScript(() => {
      window.__noVoices = true;
    });
    await page.goto("/les/digid-web/1");
    await appReady(page);
    const read = page.getByRole("button", { name: "Lees voor" });
    await read.click();
    const message = page.getByRole("status").filter({ hasText: t("nl", "read-aloud-no-voice") });
    await expect(message).toBeVisible({ timeout: 15_000 });
    await expect(read).toBeEnabled();
    expect(await said(page)).toEqual([]);
    // The next click asks again.
    const asked = (await speech(page)).getVoices;
    await read.click();
    await expect.poll(async () => (await speech(page)).getVoices).toBeGreaterThan(asked);
    await expect(message).toBeVisible({ timeout: 15_000 });
    // A voice was installed meanwhile: the next click reads, the message goes.
    await page.evaluate(() => {
      window.__noVoices = false;
    });
    await read.click();
    await expect.poll(async () => (await said(page)).length).toBeGreaterThan(0);
    await expect(message).toHaveCount(0);
  });

  test.describe("a host's recording", () => {
    // The page's routes must answer every fetch of a recording. Once the
    // service worker controls the page, it would fetch them itself, past the
    // routes (to the server, which has none).
    test.use({ serviceWorkers: "block" });

    /** A generated test tone: two seconds of 440 Hz, 8 kHz mono 8-bit WAV. */
    function tone() {
      const rate = 8000;
      const samples = Buffer.alloc(2 * rate);
      for (let i = 0; i < samples.length; i++) samples[i] = 128 + Math.round(60 * Math.sin((2 * Math.PI * 440 * i) / rate));
      const header = Buffer.alloc(44);
      header.write("RIFF", 0);
      header.writeUInt32LE(36 + samples.length, 4);
      header.write("WAVEfmt ", 8);
      header.writeUInt32LE(16, 16);
      header.writeUInt16LE(1, 20);
      header.writeUInt16LE(1, 22);
      header.writeUInt32LE(rate, 24);
      header.writeUInt32LE(rate, 28);
      header.writeUInt16LE(1, 32);
      header.writeUInt16LE(8, 34);
      header.write("data", 36);
      header.writeUInt32LE(samples.length, 40);
      return Buffer.concat([header, samples]);
    }

    /** Records the path of every recording the page plays, in window.__played. */
    async function recordPlays(page) {
      await page.addInitScript(() => {
        window.__played = [];
        const play = HTMLMediaElement.prototype.play;
        HTMLMediaElement.prototype.play = function () {
          window.__played.push(new URL(this.src).pathname);
          window.__audio = this;
          return play.call(this);
        };
      });
    }
    const played = (page) => page.evaluate(() => window.__played);

    test("a host's recording of a step is played instead of speech; without one, speech reads", async ({ page }) => {
      await recordPlays(page);
      // The route added last is asked first.
      await page.route("**/opnames/**", (route) => route.fulfill({ status: 404, body: "" }));
      await page.route("**/opnames/nl/digid-web/1.mp3", (route) =>
        route.fulfill({ body: tone(), contentType: "audio/wav" }),
      );
      await page.goto("/les/digid-web/1");
      await appReady(page);
      const read = page.getByRole("button", { name: "Lees voor" });
      await read.click();
      await expect.poll(() => page.evaluate(() => window.__played)).toEqual(["/opnames/nl/digid-web/1.mp3"]);
      // It plays: the button says "Stop" until the tone has ended, and no voice speaks.
      await expect(page.getByRole("button", { name: t("nl", "lesson-stop-reading") })).toBeVisible();
      await expect(read).toBeVisible({ timeout: 5_000 });
      expect(await said(page)).toEqual([]);
      // Moving on to another step stops a recording that still plays.
      await read.click();
      await expect.poll(() => page.evaluate(() => window.__played.length)).toBe(2);
      await expect.poll(() => page.evaluate(() => window.__audio.paused)).toBe(false);
      await goWithinApp(page, "/les/digid-web/2");
      await expect.poll(() => page.evaluate(() => window.__audio.paused)).toBe(true);
      // Step 2 has no recording: speech reads it, quietly.
      await page.getByRole("button", { name: "Lees voor" }).click();
      await expect.poll(async () => (await said(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
      await expect(page.getByRole("status").filter({ hasText: t("nl", "read-aloud-no-voice") })).toHaveCount(0);
    });

    test("a language only the host's recordings speak is chosen in Settings; a step without it falls back", async ({ page }) => {
      await recordPlays(page);
      await page.route("**/opnames/**", (route) => route.fulfill({ status: 404, body: "" }));
      await page.route("**/opnames/talen.json", (route) =>
        route.fulfill({
          contentType: "application/json",
          body: JSON.stringify({ talen: [{ code: "ti", naam: "ትግርኛ (Tigrinya)" }, { code: "../x", naam: "kapot" }] }),
        }),
      );
      await page.route("**/opnames/ti/digid-web/1.mp3", (route) => route.fulfill({ body: tone(), contentType: "audio/wav" }));
      await page.route("**/opnames/nl/digid-web/2.mp3", (route) => route.fulfill({ body: tone(), contentType: "audio/wav" }));
      await page.goto("/instellingen");
      await appReady(page);
      const group = page.getByRole("group", { name: t("nl", "settings-recorded") });
      await expect(group.getByRole("radio")).toHaveCount(2);
      await expect(group.getByRole("radio", { name: t("nl", "settings-recorded-none") })).toBeChecked();
      await group.getByRole("radio", { name: "ትግርኛ (Tigrinya)" }).check();
      await expect(page.getByText(t("nl", "settings-saved"))).toBeVisible();
      const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("oefenplein")));
      expect(stored.settings.recorded).toBe("ti");

      // Step 1 has a Tigrinya recording.
      await goWithinApp(page, "/les/digid-web/1");
      const read = page.getByRole("button", { name: "Lees voor" });
      await read.click();
      await expect.poll(() => played(page)).toEqual(["/opnames/ti/digid-web/1.mp3"]);
      await expect(read).toBeVisible({ timeout: 5_000 });
      // Step 2 has none: the Dutch one plays instead.
      await goWithinApp(page, "/les/digid-web/2");
      await page.getByRole("button", { name: "Lees voor" }).click();
      await expect
        .poll(() => played(page))
        .toEqual(["/opnames/ti/digid-web/1.mp3", "/opnames/ti/digid-web/2.mp3", "/opnames/nl/digid-web/2.mp3"]);
      await expect(page.getByRole("button", { name: "Lees voor" })).toBeVisible({ timeout: 5_000 });
      // Step 3 has neither: speech reads it.
      await goWithinApp(page, "/les/digid-web/3");
      await page.getByRole("button", { name: "Lees voor" }).click();
      await expect.poll(async () => (await said(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
      expect((await played(page)).slice(3)).toEqual(["/opnames/ti/digid-web/3.mp3", "/opnames/nl/digid-web/3.mp3"]);
    });
  });

  test("with no voice in the learner's language, only the Dutch labels are read, and it says so", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fa-IR" });
    await context.addInitScript(recordSpeech, { scripted: false });
    await context.addInitScript(() => {
      window.__onlyLangs = ["nl"];
    });
    const page = await context.newPage();
    await page.goto("/les/digid-web/1");
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "fa");
    await page.getByRole("button", { name: t("fa", "lesson-read-aloud") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("fa", "read-aloud-dutch-only") })).toBeVisible({ timeout: 15_000 });
    await expect.poll(async () => (await said(page)).map((u) => u.text), { timeout: 15_000 }).toEqual(["Gebruikersnaam"]);
    for (const u of await said(page)) expect(u.voice).toMatch(/^nl/i);
    await context.close();
  });

  test("practice messages are read in Dutch, also when the lesson is in Arabic", async ({ page }) => {
    // Step 3: the red message after a wrong password.
    await page.goto("/les/digid-web/3");
    await appReady(page);
    const screen = page.getByRole("region", { name: /Oefenscherm/ });
    await expect(screen.getByRole("alert")).toContainText("klopt niet");
    await screen.getByRole("button", { name: t("nl", "read-aloud-message") }).click();
    await expect
      .poll(async () => (await said(page)).map((u) => u.text).join(" "), { timeout: 15_000 })
      .toContain("De gebruikersnaam of het wachtwoord klopt niet.");
    for (const u of await said(page)) expect(u.voice).toMatch(/^nl/i);
    // Step 6 in Arabic: the SMS on the phone. The button speaks Arabic, the voice Dutch.
    await chooseLanguage(page, "nl", "ar");
    await page.goto("/les/digid-web/6");
    await appReady(page);
    const sms = page.locator(".sms").first();
    await expect(sms.locator(".sms-text")).toHaveAttribute("lang", "nl");
    await expect(sms.locator(".read-aloud")).toHaveAttribute("lang", "ar");
    await sms.getByRole("button", { name: t("ar", "read-aloud-message") }).click();
    await expect
      .poll(async () => (await said(page)).some((u) => /^Uw sms-code is \d{6}\.$/.test(u.text) && /^nl/i.test(u.voice)), {
        timeout: 15_000,
      })
      .toBe(true);
  });

  test("a word of the dictionary is said in Dutch; its explanation is read in Arabic", async ({ page }) => {
    await page.goto("/woorden/wachtwoord");
    await appReady(page);
    await chooseLanguage(page, "nl", "ar");
    await page.getByRole("button", { name: t("ar", "words-say") }).click();
    await expect
      .poll(async () => (await said(page)).map((u) => [u.text, (u.voice || "").slice(0, 2)]), { timeout: 15_000 })
      .toContainEqual(["wachtwoord", "nl"]);
    await page.getByRole("button", { name: t("ar", "words-read") }).click();
    await expect
      .poll(async () => (await said(page)).some((u) => /^ar/i.test(u.voice || "") && u.text.includes("كلمة")), { timeout: 15_000 })
      .toBe(true);
  });
});

test.describe("with a scripted engine that reports words", () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(recordSpeech, { scripted: true });
  });

  test("the spoken word lights up, word by word", async ({ page }) => {
    await page.goto("/les/digid-web/1");
    await appReady(page);
    await page.getByRole("button", { name: "Lees voor" }).click();
    await expect.poll(async () => (await events(page, "end")).length, { timeout: 20_000 }).toBe(2);
    const lit = (await speech(page)).lit.filter((l) => l && !l.includes(" "));
    expect(lit).toEqual(STEP1.nl.split(" "));
    await expect(page.locator(".step-text .word.spoken")).toHaveCount(0);
  });

  test("going to another step stops the reading", async ({ page }) => {
    await page.goto("/les/digid-web/2");
    await appReady(page);
    await page.getByRole("button", { name: "Lees voor" }).click();
    await expect.poll(async () => (await events(page, "boundary")).length, { timeout: 15_000 }).toBeGreaterThan(1);
    const cancels = (await speech(page)).cancels;
    await page.getByRole("button", { name: "Vorige stap" }).click();
    await expect(page).toHaveURL(/\/les\/digid-web\/1$/);
    await expect.poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
    expect((await speech(page)).cancels).toBeGreaterThan(cancels);
    await expect(page.getByRole("button", { name: "Lees voor" })).toBeVisible();
    expect(await events(page, "end")).toEqual([]);
  });

  test("'Stop met voorlezen' stops at once and keeps the focus", async ({ page }) => {
    await page.goto("/les/digid-web/1");
    await appReady(page);
    await page.getByRole("button", { name: "Lees voor" }).click();
    await expect.poll(async () => (await events(page, "boundary")).length, { timeout: 15_000 }).toBeGreaterThan(1);
    await page.getByRole("button", { name: "Stop met voorlezen" }).click();
    await expect.poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
    await expect(page.locator(".step-text .word.spoken")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Lees voor" })).toBeFocused();
  });

  for (const lang of ["nl", "ar"]) {
    test(`screenshot: a step being read, ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto("/les/digid-web/1");
      await appReady(page);
      if (lang !== "nl") await chooseLanguage(page, "nl", lang);
      await page.getByRole("button", { name: t(lang, "lesson-read-aloud") }).click();
      // Hold the voice on a word (in Arabic: the Dutch label), then take the picture.
      const hold = lang === "ar" ? 6 : 5;
      await page.waitForFunction(
        (n) => {
          const words = window.__speech.events.filter((e) => e.type === "boundary").length;
          if (words >= n) speechSynthesis.pause();
          return words >= n;
        },
        hold,
        { timeout: 15_000 },
      );
      await expect(page.locator(".step-text .word.spoken")).toHaveCount(1);
      mkdirSync("test-results/screens", { recursive: true });
      await page.screenshot({ path: `test-results/screens/read-aloud-${lang}.png` });
    });
  }
});
