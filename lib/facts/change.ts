/**
 * One decimal for changes under 10 % ("−9.4 %", not "−9 %") and just short of 100 % ("−99.9 %", not "−100 %"),
 * the same rule the tables use (lib/tables/change.ts), so prose and tables print a change alike.
 */
export function changeDigits(percent: number): number {
  const a = Math.abs(percent);
  if (a === 0) return 0;
  return a < 10 || (a > 99 && a < 100) ? 1 : 0;
}
