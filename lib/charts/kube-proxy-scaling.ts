import * as d from "../derive/index.ts";
import type { Model, ScenarioId } from "../data/model.ts";
import { plotValue, type Quantity } from "../data/quantity.ts";
import type { I18n, Unit } from "../i18n/index.ts";
import { type Table, cell, head, num } from "../tables/types.ts";
import { barPanel, type Bar } from "./bars.ts";
import { axisTitle, pctAbs, pctSigned, topLevel } from "./common.ts";
import { moveWords } from "../facts/findings.ts";
import type { ChartDef } from "./types.ts";
import { columnsFor, PANEL_WIDTH } from "./layout.ts";

/** One figure at one Service count for one scenario, as the source states it. */
interface Point {
  services: number;
  scenario: ScenarioId;
  q: Quantity;
}

interface Panel {
  key: "nat" | "sync" | "setup" | "p99_keepalive" | "p99_close" | "qps";
  unit: Unit | null;
  digits: number;
  points(model: Model): Point[];
}

const exact = (value: number): Quantity => ({ kind: "exact", value });

/** kube-proxy (scenario A) per Service count; where E ran at the same counts, its figure stands beside A's. */
const PANELS: Panel[] = [
  { key: "nat", unit: null, digits: 0, points: (m) => m.kubeProxyScaling.keepalive.map((r) => ({ services: r.services, scenario: m.kubeProxyScaling.scenario, q: exact(r.nat_rules) })) },
  { key: "sync", unit: "ms", digits: 0, points: (m) => m.kubeProxyScaling.keepalive.map((r) => ({ services: r.services, scenario: m.kubeProxyScaling.scenario, q: r.sync_ms })) },
  { key: "setup", unit: "us", digits: 0, points: (m) => m.kubeProxyScaling.connection_close.map((r) => ({ services: r.services, scenario: m.kubeProxyScaling.scenario, q: exact(r.conn_setup_us) })) },
  {
    key: "p99_keepalive",
    unit: "ms",
    digits: 2,
    points: (m) => [
      ...m.kubeProxyScaling.keepalive.map((r) => ({ services: r.services, scenario: m.kubeProxyScaling.scenario, q: exact(r.http_p99_ms) })),
      ...m.serviceScaling.runs.map((r) => ({ services: r.services, scenario: m.serviceScaling.scenario, q: exact(r.http_p99_ms) })),
    ],
  },
  { key: "p99_close", unit: "ms", digits: 2, points: (m) => m.kubeProxyScaling.connection_close.map((r) => ({ services: r.services, scenario: m.kubeProxyScaling.scenario, q: exact(r.http_p99_ms) })) },
  {
    key: "qps",
    unit: "qps",
    digits: 0,
    points: (m) => [
      ...m.kubeProxyScaling.keepalive.map((r) => ({ services: r.services, scenario: m.kubeProxyScaling.scenario, q: exact(r.max_qps) })),
      ...m.serviceScaling.runs.map((r) => ({ services: r.services, scenario: m.serviceScaling.scenario, q: exact(r.max_qps) })),
    ],
  },
];

/** Every Service count any kube-proxy run used, ascending: the rows of every panel. */
function counts(model: Model): number[] {
  const all = [...model.kubeProxyScaling.keepalive, ...model.kubeProxyScaling.connection_close].map((r) => r.services);
  return [...new Set(all)].sort((a, b) => a - b);
}

/** Rows are bare Service counts; the axis title says what they count. */
const servicesLabel = (i18n: I18n, n: number) => i18n.f.integer(n);
const panelTitle = (i18n: I18n, p: Panel) => {
  const label = i18n.t(`chart.kube-proxy-scaling.${p.key}`);
  return p.unit ? axisTitle(i18n, label, p.unit) : label;
};
/** A figure as the source states it: "~130 ms" stays approximate; a rule count is a bare integer. */
const format = (i18n: I18n, p: Panel, q: Quantity) => (p.unit ? i18n.quantity(q, p.unit, p.digits) : i18n.f.integer(plotValue(q) ?? 0));

/** A figure's bar, or a "not run" label where a scenario has no run at that Service count. */
function bars(model: Model, i18n: I18n, p: Panel): Bar[] {
  const pts = p.points(model);
  const scenarios = [...new Set(pts.map((x) => x.scenario))];
  return counts(model).flatMap((n) =>
    scenarios.map((s): Bar => {
      const pt = pts.find((x) => x.services === n && x.scenario === s);
      const category = servicesLabel(i18n, n);
      if (!pt) return { category, scenario: s, value: null, text: i18n.t("chart.not_run") };
      const v = pt.q.kind === "range" ? pt.q.min : plotValue(pt.q);
      return { category, scenario: s, value: v, ...(pt.q.kind === "range" ? { hi: pt.q.max } : {}), text: format(i18n, p, pt.q) };
    }),
  );
}

export const kubeProxyScaling: ChartDef = {
  id: "kube-proxy-scaling",
  titleKey: "chart.kube-proxy-scaling.title",
  build(model, i18n, layout = "wide") {
    const categories = counts(model).map((n) => servicesLabel(i18n, n));
    const shown: ScenarioId[] = [model.kubeProxyScaling.scenario, model.serviceScaling.scenario];
    const panels = PANELS.map((p) =>
      barPanel(
        i18n,
        {
          title: panelTitle(i18n, p),
          axis: panelTitle(i18n, p),
          axisTitle: false,
          bars: bars(model, i18n, p),
          categories,
          categoryTitle: i18n.t("chart.services"),
          showCategoryTitle: true,
          width: PANEL_WIDTH[layout],
        },
        shown,
      ),
    );
    const subtitle = i18n.t("chart.kube-proxy-scaling.subtitle", { counts: counts(model).map((n) => i18n.f.integer(n)).join(" → ") });
    return topLevel(i18n, "kube-proxy-scaling", subtitle, panels, layout, columnsFor(layout, panels.length));
  },
  table(model, i18n): Table {
    const rows = counts(model);
    const columns = PANELS.flatMap((p) => [...new Set(p.points(model).map((x) => x.scenario))].map((s) => ({ p, s })));
    return {
      id: "chart-kube-proxy-scaling",
      caption: i18n.t("chart.kube-proxy-scaling.title"),
      columns: [cell(i18n.t("chart.services")), ...columns.map(({ p, s }) => cell(`${panelTitle(i18n, p)} · ${s}`, { numeric: true }))],
      rows: rows.map((n) => [
        head(servicesLabel(i18n, n)),
        ...columns.map(({ p, s }) => {
          const pt = p.points(model).find((x) => x.services === n && x.scenario === s);
          return pt ? num(format(i18n, p, pt.q)) : cell(i18n.t("chart.not_run"), { tone: "muted" });
        }),
      ]),
    };
  },
  finding(model, i18n) {
    const ka = model.kubeProxyScaling.keepalive;
    const cc = model.kubeProxyScaling.connection_close;
    const [k0, k1] = [ka[0], ka[ka.length - 1]];
    const [c0, c1] = [cc[0], cc[cc.length - 1]];
    const ratio = d.ratio(k0.nat_rules, k1.nat_rules);
    return i18n.t("chart.kube-proxy-scaling.finding", {
      from: i18n.f.integer(k0.services),
      to: i18n.f.integer(k1.services),
      ratio: i18n.t("unit.times", { value: i18n.f.number(ratio, ratio >= 10 ? 0 : 1) }),
      n_from: i18n.f.integer(k0.nat_rules),
      n_to: i18n.f.integer(k1.nat_rules),
      setup_diff: i18n.unit(Math.abs(c1.conn_setup_us - c0.conn_setup_us), "us", 0),
      setup_change: pctSigned(i18n, d.percentChange(c0.conn_setup_us, c1.conn_setup_us)),
      qps_change: pctSigned(i18n, d.percentChange(k0.max_qps, k1.max_qps)),
      qps_move: moveWords(i18n, k0.max_qps, k1.max_qps),
      qps_size: pctAbs(i18n, d.percentChange(k0.max_qps, k1.max_qps)),
      setup_gap: i18n.unit(Math.abs(c1.conn_setup_us - c0.conn_setup_us), "us", 0),
      setup_size: pctAbs(i18n, d.percentChange(c0.conn_setup_us, c1.conn_setup_us)),
    });
  },
};
