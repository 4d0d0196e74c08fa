import type { Model } from "../data/model.ts";
import { type Quantity, exact, plotValue } from "../data/quantity.ts";
import type { I18n, Unit } from "../i18n/index.ts";
import { type Better, change, digitsFor, times, toneOf } from "./change.ts";
import { scenarioTitle } from "./compare.ts";
import { type Cell, type Table, cell, head, num } from "./types.ts";

/** The lowest target load the HTTP test runs: the level the scaling runs report p99 at. */
export function lowLoad(model: Model): number {
  const levels = model.environment.method.http.levels.map((l) => l.qps).filter((q) => q > 0);
  if (!levels.length) throw new Error("data/environment.yaml: method.http.levels has no level with qps above 0");
  return Math.min(...levels);
}

/** Scenario E (eBPF service lookup) at each Service count it ran with, and the change from the first to the last run. */
export function serviceScalingTable(model: Model, i18n: I18n): Table {
  const ss = model.serviceScaling;
  const runs = ss.runs;
  const qps = i18n.f.integer(lowLoad(model));
  const spec: { label: string; unit: Unit; better: Better; get: (r: (typeof runs)[number]) => number }[] = [
    { label: i18n.t("metric.p99_at", { qps }), unit: "ms", better: "lower", get: (r) => r.http_p99_ms },
    { label: i18n.t("tbl.scaling.max_qps"), unit: "qps", better: "higher", get: (r) => r.max_qps },
    { label: i18n.t("metric.tcp"), unit: "gbps", better: "higher", get: (r) => r.tcp_gbps },
    { label: i18n.t("metric.dns_p50"), unit: "ms", better: "lower", get: (r) => r.dns_p50_ms },
  ];
  const first = runs[0], last = runs[runs.length - 1];
  return {
    id: "service-scaling",
    caption: i18n.t("tbl.scaling.svc_caption", { scenario: scenarioTitle(i18n, ss.scenario), from: i18n.f.integer(first.services), to: i18n.f.integer(last.services) }),
    columns: [
      cell(i18n.t("table.metric")),
      ...runs.map((r) => num(i18n.unit(r.services, "services"))),
      num(i18n.t("tbl.scaling.change", { from: i18n.f.integer(first.services), to: i18n.f.integer(last.services) })),
    ],
    rows: spec.map((m) => {
      const values = runs.map(m.get);
      const digits = digitsFor(values);
      const c = change(i18n, m.get(first), m.get(last), m.better);
      return [head(m.label), ...values.map((v) => num(i18n.unit(v, m.unit, digits))), num(c.text, c.tone ? { tone: c.tone } : {})];
    }),
    note: i18n.t("tbl.scaling.svc_note"),
  };
}

type Side = ((services: number) => Quantity | null) | "not-applicable";

interface KpRow {
  label: string;
  unit: Unit;
  better: Better;
  /** kube-proxy's figure at a Service count, or null when that count was not run for this row. */
  kp: (services: number) => Quantity | null;
  cilium: Side;
  /** NAT rules grow by a factor; every other row changes by a percent. */
  asRatio?: boolean;
}

/**
 * kube-proxy (iptables) at every Service count it ran with, keepalive and Connection: close, beside the Cilium runs
 * of data/service-scaling.yaml. Changes go from the smallest to the largest count that has the figure.
 */
export function kubeProxyScalingTable(model: Model, i18n: I18n): Table {
  const kp = model.kubeProxyScaling;
  const ss = model.serviceScaling;
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(`tbl.scaling.${k}`, p);
  const counts = [...new Set([...kp.keepalive.map((r) => r.services), ...kp.connection_close.map((r) => r.services)])].sort((a, b) => a - b);
  const ciliumCounts = ss.runs.map((r) => r.services);
  const keep = (n: number) => kp.keepalive.find((r) => r.services === n);
  const close = (n: number) => kp.connection_close.find((r) => r.services === n);
  const run = (n: number) => ss.runs.find((r) => r.services === n);
  const q = (v: number | Quantity | undefined): Quantity | null => (v === undefined ? null : typeof v === "number" ? exact(v) : v);
  const qps = i18n.f.integer(lowLoad(model));

  const rows: KpRow[] = [
    { label: t("kp.p99_keepalive", { qps }), unit: "ms", better: "lower", kp: (n) => q(keep(n)?.http_p99_ms), cilium: (n) => q(run(n)?.http_p99_ms) },
    { label: t("kp.avg_keepalive", { qps }), unit: "ms", better: "lower", kp: (n) => q(keep(n)?.http_avg_ms), cilium: () => null },
    { label: t("kp.qps_keepalive"), unit: "qps", better: "higher", kp: (n) => q(keep(n)?.max_qps), cilium: (n) => q(run(n)?.max_qps) },
    { label: i18n.t("metric.tcp"), unit: "gbps", better: "higher", kp: (n) => q(keep(n)?.tcp_gbps), cilium: (n) => q(run(n)?.tcp_gbps) },
    { label: t("kp.nat_rules"), unit: "rules", better: "lower", kp: (n) => q(keep(n)?.nat_rules), cilium: "not-applicable", asRatio: true },
    { label: t("kp.sync"), unit: "ms", better: "lower", kp: (n) => q(keep(n)?.sync_ms), cilium: "not-applicable" },
    { label: t("kp.setup_close"), unit: "us", better: "lower", kp: (n) => q(close(n)?.conn_setup_us), cilium: () => null },
    { label: t("kp.avg_close"), unit: "ms", better: "lower", kp: (n) => q(close(n)?.http_avg_ms), cilium: () => null },
    { label: t("kp.p99_close"), unit: "ms", better: "lower", kp: (n) => q(close(n)?.http_p99_ms), cilium: () => null },
  ];

  const notRun = () => cell(t("not_run"), { tone: "muted" });
  const side = (row: KpRow, get: (n: number) => Quantity | null, ns: number[]): Cell[] => {
    const qs = ns.map(get);
    const digits = digitsFor(qs.flatMap((x) => (x && x.kind !== "not-measured" ? (x.kind === "range" ? [x.min, x.max] : [x.value]) : [])));
    const cells = qs.map((x) => (x === null ? notRun() : x.kind === "not-measured" ? cell(i18n.quantity(x, row.unit, digits), { tone: "muted" }) : num(i18n.quantity(x, row.unit, digits))));
    // The change runs from the first to the last count, as the column header says; without both figures there is none.
    const ends = [qs[0], qs[qs.length - 1]].map((x) => ({ x, v: x === null ? null : plotValue(x) }));
    if (ns.length < 2 || ends.some((e) => e.v === null)) return [...cells, cell("—", { tone: "muted" })];
    const [a, b] = ends;
    if (row.asRatio) {
      const tone = toneOf(b.v! - a.v!, row.better);
      return [...cells, num(times(i18n, a.v!, b.v!), tone ? { tone } : {})];
    }
    const approx = a.x!.kind === "approx" || b.x!.kind === "approx";
    const c = change(i18n, a.v!, b.v!, row.better, approx);
    return [...cells, num(c.text, c.tone ? { tone: c.tone } : {})];
  };

  const svc = (n: number) => i18n.unit(n, "services");
  const span = (ns: number[]) => t("change", { from: i18n.f.integer(ns[0]), to: i18n.f.integer(ns[ns.length - 1]) });
  return {
    id: "kube-proxy-scaling",
    caption: t("kp_caption", { kp: scenarioTitle(i18n, kp.scenario), cilium: scenarioTitle(i18n, ss.scenario) }),
    columns: [
      cell(i18n.t("table.metric")),
      ...counts.map((n) => num(t("col_kp", { services: svc(n) }))),
      num(span(counts)),
      ...ciliumCounts.map((n) => num(t("col_cilium", { services: svc(n) }))),
      num(span(ciliumCounts)),
    ],
    rows: rows.map((row) => [
      head(row.label),
      ...side(row, row.kp, counts),
      ...(row.cilium === "not-applicable"
        ? [...ciliumCounts.map(() => cell(t("not_applicable"), { tone: "muted" })), cell("—", { tone: "muted" })]
        : side(row, row.cilium, ciliumCounts)),
    ]),
    note: t("kp_note", { kp: kp.scenario, cilium: ss.scenario }),
  };
}
