// The video consult ("Oefenbeeld"): every lesson completed by labels and
// roles in both looks (computer and phone), each with its mistake on
// purpose; the call by keyboard only; axe on every step in nl, en and ar;
// nothing leaves the browser and the real camera is only used when the
// learner asks for it.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { axeEveryStep } from "./helpers.mjs";

/** The service's Dutch words, from locales/nl/practice-video.ftl. */
const V = {};
for (const line of readFileSync(new URL("../../locales/nl/practice-video.ftl", import.meta.url), "utf8").split("\n")) {
  const m = line.match(/^(video-[a-z0-9-]+) = (.+)$/);
  if (m) V[m[1]] = m[2].trim();
}
const LOOKS = {
  computer: (word) => V[`video-${word}-computer`],
  telefoon: (word) => V[`video-${word}-phone`],
};

const screen = (page) => page.getByRole("region", { name: /Oefenscherm|Practice screen|شاشة التدريب/ });

async function expectStep(page, lesson, n, total) {
  await expect(page).toHaveURL(new RegExp(`/les/${lesson}/${n}\\?portaal=`));
  await expect(page.getByText(new RegExp(`(Stap|Step|الخطوة) ${n} (van|of|من) ${total}`))).toBeVisible();
}

async function expectDone(page, lesson) {
  await expect(page).toHaveURL(new RegExp(`/les/${lesson}/klaar`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goed gedaan!");
}

/** Counts calls of the real camera API (none unless the learner opts in). */
async function watchCamera(page) {
  await page.addInitScript(() => {
    window.__cameraCalls = 0;
    const media = navigator.mediaDevices;
    if (media?.getUserMedia) {
      const real = media.getUserMedia.bind(media);
      media.getUserMedia = (...args) => {
        window.__cameraCalls += 1;
        return real(...args);
      };
    }
  });
}
const cameraCalls = (page) => page.evaluate(() => window.__cameraCalls);

const WALKS = {
  "video-test": async (page, w) => {
    const s = screen(page);
    const step = (n) => expectStep(page, "video-test", n, 8);
    await step(1);
    await s.getByRole("button", { name: V["video-mail-test-link"] }).click();
    await step(2);
    const ask = s.getByRole("alertdialog", { name: V["video-ask-site"] });
    await expect(ask.getByRole("button", { name: V["video-allow"], exact: true })).toBeFocused();
    await ask.getByRole("button", { name: V["video-allow"], exact: true }).click();
    await step(3);
    await expect(ask).toHaveCount(0);
    await expect(s.getByText(V["video-you"], { exact: true })).toBeVisible();
    await s.getByRole("radio", { name: w("camera-other") }).check();
    await step(4);
    await expect(s.getByRole("alert")).toContainText("Kies een andere camera.");
    await expect(s.getByText(V["video-no-picture"], { exact: true })).toBeVisible();
    await s.getByRole("radio", { name: w("camera-builtin") }).check();
    await step(5);
    await expect(s.getByRole("alert")).toHaveCount(0);
    await s.getByRole("button", { name: V["video-say-something"] }).click();
    await step(6);
    await expect(s.getByText(V["video-mic-works"])).toBeVisible();
    await s.getByRole("button", { name: V["video-play-tone"] }).click();
    await step(7);
    await s.getByRole("button", { name: V["video-tone-heard"] }).click();
    await step(8);
    await s.getByRole("button", { name: V["video-test-finish"] }).click();
    await expectDone(page, "video-test");
    await expect(s.getByText(V["video-mail-test-done"])).toBeVisible();
  },
  "video-permission": async (page, w, look) => {
    const s = screen(page);
    const step = (n) => expectStep(page, "video-permission", n, 7);
    await step(1);
    await s.getByRole("button", { name: V["video-mail-test-link"] }).click();
    await step(2);
    await s.getByRole("alertdialog").getByRole("button", { name: w("block") }).click();
    await step(3);
    await expect(s.getByRole("heading", { name: V["video-blocked-title"] })).toBeVisible();
    if (look === "computer") {
      await expect(s.getByRole("alert")).toContainText("slotje");
      await s.getByRole("button", { name: V["video-lock"] }).click();
    } else {
      await expect(s.getByRole("alert")).toContainText("instellingen van je telefoon");
      await s.getByRole("button", { name: V["video-open-settings"] }).click();
    }
    await step(4);
    const camera = s.getByRole("switch", { name: V["video-camera"] });
    await expect(camera).toHaveAttribute("aria-checked", "false");
    await camera.click();
    await step(5);
    await expect(camera).toHaveAttribute("aria-checked", "true");
    await s.getByRole("switch", { name: V["video-mic"] }).click();
    await step(6);
    await s.getByRole("button", { name: look === "computer" ? V["video-reload"] : V["video-back-to-browser"] }).click();
    await step(7);
    await expect(s.getByText(V["video-you"], { exact: true })).toBeVisible();
    await s.getByRole("button", { name: V["video-say-something"] }).click();
    await expectDone(page, "video-permission");
  },
  "video-call": async (page) => {
    const s = screen(page);
    const step = (n) => expectStep(page, "video-call", n, 16);
    await step(1);
    await s.getByRole("button", { name: V["video-mail-join-link"] }).click();
    await step(2);
    // Joining without a name gets a kind message first.
    await s.getByRole("button", { name: V["video-join"] }).click();
    await expect(s.getByRole("alert")).toContainText("Typ je naam.");
    await s.getByLabel(V["video-name-label"]).fill("Noor Oefenaar");
    await step(3);
    await s.getByRole("button", { name: V["video-join"] }).click();
    await step(4);
    await expect(s.getByRole("heading", { name: V["video-waiting-title"] })).toBeVisible();
    await expect(s.getByText("Nog 3 minuten.")).toBeVisible();
    for (const left of [2, 1]) {
      await page.getByRole("button", { name: "1 minuut later" }).click();
      await expect(s.getByText(`Nog ${left} minuten.`)).toBeVisible();
    }
    await page.getByRole("button", { name: "1 minuut later" }).click();
    await step(5);
    await expect(s.getByText(V["video-doctor-hello"])).toBeVisible();
    await s.getByRole("button", { name: `“${V["video-answer-hear-you"]}”` }).click();
    await step(6);
    await expect(s.getByRole("alert")).toContainText("Je microfoon staat uit.");
    await expect(s.getByText(V["video-doctor-muted"])).toBeVisible();
    await s.getByRole("button", { name: V["video-mic-on"] }).click();
    await step(7);
    await s.getByRole("button", { name: `“${V["video-answer-hear-you"]}”` }).click();
    await step(8);
    await expect(s.getByText(V["video-doctor-identity"])).toBeVisible();
    await s.getByRole("button", { name: `“${V["video-answer-name-and-date"]}”` }).click();
    await step(9);
    await s.getByRole("button", { name: `“${V["video-answer-alone"]}”` }).click();
    await step(10);
    await expect(s.getByText(V["video-chat-doctor-advice"])).toBeVisible();
    await s.getByLabel(V["video-chat-label"]).fill("Dank u, ik heb het gelezen.");
    await step(11);
    await s.getByRole("button", { name: V["video-chat-send"] }).click();
    await step(12);
    await expect(s.getByText("Dank u, ik heb het gelezen.")).toBeVisible();
    await s.getByRole("button", { name: V["video-hang-up"] }).click();
    await step(13);
    await expect(s.getByRole("heading", { name: V["video-left-title"] })).toBeVisible();
    await s.getByRole("button", { name: V["video-left-mail"] }).click();
    await step(14);
    await s.getByRole("button", { name: V["video-mail-join-link"] }).click();
    await step(15);
    // Back where the call was: the chat is still there.
    await expect(s.getByText(V["video-chat-doctor-advice"])).toBeVisible();
    await s.getByRole("button", { name: `“${V["video-answer-thanks"]}”` }).click();
    await step(16);
    await s.getByRole("button", { name: V["video-hang-up"] }).click();
    await expectDone(page, "video-call");
    await expect(s.getByRole("status")).toContainText(V["video-ended-title"]);
  },
};

for (const [look, w] of Object.entries(LOOKS)) {
  for (const [lesson, walk] of Object.entries(WALKS)) {
    test(`${lesson} is completed on the ${look}, with its mistake on purpose`, async ({ page }) => {
      await watchCamera(page);
      const requests = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(`/les/${lesson}/1?portaal=${look}`);
      await expect(screen(page).getByRole("heading", { name: V["video-mail-subject"] })).toBeVisible();
      await walk(page, w, look);
      // Nothing left the browser, and the real camera was never asked for.
      const origin = new URL(page.url()).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"))).toEqual([]);
      expect(await cameraCalls(page)).toBe(0);
    });
  }
}

test("the home card leads to the video lessons, and the invitation comes by SMS", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^Beeldbellen met de dokter/ }).click();
  for (const title of ["Beeldbellen: de test doen", "Toestemming geven voor camera en microfoon", "Beeldbellen met de dokter"]) {
    await expect(page.getByRole("heading", { level: 2, name: title, exact: true })).toBeVisible();
  }
  await expect(page.getByText("Binnenkort")).toHaveCount(0);
  await page.getByRole("link", { name: `Vrij oefenen: ${V["video-look-phone"]}` }).click();
  const phone = page.getByRole("complementary", { name: /telefoon/i });
  await expect(phone.getByText(V["video-sms-text"])).toBeVisible();
});

test("on a phone, the invitation's banner goes at the next click (it has no code to type)", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto("/les/video-call/1");
  const banner = page.locator(".sms-banner.shown");
  await expect(banner).toContainText(V["video-sms-text"]);
  // Clicking the banner itself (to read it) keeps it.
  await banner.locator(".sms-text").click();
  await expect(banner).toBeVisible();
  await page.locator("#live-open-call").click();
  await expect(page.locator("#live-name")).toBeVisible();
  await expect(banner).toHaveCount(0);
  // It is still on the phone.
  await page.getByRole("button", { name: "Telefoon laten zien" }).click();
  await expect(page.locator("#live-phone")).toContainText(V["video-sms-text"]);
});

test("typing does not draw the screen again: its message is not read out at every key", async ({ page }) => {
  // Speaking while muted, then typing in the chat: the message stays.
  await page.goto("/les/video-call/5");
  const s = screen(page);
  await page.locator("#live-answer-hear-you").click();
  const alert = s.getByRole("alert");
  await expect(alert).toContainText(V["video-error-muted"]);
  await alert.evaluate((box) => { box.dataset.seen = "yes"; });
  await page.locator("#live-chat").pressSequentially("Hoi", { delay: 30 });
  await expect(page.locator("#live-chat")).toHaveValue("Hoi");
  await expect(alert).toHaveAttribute("data-seen", "yes");
});

test("the GP portal's appointments link to the video consult", async ({ page }) => {
  await page.goto("/les/gp-book/10?portaal=oefenpraktijk");
  const s = screen(page);
  await expect(s.getByText("Dokter Bakker, videogesprek")).toBeVisible();
  await s.getByRole("link", { name: "Naar het videogesprek" }).click();
  await expect(page).toHaveURL(/\/oefenen\/beeldbellen$/);
  await expect(screen(page).getByRole("heading", { name: V["video-mail-subject"] })).toBeVisible();
});

test("a step opened directly speaks the words of its look", async ({ page }) => {
  // A deep link or a reload: the step text must not fall back to the
  // first look's words (it did, for the GP portal too).
  for (const [url, word] of [
    ["/les/video-permission/2?portaal=telefoon", V["video-block-phone"]],
    ["/les/video-permission/2?portaal=computer", V["video-block-computer"]],
    ["/les/gp-ask/1?portaal=oefenzorg", "eConsult"],
  ]) {
    await page.goto(url);
    await expect(page.locator("#step-text")).toContainText(`“${word}”`);
  }
});

test("the call works with the keyboard only", async ({ page }) => {
  await page.goto("/les/video-call/4?portaal=computer");
  const s = screen(page);
  await expect(s.getByRole("heading", { name: V["video-waiting-title"] })).toBeVisible();
  const tabTo = async (name, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      const text = await page.evaluate(() => (document.activeElement?.textContent ?? "").trim());
      if (text === name) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  for (let i = 0; i < 3; i++) {
    await tabTo("1 minuut later");
    await page.keyboard.press("Enter");
  }
  await expect(s.getByText(V["video-doctor-hello"])).toBeVisible();
  await expect(s.getByText(V["video-muted"])).toBeVisible();
  await tabTo(V["video-mic-on"]);
  await page.keyboard.press("Enter");
  await expect(s.getByText(V["video-muted"])).toHaveCount(0);
  await tabTo(`“${V["video-answer-hear-you"]}”`);
  await page.keyboard.press("Enter");
  await expect(s.getByText(V["video-doctor-identity"])).toBeVisible();
});

test("the own camera is used only when asked, and stops on leaving", async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(["camera"]);
  const page = await context.newPage();
  await watchCamera(page);
  await page.goto("/les/video-test/3?portaal=computer");
  const own = page.getByRole("region", { name: "Probeer je eigen camera" });
  await expect(own).toBeVisible();
  await expect(own.getByText("Er wordt niets opgenomen, bewaard of verstuurd.")).toBeVisible();
  expect(await cameraCalls(page)).toBe(0);
  await own.getByRole("button", { name: "Zet mijn camera aan" }).click();
  const view = own.locator("video");
  await expect(view).toBeVisible();
  await expect.poll(() => view.evaluate((v) => v.srcObject?.getVideoTracks()[0]?.readyState)).toBe("live");
  expect(await cameraCalls(page)).toBe(1);
  // Keep the track to see that leaving stops it.
  await page.evaluate(() => {
    window.__track = document.querySelector(".own-camera video").srcObject.getVideoTracks()[0];
  });
  // Leaving the test page (to the home page, inside the app) stops it.
  await page.getByRole("link", { name: "Begin", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => page.evaluate(() => window.__track.readyState)).toBe("ended");
  await context.close();
});

test("a refused camera gets a kind message, and practice goes on", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("no", "NotAllowedError"));
  });
  await page.goto("/les/video-test/3?portaal=computer");
  const own = page.getByRole("region", { name: "Probeer je eigen camera" });
  await own.getByRole("button", { name: "Zet mijn camera aan" }).click();
  await expect(own.getByRole("status")).toContainText("Oefenen kan ook zonder.");
  await expect(own.locator("video")).toBeHidden();
  await context.close();
});

const STEPS = { "video-test": 8, "video-permission": 7, "video-call": 16 };
const AXE_RUNS = { nl: "computer", en: "telefoon", ar: "telefoon" };

axeEveryStep(test, { runs: AXE_RUNS, steps: STEPS, selector: ".video" });
