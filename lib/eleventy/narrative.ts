import { formatOmissions } from "../narrative/check.ts";
import { narrativeMode } from "../narrative/mode.ts";
import type { Site } from "../site/index.ts";

/**
 * Says, once per build and before anything is written, which passages the data no longer supports. In strict mode
 * the same list is the build's error; otherwise the passages are left out (or, under npm start, shown marked).
 */
export function reportNarrative(site: Site, log: (text: string) => void = console.warn): void {
  const warnings = site.warnings.length ? `Data warnings:\n${site.warnings.map((w) => `  ${w}`).join("\n")}` : "";
  const omissions = formatOmissions(site.omissions);
  const mode = narrativeMode();
  if (mode === "strict" && (warnings || omissions)) {
    throw new Error(`${[warnings, omissions].filter(Boolean).join("\n\n")}\n\nStrict mode (REPORT_STRICT=1) fails on these; without it the build warns, leaves such passages out and goes on. Rewrite each passage for the new figures, or remove its requires().`);
  }
  if (warnings) log(warnings);
  const summary = omissions;
  if (!summary) return;
  const what = mode === "preview" ? "They are shown in place, marked, on the preview pages." : "They were left out of the pages; npm start shows them in place, marked. npm run build -- --strict fails instead.";
  log(`${summary}\n${what}`);
}
