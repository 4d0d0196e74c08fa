import type { Model } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import { metric } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { allRuns, HISTORY_METRICS } from "../history/compare.ts";
import { metricName, runName, runShort } from "../history/words.ts";
import { type Table, cell, head, num } from "../tables/types.ts";
import { axisTitle, lines, topLevel } from "./common.ts";
import type { LayerView } from "./spec.ts";
import { SCENARIO_COLORS, scenarioLabel, scenarioLabels } from "./theme.ts";
import type { ChartDef } from "./types.ts";
import { columnsFor, PANEL_WIDTH } from "./layout.ts";

/** A trend needs three points; with two runs the change chart says everything. */
export const TREND_MIN_RUNS = 3;

/** One metric across every run, a line per scenario; runs are evenly spaced in date order, labelled by date or label. */
function panel(model: Model, i18n: I18n, id: string, width: number): LayerView {
  const m = metric(id);
  const runs = allRuns(model);
  const order = runs.map((r) => runShort(i18n, r));
  const rows = runs.flatMap((r, i) =>
    SCENARIO_IDS.flatMap((s) => {
      const v = m.get(r.results[s]);
      return v === null ? [] : [{ run: order[i], scenario: scenarioLabel(i18n, s), value: v, text: i18n.unit(v, m.unit, m.digits) }];
    }),
  );
  const title = axisTitle(i18n, metricName(i18n, { metric: m }), m.unit);
  const x = { field: "run", type: "ordinal" as const, sort: order, scale: { domain: order }, axis: { title: null, labelAngle: -35, labelLimit: 90 } };
  const y = { field: "value", type: "quantitative" as const, scale: { zero: false, nice: true }, axis: { title: null, format: ",~r", tickCount: 4, grid: true, ticks: false } };
  const color = { field: "scenario", type: "nominal" as const, scale: { domain: scenarioLabels(i18n), range: SCENARIO_IDS.map((s) => SCENARIO_COLORS[s]) }, legend: { title: null } };
  const tooltip = [
    { field: "run", type: "nominal" as const, title: i18n.t("history.col.run") },
    { field: "scenario", type: "nominal" as const, title: i18n.t("chart.scenario") },
    { field: "text", type: "nominal" as const, title },
  ];
  return {
    title: { text: lines(title, width + 40, 13), fontSize: 13, anchor: "start" },
    data: { values: rows },
    width,
    height: 150,
    layer: [
      { mark: { type: "line", strokeWidth: 2 }, encoding: { x, y, color, tooltip } },
      { mark: { type: "point", filled: true, size: 50 }, encoding: { x, y, color, tooltip } },
    ],
  };
}

/** The metric and scenario that moved most between the first run and the current one. */
function largestSpanMove(model: Model) {
  const runs = allRuns(model);
  const first = runs[0], last = runs[runs.length - 1];
  let best: { metric: ReturnType<typeof metric>; scenario: string; from: number; to: number; size: number } | undefined;
  for (const id of HISTORY_METRICS) {
    const m = metric(id);
    for (const s of SCENARIO_IDS) {
      const from = m.get(first.results[s]), to = m.get(last.results[s]);
      if (from === null || to === null || from === to) continue;
      // As the page prints a change: percentage points for a percentage (loss), percent otherwise.
      const size = m.unit === "percent" ? Math.abs(to - from) : from === 0 ? Infinity : Math.abs((to - from) / from) * 100;
      if (!best || size > best.size) best = { metric: m, scenario: s, from, to, size };
    }
  }
  return best;
}

/** Each history metric across all runs, oldest first: shown once the history holds two runs besides the current one. */
export const runTrend: ChartDef = {
  id: "run-trend",
  titleKey: "chart.run-trend.title",
  present: (model) => allRuns(model).length >= TREND_MIN_RUNS,
  build(model, i18n, layout = "wide") {
    // The axis holds only figures (no scenario names), so a panel gets the room its labels would have taken.
    const panels = HISTORY_METRICS.map((id) => panel(model, i18n, id, PANEL_WIDTH[layout] + 60));
    const runs = allRuns(model);
    const subtitle = i18n.t("chart.run-trend.subtitle", { count: i18n.f.integer(runs.length), first: runName(i18n, runs[0]), last: runName(i18n, runs[runs.length - 1]) });
    const spec = topLevel(i18n, "run-trend", subtitle, panels, layout, columnsFor(layout, panels.length));
    // One legend for all panels: scenario colours are the same everywhere.
    (spec as { resolve: unknown }).resolve = { scale: { x: "independent", y: "independent", color: "shared" } };
    return spec;
  },
  table(model, i18n): Table {
    const runs = allRuns(model);
    return {
      id: "chart-run-trend",
      caption: i18n.t("chart.run-trend.title"),
      columns: [cell(i18n.t("history.col.metric")), cell(i18n.t("chart.scenario")), ...runs.map((r) => cell(runName(i18n, r), { numeric: true }))],
      rows: HISTORY_METRICS.flatMap((id) => {
        const m = metric(id);
        return SCENARIO_IDS.map((s) => [
          head(metricName(i18n, { metric: m })),
          cell(scenarioLabel(i18n, s)),
          ...runs.map((r) => {
            const v = m.get(r.results[s]);
            return v === null ? cell(i18n.t("chart.not_measured"), { tone: "muted" }) : num(i18n.unit(v, m.unit, m.digits));
          }),
        ]);
      }),
    };
  },
  finding(model, i18n) {
    const runs = allRuns(model);
    const first = runs[0], last = runs[runs.length - 1];
    const span = { count: i18n.f.integer(runs.length), first: runName(i18n, first), last: runName(i18n, last) };
    const top = largestSpanMove(model);
    if (!top) return i18n.t("chart.run-trend.finding_flat", span);
    const m = top.metric;
    return i18n.t("chart.run-trend.finding", { ...span, metric: metricName(i18n, { metric: m }), scenario: top.scenario, from: i18n.unit(top.from, m.unit, m.digits), to: i18n.unit(top.to, m.unit, m.digits) });
  },
};
