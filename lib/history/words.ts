import type { Run } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { formatDate } from "../facts/index.ts";
import { formatChange, formatPointChange } from "../facts/change.ts";
import type { MetricMove, RunChange } from "./compare.ts";
import type { Variation } from "./variation.ts";
import { metricLabel } from "../domain/metrics.ts";

/** Sentences in a row: a space after a Latin full stop, none after a full-width one (Chinese "。" takes no space). */
export function sentences(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => !!p).reduce((a, b) => a + (/[。！？）」]$/.test(a) ? "" : " ") + b);
}

/** A run.yaml text in this language: one text for all, or this language's entry (none when it has none). */
export function localized(i18n: I18n, v: string | Record<string, string> | undefined): string | undefined {
  return typeof v === "string" ? v : v?.[i18n.lang.code];
}

/** "9 February 2026", or "Cilium 1.17 (9 February 2026)" when run.yaml gives a label. */
export function runName(i18n: I18n, run: Run): string {
  const date = formatDate(run.date, i18n.lang.intl);
  const label = localized(i18n, run.meta.label);
  return label ? i18n.t("history.run_labelled", { label, date }) : date;
}

/** The short form charts use on an axis or in a legend: the label, or the ISO date, which every reader parses. */
export function runShort(i18n: I18n, run: Run): string {
  return localized(i18n, run.meta.label) ?? run.date;
}

/** A change without sign, for sentences that say the direction in words: "18%", "19.7 percentage points". */
export function changeSize(i18n: I18n, c: RunChange): string {
  return c.inPoints ? formatPointChange(i18n, c.previous, c.current, false) : formatChange(i18n, c.change, false);
}

/** A change with its sign, for tables: "−18%", "+19.7 percentage points". */
export function changeSigned(i18n: I18n, c: RunChange): string {
  return c.inPoints ? formatPointChange(i18n, c.previous, c.current, true) : formatChange(i18n, c.change, true);
}

/** "±4.2%" or "±0.50 percentage points". */
export function variationText(i18n: I18n, v: Variation): string {
  const size = v.inPoints ? i18n.t("unit.pp", { value: i18n.f.number(v.size, v.size < 1 ? 2 : 1) }) : i18n.f.percent(v.size, v.size < 10 ? 1 : 0);
  return i18n.t("history.plus_minus", { size });
}

export const metricName = (i18n: I18n, move: Pick<MetricMove, "metric">) => metricLabel(move.metric, i18n.t, (n) => i18n.f.integer(n));

const isTime = (move: MetricMove) => move.metric.unit === "us" || move.metric.unit === "ms";

/**
 * How one metric moved, in this language's words: "Mean RTT fell in every scenario, most in E (18%)." Then what the
 * known run-to-run variation says about those changes, when the report knows one.
 */
export function moveSentence(i18n: I18n, move: MetricMove): string {
  const name = metricName(i18n, move);
  const key = (k: string) => (isTime(move) && i18n.has(`history.move.${k}_time`) ? `history.move.${k}_time` : `history.move.${k}`);
  const n = move.rows.length;
  const top = move.largest;
  const params = { metric: name, down: i18n.list(move.down), up: i18n.list(move.up), same: i18n.list(move.same), top: top?.scenario ?? "", size: top ? changeSize(i18n, top) : "" };
  let text: string;
  if (!move.down.length && !move.up.length) text = i18n.t("history.move.none", params);
  else if (move.down.length === n) text = i18n.t(key("all_down"), params);
  else if (move.up.length === n) text = i18n.t(key("all_up"), params);
  else if (move.down.length && move.up.length) text = sentences(i18n.t(key("mixed"), params), move.same.length > 0 && i18n.t("history.move.also_same", params));
  else text = i18n.t(key(move.down.length ? "some_down" : "some_up"), params);
  if (!move.variation || (!move.down.length && !move.up.length)) return text;
  const variation = variationText(i18n, move.variation);
  const moved = move.rows.filter((c) => c.sign !== 0);
  const within = moved.filter((c) => c.within).map((c) => c.scenario);
  if (within.length === moved.length) return sentences(text, i18n.t("history.move.within_all", { variation }));
  if (within.length) return sentences(text, i18n.t("history.move.within_some", { list: i18n.list(within), variation }));
  return sentences(text, i18n.t("history.move.within_none", { variation }));
}
