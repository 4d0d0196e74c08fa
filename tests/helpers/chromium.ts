import { suite, type Callback, type Test } from "uvu";
import { existsSync } from "node:fs";

/** Finds a Chromium to drive: CHROME_PATH, then the usual install paths. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"];

/**
 * Browser tests run when a Chromium is found. Without one they are skipped with the reason printed,
 * except under CI=true, where a missing browser is a failure.
 */
export function chromiumOrSkip(suite: string): string | null {
  const path = findChromium();
  if (path) return path;
  const why = `${suite}: no Chromium found (set CHROME_PATH or apt-get install chromium)`;
  if (process.env.CI === "true") throw new Error(`${why}; CI=true requires the browser tests to run`);
  console.log(`SKIPPED ${why}`);
  return null;
}

/**
 * A uvu suite whose tests are reported as skipped, not passed, when there is no browser to run them; the runner's
 * last line counts them. Hooks still register (they return early without a browser).
 */
export function browserSuite(name: string, exe: string | null): Test {
  const t = suite(name);
  if (exe) return t;
  const skipping = Object.assign((title: string, fn: Callback) => t.skip(title, fn), t);
  skipping.only = t.skip;
  return skipping;
}
