import { percentChange } from "../derive/index.ts";
import type { I18n } from "../i18n/index.ts";

/**
 * One decimal for changes under 10 % ("−9.4 %", not "−9 %") and just short of 100 % ("−99.9 %", not "−100 %"),
 * the one rule for every change the site prints (prose, tables, cards, charts): formatChange below.
 */
export function changeDigits(percent: number): number {
  const a = Math.abs(percent);
  if (a === 0) return 0;
  return a < 10 || (a > 99 && a < 100) ? 1 : 0;
}

/** A change in percent as every page prints it: signed ("−36%", "+1.2%"), or without sign for sentences with words. */
export function formatChange(i18n: I18n, percent: number, signed = true): string {
  return i18n.f.percent(signed ? percent : Math.abs(percent), changeDigits(percent), signed);
}

/** Digits for a difference of percentages: two below one point (0.69 → 0.94 is 0.25), one above. */
export const pointDigits = (points: number): number => (Math.abs(points) < 1 ? 2 : 1);

/**
 * A change in a percentage-valued figure (loss), in percentage points: "+19.73 percentage points", "+19.73%p",
 * "+19.73 个百分点". A relative change of a percentage ("+2,859%") misleads, so the site never prints one.
 */
export function formatPointChange(i18n: I18n, from: number, to: number, signed = true): string {
  const c = shownChange(from, to, true);
  const sign = !signed || c.sign === 0 ? "" : c.sign > 0 ? "+" : "−";
  return i18n.t("unit.pp", { value: sign + i18n.f.number(c.size, c.digits) });
}

/**
 * A change as the page prints it: its size rounded to the digits shown (percent, or percentage points), and its
 * direction, 0 when it prints as zero — so words never say "0% lower".
 */
export function shownChange(from: number, to: number, inPoints: boolean): { size: number; digits: number; sign: number } {
  const delta = inPoints ? to - from : percentChange(from, to);
  const digits = inPoints ? pointDigits(delta) : changeDigits(delta);
  const size = Number(Math.abs(delta).toFixed(digits));
  return { size, digits, sign: size === 0 ? 0 : Math.sign(delta) };
}

/** "102×", "1.5×": how many times larger, with a decimal below ten. */
export function formatTimes(i18n: I18n, ratio: number): string {
  return i18n.t("unit.times", { value: i18n.f.number(ratio, ratio >= 10 ? 0 : 1) });
}

/** A share printed after "at least": rounded down, so 98.72 % reads "98.7%", never "99%". */
export function formatAtLeast(i18n: I18n, percent: number): string {
  return i18n.f.percent(Math.floor(percent * 10) / 10, 1);
}
