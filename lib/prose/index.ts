import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Prose of one language: section id → part name → Markdown source. */
export type Prose = Map<string, Map<string, string>>;

const PART = /^<!--\s*part:\s*([a-z0-9-]+)\s*-->\s*$/gm;

/** Splits content/<lang>/sections/<section>.md into the named parts the outline places. */
export function splitParts(source: string, file: string): Map<string, string> {
  const parts = new Map<string, string>();
  const marks = [...source.matchAll(PART)];
  if (!marks.length) throw new Error(`${file}: expected parts marked with <!-- part: name -->, found none`);
  marks.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1].index! : source.length;
    if (parts.has(m[1])) throw new Error(`${file}: part "${m[1]}" appears twice`);
    parts.set(m[1], source.slice(start, end).trim());
  });
  return parts;
}

export function loadProse(dir: string, code: string): Prose {
  const prose: Prose = new Map();
  if (!existsSync(dir)) return prose;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    prose.set(f.replace(/\.md$/, ""), splitParts(readFileSync(join(dir, f), "utf8"), `content/${code}/sections/${f}`));
  }
  return prose;
}
