/**
 * Where a prose part's claims apply. `{{ requires("name") }}` guards the paragraph (or list, or any block between
 * blank lines) it opens; a first line holding nothing but requires() calls guards the whole part.
 */
export interface Guarded {
  /** Claims the whole part rests on. */
  part: string[];
  /** The part's blocks in order, each with the claims it opens with (empty when unguarded). */
  blocks: { source: string; claims: string[] }[];
}

const REQUIRES = /\{\{\s*requires\(\s*(["'])([^"'\n]*)\1\s*\)\s*\}\}/g;
const LEADING = /^(?:\s*\{\{\s*requires\(\s*(["'])[^"'\n]*\1\s*\)\s*\}\})+/;

export const claimNames = (text: string): string[] => [...text.matchAll(REQUIRES)].map((m) => m[2]);
export const withoutClaims = (text: string): string => text.replace(REQUIRES, "");

/** Splits on blank lines, except inside fenced code, which is one block however many blank lines it holds. */
function blocksOf(source: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fenced = false;
  for (const line of source.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line.trim() === "") {
      if (current.length) blocks.push(current.join("\n"));
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current.join("\n"));
  return blocks;
}

export function guardsOf(source: string): Guarded {
  const lines = source.split("\n");
  const first = lines[0] ?? "";
  const wholePart = claimNames(first).length > 0 && withoutClaims(first).trim() === "";
  const part = wholePart ? claimNames(first) : [];
  const rest = wholePart ? lines.slice(1).join("\n") : source;
  const blocks = blocksOf(rest).map((b) => {
    const lead = LEADING.exec(b)?.[0] ?? "";
    const inside = claimNames(b.slice(lead.length));
    if (inside.length) throw new Error(`requires("${inside[0]}") must open its paragraph, or stand alone on the part's first line; found it inside a paragraph`);
    return { source: b, claims: claimNames(lead) };
  });
  return { part, blocks };
}
