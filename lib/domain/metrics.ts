import type { Model, ScenarioId, ScenarioResult } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import type { Unit } from "../i18n/index.ts";

/** The per-scenario figures of the main results, each with the unit and precision it is shown with. */
export interface Metric {
  id: string;
  unit: Unit;
  digits: number;
  /** Lower is better for every metric except throughput and QPS. */
  better: "lower" | "higher";
  get(r: ScenarioResult): number | null;
  /** Locale key of the label, and the load level it names (data decides the level, not the locale). */
  label: { key: string; qps?: number };
}

export const METRICS: readonly Metric[] = [
  { id: "tcp", unit: "gbps", digits: 2, better: "higher", get: (r) => r.network.tcpGbps, label: { key: "metric.tcp" } },
  { id: "udp", unit: "gbps", digits: 2, better: "higher", get: (r) => r.network.udpGbps, label: { key: "metric.udp" } },
  { id: "udp_loss", unit: "percent", digits: 2, better: "lower", get: (r) => r.network.udpLossPct, label: { key: "metric.udp_loss" } },
  { id: "rtt", unit: "us", digits: 0, better: "lower", get: (r) => r.network.meanRttUs, label: { key: "metric.rtt" } },
  { id: "qps_1000", unit: "qps", digits: 1, better: "higher", get: (r) => r.http.qps1000.actualQps, label: { key: "metric.actual_at", qps: 1000 } },
  { id: "p50_1000", unit: "ms", digits: 2, better: "lower", get: (r) => r.http.qps1000.p50Ms, label: { key: "metric.p50_at", qps: 1000 } },
  { id: "p99_1000", unit: "ms", digits: 2, better: "lower", get: (r) => r.http.qps1000.p99Ms, label: { key: "metric.p99_at", qps: 1000 } },
  { id: "qps_5000", unit: "qps", digits: 1, better: "higher", get: (r) => r.http.qps5000.actualQps, label: { key: "metric.actual_at", qps: 5000 } },
  { id: "p99_5000", unit: "ms", digits: 2, better: "lower", get: (r) => r.http.qps5000.p99Ms, label: { key: "metric.p99_at", qps: 5000 } },
  { id: "qps_max", unit: "qps", digits: 1, better: "higher", get: (r) => r.http.qpsMax.actualQps, label: { key: "metric.actual_max" } },
  { id: "p99_max", unit: "ms", digits: 2, better: "lower", get: (r) => r.http.qpsMax.p99Ms, label: { key: "metric.p99_max" } },
  { id: "dns_p50", unit: "ms", digits: 0, better: "lower", get: (r) => r.dns.p50Ms, label: { key: "metric.dns_p50" } },
  { id: "dns_p99", unit: "ms", digits: 0, better: "lower", get: (r) => r.dns.p99Ms, label: { key: "metric.dns_p99" } },
];

export function metric(id: string): Metric {
  const m = METRICS.find((x) => x.id === id);
  if (!m) throw new Error(`unknown metric "${id}"; known: ${METRICS.map((x) => x.id).join(", ")}`);
  return m;
}

/** The metric's value for every scenario that has it, in A–E order. */
export function series(model: Model, id: string): { key: ScenarioId; value: number }[] {
  const m = metric(id);
  return SCENARIO_IDS.flatMap((s) => {
    const v = m.get(model.results[s]);
    return v === null ? [] : [{ key: s, value: v }];
  });
}

export function valueOf(model: Model, id: string, s: ScenarioId): number {
  const v = metric(id).get(model.results[s]);
  if (v === null) throw new Error(`data/results: scenario ${s} has no value for ${id} (the file says "N/A")`);
  return v;
}

export function metricLabel(m: Metric, t: (key: string, params?: Record<string, string | number>) => string, formatQps: (n: number) => string): string {
  return m.label.qps === undefined ? t(m.label.key) : t(m.label.key, { qps: formatQps(m.label.qps) });
}
