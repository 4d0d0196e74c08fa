// Launching Debian's Chromium through playwright-core, one browser per test file.
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumOrSkip } from "../helpers/chromium.ts";

/** The phone width every page must fit without horizontal scrolling. */
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };
export const SCHEMES = ["light", "dark"] as const;
export type Scheme = (typeof SCHEMES)[number];

/** The Chromium path, or null (with the reason printed) when there is none and CI is not set. */
export function browserPath(suite: string): string | null {
  return chromiumOrSkip(suite);
}

export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh context and page. tsx compiles functions handed to page.evaluate with esbuild's keepNames, which wraps
 * inner functions in `__name(...)`; the init script gives pages that helper (injected over CDP, so the page's
 * Content-Security-Policy still applies to the page's own scripts).
 */
export async function newPage(browser: Browser, viewport = PHONE, colorScheme: Scheme = "light"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion: "reduce" });
  await context.addInitScript("globalThis.__name = (target) => target;");
  const page = await context.newPage();
  return { context, page };
}
