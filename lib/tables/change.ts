import * as d from "../derive/index.ts";
import { decimalsOf } from "../i18n/format.ts";
import type { I18n } from "../i18n/index.ts";
import type { Cell } from "./types.ts";
import { formatChange, formatPointChange, formatTimes } from "../facts/change.ts";

export type Better = "lower" | "higher";

/** Changes smaller than this (in percent) get no colour: a −0.1 % TCP figure is not a regression worth painting red. */
export const NEUTRAL_PERCENT = 1;

/** good when the value moved the way the metric prefers, bad when it moved the other way, none when it did not move. */
export function toneOf(delta: number, better: Better): Cell["tone"] {
  if (delta === 0) return undefined;
  return (delta < 0) === (better === "lower") ? "good" : "bad";
}


/**
 * Signed change from → to, as text, with its tone: in percent, or in percentage points when the figures are
 * themselves percentages (`unit` "percent"). `approx` marks a change between approximate figures.
 */
export function change(i18n: I18n, from: number, to: number, better: Better, approx = false, unit?: string): { text: string; tone: Cell["tone"] } {
  if (unit === "percent") {
    const points = to - from;
    return { text: formatPointChange(i18n, from, to), tone: Math.abs(points) < 0.1 ? undefined : toneOf(points, better) };
  }
  if (from === 0) return { text: to === 0 ? i18n.f.percent(0, 0) : "—", tone: undefined };
  const pct = d.percentChange(from, to);
  const text = formatChange(i18n, pct);
  return { text: approx ? i18n.t("quantity.approx", { value: text }) : text, tone: Math.abs(pct) < NEUTRAL_PERCENT ? undefined : toneOf(pct, better) };
}

/** "102×": how many times larger, as the facts write it. */
export function times(i18n: I18n, from: number, to: number): string {
  return formatTimes(i18n, d.ratio(from, to));
}

/** The precision the source gave: the most decimals among the figures shown side by side. */
export function digitsFor(values: readonly number[]): number {
  return Math.max(0, ...values.map(decimalsOf));
}
