// npm run i18n:check                 → problems ("language key: problem") and coverage; exits 1 on any error.
// npm run i18n:check -- --notes ko   → what is left to translate in ko: each key with its English text and note.
// --root <dir> checks another project folder (tests use it on a copy).
import { join, resolve } from "node:path";
import { checkTranslations, errors, formatReport } from "./check.ts";
import { readNotes } from "./notes.ts";
import { loadLanguages } from "./languages.ts";
import { loadStrings } from "./strings.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  if (!v || v.startsWith("--")) throw new Error(`${name}: expected a value after it`);
  return v;
}

function notesFor(root: string, code: string): string {
  const result = checkTranslations(root);
  const { default: base } = loadLanguages(join(root, "locales"));
  if (code === base) throw new Error(`--notes ${code}: that is the reference language; pick one of the others`);
  if (!result.coverage.some((c) => c.lang === code)) throw new Error(`--notes ${code}: not listed in locales/languages.yaml`);
  const notes = readNotes(join(root, "locales", `${base}.yaml`));
  const english = loadStrings(join(root, "locales"), base);
  const todo = result.problems.filter((p) => p.lang === code);
  const out: string[] = [];
  for (const p of todo) {
    out.push(`${p.lang} ${p.key}: ${p.problem.replace(/ \((English: )?".*"\)$/, "")}`);
    if (english.has(p.key)) out.push(`    ${base}: ${JSON.stringify(english.get(p.key))}`);
    for (const n of notes.get(p.key) ?? []) out.push(`    note: ${n}`);
  }
  out.push("", todo.length ? `${todo.length} item(s) left in ${code}.` : `Nothing left to translate in ${code}.`);
  return out.join("\n");
}

try {
  const root = resolve(arg("--root") ?? process.cwd());
  const notesLang = arg("--notes");
  if (notesLang) {
    console.log(notesFor(root, notesLang));
  } else {
    const result = checkTranslations(root);
    console.log(formatReport(result));
    process.exitCode = errors(result).length ? 1 : 0;
  }
} catch (e) {
  console.error(`i18n:check: ${(e as Error).message}`);
  process.exitCode = 2;
}
