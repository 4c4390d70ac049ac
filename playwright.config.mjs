// End-to-end tests: Playwright drives Debian's Chromium (never a downloaded
// browser) against the release build in dist/, served by scripts/serve-dist.mjs.
import { defineConfig } from "@playwright/test";
import { SPEECH_CONFIG } from "./tests/e2e/speech-setup.mjs";

const PORT = Number(process.env.E2E_PORT || 4173);
// E2E_DIST=some/dir tests another build directory (default dist/), E2E_PORT another port.
const DIST = process.env.E2E_DIST || "dist";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.mjs",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results/e2e",
  globalSetup: "./tests/e2e/speech-setup.mjs",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "nl-NL",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      // Should Chromium start speech-dispatcher itself, it finds the silent sound
      // device of tests/e2e/speechd/ here (copied by tests/e2e/speech-setup.mjs).
      env: { ...process.env, XDG_CONFIG_HOME: SPEECH_CONFIG },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        // Real voices (espeak-ng through speech-dispatcher) for read-aloud.
        "--enable-speech-dispatcher",
        // A drawn test camera instead of a real one, for the video practice's
        // optional "Probeer je eigen camera" (the app never asks unless the
        // learner presses it; the tests check that too).
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `node scripts/serve-dist.mjs ${PORT} ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
