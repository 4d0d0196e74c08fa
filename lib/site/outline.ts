import type { Model } from "../data/model.ts";

/**
 * The report's sections, in reading order, for every language. Each id has its body in
 * templates/partials/sections/<id>.njk, its heading in locales (`section.<id>`) and its prose in
 * content/<lang>/sections/<id>.md (the history section is computed whole and has no prose file).
 */
export const OUTLINE = ["overview", "environment", "tuning", "architecture", "method", "results", "history", "conclusion", "analysis", "notes", "policy", "references"] as const;
export type SectionId = (typeof OUTLINE)[number];

/** Sections shown only when the data holds what they show: "since the previous run" needs an earlier run. */
const SHOWN_WHEN: Partial<Record<SectionId, (m: Model) => boolean>> = {
  history: (m) => m.history.length > 0,
};

/** The sections this data fills, in reading order. */
export function outlineFor(model: Model): SectionId[] {
  return OUTLINE.filter((s) => SHOWN_WHEN[s]?.(model) ?? true);
}
