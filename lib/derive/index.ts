/** Computed claims. Each is a small pure function over numbers or rows; prose, tables and charts call these. */

/** Relative change from `from` to `to`, in percent (negative means lower). */
export function percentChange(from: number, to: number): number {
  if (from === 0) throw new Error(`percentChange: cannot compare against zero (from ${from} to ${to})`);
  return ((to - from) / from) * 100;
}

/** How many times larger `to` is than `from`. */
export function ratio(from: number, to: number): number {
  if (from === 0) throw new Error(`ratio: cannot divide by zero (from ${from} to ${to})`);
  return to / from;
}

export interface Ranked<K> {
  key: K;
  value: number;
}

/** The row with the lowest value; ties go to the earliest row. */
export function lowest<K>(rows: readonly Ranked<K>[]): Ranked<K> {
  if (!rows.length) throw new Error("lowest: no rows");
  return rows.reduce((best, r) => (r.value < best.value ? r : best));
}

export function highest<K>(rows: readonly Ranked<K>[]): Ranked<K> {
  if (!rows.length) throw new Error("highest: no rows");
  return rows.reduce((best, r) => (r.value > best.value ? r : best));
}

/** All rows sharing the lowest value, so "lowest" is never claimed for one of a tie. */
export function allLowest<K>(rows: readonly Ranked<K>[]): K[] {
  const min = lowest(rows).value;
  return rows.filter((r) => r.value === min).map((r) => r.key);
}

/** Spread of the values as a percent of the largest: a small spread means "the same". */
export function spreadPercent(values: readonly number[]): number {
  if (!values.length) throw new Error("spreadPercent: no values");
  const max = Math.max(...values);
  const min = Math.min(...values);
  return max === 0 ? 0 : ((max - min) / max) * 100;
}

/** Share of a limit that a value reaches, in percent. */
export function shareOf(limit: number, value: number): number {
  return ratio(limit, value) * 100;
}
