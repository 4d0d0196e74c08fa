import type { Quantity } from "../data/quantity.ts";

/** Number formatting for one language. Every figure on a page goes through one of these. */
export interface Formats {
  number(value: number, digits?: number): string;
  /** A percent value already in percent units (36.0 → "36%"). */
  percent(value: number, digits?: number, signed?: boolean): string;
  integer(value: number): string;
}

export function makeFormats(intl: string): Formats {
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, opts: Intl.NumberFormatOptions) => {
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.NumberFormat(intl, opts)));
    return f;
  };
  return {
    number(value, digits) {
      const opts: Intl.NumberFormatOptions =
        digits === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
      return nf(`n${digits}`, opts).format(value).replace("-", "−");
    },
    percent(value, digits = 0, signed = false) {
      return nf(`p${digits}${signed}`, {
        style: "percent",
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: signed ? "exceptZero" : "auto",
      })
        .format(value / 100)
        .replace("-", "−");
    },
    integer(value) {
      return nf("i", { maximumFractionDigits: 0 }).format(value).replace("-", "−");
    },
  };
}

/** Digits to show for a value so that the source's precision carries over (12.40 stays 12.40 when asked). */
export function decimalsOf(value: number): number {
  const s = String(value);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

export type QuantityWords = { approx: (text: string) => string; range: (min: number, max: number) => string; notMeasured: (reason: string) => string };

export function formatQuantity(q: Quantity, fmt: (n: number) => string, words: QuantityWords): string {
  switch (q.kind) {
    case "exact":
      return fmt(q.value);
    case "approx":
      return words.approx(fmt(q.value));
    case "range":
      return words.range(q.min, q.max);
    case "not-measured":
      return words.notMeasured(q.reason);
  }
}

/** Chinese keeps a space between Han characters and Latin letters or digits ("A 和 D"); Intl leaves none. */
export function spaceHan(text: string): string {
  return text.replace(/(?<=[A-Za-z0-9%µ])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])/g, " ");
}

/** "A, C and E" / "A, C 및 E" / "A、C 和 E": a list joined as the language joins it. */
export function makeList(intl: string): (items: readonly string[]) => string {
  const lf = new Intl.ListFormat(intl, { type: "conjunction" });
  const han = /^zh/i.test(intl);
  // Korean "A 및 D" reads as officialese in running prose; a plain comma list is what writers use for short items.
  if (/^ko/i.test(intl)) return (items) => items.join(", ");
  return (items) => (han ? spaceHan(lf.format([...items])) : lf.format([...items]));
}
