// npm run i18n:check -- --help lists the options. The short report groups warnings by kind and prints errors last;
// it exits 1 only when there are errors (2 when the check itself could not run).
import { join, resolve } from "node:path";
import { checkTranslations, errors, formatReport } from "./check.ts";
import { readNoteLayers } from "./notes.ts";
import { loadLanguages } from "./languages.ts";
import { loadStrings } from "./strings.ts";

const HELP = `npm run i18n:check [-- options]

Compares every language in locales/languages.yaml with English: strings (locales/<lang>.yaml), prose
(content/<lang>/sections/*.md), typed figures, length limits and the terms lists
(locales/terms/<lang>.yaml). Errors are listed last; warnings are counted by kind.

  --verbose          list every warning under its kind
  --lang <code>      only this language (with --verbose: each of its warnings)
  --errors-only      only the errors and the summary line
  --notes <code>     what is left to do in one language, with the English text and the translator's note
  --root <dir>       check another copy of the project
  --help             this text

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the check could not run.
Figures prose may use, with their values in a language: npm run facts -- <code>`;

const FLAGS = new Set(["--verbose", "--errors-only", "--help", "-h"]);
const VALUED = new Set(["--lang", "--notes", "--root"]);

function parseArgs(argv: string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (FLAGS.has(a)) out.set(a, true);
    else if (VALUED.has(a)) {
      const v = argv[++i];
      if (!v || v.startsWith("-")) throw new Error(`${a}: expected a value after it (see --help)`);
      out.set(a, v);
    } else throw new Error(`unknown option ${JSON.stringify(a)} (see --help)`);
  }
  return out;
}

function notesFor(root: string, code: string): string {
  const result = checkTranslations(root);
  const { default: base } = loadLanguages(join(root, "locales"));
  if (code === base) throw new Error(`--notes ${code}: that is the reference language; pick one of the others`);
  if (!result.coverage.some((c) => c.lang === code)) throw new Error(`--notes ${code}: not listed in locales/languages.yaml`);
  const { all, own } = readNoteLayers(join(root, "locales", `${base}.yaml`));
  const english = loadStrings(join(root, "locales"), base);
  const todo = result.problems.filter((p) => p.lang === code);
  const out: string[] = [];
  let shownGroup = "";
  for (const p of todo) {
    // A note on a whole group is printed once, above the first of its keys, not under each of them.
    const notes = all.get(p.key) ?? [];
    const group = notes.slice(0, notes.length - (own.get(p.key)?.length ?? 0));
    if (group.length && group.join("\n") !== shownGroup) out.push("", ...group.map((n) => `── ${n}`));
    shownGroup = group.join("\n");
    out.push(`${p.lang} ${p.key}: ${p.problem.replace(/ \((English: )?".*"\)$/, "")}`);
    if (english.has(p.key)) out.push(`    ${base}: ${JSON.stringify(english.get(p.key))}`);
    for (const n of own.get(p.key) ?? []) out.push(`    note: ${n}`);
  }
  out.push("", todo.length ? `${todo.length} item(s) left in ${code}.` : `Nothing left to translate in ${code}.`);
  return out.join("\n");
}

try {
  const args = parseArgs(process.argv.slice(2));
  if (args.has("--help") || args.has("-h")) {
    console.log(HELP);
  } else {
    const root = resolve((args.get("--root") as string | undefined) ?? process.cwd());
    const notesLang = args.get("--notes") as string | undefined;
    if (notesLang) {
      console.log(notesFor(root, notesLang));
    } else {
      const result = checkTranslations(root);
      const lang = args.get("--lang") as string | undefined;
      if (lang && lang !== result.defaultLang && !result.coverage.some((c) => c.lang === lang)) throw new Error(`--lang ${lang}: not listed in locales/languages.yaml`);
      console.log(formatReport(result, { verbose: args.has("--verbose"), lang, errorsOnly: args.has("--errors-only") }));
      process.exitCode = errors(result).filter((p) => !lang || p.lang === lang).length ? 1 : 0;
    }
  }
} catch (e) {
  console.error(`i18n:check: ${(e as Error).message}`);
  process.exitCode = 2;
}
