import * as d from "../derive/index.ts";
import { series } from "../domain/metrics.ts";
import { barPanel } from "./bars.ts";
import { axisTitle, list, metricBars, topLevel } from "./common.ts";
import { metricTable } from "./tables.ts";
import type { ChartDef } from "./types.ts";
import { BAR_WIDTH } from "./layout.ts";
import { scenarioLabels } from "./theme.ts";

/** The request rate Fortio reached without a rate limit. From zero, the scenarios are close: the chart says so. */
export const maxQps: ChartDef = {
  id: "max-qps",
  titleKey: "chart.max-qps.title",
  build(model, i18n, layout = "wide") {
    const panel = barPanel(i18n, {
      width: BAR_WIDTH[layout],
      axis: axisTitle(i18n, i18n.t("chart.max-qps.axis"), "qps"),
      bars: metricBars(model, i18n, "qps_max"),
      categories: scenarioLabels(i18n),
      categoryTitle: i18n.t("chart.scenario"),
    });
    const h = model.environment.method.http;
    const unlimited = h.levels.find((l) => l.qps === 0) ?? h.levels[h.levels.length - 1];
    const subtitle = i18n.t("chart.max-qps.subtitle", { connections: i18n.f.integer(unlimited.connections), duration: i18n.unit(h.duration_s, "s", 0) });
    return topLevel(i18n, "max-qps", subtitle, [panel], layout);
  },
  table: (model, i18n) => metricTable(model, i18n, "max-qps", ["qps_max", "p99_max"]),
  finding(model, i18n) {
    const rows = series(model, "qps_max");
    const values = rows.map((r) => r.value);
    const top = d.highest(rows).value;
    return i18n.t("chart.max-qps.finding", {
      range: i18n.range(Math.min(...values), Math.max(...values), "qps", 0),
      spread: i18n.f.percent(d.spreadPercent(values), 1),
      top: list(i18n, rows.filter((r) => r.value === top).map((r) => r.key)),
    });
  },
};
