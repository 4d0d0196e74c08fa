import { formatOmissions } from "../narrative/check.ts";
import { narrativeMode } from "../narrative/mode.ts";
import type { Site } from "../site/index.ts";

/**
 * Says, once per build and before anything is written, which passages the data no longer supports. In strict mode
 * the same list is the build's error; otherwise the passages are left out (or, under npm start, shown marked).
 */
export function reportNarrative(site: Site, log: (text: string) => void = console.warn): void {
  const summary = formatOmissions(site.omissions);
  if (!summary) return;
  const mode = narrativeMode();
  if (mode === "strict") {
    throw new Error(`${summary}\n\nStrict mode (REPORT_STRICT=1) fails on these; without it they are left out and the build goes on. Rewrite each passage for the new figures, or remove its requires().`);
  }
  const what = mode === "preview" ? "They are shown in place, marked, on the preview pages." : "They were left out of the pages; npm start shows them in place, marked. npm run build -- --strict fails instead.";
  log(`${summary}\n${what}`);
}
