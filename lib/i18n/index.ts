import type { Quantity } from "../data/quantity.ts";
import { type Formats, makeFormats, formatQuantity, makeList } from "./format.ts";
import { type Language, type Languages, loadLanguages } from "./languages.ts";
import { type Strings, interpolate, loadStrings } from "./strings.ts";

export type Unit = "gbps" | "us" | "ms" | "qps" | "percent" | "mib" | "millicores" | "services" | "rules" | "s" | "times";

/** Everything a page, chart or fact needs to speak one language. */
export interface I18n {
  lang: Language;
  strings: Strings;
  t(key: string, params?: Record<string, string | number>): string;
  has(key: string): boolean;
  f: Formats;
  /** "4,894 µs", "12.40 Gbps": a value with its unit as this language writes it. */
  unit(value: number, unit: Unit, digits?: number): string;
  quantity(q: Quantity, unit: Unit, digits?: number): string;
  /** "4.21–4.45 ms": a range with the unit once, or one figure when both ends are equal. */
  range(min: number, max: number, unit: Unit, digits?: number): string;
  /** Joins items as this language writes a list ("A, C and E", "A、C 和 E"). */
  list(items: readonly string[]): string;
}

export function makeI18n(lang: Language, strings: Strings): I18n {
  const f = makeFormats(lang.intl);
  const t = (key: string, params: Record<string, string | number> = {}) => {
    const text = strings.get(key);
    if (text === undefined) throw new Error(`locales/${lang.code}.yaml: missing key "${key}" (language ${lang.code})`);
    return interpolate(text, params, `locales/${lang.code}.yaml: ${key}`);
  };
  const unit = (value: number, u: Unit, digits?: number) =>
    u === "percent" ? f.percent(value, digits ?? 2) : t(`unit.${u}`, { value: f.number(value, digits) });
  return {
    lang,
    strings,
    t,
    has: (key) => strings.has(key),
    f,
    unit,
    list: makeList(lang.intl),
    range: (min, max, u, digits) => (min === max ? unit(min, u, digits) : t("quantity.range", { min: f.number(min, digits), max: unit(max, u, digits) })),
    quantity(q, u, digits) {
      const v = (n: number) => unit(n, u, digits);
      return formatQuantity(q, v, {
        approx: (text) => t("quantity.approx", { value: text }),
        range: (min, max) => t("quantity.range", { min: f.number(min, digits), max: v(max) }),
        notMeasured: (reason) => t("quantity.not_measured_because", { what: t("quantity.not_measured"), reason: t(`quantity.reason.${reason}`) }),
      });
    },
  };
}

export interface Catalog {
  languages: Languages;
  byCode: Map<string, I18n>;
}

/** Loads every language and checks that each has every key English has, so no page falls back silently. */
export function loadCatalog(localesDir: string): Catalog {
  const languages = loadLanguages(localesDir);
  const byCode = new Map<string, I18n>();
  for (const lang of languages.list) byCode.set(lang.code, makeI18n(lang, loadStrings(localesDir, lang.code)));
  const base = byCode.get(languages.default)!;
  const problems: string[] = [];
  for (const [code, i18n] of byCode) {
    if (code === languages.default) continue;
    for (const key of base.strings.keys()) {
      if (!i18n.has(key)) problems.push(`locales/${code}.yaml: missing key "${key}" (language ${code})`);
      else if (!i18n.strings.get(key)!.trim()) problems.push(`locales/${code}.yaml: key "${key}" is empty (language ${code})`);
    }
  }
  if (problems.length) throw new Error(problems.join("\n"));
  return { languages, byCode };
}
