import * as d from "../derive/index.ts";
import { metric, series } from "../domain/metrics.ts";
import { barPanel } from "./bars.ts";
import { axisTitle, list, metricBars, metricTitle, topLevel } from "./common.ts";
import { metricTable } from "./tables.ts";
import type { ChartDef } from "./types.ts";
import { columnsFor, PANEL_WIDTH } from "./layout.ts";
import { scenarioLabels } from "./theme.ts";

const IDS = ["dns_p50", "dns_p99"];

/** DNS lookup p50 and p99 per scenario, on one shared scale so the two panels compare directly. */
export const dns: ChartDef = {
  id: "dns",
  titleKey: "chart.dns.title",
  build(model, i18n, layout = "wide") {
    const max = Math.max(...IDS.flatMap((id) => series(model, id).map((r) => r.value)));
    const panels = IDS.map((id) =>
      barPanel(i18n, {
        title: axisTitle(i18n, metricTitle(i18n, id), metric(id).unit),
        axis: axisTitle(i18n, metricTitle(i18n, id), metric(id).unit),
        axisTitle: false,
        bars: metricBars(model, i18n, id),
        categories: scenarioLabels(i18n),
        categoryTitle: i18n.t("chart.scenario"),
        width: PANEL_WIDTH[layout],
        max,
      }),
    );
    const subtitle = i18n.t("chart.dns.subtitle", { queries: i18n.f.integer(model.environment.method.dns.queries) });
    return topLevel(i18n, "dns", subtitle, panels, layout, columnsFor(layout, panels.length));
  },
  table: (model, i18n) => metricTable(model, i18n, "dns", IDS),
  finding(model, i18n) {
    const [p50, p99] = IDS.map((id) => series(model, id));
    const span = (rows: { value: number }[]) => i18n.range(Math.min(...rows.map((r) => r.value)), Math.max(...rows.map((r) => r.value)), "ms", 0);
    return i18n.t("chart.dns.finding", { p50: span(p50), p99: span(p99), best: list(i18n, d.allLowest(p99)) });
  },
};
