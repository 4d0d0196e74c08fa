// Length limits in translator notes ("keep under 14 characters") are counted in display columns: a full-width
// character (Hangul, Han, kana, full-width punctuation) takes the room of two Latin letters on a chart axis or in a
// table header, so "under 14" leaves room for about seven of them.
import type { Notes } from "./notes.ts";
import type { Problem } from "./problems.ts";

const WIDE: [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x20000, 0x3fffd],
];

/** How many columns a placeholder stands for: about the width of a short formatted figure ("9.89", "1,000"). */
export const PLACEHOLDER_WIDTH = 5;

/** Display width: full-width characters count 2, every other character 1, a {placeholder} PLACEHOLDER_WIDTH. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const part of text.split(/(\{[a-zA-Z0-9_]+\})/)) {
    if (/^\{[a-zA-Z0-9_]+\}$/.test(part)) {
      width += PLACEHOLDER_WIDTH;
      continue;
    }
    for (const ch of part) {
      const c = ch.codePointAt(0)!;
      width += WIDE.some(([lo, hi]) => c >= lo && c <= hi) ? 2 : 1;
    }
  }
  return width;
}

const LIMIT = /\bunder (\d+) characters\b/g;

const one = (note: string) => {
  const found = [...note.matchAll(LIMIT)];
  return found.length === 1 ? Number(found[0][1]) : undefined;
};
const named = (note: string, name: string) => note.match(new RegExp(`(?:^|[\\s(;—])${name.replace(/[-]/g, "\\-")}: under (\\d+) characters\\b`))?.[1];

/**
 * The limit a key's notes set, nearest first: its own note when that states exactly one "under N characters" (or
 * says "no length limit"); then a group note naming the key or one of its groups ("short: under 14 characters"); then a group note
 * that states one limit for "each" key. A group note naming limits loosely ("card labels: under 32") sets none.
 */
export function limitOf(key: string, all: string[] | undefined, own: string[] | undefined): number | undefined {
  for (const note of [...(own ?? [])].reverse()) {
    if (/no length limit/i.test(note)) return undefined;
    if (one(note) !== undefined) return one(note);
  }
  const names = key.split(".").reverse();
  const groups = (all ?? []).slice(0, (all?.length ?? 0) - (own?.length ?? 0)).reverse();
  for (const note of groups) {
    const n = names.map((name) => named(note, name)).find(Boolean);
    if (n) return Number(n);
    if (/\beach\b/.test(note) && one(note) !== undefined) return one(note);
  }
  return undefined;
}

/** A warning for every string of `lang` wider than its note allows, with the measured width. */
export function widthProblems(lang: string, strings: Map<string, string> | undefined, notes: { all: Notes; own: Notes }): Problem[] {
  const out: Problem[] = [];
  for (const [key, text] of strings ?? []) {
    const limit = limitOf(key, notes.all.get(key), notes.own.get(key));
    if (limit === undefined) continue;
    const width = displayWidth(text);
    if (width >= limit) {
      out.push({ lang, key, severity: "warning", kind: "wider than its note allows", problem: `${width} columns wide, the note asks for under ${limit} (full-width characters count 2): ${JSON.stringify(text)}` });
    }
  }
  return out;
}
