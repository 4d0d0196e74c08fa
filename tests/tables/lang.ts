// Shared by tests/tables and tests/blocks: the real model and one language's strings, loaded on their own so these
// tests do not depend on every other group of the locale files being complete.
import { join } from "node:path";
import { loadModel } from "../../lib/data/load.ts";
import type { Model } from "../../lib/data/model.ts";
import { type I18n, makeI18n } from "../../lib/i18n/index.ts";
import { type Language, loadLanguages } from "../../lib/i18n/languages.ts";
import { loadStrings } from "../../lib/i18n/strings.ts";
import { FIXTURE_DATA, FIXTURE, FIXTURE_LOCALES } from "../helpers/fixture.ts";

export const LANGS = ["en", "ko", "zh"] as const;

let cached: Model | undefined;
/** A fresh deep copy each call, so a test may change figures freely. */
export function model(): Model {
  cached ??= loadModel(FIXTURE_DATA, FIXTURE);
  return structuredClone(cached);
}

/** One language; `edit` may change or delete strings of a copy first (to test escaping or a missing key). */
const loaded = new Map<string, { language: Language; strings: Map<string, string> }>();
export function lang(code: string, edit?: (s: Map<string, string>) => void): I18n {
  let l = loaded.get(code);
  if (!l) {
    const language = loadLanguages(FIXTURE_LOCALES).list.find((x) => x.code === code);
    if (!language) throw new Error(`no language ${code}`);
    loaded.set(code, (l = { language, strings: loadStrings(FIXTURE_LOCALES, code) }));
  }
  const strings = new Map(l.strings);
  edit?.(strings);
  return makeI18n(l.language, strings);
}

export { TECHNICAL } from "../helpers/technical.ts";
