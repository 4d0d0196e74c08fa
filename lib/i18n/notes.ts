import { readFileSync } from "node:fs";
import { isMap, isScalar, parseDocument, type YAMLMap } from "yaml";

/**
 * Translator notes: YAML comments in a locale file, read with the yaml Document API.
 * - Comment lines directly above a key are that key's note.
 * - Comment lines directly above a group's name apply to every key in the group.
 * YAML attaches a comment written as the first line inside a group to the group's body; it sits directly above the
 * group's first key, so it is read as that key's note (a note for the whole group goes above the group's name).
 * Only the last paragraph of a comment counts: a blank line separates a file header from the first key's note.
 */
export type Notes = Map<string, string[]>;

/** Every dotted key of the file → its notes, outermost group first. */
export function readNotes(file: string): Notes {
  return readNoteLayers(file).all;
}

/** The notes split by where they sit: `own` only the key's, `all` with its groups' as readNotes gives them. */
export function readNoteLayers(file: string): { all: Notes; own: Notes } {
  const doc = parseDocument(readFileSync(file, "utf8"));
  const all: Notes = new Map();
  const own: Notes = new Map();
  if (isMap(doc.contents)) walk(doc.contents, "", [], all, own);
  return { all, own };
}

function walk(map: YAMLMap, prefix: string, inherited: string[], out: Notes, ownOut: Notes): void {
  map.items.forEach((pair, i) => {
    if (!isScalar(pair.key)) return;
    const name = String(pair.key.value);
    if (name.startsWith("_")) return;
    const key = prefix ? `${prefix}.${name}` : name;
    // The first key's comment may sit on the map that holds it, depending on where YAML put it.
    const own = [pair.key.commentBefore, i === 0 ? map.commentBefore : undefined].map(lastParagraph).filter((s): s is string => !!s);
    const here = [...inherited, ...own];
    if (isMap(pair.value)) walk(pair.value, key, here, out, ownOut);
    else {
      out.set(key, here);
      ownOut.set(key, own);
    }
  });
}

function lastParagraph(comment: string | null | undefined): string | undefined {
  if (!comment) return undefined;
  const paragraphs = comment.split(/\n\s*\n/);
  const text = paragraphs[paragraphs.length - 1]
    .split("\n")
    .map((l) => l.trim())
    .join(" ")
    .trim();
  return text || undefined;
}
