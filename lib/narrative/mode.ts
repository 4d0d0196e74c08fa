/**
 * What happens to a passage whose claim no longer holds:
 * - publish (npm run build): it is left out, and the build log lists it;
 * - preview (npm start): it stays in place, marked with the reason and the figures, for the author to rewrite;
 * - strict (REPORT_STRICT=1, or npm run build -- --strict): the build fails with the same list.
 */
export type NarrativeMode = "publish" | "preview" | "strict";

export function narrativeMode(env: NodeJS.ProcessEnv = process.env): NarrativeMode {
  if (/^(1|true|yes)$/i.test(env.REPORT_STRICT ?? "")) return "strict";
  if (env.ELEVENTY_RUN_MODE === "serve" || env.ELEVENTY_RUN_MODE === "watch") return "preview";
  return "publish";
}
