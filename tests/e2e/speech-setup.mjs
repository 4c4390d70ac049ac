// Global setup: start speech-dispatcher once, before any browser, with the silent
// sound device of tests/e2e/speechd/. Two Chromiums that start it at the same
// moment can leave one of them without voices for good. It stops by itself 30 s
// after the last browser has gone. Not installed: the read-aloud tests fail on
// "no voice" and say so; the other tests do not need it.
//
// The config is copied to a folder in /tmp that Chromium also gets as
// XDG_CONFIG_HOME (playwright.config.mjs), so what Chromium writes there (crash
// reports, sound settings) never lands in the repository.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SPEECH_CONFIG = join(tmpdir(), "oefenplein-e2e-config");

export default function startSpeechDispatcher() {
  const dir = join(SPEECH_CONFIG, "speech-dispatcher");
  mkdirSync(dir, { recursive: true });
  copyFileSync(fileURLToPath(new URL("speechd/speech-dispatcher/speechd.conf", import.meta.url)), join(dir, "speechd.conf"));
  spawnSync("speech-dispatcher", ["--spawn", "--timeout", "30"], {
    env: { ...process.env, XDG_CONFIG_HOME: SPEECH_CONFIG },
    stdio: "ignore",
    timeout: 10_000,
  });
}
