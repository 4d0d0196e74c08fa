import type { Model } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import { metric } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { type Cell, type Table, cell, head, num } from "../tables/types.ts";
import { metricTitle } from "./common.ts";
import { scenarioLabel } from "./theme.ts";

/** A chart's data as a table: one row per scenario, one column per metric, formatted like every other table. */
export function metricTable(model: Model, i18n: I18n, id: string, metrics: string[]): Table {
  return {
    id: `chart-${id}`,
    caption: i18n.t(`chart.${id}.title`),
    columns: [cell(i18n.t("chart.scenario")), ...metrics.map((m) => cell(metricTitle(i18n, m), { numeric: true }))],
    rows: SCENARIO_IDS.map((s) => [
      head(scenarioLabel(i18n, s)),
      ...metrics.map((id): Cell => {
        const m = metric(id);
        const v = m.get(model.results[s]);
        return v === null ? cell(i18n.t("chart.not_measured"), { tone: "muted" }) : num(i18n.unit(v, m.unit, m.digits));
      }),
    ]),
  };
}
