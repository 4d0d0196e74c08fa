/** One finding of the translation rules, shared by `npm run i18n:check` and the build. */
export type Severity = "error" | "warning";

export interface Problem {
  lang: string;
  /** A dotted locale key, or "sections/<file>.md" / "sections/<file>.md#<part>" for prose. */
  key: string;
  problem: string;
  severity: Severity;
  /** The group a warning is counted under in the short report ("same as English", "too wide", …). */
  kind?: string;
}

/** Where a problem is, as a path the translator can open: "locales/ko.yaml site.title", "content/ko/sections/a.md#part". */
export function whereOf(p: Problem): string {
  if (p.key.startsWith("sections/")) return `content/${p.lang}/${p.key}`;
  if (p.key.startsWith("content/") || p.key.startsWith("locales/")) return p.key;
  return `locales/${p.lang}.yaml ${p.key}`;
}
