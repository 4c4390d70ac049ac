// Global setup and teardown: speech-dispatcher runs for the whole end-to-end run,
// with the silent sound device of tests/e2e/speechd/.
//
// Why it must not stop in between: when it is not running, the Chromium that asks
// for voices starts it itself. Two Chromiums (the two workers) that do so at the
// same moment leave one of them without voices for good: a new page in that
// browser does not help. That was CI's read-aloud failure: the daemon started
// here used to stop 30 s after its last client, long before read-aloud's turn.
// Reproduced by running read-aloud.spec.mjs with no daemon running: 3 of 3 runs
// failed; with this, none.
//
// Not installed: the read-aloud tests fail on "no voice" and say so; the other
// tests do not need it. The config is copied to a folder in /tmp that Chromium
// also gets as XDG_CONFIG_HOME (playwright.config.mjs), so what Chromium writes
// there (crash reports, sound settings) never lands in the repository.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SPEECH_CONFIG = join(tmpdir(), "oefenplein-e2e-config");
// Written by the daemon this file starts (not by one that was running already).
const PID_FILE = join(SPEECH_CONFIG, "speech-dispatcher.pid");

/** Starts speech-dispatcher unless it runs already; it stays until `stopSpeechDispatcher`. */
export function ensureSpeechDispatcher() {
  const dir = join(SPEECH_CONFIG, "speech-dispatcher");
  mkdirSync(dir, { recursive: true });
  copyFileSync(fileURLToPath(new URL("speechd/speech-dispatcher/speechd.conf", import.meta.url)), join(dir, "speechd.conf"));
  // --spawn returns at once when a daemon already listens; --timeout 0: never stop by itself.
  spawnSync("speech-dispatcher", ["--spawn", "--timeout", "0", "--pid-file", PID_FILE], {
    env: { ...process.env, XDG_CONFIG_HOME: SPEECH_CONFIG },
    stdio: "ignore",
    timeout: 10_000,
  });
}

/** Stops the daemon `ensureSpeechDispatcher` started, if any. */
export function stopSpeechDispatcher() {
  let pid = 0;
  try {
    pid = Number(readFileSync(PID_FILE, "utf8").trim());
  } catch {
    return;
  }
  rmSync(PID_FILE, { force: true });
  if (!Number.isInteger(pid) || pid <= 1) return;
  // A pid file left by a killed run may name another program by now.
  let name = "";
  try {
    name = readFileSync(`/proc/${pid}/comm`, "utf8");
  } catch {
    return;
  }
  if (!name.startsWith("speech-dispatch")) return;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // Gone already.
  }
}

export default function globalSetup() {
  ensureSpeechDispatcher();
  return stopSpeechDispatcher;
}
