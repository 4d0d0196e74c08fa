// Typed figures: a number written by hand into prose or a string goes stale the day the data changes, so it is an
// error wherever it appears. What may carry digits: {{ f("…") }} figures, {placeholders}, code, link targets,
// technical names (iperf3, p99, L3/L4, m6i.xlarge), a listed name followed by its version (EKS 1.31) and the phrases
// in locales/allowed-numbers.yaml, which a translator can read and extend.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readYaml } from "../yaml.ts";
import type { Problem } from "./problems.ts";
import { blank, escapeRegExp, maskNonWords } from "./mask.ts";

export const ALLOWED_FILE = "locales/allowed-numbers.yaml";

export interface Allowed {
  /** Names that may be followed by a version number: "EKS" allows "EKS 1.31". */
  versioned: string[];
  /** Exact phrases with digits, per language code; "all" applies to every language. */
  phrases: Map<string, string[]>;
}

export const NO_ALLOWED: Allowed = { versioned: [], phrases: new Map() };

export function loadAllowed(root: string): Allowed {
  const file = join(root, ALLOWED_FILE);
  if (!existsSync(file)) return NO_ALLOWED;
  const doc = (readYaml(file, ALLOWED_FILE) ?? {}) as Record<string, unknown>;
  const list = (key: string): string[] => {
    const v = doc[key] ?? [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
      throw new Error(`${ALLOWED_FILE}: ${key}: expected a list of quoted texts, got ${JSON.stringify(v).slice(0, 60)}`);
    }
    return v;
  };
  const phrases = new Map<string, string[]>();
  for (const key of Object.keys(doc)) if (key !== "versioned") phrases.set(key, list(key));
  return { versioned: list("versioned"), phrases };
}

/** One typed number: the digits as written and the text around them, as the translator would search for it. */
export interface Typed {
  number: string;
  context: string;
}

const escape = escapeRegExp;

// What mask() needs from the allowed list, per language, made once per list: it runs on every string and prose part.
const prepared = new WeakMap<Allowed, Map<string, { phrases: string[]; versioned: RegExp[] }>>();
function prepare(allowed: Allowed, lang: string): { phrases: string[]; versioned: RegExp[] } {
  let byLang = prepared.get(allowed);
  if (!byLang) prepared.set(allowed, (byLang = new Map()));
  let p = byLang.get(lang);
  if (!p) {
    p = {
      phrases: [...(allowed.phrases.get("all") ?? []), ...(allowed.phrases.get(lang) ?? [])].sort((a, b) => b.length - a.length),
      versioned: allowed.versioned.map((name) => new RegExp(`(?<![\\p{L}\\p{N}])(${escape(name)}[ \\u00a0]?v?)(\\d+(?:\\.\\d+)+)(?![\\p{N}.,]\\d)`, "gu")),
    };
    byLang.set(lang, p);
  }
  return p;
}

/** Everything that may hold digits without being a typed figure, replaced by spaces (positions are kept). */
function mask(text: string, lang: string, allowed: Allowed): string {
  let t = maskNonWords(text)
    .replace(/^([ \t]*)\d+([.)][ \t])/gm, (_, a: string, b: string) => a + " ".repeat(_.length - a.length - b.length) + b);
  const { phrases, versioned } = prepare(allowed, lang);
  for (const p of phrases) if (t.includes(p)) t = t.split(p).join(blank(p));
  for (const re of versioned) t = t.replace(re, (_, n: string, v: string) => n + blank(v));
  // A technical name is an ASCII word that starts with a letter and may carry digits: iperf3, p99, m6i.xlarge.
  return t.replace(/(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[._/+-][A-Za-z0-9]+)*/g, blank);
}

/** Numbers typed into `text` (prose or a locale string) of language `lang`. */
export function typedNumbers(text: string, lang: string, allowed: Allowed = NO_ALLOWED): Typed[] {
  const masked = mask(text, lang, allowed);
  const found: Typed[] = [];
  for (const m of masked.matchAll(/\p{Nd}+(?:[.,\u00a0\u202f]\p{Nd}+)*/gu)) {
    const at = m.index!;
    // A few words either side, never a cut {{ … }}: the translator searches the file for this text. A cut falls on
    // a space only when one is near (Japanese and Chinese prose may have none).
    let before = text.slice(Math.max(0, at - 24), at);
    const space = before.search(/\s/);
    if (at > 24 && space >= 0 && before.length - space > 8) before = before.slice(space + 1);
    if (/^[^{]*\}\}/.test(before)) before = before.replace(/^[^{]*\}\}\s*/, "");
    let after = text.slice(at + m[0].length, at + m[0].length + 24);
    const last = after.search(/\s\S*$/);
    if (at + m[0].length + 24 < text.length && last > 8) after = after.slice(0, last);
    if (/\{\{[^}]*$/.test(after)) after = after.replace(/\s*\{\{[^}]*$/, "");
    found.push({ number: m[0], context: `${before}${m[0]}${after}`.replace(/\s+/g, " ").trim() });
  }
  return found;
}

/** The digits of a number as a reader would match it against a figure: "1,000", "1 000" and "１０００" all give "1000". */
export function digitsOf(number: string): string {
  return number.normalize("NFKC").replace(/[,\u00a0\u202f ]/g, "");
}

/**
 * Figures whose value (as this language shows it) contains the typed number, best first: `preferred` names (figures
 * the English text uses and this one dropped) before the rest.
 */
export function figuresShowing(number: string, facts: Map<string, string> | undefined, preferred: string[] = []): string[] {
  if (!facts) return [];
  const want = digitsOf(number);
  const shows = (value: string) =>
    [...value.normalize("NFKC").matchAll(/\d+(?:[.,\u00a0\u202f ]\d+)*/g)].some((m) => digitsOf(m[0]) === want);
  const hits = [...facts].filter(([name, value]) => !/\.(change|diff|ratio)\.[A-E]\.[A-E]$/.test(name) && shows(value)).map(([name]) => name);
  return [...new Set([...preferred.filter((n) => hits.includes(n)), ...hits])];
}

/** Prose of one language as the checker reads it: "overview.md" → part name → Markdown source. */
export type ProseFiles = Map<string, Map<string, string>>;

export interface FigureRuleInput {
  defaultLang: string;
  langs: string[];
  strings: (lang: string) => Map<string, string> | undefined;
  prose: (lang: string) => ProseFiles | undefined;
  allowed: Allowed;
  /** A language's figures by name with their shown values, to point at the one to use; asked for only when needed. */
  facts: (lang: string) => Map<string, string> | undefined;
  /** Also report placeholders a translation lost (the build; the checker reports them with its other key problems). */
  placeholders?: boolean;
}

const FIGURE_CALL = /\bf\(\s*["']([^"']+)["']\s*\)/g;
const PLACEHOLDER = /\{([a-zA-Z0-9_]+)\}/g;
const figuresIn = (src: string) => [...new Set([...src.matchAll(FIGURE_CALL)].map((m) => m[1]))];
const ALLOW_HINT = `if it is part of a name or a definition, not a result, add the phrase under your language in ${ALLOWED_FILE}`;

/**
 * The figure rule for every language: no typed numbers in strings or prose, and every figure the English prose part
 * uses is used in the translation too. Both are errors: a typed or dropped figure shows readers a stale number.
 */
export function figureRule(input: FigureRuleInput): Problem[] {
  const problems: Problem[] = [];
  const add = (lang: string, key: string, problem: string) => problems.push({ lang, key, problem, severity: "error", kind: "figure" });
  const base = input.prose(input.defaultLang);
  const baseStrings = input.strings(input.defaultLang);
  for (const lang of input.langs) {
    for (const [key, text] of input.strings(lang) ?? []) {
      if (input.placeholders && lang !== input.defaultLang) {
        for (const p of new Set([...(baseStrings?.get(key) ?? "").matchAll(PLACEHOLDER)].map((m) => m[0]))) {
          if (!text.includes(p)) add(lang, key, `placeholder ${p} is missing: the English "${baseStrings!.get(key)}" carries a figure there; put ${p} back where your sentence gives it`);
        }
      }
      for (const t of typedNumbers(text, lang, input.allowed)) {
        const english = baseStrings?.get(key) ?? "";
        const lost = [...english.matchAll(PLACEHOLDER)].map((m) => m[0]).filter((p) => !text.includes(p));
        const hint = lost.length
          ? `write ${lost.join(" or ")} instead, as the English does: the site fills it with the current figure`
          : `figures reach strings only through placeholders such as {value}; ${ALLOW_HINT}`;
        add(lang, key, `typed number "${t.number}" in "${t.context}": ${hint}`);
      }
    }
    for (const [file, parts] of input.prose(lang) ?? []) {
      for (const [part, text] of parts) {
        const key = `sections/${file}#${part}`;
        const english = figuresIn(base?.get(file)?.get(part) ?? "");
        const mine = figuresIn(text);
        const kept = new Set(mine.map(sameFigure));
        const dropped = lang === input.defaultLang ? [] : english.filter((n) => !kept.has(sameFigure(n)));
        for (const name of dropped) {
          const shown = input.facts(lang)?.get(name);
          add(lang, key, `figure "${name}"${shown ? ` (${shown})` : ""} is used in English but not here: write {{ f("${name}") }} where your sentence gives it`);
        }
        for (const t of typedNumbers(text, lang, input.allowed)) {
          // A figure the English part uses is the answer; otherwise a few candidates with that value.
          const preferred = [...dropped, ...english, ...mine];
          const all = figuresShowing(t.number, input.facts(lang), preferred);
          const names = preferred.includes(all[0]) ? all.slice(0, 1) : all.slice(0, 3);
          const use = names.length
            ? `write {{ f("${names[0]}") }} (shows ${input.facts(lang)!.get(names[0])})${names.length > 1 ? `; or ${names.slice(1).map((n) => `"${n}"`).join(", ")}` : ""}`
            : `write the figure that carries it (npm run facts -- ${lang} lists them); ${ALLOW_HINT}`;
          add(lang, key, `typed number "${t.number}" in "${t.context}": ${use}`);
        }
      }
    }
  }
  return problems;
}

/**
 * A figure's name without its grammatical form: "rtt.move_and.C.D" is "rtt.move.C.D" written as a clause another
 * follows ("13% 줄었고, …"), so a language that joins two changes still gives every figure the English gives.
 */
export function sameFigure(name: string): string {
  return name.replace(/\.move_and(?=\.|$)/, ".move");
}
