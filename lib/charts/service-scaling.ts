import * as d from "../derive/index.ts";
import type { I18n, Unit } from "../i18n/index.ts";
import type { Model } from "../data/model.ts";
import { type Table, cell, head, num } from "../tables/types.ts";
import { barPanel } from "./bars.ts";
import { axisTitle, pctSigned, topLevel } from "./common.ts";
import type { ChartDef } from "./types.ts";
import { columnsFor, PANEL_WIDTH } from "./layout.ts";

type Run = Model["serviceScaling"]["runs"][number];
interface Measure {
  key: string;
  unit: Unit;
  digits: number;
  get(r: Run): number;
}

/** The four figures recorded at each Service count; labels live under chart.service-scaling.<key>. */
const MEASURES: Measure[] = [
  { key: "p99", unit: "ms", digits: 2, get: (r) => r.http_p99_ms },
  { key: "qps", unit: "qps", digits: 0, get: (r) => r.max_qps },
  { key: "tcp", unit: "gbps", digits: 1, get: (r) => r.tcp_gbps },
  { key: "dns", unit: "ms", digits: 0, get: (r) => r.dns_p50_ms },
];

/** "4 Services", "Service 4개": one column leaves room to say what the rows count on each row. */
const services = (i18n: I18n, n: number) => i18n.unit(n, "services", 0);
const title = (i18n: I18n, m: Measure) => axisTitle(i18n, i18n.t(`chart.service-scaling.${m.key}`), m.unit);

/** Scenario E (Cilium, eBPF Service lookup) at each Service count it ran with: small multiples, each from zero. */
export const serviceScaling: ChartDef = {
  id: "service-scaling",
  titleKey: "chart.service-scaling.title",
  build(model, i18n, layout = "wide") {
    const { scenario, runs } = model.serviceScaling;
    const categories = runs.map((r) => services(i18n, r.services));
    const panels = MEASURES.map((m) =>
      barPanel(i18n, {
        title: title(i18n, m),
        axis: title(i18n, m),
        axisTitle: false,
        categories,
        categoryTitle: i18n.t("chart.services"),
        width: PANEL_WIDTH[layout],
        bars: runs.map((r) => ({ category: services(i18n, r.services), scenario, value: m.get(r), text: i18n.unit(m.get(r), m.unit, m.digits) })),
      }),
    );
    const subtitle = i18n.t("chart.service-scaling.subtitle", { from: i18n.f.integer(runs[0].services), to: i18n.f.integer(runs[runs.length - 1].services) });
    return topLevel(i18n, "service-scaling", subtitle, panels, layout, columnsFor(layout, panels.length));
  },
  table(model, i18n): Table {
    const runs = model.serviceScaling.runs;
    return {
      id: "chart-service-scaling",
      caption: i18n.t("chart.service-scaling.title"),
      columns: [cell(i18n.t("chart.services")), ...MEASURES.map((m) => cell(title(i18n, m), { numeric: true }))],
      rows: runs.map((r) => [head(services(i18n, r.services)), ...MEASURES.map((m) => num(i18n.unit(m.get(r), m.unit, m.digits)))]),
    };
  },
  finding(model, i18n) {
    const runs = model.serviceScaling.runs;
    const a = runs[0];
    const b = runs[runs.length - 1];
    const change = new Map(MEASURES.map((m) => [m.key, d.percentChange(m.get(a), m.get(b))]));
    const signed = (k: string) => pctSigned(i18n, change.get(k) ?? NaN);
    return i18n.t("chart.service-scaling.finding", {
      from: i18n.f.integer(a.services),
      to: i18n.f.integer(b.services),
      max_change: i18n.f.percent(Math.max(...[...change.values()].map(Math.abs)), 1),
      p99: signed("p99"),
      qps: signed("qps"),
      tcp: signed("tcp"),
    });
  },
};
