// The build's side of the figure rule (lib/i18n/typed.ts): a figure typed into a string or a prose part, or one the
// English prose gives and a translation dropped, stops the build, in one block naming language, file, key or part.
import { loadAllowed, figureRule, type ProseFiles } from "../i18n/typed.ts";
import { whereOf } from "../i18n/problems.ts";
import type { Site } from "./index.ts";

export function figureErrors(site: Site): string[] {
  const { languages } = site.catalog;
  const proseFiles = (code: string): ProseFiles | undefined => {
    const p = site.prose.get(code);
    return p && new Map([...p].map(([id, parts]) => [`${id}.md`, parts]));
  };
  return figureRule({
    defaultLang: languages.default,
    langs: languages.list.map((l) => l.code),
    strings: (code) => site.catalog.byCode.get(code)?.strings,
    prose: proseFiles,
    allowed: loadAllowed(site.root),
    facts: (code) => site.facts.get(code),
    placeholders: true,
  }).map((p) => `${p.lang} ${whereOf(p)}: ${p.problem}`);
}

/** Throws one message listing every figure problem, with how to fix it, when there is any. */
export function refuseTypedFigures(site: Site): void {
  const found = figureErrors(site);
  if (!found.length) return;
  throw new Error(
    [
      `${found.length} figure problem(s) in the translations: readers would see a number that goes stale when the data changes, or miss one:`,
      ...found.map((l) => `  ${l}`),
      "",
      "Fix: write the figure as {{ f(\"name\") }} in prose, or keep the English {placeholder} in a string.",
      "`npm run facts -- <lang>` lists every figure with its value; `npm run i18n:check` shows all translation problems.",
    ].join("\n"),
  );
}
