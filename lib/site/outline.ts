/**
 * The report's sections, in reading order, for every language. Each id has its body in
 * templates/partials/sections/<id>.njk, its heading in locales (`section.<id>`) and its prose in
 * content/<lang>/sections/<id>.md.
 */
export const OUTLINE = ["overview", "environment", "tuning", "architecture", "method", "results", "conclusion", "analysis", "notes", "policy", "references"] as const;
