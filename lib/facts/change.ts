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
