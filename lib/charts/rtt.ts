import * as d from "../derive/index.ts";
import { series } from "../domain/metrics.ts";
import { metricTable } from "./tables.ts";
import { barPanel } from "./bars.ts";
import { axisTitle, list, metricBars, pctAbs, topLevel } from "./common.ts";
import type { ChartDef } from "./types.ts";
import { BAR_WIDTH } from "./layout.ts";
import { scenarioLabels } from "./theme.ts";

/** Pod-to-Pod round-trip time per scenario: iperf3's mean RTT, so it is labelled as a mean everywhere. */
export const rtt: ChartDef = {
  id: "rtt",
  titleKey: "chart.rtt.title",
  build(model, i18n, layout = "wide") {
    const panel = barPanel(i18n, {
      width: BAR_WIDTH[layout],
      axis: axisTitle(i18n, i18n.t("chart.rtt.axis"), "us"),
      bars: metricBars(model, i18n, "rtt"),
      categories: scenarioLabels(i18n),
      categoryTitle: i18n.t("chart.scenario"),
    });
    const m = model.environment.method.rtt;
    const subtitle = i18n.t("chart.rtt.subtitle", { duration: i18n.unit(m.duration_s, "s", 0), bytes: i18n.f.integer(m.payload_bytes) });
    return topLevel(i18n, "rtt", subtitle, [panel], layout);
  },
  table: (model, i18n) => metricTable(model, i18n, "rtt", ["rtt"]),
  finding(model, i18n) {
    const rows = series(model, "rtt");
    const best = d.allLowest(rows);
    const low = d.lowest(rows);
    const base = rows.find((r) => r.key === "A");
    const value = i18n.unit(low.value, "us", 0);
    if (!base || best.includes("A")) return i18n.t("chart.rtt.finding_base", { best: list(i18n, best), value });
    return i18n.t("chart.rtt.finding", {
      best: list(i18n, best),
      value,
      pct: pctAbs(i18n, d.percentChange(base.value, low.value)),
      base: i18n.unit(base.value, "us", 0),
    });
  },
};
