import * as d from "../derive/index.ts";
import { series } from "../domain/metrics.ts";
import { barPanel } from "./bars.ts";
import { axisTitle, list, metricBars, topLevel } from "./common.ts";
import { metricTable } from "./tables.ts";
import type { ChartDef } from "./types.ts";
import { BAR_WIDTH } from "./layout.ts";
import { scenarioLabels } from "./theme.ts";

/** UDP packet loss per scenario, on a scale from zero so a 0.03% run and a 20% run are seen for what they are. */
export const udpLoss: ChartDef = {
  id: "udp-loss",
  titleKey: "chart.udp-loss.title",
  build(model, i18n, layout = "wide") {
    const panel = barPanel(i18n, {
      width: BAR_WIDTH[layout],
      axis: axisTitle(i18n, i18n.t("chart.udp-loss.axis"), "percent"),
      bars: metricBars(model, i18n, "udp_loss"),
      categories: scenarioLabels(i18n),
      categoryTitle: i18n.t("chart.scenario"),
    });
    const m = model.environment.method.udp;
    const subtitle = i18n.t("chart.udp-loss.subtitle", { target: i18n.unit(m.target_gbps, "gbps", 0), duration: i18n.unit(m.duration_s, "s", 0) });
    return topLevel(i18n, "udp-loss", subtitle, [panel], layout);
  },
  table: (model, i18n) => metricTable(model, i18n, "udp-loss", ["udp_loss", "udp"]),
  finding(model, i18n) {
    const rows = series(model, "udp_loss");
    const low = d.lowest(rows).value;
    const high = d.highest(rows).value;
    return i18n.t("chart.udp-loss.finding", {
      min: i18n.unit(low, "percent", 2),
      low: list(i18n, d.allLowest(rows)),
      max: i18n.unit(high, "percent", 2),
      high: list(i18n, rows.filter((r) => r.value === high).map((r) => r.key)),
    });
  },
};
