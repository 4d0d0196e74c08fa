// During `npm start` the site is reloaded on every save. Handing back the very same model and I18n objects for
// inputs that did not change lets the caches keyed on them (drawn charts, facts) survive the reload, so editing
// locales/ko.yaml redraws the Korean charts only, and editing prose redraws none.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog, I18n } from "../i18n/index.ts";

/** A digest of the names and bytes of every file under dir: equal digests, equal inputs to loadModel. */
export function digestDir(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(`${p}\0`).update(readFileSync(p)).update("\0");
    }
  };
  if (existsSync(dir)) walk(dir);
  return hash.digest("hex");
}

function sameI18n(a: I18n, b: I18n): boolean {
  if (JSON.stringify(a.lang) !== JSON.stringify(b.lang) || a.strings.size !== b.strings.size) return false;
  for (const [k, v] of a.strings) if (b.strings.get(k) !== v) return false;
  return true;
}

/** Puts the previous I18n back for every language whose settings and strings are unchanged. */
export function keepUnchangedLanguages(catalog: Catalog, previous: Catalog): void {
  for (const [code, i18n] of catalog.byCode) {
    const old = previous.byCode.get(code);
    if (old && sameI18n(old, i18n)) catalog.byCode.set(code, old);
  }
}
