import { existsSync, readdirSync, readFileSync } from "node:fs";
import { sameFigure } from "./typed.ts";
import { join } from "node:path";
import { parseYaml, readYaml } from "../yaml.ts";
import { splitParts } from "../prose/index.ts";
import { loadLanguages, type Language } from "./languages.ts";
import { type Strings, flatten, placeholders } from "./strings.ts";
import type { Problem, Severity } from "./problems.ts";
import { figureRule, loadAllowed, type ProseFiles } from "./typed.ts";
import { widthProblems } from "./width.ts";
import { loadTermList, termRule } from "./terms.ts";
import { readNoteLayers } from "./notes.ts";
import { loadModel } from "../data/load.ts";
import { buildFacts } from "../facts/index.ts";
import { makeI18n } from "./index.ts";

/**
 * The translation checker: every language in locales/languages.yaml against the default one.
 * Errors (the check fails): missing, extra or empty keys, placeholder mismatches, missing or extra prose files and parts,
 * typed figures and figures the English prose uses but a translation drops (typed.ts), a variant a language's terms
 * list refuses (terms.ts).
 * Warnings (counted in coverage): strings and prose parts still the same as the default language, prose parts that
 * use other figures or claims than the default language, text wider than its note allows (width.ts).
 */
export type { Problem, Severity } from "./problems.ts";
export { formatReport } from "./report.ts";

export interface Coverage {
  lang: string;
  keys: number;
  translated: number;
  sameAsDefault: number;
  missing: number;
  broken: number;
  parts: number;
  partsPresent: number;
  partsSameAsDefault: number;
}

export interface CheckResult {
  defaultLang: string;
  problems: Problem[];
  coverage: Coverage[];
}

export const TERMS_FILE = "locales/technical-terms.yaml";

export function loadTerms(root: string): string[] {
  const file = join(root, TERMS_FILE);
  if (!existsSync(file)) return [];
  const doc = readYaml(file, TERMS_FILE) as { terms?: unknown };
  if (!Array.isArray(doc?.terms) || !doc.terms.every((t) => typeof t === "string")) {
    throw new Error(`${TERMS_FILE}: terms: expected a list of strings, got ${JSON.stringify(doc?.terms)?.slice(0, 60)}`);
  }
  return doc.terms;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True when a string has nothing to translate: only terms, placeholders, figures, punctuation and single letters. */
export function isTechnical(text: string, terms: string[]): boolean {
  let rest = text.replace(/\{[a-zA-Z0-9_]+\}/g, " ");
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, "gu"), " ");
  }
  return (rest.match(/\p{L}+/gu) ?? []).every((word) => word.length === 1);
}

const FIGURE = /\bf\(\s*["']([^"']+)["']\s*\)/g;
const CLAIM = /\brequires\(\s*["']([^"']+)["']\s*\)/g;
const quote = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 59) + "…" : s);
const names = (src: string, re: RegExp) => new Set([...src.matchAll(re)].map((m) => m[1]));

/**
 * Reads a locale file like the build does, but keeps going past bad values so one slip does not hide the rest:
 * an empty value (`title:`) becomes "" and is reported as empty; a number or list is reported with its key.
 */
function readStrings(localesDir: string, code: string, problems: Problem[]): Strings | undefined {
  const file = join(localesDir, `${code}.yaml`);
  const add = (key: string, problem: string) => problems.push({ lang: code, key, problem, severity: "error" });
  if (!existsSync(file)) return void add(`locales/${code}.yaml`, "file missing (copy the English file and translate it)");
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    return void add(`locales/${code}.yaml`, `not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const clean = (value: unknown, key: string): unknown => {
    if (value === null || value === undefined) return "";
    if (typeof value === "string") return value;
    if (typeof value === "object" && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k.startsWith("_") ? v : clean(v, key ? `${key}.${k}` : k)]));
    }
    add(key, `expected text, got ${Array.isArray(value) ? "a list" : `${typeof value} ${JSON.stringify(value)} (quote it; figures come from data/)`}`);
    return String(value);
  };
  return flatten(clean(doc, ""), "", new Map(), `locales/${code}.yaml`);
}

function readProse(root: string, code: string, problems: Problem[]): Map<string, Map<string, string>> | undefined {
  const dir = join(root, "content", code, "sections");
  if (!existsSync(dir)) return undefined;
  const out = new Map<string, Map<string, string>>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    try {
      out.set(f, splitParts(readFileSync(join(dir, f), "utf8"), `content/${code}/sections/${f}`));
    } catch (e) {
      problems.push({ lang: code, key: `sections/${f}`, problem: (e as Error).message.replace(/^content\/\S+: /, ""), severity: "error" });
      out.set(f, new Map());
    }
  }
  return out;
}

function compareStrings(code: string, base: Strings, strings: Strings | undefined, terms: string[], problems: Problem[], cov: Coverage): void {
  const add = (key: string, problem: string, severity: Severity = "error", kind?: string) => problems.push({ lang: code, key, problem, severity, kind });
  for (const [key, english] of base) {
    const text = strings?.get(key);
    if (text === undefined) {
      if (strings) add(key, `missing (English: ${quote(english)})`);
      cov.missing++;
      continue;
    }
    if (!text.trim()) {
      add(key, "empty");
      cov.missing++;
      continue;
    }
    const want = placeholders(english);
    const have = placeholders(text);
    const lost = want.filter((p) => !have.includes(p));
    const added = have.filter((p) => !want.includes(p));
    if (lost.length || added.length) {
      const say = (ps: string[]) => ps.map((p) => `{${p}}`).join(", ");
      add(key, `placeholder mismatch: ${[lost.length ? `${say(lost)} missing` : "", added.length ? `${say(added)} not in English` : ""].filter(Boolean).join("; ")}`);
      cov.broken++;
    } else if (text === english && !isTechnical(text, terms)) {
      add(key, `same as English (${quote(english)})`, "warning", "string same as English");
      cov.sameAsDefault++;
    } else {
      cov.translated++;
    }
  }
  for (const key of strings?.keys() ?? []) if (!base.has(key)) add(key, "extra key, not in English (remove it or add it to English)");
}

function compareProse(code: string, defaultLang: string, base: ProseFiles, prose: ProseFiles | undefined, problems: Problem[], cov: Coverage): void {
  const add = (key: string, problem: string, severity: Severity = "error", kind?: string) => problems.push({ lang: code, key, problem, severity, kind });
  if (!prose) add(`content/${code}/sections`, `missing (copy content/${defaultLang}/sections and translate it)`);
  for (const [file, parts] of base) {
    const mine = prose?.get(file);
    if (prose && !mine) add(`sections/${file}`, `missing (copy content/${defaultLang}/sections/${file})`);
    for (const [part, english] of parts) {
      const text = mine?.get(part);
      if (text === undefined) {
        if (mine?.size) add(`sections/${file}#${part}`, `part missing (<!-- part: ${part} -->)`);
        continue;
      }
      cov.partsPresent++;
      if (text === english) {
        add(`sections/${file}#${part}`, "prose part same as English", "warning", "prose part same as English");
        cov.partsSameAsDefault++;
        continue;
      }
      // A figure English uses and this part drops is an error of the figure rule (typed.ts); an extra one is not.
      for (const [what, re] of [["figure", FIGURE], ["claim", CLAIM]] as const) {
        const theirs = new Set([...names(text, re)].map(sameFigure));
        const ours = new Set([...names(english, re)].map(sameFigure));
        if (what === "claim") for (const n of ours) if (!theirs.has(n)) add(`sections/${file}#${part}`, `claim "${n}" is used in English but not here`, "warning", "claim missing");
        for (const n of theirs) if (!ours.has(n)) add(`sections/${file}#${part}`, `${what} "${n}" is not used in English`, "warning", `${what} not in English`);
      }
    }
    for (const part of mine?.keys() ?? []) if (!parts.has(part)) add(`sections/${file}#${part}`, "extra part, not in English");
  }
  for (const file of prose?.keys() ?? []) if (!base.has(file)) add(`sections/${file}`, "extra section file, not in English");
}

export function checkTranslations(root: string): CheckResult {
  const localesDir = join(root, "locales");
  const languages = loadLanguages(localesDir);
  const problems: Problem[] = [];
  const terms = loadTerms(root);
  const base = readStrings(localesDir, languages.default, problems) ?? new Map();
  const baseProse = readProse(root, languages.default, problems) ?? new Map();
  const parts = [...baseProse.values()].reduce((n, p) => n + p.size, 0);
  for (const [key, text] of base) if (!text.trim()) problems.push({ lang: languages.default, key, problem: "empty", severity: "error" });
  const coverage: Coverage[] = [];
  const strings = new Map<string, Strings | undefined>([[languages.default, base]]);
  const prose = new Map<string, ProseFiles | undefined>([[languages.default, baseProse]]);
  for (const { code } of languages.list) {
    if (code === languages.default) continue;
    const cov: Coverage = { lang: code, keys: base.size, translated: 0, sameAsDefault: 0, missing: 0, broken: 0, parts, partsPresent: 0, partsSameAsDefault: 0 };
    strings.set(code, readStrings(localesDir, code, problems));
    prose.set(code, readProse(root, code, problems));
    compareStrings(code, base, strings.get(code), terms, problems, cov);
    compareProse(code, languages.default, baseProse, prose.get(code), problems, cov);
    coverage.push(cov);
  }
  const langs = languages.list.map((l) => l.code);
  problems.push(
    ...figureRule({ defaultLang: languages.default, langs, strings: (c) => strings.get(c), prose: (c) => prose.get(c), allowed: loadAllowed(root), facts: factsLoader(root, languages.list, strings) }),
  );
  problems.push(...termRule({ langs, strings: (c) => strings.get(c), prose: (c) => prose.get(c), list: (c) => loadTermList(root, c) }));
  const notesFile = join(localesDir, `${languages.default}.yaml`);
  if (existsSync(notesFile) && base.size) {
    const notes = readNoteLayers(notesFile);
    for (const code of langs) problems.push(...widthProblems(code, strings.get(code), notes));
  }
  return { defaultLang: languages.default, problems, coverage };
}

/** Each language's figures, built from data/ on first use only (a clean tree never needs them). */
function factsLoader(root: string, list: Language[], strings: Map<string, Strings | undefined>): (code: string) => Map<string, string> | undefined {
  let model: ReturnType<typeof loadModel> | null | undefined;
  const cache = new Map<string, Map<string, string> | undefined>();
  return (code) => {
    if (cache.has(code)) return cache.get(code);
    let facts: Map<string, string> | undefined;
    try {
      if (model === undefined) model = loadModel(join(root, "data"), root);
      const lang = list.find((l) => l.code === code);
      const s = strings.get(code);
      if (model && lang && s) facts = buildFacts(model, makeI18n(lang, s));
    } catch {
      // Broken data or a locale missing keys: the messages then point at `npm run facts` instead of a figure.
      model ??= null;
    }
    cache.set(code, facts);
    return facts;
  };
}

export const errors = (r: CheckResult) => r.problems.filter((p) => p.severity === "error");
