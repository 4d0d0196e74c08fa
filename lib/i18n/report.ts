// The checker's report, short by default: warnings as one line per kind with counts per language, the coverage
// table, then the errors in full, last, so the one thing to fix is what stays on screen.
import type { CheckResult } from "./check.ts";
import type { Problem } from "./problems.ts";

export interface ReportOptions {
  /** Every warning, one per line, grouped by kind. */
  verbose?: boolean;
  /** Only this language's problems and coverage row. */
  lang?: string;
  /** Errors and the summary line only. */
  errorsOnly?: boolean;
}

export const problemLine = (p: Problem) => `${p.lang} ${p.key}: ${p.problem}`;
const pct = (n: number, of: number) => (of ? `${Math.floor((100 * n) / of)}%` : "—");
const kindOf = (p: Problem) => p.kind ?? p.problem.replace(/ \(.*$/, "");

function byKind(warns: Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const w of warns) groups.set(kindOf(w), [...(groups.get(kindOf(w)) ?? []), w]);
  return groups;
}

function coverageTable(r: CheckResult, lang: string | undefined): string[] {
  const head = ["language", "translated", "same as " + r.defaultLang, "missing", "broken", "prose parts", "prose same as " + r.defaultLang];
  const rows = r.coverage
    .filter((c) => !lang || c.lang === lang)
    .map((c) => [c.lang, `${c.translated}/${c.keys} (${pct(c.translated, c.keys)})`, String(c.sameAsDefault), String(c.missing), String(c.broken), `${c.partsPresent}/${c.parts}`, String(c.partsSameAsDefault)]);
  if (!rows.length) return [];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [`Coverage against ${r.defaultLang}:`, fmt(head), ...rows.map(fmt), ""];
}

export function formatReport(r: CheckResult, opts: ReportOptions = {}): string {
  const mine = r.problems.filter((p) => !opts.lang || p.lang === opts.lang);
  const errs = mine.filter((p) => p.severity === "error");
  const warns = mine.filter((p) => p.severity === "warning");
  const out: string[] = [];
  if (warns.length && !opts.errorsOnly) {
    const groups = byKind(warns);
    const full = !!opts.verbose;
    out.push(`Warnings (${warns.length}), by kind${full ? "" : ` (--verbose lists each${opts.lang ? "" : ", --lang <code> one language's"})`}:`);
    for (const [kind, list] of groups) {
      const langs = [...new Set(list.map((p) => p.lang))].map((l) => `${l} ${list.filter((p) => p.lang === l).length}`).join(", ");
      out.push(`  ${String(list.length).padStart(4)}  ${kind} (${langs})`);
      if (full) out.push(...list.map((p) => `        ${problemLine(p)}`));
    }
    out.push("");
  }
  if (!opts.errorsOnly) out.push(...coverageTable(r, opts.lang));
  if (errs.length) out.push(`Errors (${errs.length}):`, ...errs.map(problemLine), "");
  const scope = opts.lang ? ` in ${opts.lang}` : "";
  out.push(errs.length ? `✘ ${errs.length} error(s)${scope}, ${warns.length} warning(s): fix the errors listed above` : `✔ no errors${scope}, ${warns.length} warning(s)`);
  return out.join("\n");
}
