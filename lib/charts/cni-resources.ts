import * as d from "../derive/index.ts";
import type { Model, ScenarioId } from "../data/model.ts";
import { plotValue, type Quantity } from "../data/quantity.ts";
import type { I18n, Unit } from "../i18n/index.ts";
import { type Table, cell, head, num } from "../tables/types.ts";
import { barPanel, type Bar } from "./bars.ts";
import { axisTitle, list, topLevel } from "./common.ts";
import type { ChartDef } from "./types.ts";
import { columnsFor, PANEL_WIDTH } from "./layout.ts";
import { scenarioLabel, scenarioLabels } from "./theme.ts";

type Row = Model["cniResources"]["rows"][number];
const MEASURES: { key: "memory" | "cpu"; unit: Unit; get(r: Row): Quantity }[] = [
  { key: "memory", unit: "mib", get: (r) => r.memory_mib },
  { key: "cpu", unit: "millicores", get: (r) => r.cpu_millicores },
];

/** A bar per scenario: a range is solid to its low end and light to its high end; "not measured" is said in words. */
function bars(model: Model, i18n: I18n, m: (typeof MEASURES)[number]): Bar[] {
  return model.cniResources.rows.map((r) => {
    const q = m.get(r);
    const base = { category: scenarioLabel(i18n, r.scenario), scenario: r.scenario };
    switch (q.kind) {
      case "not-measured":
        return { ...base, value: null, text: i18n.t("chart.not_measured") };
      case "range":
        return { ...base, value: q.min, hi: q.max, text: i18n.quantity(q, m.unit, 0) };
      default:
        return { ...base, value: q.value, text: i18n.quantity(q, m.unit, 0) };
    }
  });
}

const title = (i18n: I18n, m: (typeof MEASURES)[number]) => axisTitle(i18n, i18n.t(`chart.cni-resources.${m.key}`), m.unit);

/** CNI agent memory and CPU per node under load, as read from kubectl top: ranges as ranges, gaps as gaps. */
export const cniResources: ChartDef = {
  id: "cni-resources",
  titleKey: "chart.cni-resources.title",
  build(model, i18n, layout = "wide") {
    const panels = MEASURES.map((m) =>
      barPanel(i18n, {
        title: title(i18n, m),
        axis: title(i18n, m),
        axisTitle: false,
        bars: bars(model, i18n, m),
        categories: scenarioLabels(i18n),
        categoryTitle: i18n.t("chart.scenario"),
        width: PANEL_WIDTH[layout],
      }),
    );
    return topLevel(i18n, "cni-resources", i18n.t("chart.cni-resources.subtitle"), panels, layout, columnsFor(layout, panels.length));
  },
  table(model, i18n): Table {
    return {
      id: "chart-cni-resources",
      caption: i18n.t("chart.cni-resources.title"),
      columns: [cell(i18n.t("chart.scenario")), ...MEASURES.map((m) => cell(title(i18n, m), { numeric: true }))],
      rows: model.cniResources.rows.map((r) => [
        head(scenarioLabel(i18n, r.scenario)),
        ...MEASURES.map((m) => {
          const q = m.get(r);
          return q.kind === "not-measured" ? cell(i18n.quantity(q, m.unit), { tone: "muted" }) : num(i18n.quantity(q, m.unit, 0));
        }),
      ]),
    };
  },
  finding(model, i18n) {
    const rows = model.cniResources.rows;
    const mem = rows.flatMap((r) => (r.memory_mib.kind === "not-measured" ? [] : [{ key: r.scenario, value: plotValue(r.memory_mib) ?? 0 }]));
    const top = d.highest(mem);
    const rest = mem.filter((r) => r.key !== top.key).map((r) => r.value);
    const cpu = rows.flatMap((r) => {
      const q = r.cpu_millicores;
      return q.kind === "range" ? [q.min, q.max] : q.kind === "not-measured" ? [] : [q.value];
    });
    const missing: ScenarioId[] = rows.filter((r) => r.memory_mib.kind === "not-measured" || r.cpu_millicores.kind === "not-measured").map((r) => r.scenario);
    const key = missing.length ? "chart.cni-resources.finding" : "chart.cni-resources.finding_all";
    return i18n.t(key, {
      top: top.key,
      top_value: i18n.unit(top.value, "mib", 0),
      rest: rest.length ? i18n.range(Math.min(...rest), Math.max(...rest), "mib", 0) : "",
      cpu: i18n.range(Math.min(...cpu), Math.max(...cpu), "millicores", 0),
      missing: list(i18n, missing),
    });
  },
};
