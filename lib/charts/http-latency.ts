import { anomalyScenarios } from "../facts/index.ts";
import { metric, series, valueOf } from "../domain/metrics.ts";
import { barPanel } from "./bars.ts";
import { axisTitle, list, metricBars, metricTitle, topLevel } from "./common.ts";
import { metricTable } from "./tables.ts";
import type { ChartDef } from "./types.ts";
import { columnsFor, PANEL_WIDTH } from "./layout.ts";
import { scenarioLabels } from "./theme.ts";

const IDS = ["p50_1000", "p99_1000", "p99_5000", "p99_max"];

/**
 * HTTP latency at each load Fortio ran. Each panel keeps its own zero-based scale: the few runs that reach hundreds
 * of milliseconds at QPS 5,000 would otherwise flatten every other bar.
 */
export const httpLatency: ChartDef = {
  id: "http-latency",
  titleKey: "chart.http-latency.title",
  build(model, i18n, layout = "wide") {
    const panels = IDS.map((id) => {
      const title = axisTitle(i18n, metricTitle(i18n, id), metric(id).unit);
      return barPanel(i18n, {
        title,
        axis: title,
        axisTitle: false,
        bars: metricBars(model, i18n, id),
        categories: scenarioLabels(i18n),
        categoryTitle: i18n.t("chart.scenario"),
        width: PANEL_WIDTH[layout],
      });
    });
    const subtitle = i18n.t("chart.http-latency.subtitle", { duration: i18n.unit(model.environment.method.http.duration_s, "s", 0) });
    return topLevel(i18n, "http-latency", subtitle, panels, layout, columnsFor(layout, panels.length));
  },
  table: (model, i18n) => metricTable(model, i18n, "http-latency", IDS),
  finding(model, i18n) {
    const p99 = series(model, "p99_1000").map((r) => r.value);
    const atMax = series(model, "p99_max").map((r) => r.value);
    const anomalies = anomalyScenarios(model);
    const params = {
      low: i18n.f.integer(metric("p99_1000").label.qps ?? 0),
      high: i18n.f.integer(metric("p99_5000").label.qps ?? 0),
      p99_range: i18n.range(Math.min(...p99), Math.max(...p99), "ms", 2),
      max_range: i18n.range(Math.min(...atMax), Math.max(...atMax), "ms", 2),
      anomalies: list(i18n, anomalies),
      anomaly_values: list(i18n, anomalies.map((s) => i18n.unit(valueOf(model, "p99_5000", s), "ms", 0))),
    };
    return i18n.t(anomalies.length ? "chart.http-latency.finding" : "chart.http-latency.finding_plain", params);
  },
};
