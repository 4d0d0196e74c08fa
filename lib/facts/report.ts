import type { Model, ScenarioId } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import * as d from "../derive/index.ts";
import type { I18n } from "../i18n/index.ts";
import { anomalyScenarios } from "./anomaly.ts";
import { formatChange } from "./change.ts";
import { METRICS, series, valueOf } from "../domain/metrics.ts";

/** The share of UDP loss that splits "lost a lot" from "lost little"; the claims use the same line. */
export const UDP_HIGH_LOSS_PERCENT = 10;
/** The original summed up service scaling on E as "every metric within 5 %"; the report checks that against the data. */
export const ORIGINAL_SVC_TOLERANCE_PERCENT = 5;

/** Scenarios whose UDP loss is above the high-loss line, and the rest, in A–E order. */
export function udpLossGroups(model: Model): { high: ScenarioId[]; low: ScenarioId[] } {
  const rows = series(model, "udp_loss");
  return {
    high: rows.filter((r) => r.value > UDP_HIGH_LOSS_PERCENT).map((r) => r.key),
    low: rows.filter((r) => r.value <= UDP_HIGH_LOSS_PERCENT).map((r) => r.key),
  };
}

/**
 * What reached the receiver, estimated from the two UDP figures: iperf3 reports the sending rate and the share of
 * datagrams lost, so sent × (1 − loss) is what arrived.
 */
export function udpDelivered(model: Model): { key: ScenarioId; value: number }[] {
  return SCENARIO_IDS.map((s) => ({ key: s, value: valueOf(model, "udp", s) * (1 - valueOf(model, "udp_loss", s) / 100) }));
}

/** The largest p99 change between two neighbouring scenarios (A→B, B→C, …), in percent, without sign. */
export function largestNeighbourP99Change(model: Model): number {
  const rows = series(model, "p99_1000");
  let max = 0;
  for (let i = 1; i < rows.length; i++) max = Math.max(max, Math.abs(d.percentChange(rows[i - 1].value, rows[i].value)));
  return max;
}

/** How far p99 at the low load moved between separate runs of one scenario (the scaling runs on A and on E). */
export function runToRunP99Drift(model: Model): number {
  const kp = model.kubeProxyScaling.keepalive;
  const ss = model.serviceScaling.runs;
  return Math.max(
    Math.abs(d.percentChange(kp[0].http_p99_ms, kp[kp.length - 1].http_p99_ms)),
    Math.abs(d.percentChange(ss[0].http_p99_ms, ss[ss.length - 1].http_p99_ms)),
  );
}

/**
 * Figures the report's prose names beyond the per-metric ones: sources, environment details, groups, absolute gaps,
 * ranges and estimates. Each is computed here from the model, never typed in content.
 */
export function reportFacts(model: Model, i18n: I18n, has: (k: string) => boolean, put: (k: string, v: string) => void): void {
  const env = model.environment;
  const list = i18n.list;
  const range = i18n.range;

  // Where the benchmark comes from.
  const src = model.report.source;
  put("source.repo", src.repository);
  put("source.licence", src.licence);
  put("source.url", src.url);
  put("source.report_url", src.report_url);
  put("source.scripts_url", src.scripts_url);
  for (const l of model.references.links) put(`ref.${l.id}.url`, l.url);

  // Environment details that prose mentions by name.
  put("env.region", env.region);
  put("env.node_az", env.node_az);
  put("env.cluster_azs", list(env.cluster_azs));
  put("env.cluster_pool_cidr", env.cluster_pool_cidr);
  put("env.os", env.os);
  for (const w of env.workloads) put(`workload.${w.id}.replicas`, i18n.f.integer(w.replicas));

  // Per metric: the range across scenarios and the absolute gap between two scenarios (no sign, for "shorter by").
  for (const m of METRICS) {
    const rows = series(model, m.id);
    if (!rows.length) continue;
    const values = rows.map((r) => r.value);
    if (!has(`${m.id}.range`)) put(`${m.id}.range`, range(Math.min(...values), Math.max(...values), m.unit, m.digits));
    for (const a of rows) for (const b of rows) if (a.key !== b.key) put(`${m.id}.gap.${a.key}.${b.key}`, i18n.unit(Math.abs(b.value - a.value), m.unit, m.digits));
  }

  // UDP: which scenarios lost a lot, what the rest lost at most, and what reached the receivers.
  const groups = udpLossGroups(model);
  const pick = (id: string, keys: ScenarioId[]) => series(model, id).filter((r) => keys.includes(r.key)).map((r) => r.value);
  put("udp.group.high.list", list(groups.high));
  put("udp.group.low.list", list(groups.low));
  if (groups.low.length) {
    put("udp_loss.group.low.max", i18n.unit(Math.max(...pick("udp_loss", groups.low)), "percent", 2));
    put("udp.group.low.range", range(Math.min(...pick("udp", groups.low)), Math.max(...pick("udp", groups.low)), "gbps", 2));
  }
  if (groups.high.length) {
    put("udp_loss.group.high.range", range(Math.min(...pick("udp_loss", groups.high)), Math.max(...pick("udp_loss", groups.high)), "percent", 2));
    put("udp.group.high.range", range(Math.min(...pick("udp", groups.high)), Math.max(...pick("udp", groups.high)), "gbps", 2));
  }
  const delivered = udpDelivered(model);
  for (const r of delivered) put(`udp.delivered.${r.key}`, i18n.unit(r.value, "gbps", 2));
  put("udp.delivered.min", i18n.unit(d.lowest(delivered).value, "gbps", 2));
  put("udp.delivered.max", i18n.unit(d.highest(delivered).value, "gbps", 2));
  put("udp.delivered.spread", i18n.f.percent(d.spreadPercent(delivered.map((r) => r.value)), 1));

  // HTTP at the high target: the scenarios whose p99 spiked, each with its figure.
  const anomalies = anomalyScenarios(model);
  put("http.anomaly.detail", list(anomalies.map((s) => i18n.t("ui.list_item", { name: s, value: i18n.unit(valueOf(model, "p99_5000", s), "ms", 2) }))));
  const calm = SCENARIO_IDS.filter((s) => !anomalies.includes(s));
  if (calm.length) {
    const v = calm.map((s) => valueOf(model, "p99_5000", s));
    put("http.calm.list", list([...calm]));
    put("p99_5000.calm.range", range(Math.min(...v), Math.max(...v), "ms", 2));
  }

  // Service scaling: the original's tolerance, and how far p99 drifted between runs of one scenario.
  put("svc.original_tolerance", i18n.f.percent(ORIGINAL_SVC_TOLERANCE_PERCENT, 0));
  put("p99.run_drift.max", i18n.f.percent(runToRunP99Drift(model), 0));
  put("p99.neighbour_change.max", i18n.f.percent(largestNeighbourP99Change(model), 0));

  // kube-proxy scaling on A: average latency over keepalive connections.
  const kp = model.kubeProxyScaling.keepalive;
  const avg = d.percentChange(kp[0].http_avg_ms, kp[kp.length - 1].http_avg_ms);
  put("kp.avg.change", formatChange(i18n, avg));

}
