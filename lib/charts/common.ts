import type { Model, ScenarioId } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import { metric, metricLabel } from "../domain/metrics.ts";
import type { I18n, Unit } from "../i18n/index.ts";
import type { Bar } from "./bars.ts";
import type { TopLevelSpec, View } from "./spec.ts";
import { wrap } from "./measure.ts";
import { TITLE_WIDTH, type Layout } from "./layout.ts";
import { FONT_SIZE, chartConfig, scenarioLabel } from "./theme.ts";
import { formatChange } from "../facts/change.ts";

export const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** A metric's figure per scenario as bars; a missing figure ("N/A" in a v2 file) becomes a "not measured" label. */
export function metricBars(model: Model, i18n: I18n, id: string): Bar[] {
  const m = metric(id);
  return SCENARIO_IDS.map((s) => {
    const v = m.get(model.results[s]);
    return { category: scenarioLabel(i18n, s), scenario: s, value: v, text: v === null ? i18n.t("chart.not_measured") : i18n.unit(v, m.unit, m.digits) };
  });
}

/** "Mean RTT (µs)": a measure and its unit, for axis titles. */
export function axisTitle(i18n: I18n, label: string, unit: Unit): string {
  const symbol = i18n.t(`chart.unit.${unit}`);
  // "Achieved QPS" already names its unit; "Achieved QPS (QPS)" would say it twice.
  return label.includes(symbol) ? label : i18n.t("chart.axis_unit", { label, unit: symbol });
}

export function metricTitle(i18n: I18n, id: string): string {
  return metricLabel(metric(id), i18n.t, (n) => i18n.f.integer(n));
}

/** Text wrapped to a width: a plain string when it fits on one line, else its lines. */
export function lines(text: string, width: number, fontSize: number): string | string[] {
  const out = wrap(text, width, fontSize);
  return out.length === 1 ? out[0] : out;
}

/** The top level every chart shares, with its panels in rows of `columns`; the title wraps to the layout's width. */
export function topLevel(i18n: I18n, id: string, subtitle: string, views: View[], layout: Layout, columns = 1): TopLevelSpec {
  const textWidth = TITLE_WIDTH[layout];
  return {
    $schema: SCHEMA,
    title: { text: lines(i18n.t(`chart.${id}.title`), textWidth, 15), subtitle: lines(subtitle, textWidth, FONT_SIZE) },
    concat: views,
    columns,
    resolve: { scale: { x: "independent", y: "independent" } },
    config: chartConfig(i18n),
  };
}

/** A list of scenario letters the way this language joins them ("A and D", "A 및 D", "A和D"). */
export function list(i18n: I18n, keys: readonly ScenarioId[] | readonly string[]): string {
  return i18n.list([...keys]);
}

/** A percentage without sign, for sentences that say "lower" or "higher" in words (the site's one rounding rule). */
export const pctAbs = (i18n: I18n, value: number): string => formatChange(i18n, value, false);

export const pctSigned = (i18n: I18n, value: number): string => formatChange(i18n, value, true);
