import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { leadMove, metricMoves, previousRun, runChanges, type MetricMove } from "../history/compare.ts";
import { changeSigned, metricName, moveSentence, runName, runShort, variationText } from "../history/words.ts";
import { type Table, cell, head, num } from "../tables/types.ts";
import { axisTitle, lines, topLevel } from "./common.ts";
import type { Layer, LayerView } from "./spec.ts";
import { INK_2, LINE, scenarioLabel, scenarioLabels } from "./theme.ts";
import { scenarioColor } from "./bars.ts";
import type { ChartDef } from "./types.ts";
import { columnsFor, PANEL_WIDTH } from "./layout.ts";


/** One metric: previous (hollow) and current (filled) figure per scenario, joined by a line, on the metric's own scale. */
function panel(model: Model, i18n: I18n, move: MetricMove, names: { previous: string; current: string }, width: number): LayerView {
  const m = move.metric;
  const rows = move.rows.map((c) => ({
    scenario: scenarioLabel(i18n, c.scenario),
    previous: c.previous,
    current: c.current,
    previous_text: i18n.unit(c.previous, m.unit, m.digits),
    current_text: i18n.unit(c.current, m.unit, m.digits),
    change: changeSigned(i18n, c),
  }));
  const title = axisTitle(i18n, metricName(i18n, move), m.unit);
  const y = { field: "scenario", type: "nominal" as const, sort: scenarioLabels(i18n), scale: { domain: scenarioLabels(i18n) }, axis: { title: null, labelLimit: 140 } };
  const xScale = { zero: false, nice: true };
  const tooltip = [
    { field: "scenario", type: "nominal" as const, title: i18n.t("chart.scenario") },
    { field: "previous_text", type: "nominal" as const, title: names.previous },
    { field: "current_text", type: "nominal" as const, title: names.current },
    { field: "change", type: "nominal" as const, title: i18n.t("history.col.change") },
  ];
  const colour = scenarioColor(i18n);
  const layers: Layer[] = [
    { mark: { type: "rule", strokeWidth: 2, color: LINE }, encoding: { y, x: { field: "previous", type: "quantitative", scale: xScale, axis: { title: null, format: ",~r", tickCount: 3, grid: true, ticks: false } }, x2: { field: "current" }, tooltip } },
    { mark: { type: "point", filled: false, size: 70, strokeWidth: 2, color: INK_2 }, encoding: { y, x: { field: "previous", type: "quantitative" }, tooltip } },
    { mark: { type: "point", filled: true, size: 90, opacity: 1 }, encoding: { y, x: { field: "current", type: "quantitative" }, color: colour, tooltip } },
  ];
  return { title: { text: lines(title, width + 100, 13), fontSize: 13, anchor: "start" }, data: { values: rows }, width, height: { step: 22 }, layer: layers };
}

/** Previous and current run per metric and scenario, side by side: the "since the previous run" chart. */
export const runChange: ChartDef = {
  id: "run-change",
  titleKey: "chart.run-change.title",
  present: (model) => model.history.length > 0,
  build(model, i18n, layout = "wide") {
    const prev = previousRun(model)!;
    const names = { previous: runShort(i18n, prev), current: runShort(i18n, model.run) };
    const panels = metricMoves(model).map((mv) => panel(model, i18n, mv, names, PANEL_WIDTH[layout]));
    const subtitle = i18n.t("chart.run-change.subtitle", names);
    return topLevel(i18n, "run-change", subtitle, panels, layout, columnsFor(layout, panels.length));
  },
  table(model, i18n): Table {
    const prev = previousRun(model)!;
    const moves = metricMoves(model);
    return {
      id: "chart-run-change",
      caption: i18n.t("chart.run-change.title"),
      columns: [cell(i18n.t("history.col.metric")), cell(i18n.t("chart.scenario")), cell(runName(i18n, prev), { numeric: true }), cell(runName(i18n, model.run), { numeric: true }), cell(i18n.t("history.col.change"), { numeric: true }), cell(i18n.t("history.col.variation"))],
      rows: moves.flatMap((mv) =>
        mv.rows.map((c) => [
          head(metricName(i18n, mv)),
          cell(scenarioLabel(i18n, c.scenario)),
          num(i18n.unit(c.previous, c.metric.unit, c.metric.digits)),
          num(i18n.unit(c.current, c.metric.unit, c.metric.digits)),
          num(changeSigned(i18n, c)),
          mv.variation === null
            ? cell(i18n.t("history.variation.unknown"), { tone: "muted" })
            : cell(i18n.t(c.within ? "history.variation.within" : "history.variation.beyond", { variation: variationText(i18n, mv.variation) }), c.within ? { tone: "muted" } : {}),
        ]),
      ),
    };
  },
  finding(model, i18n) {
    const lead = leadMove(metricMoves(model, runChanges(model)));
    return lead ? moveSentence(i18n, lead) : i18n.t("history.no_common");
  },
};
