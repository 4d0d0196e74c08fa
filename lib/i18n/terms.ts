// The terms rule: one term per concept per language. Each language may list its concepts in locales/terms/<lang>.yaml
// (the term to use and the variants to refuse); a refused variant in that language's strings or prose is an error
// naming the key or part, the text found and the term to use.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readYaml } from "../yaml.ts";
import { fromZod } from "../data/errors.ts";
import type { Problem } from "./problems.ts";
import type { ProseFiles } from "./typed.ts";
import { blank, escapeRegExp, maskNonWords } from "./mask.ts";

export const TERMS_DIR = "locales/terms";

const conceptSchema = z.strictObject({
  /** What the term means, in English, so every language's list can be read side by side. */
  concept: z.string().min(1),
  use: z.string().min(1),
  refuse: z.array(z.string().min(1)).min(1),
  /** Longer phrases that contain a refused variant and are right as they are (another concept's term, a name). */
  allow: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});
const listSchema = z.strictObject({ terms: z.array(conceptSchema) });

export type Concept = z.infer<typeof conceptSchema>;

/** A language's terms list, checked: a variant may not be refused and used at once. Undefined when there is none. */
export function loadTermList(root: string, lang: string): Concept[] | undefined {
  const shown = `${TERMS_DIR}/${lang}.yaml`;
  const file = join(root, shown);
  if (!existsSync(file)) return undefined;
  const parsed = listSchema.safeParse(readYaml(file, shown) ?? { terms: [] }, { reportInput: true });
  if (!parsed.success) throw fromZod(shown, parsed.error);
  const uses = new Map(parsed.data.terms.map((c) => [fold(c.use), c.concept]));
  parsed.data.terms.forEach((c, i) => {
    for (const r of c.refuse) {
      const clash = uses.get(fold(r));
      if (clash !== undefined) throw new Error(`${shown}: terms.${i}.refuse: "${r}" is the term to use for "${clash}"; a variant cannot be both`);
    }
  });
  return parsed.data.terms;
}

const fold = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
const escape = escapeRegExp;

/**
 * Text that is not words for the reader, replaced by spaces (positions are kept): code blocks and spans (commands,
 * Helm values), template expressions, comments, placeholders, link targets, URLs and HTML tags.
 */
export function maskForTerms(text: string): string {
  return maskNonWords(text).replace(/<\/?[a-zA-Z][^>\n]*>/g, blank);
}

/**
 * A term as a pattern: any run of spaces matches any whitespace (prose wraps lines), letters match in any case, and
 * a term that starts or ends with a Latin letter or digit does not match inside a longer technical name
 * ("socketLB", "cilium-agent"). Hangul and Han have no such edge: Korean particles and Chinese words attach directly.
 */
function pattern(term: string): RegExp {
  const body = term.trim().split(/\s+/).map(escape).join("\\s+");
  const head = /^[A-Za-z0-9]/.test(term.trim()) ? "(?<![A-Za-z0-9_-])" : "";
  const tail = /[A-Za-z0-9]$/.test(term.trim()) ? "(?![A-Za-z0-9_-])" : "";
  return new RegExp(`${head}${body}${tail}`, "giu");
}

export interface TermHit {
  /** The refused variant as written in the text. */
  found: string;
  at: number;
  concept: Concept;
  /** A few words either side, as the translator would search the file for it. */
  context: string;
}

interface Span {
  at: number;
  end: number;
}

const spans = (text: string, term: string): Span[] => [...text.matchAll(pattern(term))].map((m) => ({ at: m.index!, end: m.index! + m[0].length }));

/**
 * Refused variants in `text`. Longest match wins: a refused variant inside a longer term to use or allowed phrase
 * (of any concept) is not a hit, so refusing "기준" does not flag "기준선" when "기준선" is a term to use, and of two
 * refused variants that overlap only the longer is reported.
 */
export function findRefused(text: string, concepts: Concept[]): TermHit[] {
  const masked = maskForTerms(text);
  const kept = concepts.flatMap((c) => [c.use, ...c.allow]).flatMap((t) => spans(masked, t));
  const hits = concepts
    .flatMap((concept) => concept.refuse.flatMap((r) => spans(masked, r).map((s) => ({ ...s, concept }))))
    .sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at);
  const out: TermHit[] = [];
  const taken: Span[] = [];
  for (const h of hits) {
    const inside = (s: Span) => s.at <= h.at && h.end <= s.end && s.end - s.at > h.end - h.at;
    if (kept.some(inside)) continue;
    if (taken.some((s) => s.at < h.end && h.at < s.end)) continue;
    taken.push(h);
    out.push({ found: text.slice(h.at, h.end).replace(/\s+/g, " "), at: h.at, concept: h.concept, context: contextOf(text, h) });
  }
  return out.sort((a, b) => a.at - b.at);
}

function contextOf(text: string, h: Span): string {
  let before = text.slice(Math.max(0, h.at - 16), h.at);
  let after = text.slice(h.end, h.end + 16);
  // Never show half a {{ … }}: the translator searches the file for this text.
  before = before.replace(/^[^{]*\}\}\s*/, "").replace(/^.*\n/s, "");
  after = after.replace(/\s*\{\{[^}]*$/, "").replace(/\n.*$/s, "");
  return `${before}${text.slice(h.at, h.end)}${after}`.replace(/\s+/g, " ").trim();
}

export interface TermRuleInput {
  langs: string[];
  strings: (lang: string) => Map<string, string> | undefined;
  prose: (lang: string) => ProseFiles | undefined;
  /** A language's terms list; undefined when it has none (the rule then has nothing to check). */
  list: (lang: string) => Concept[] | undefined;
}

/** Every refused variant in every language's strings and prose, as errors. */
export function termRule(input: TermRuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const lang of input.langs) {
    const list = input.list(lang);
    if (!list?.length) continue;
    const report = (key: string, text: string) => {
      for (const h of findRefused(text, list)) {
        problems.push({
          lang,
          key,
          problem: `term "${h.found}" in "${h.context}": write "${h.concept.use}" (${h.concept.concept.replace(/\s*\(.*$/, "")}, ${TERMS_DIR}/${lang}.yaml)`,
          severity: "error",
          kind: "term",
        });
      }
    };
    for (const [key, text] of input.strings(lang) ?? []) report(key, text);
    for (const [file, parts] of input.prose(lang) ?? []) for (const [part, text] of parts) report(`sections/${file}#${part}`, text);
  }
  return problems;
}
