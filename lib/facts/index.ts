import type { Model } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import { plotValue } from "../data/quantity.ts";
import * as d from "../derive/index.ts";
import type { I18n } from "../i18n/index.ts";
import { METRICS, series, valueOf } from "../domain/metrics.ts";
import { itemsAdded, itemsAlreadyOn, tunedPair } from "../domain/scenarios.ts";
import { claims } from "./claims.ts";
import { anomalyScenarios } from "./anomaly.ts";
import { changeDigits, formatAtLeast, formatChange, formatPointChange, formatTimes } from "./change.ts";
import { spaceHan } from "../i18n/format.ts";
import { reportFacts } from "./report.ts";
import { changeFacts } from "./changes.ts";
import { findingFacts, moveWords } from "./findings.ts";

export type Facts = Map<string, string>;

/**
 * Every figure and derived number that prose may name, formatted for one language.
 * Prose writes {{ f("rtt.E") }} or {{ f("rtt.change.A.E") }}; an unknown name stops the build.
 */
export function buildFacts(model: Model, i18n: I18n): Facts {
  const facts: Facts = new Map();
  const put = (k: string, v: string) => facts.set(k, v);
  const pct = (v: number) => formatChange(i18n, v);
  const times = (v: number) => formatTimes(i18n, v);

  for (const m of METRICS) {
    const rows = series(model, m.id);
    for (const r of rows) {
      put(`${m.id}.${r.key}`, i18n.unit(r.value, m.unit, m.digits));
    }
    if (!rows.length) continue;
    const low = d.lowest(rows);
    const high = d.highest(rows);
    put(`${m.id}.lowest`, low.key);
    put(`${m.id}.highest`, high.key);
    put(`${m.id}.min`, i18n.unit(low.value, m.unit, m.digits));
    put(`${m.id}.max`, i18n.unit(high.value, m.unit, m.digits));
    put(`${m.id}.spread`, i18n.f.percent(d.spreadPercent(rows.map((r) => r.value)), 1));
    for (const a of rows) {
      for (const b of rows) {
        if (a.key === b.key) continue;
        put(`${m.id}.change.${a.key}.${b.key}`, m.unit === "percent" ? formatPointChange(i18n, a.value, b.value) : pct(d.percentChange(a.value, b.value)));
        put(`${m.id}.diff.${a.key}.${b.key}`, signed(i18n.unit(Math.abs(b.value - a.value), m.unit, m.digits), b.value - a.value));
        put(`${m.id}.ratio.${a.key}.${b.key}`, times(d.ratio(b.value, a.value)));
      }
    }
  }

  const env = model.environment;
  put("nic.limit", i18n.unit(env.node.nic_bandwidth_gbps, "gbps", 1));
  put("nic.baseline", i18n.unit(env.node.nic_baseline_gbps, "gbps", 3));
  put("nic.checked_on", formatDate(env.node.nic_checked_on, i18n.lang.intl));
  put("tcp.share_of_nic.min", formatAtLeast(i18n, d.shareOf(env.node.nic_bandwidth_gbps, Math.min(...series(model, "tcp").map((r) => r.value)))));
  put("env.nodes", i18n.f.integer(env.node_count));
  put("env.instance", env.node.instance_type);
  put("env.eks", env.eks_version);
  put("env.cilium", env.cilium_version);
  put("method.tcp.duration", i18n.unit(env.method.tcp.duration_s, "s", 0));
  put("method.tcp.streams", i18n.f.integer(env.method.tcp.streams));
  put("method.udp.duration", i18n.unit(env.method.udp.duration_s, "s", 0));
  put("method.udp.target", i18n.unit(env.method.udp.target_gbps, "gbps", 0));
  put("method.rtt.duration", i18n.unit(env.method.rtt.duration_s, "s", 0));
  put("method.http.duration", i18n.unit(env.method.http.duration_s, "s", 0));
  const levels = env.method.http.levels.filter((l) => l.qps > 0).map((l) => l.qps).sort((a, b) => a - b);
  put("load.low", i18n.f.integer(levels[0]));
  put("load.high", i18n.f.integer(levels[levels.length - 1]));
  put("method.http.connections", env.method.http.levels.map((l) => i18n.f.integer(l.connections)).join(i18n.t("tbl.series_sep")));
  put("method.dns.queries", i18n.f.integer(env.method.dns.queries));
  put("repeats.min", i18n.f.integer(model.report.repeats.min));
  put("measured_on", formatDate(model.runDate, i18n.lang.intl));

  // HTTP at QPS 5,000: runs whose p99 is far above their own max-QPS p99 are the anomaly the report explains.
  const anomalies = anomalyScenarios(model);
  put("http.anomaly.list", i18n.list(anomalies));
  put("http.anomaly.count", i18n.f.integer(anomalies.length));
  const normal = SCENARIO_IDS.map((s) => valueOf(model, "p99_max", s));
  put("p99_max.range", i18n.t("quantity.range", { min: i18n.f.number(Math.min(...normal), 0), max: i18n.unit(Math.max(...normal), "ms", 0) }));
  put("p99_1000.range", i18n.t("quantity.range", { min: i18n.f.number(Math.min(...series(model, "p99_1000").map((r) => r.value)), 2), max: i18n.unit(Math.max(...series(model, "p99_1000").map((r) => r.value)), "ms", 2) }));
  put("dns.range", i18n.t("quantity.range", { min: i18n.f.number(Math.min(...series(model, "dns_p50").map((r) => r.value), ...series(model, "dns_p99").map((r) => r.value)), 0), max: i18n.unit(Math.max(...series(model, "dns_p99").map((r) => r.value)), "ms", 0) }));

  // Service scaling on E, first vs last run.
  const ss = model.serviceScaling.runs;
  const s0 = ss[0], s1 = ss[ss.length - 1];
  put("svc.from", i18n.f.integer(s0.services));
  put("svc.to", i18n.f.integer(s1.services));
  put("svc.ratio", times(d.ratio(s0.services, s1.services)));
  put("svc.p99.from", i18n.unit(s0.http_p99_ms, "ms", 2));
  put("svc.p99.to", i18n.unit(s1.http_p99_ms, "ms", 2));
  put("svc.p99.change", pct(d.percentChange(s0.http_p99_ms, s1.http_p99_ms)));
  put("svc.qps.change", pct(d.percentChange(s0.max_qps, s1.max_qps)));
  put("svc.tcp.change", pct(d.percentChange(s0.tcp_gbps, s1.tcp_gbps)));
  put("svc.dns.change", pct(d.percentChange(s0.dns_p50_ms, s1.dns_p50_ms)));
  // The same changes as verbs, for sentences: prose says "fell 7.6%", tables keep the signed figure.
  put("svc.p99.move", moveWords(i18n, s0.http_p99_ms, s1.http_p99_ms));
  put("svc.p99.move_and", moveWords(i18n, s0.http_p99_ms, s1.http_p99_ms, false, "dir.move_and"));
  put("svc.qps.move", moveWords(i18n, s0.max_qps, s1.max_qps));
  put("svc.qps.move_and", moveWords(i18n, s0.max_qps, s1.max_qps, false, "dir.move_and"));
  put("svc.tcp.move", moveWords(i18n, s0.tcp_gbps, s1.tcp_gbps));
  put("svc.dns.move", moveWords(i18n, s0.dns_p50_ms, s1.dns_p50_ms));
  put("svc.p99.size", i18n.f.percent(Math.abs(d.percentChange(s0.http_p99_ms, s1.http_p99_ms)), changeDigits(d.percentChange(s0.http_p99_ms, s1.http_p99_ms))));
  put("svc.max_abs_change", i18n.f.percent(Math.max(...[d.percentChange(s0.http_p99_ms, s1.http_p99_ms), d.percentChange(s0.max_qps, s1.max_qps), d.percentChange(s0.tcp_gbps, s1.tcp_gbps)].map(Math.abs)), 1));

  // kube-proxy scaling on A.
  const kp = model.kubeProxyScaling.keepalive;
  const k0 = kp[0], k1 = kp[kp.length - 1];
  put("kp.services.from", i18n.f.integer(k0.services));
  put("kp.services.mid", i18n.f.integer(kp[1].services));
  put("kp.services.to", i18n.f.integer(k1.services));
  put("kp.nat.from", i18n.f.integer(k0.nat_rules));
  put("kp.nat.mid", i18n.f.integer(kp[1].nat_rules));
  put("kp.nat.to", i18n.f.integer(k1.nat_rules));
  put("kp.nat.ratio", times(d.ratio(k0.nat_rules, k1.nat_rules)));
  put("kp.sync.from", i18n.quantity(k0.sync_ms, "ms", 0));
  put("kp.sync.to", i18n.quantity(k1.sync_ms, "ms", 0));
  const sy0 = plotValue(k0.sync_ms), sy1 = plotValue(k1.sync_ms);
  if (sy0 !== null && sy1 !== null) put("kp.sync.change", pct(d.percentChange(sy0, sy1)));
  put("kp.p99.from", i18n.unit(k0.http_p99_ms, "ms", 2));
  put("kp.p99.to", i18n.unit(k1.http_p99_ms, "ms", 2));
  put("kp.p99.change", pct(d.percentChange(k0.http_p99_ms, k1.http_p99_ms)));
  put("kp.p99.size", i18n.f.percent(Math.abs(d.percentChange(k0.http_p99_ms, k1.http_p99_ms)), changeDigits(d.percentChange(k0.http_p99_ms, k1.http_p99_ms))));
  put("kp.qps.from", i18n.unit(k0.max_qps, "qps", 0));
  put("kp.qps.to", i18n.unit(k1.max_qps, "qps", 0));
  put("kp.qps.change", pct(d.percentChange(k0.max_qps, k1.max_qps)));
  const cc = model.kubeProxyScaling.connection_close;
  const c0 = cc[0], c1 = cc[cc.length - 1];
  put("kp.close.services.to", i18n.f.integer(c1.services));
  put("kp.close.setup.from", i18n.unit(c0.conn_setup_us, "us", 0));
  put("kp.close.setup.to", i18n.unit(c1.conn_setup_us, "us", 0));
  put("kp.close.setup.diff", signed(i18n.unit(Math.abs(c1.conn_setup_us - c0.conn_setup_us), "us", 0), c1.conn_setup_us - c0.conn_setup_us));
  put("kp.close.setup.change", pct(d.percentChange(c0.conn_setup_us, c1.conn_setup_us)));
  put("kp.close.p99.from", i18n.unit(c0.http_p99_ms, "ms", 2));
  put("kp.close.p99.to", i18n.unit(c1.http_p99_ms, "ms", 2));
  put("kp.close.p99.change", pct(d.percentChange(c0.http_p99_ms, c1.http_p99_ms)));
  put("kp.close.avg.change", pct(d.percentChange(c0.http_avg_ms, c1.http_avg_ms)));
  put("kp.close.setup.gap", i18n.unit(Math.abs(c1.conn_setup_us - c0.conn_setup_us), "us", 0));
  put("kp.close.setup.size", i18n.f.percent(Math.abs(d.percentChange(c0.conn_setup_us, c1.conn_setup_us)), changeDigits(d.percentChange(c0.conn_setup_us, c1.conn_setup_us))));
  put("kp.close.p99.move", moveWords(i18n, c0.http_p99_ms, c1.http_p99_ms));
  put("kp.close.p99.move_and", moveWords(i18n, c0.http_p99_ms, c1.http_p99_ms, false, "dir.move_and"));
  put("kp.close.avg.move", moveWords(i18n, c0.http_avg_ms, c1.http_avg_ms));

  // Resources and tuning.
  for (const r of model.cniResources.rows) {
    put(`mem.${r.scenario}`, i18n.quantity(r.memory_mib, "mib", 0));
    put(`cpu.${r.scenario}`, i18n.quantity(r.cpu_millicores, "millicores", 0));
  }
  const mem = model.cniResources.rows.flatMap((r) => (r.memory_mib.kind === "exact" ? [{ key: r.scenario, value: r.memory_mib.value }] : []));
  put("mem.highest", d.highest(mem).key);
  const applied = model.tuning.items.filter((i) => i.applied);
  put("tuning.applied.count", i18n.f.integer(applied.length));
  put("tuning.skipped.count", i18n.f.integer(model.tuning.items.length - applied.length));
  put("tuning.total.count", i18n.f.integer(model.tuning.items.length));
  // What going from the untuned twin (D) to the tuned scenario (E) really changed: applied items D did not have.
  const { base, tuned } = tunedPair(model);
  const already = itemsAlreadyOn(model, base);
  put("tuning.added.count", i18n.f.integer(itemsAdded(model, base, tuned).length));
  put("tuning.already.count", i18n.f.integer(already.length));
  put("tuning.already.list", i18n.list(already.map((i) => i18n.t(`tuning.${i.id}.name`))));
  // "Only in Cilium" means the VPC CNI has none of it; features it has in part are counted apart.
  put("policy.cilium_only.count", i18n.f.integer(model.networkPolicy.features.filter((f) => f.cilium.support === "yes" && f.vpc_cni.support === "no").length));
  put("policy.vpc_partly.count", i18n.f.integer(model.networkPolicy.features.filter((f) => f.cilium.support === "yes" && f.vpc_cni.support === "partial").length));
  put("policy.as_of", formatDate(model.networkPolicy.as_of, i18n.lang.intl));
  put("policy.count", i18n.f.integer(model.networkPolicy.features.length));
  put("aiml.gpu_nic", i18n.t("quantity.range", { min: i18n.f.integer(model.aiml.gpu_nic_gbps.min), max: i18n.unit(model.aiml.gpu_nic_gbps.max, "gbps", 0) }));
  put("aiml.hops", model.aiml.pipeline_hops.map((h) => i18n.t(`aiml.hop.${h}`)).join(" → "));
  put("aiml.hops.count", i18n.f.integer(model.aiml.pipeline_hops.length - 1));
  put("xdp.kernel", env.kernel);
  // MTUs are byte counts written as network engineers write them: "9001", never "9,001".
  put("xdp.ena_max_mtu", String(model.xdp.ena_xdp_max_mtu));
  put("env.mtu", String(env.node.mtu));
  put("xdp.bpf_link_kernel", model.xdp.bpf_link_min_kernel);
  reportFacts(model, i18n, (k) => facts.has(k), put);
  findingFacts(model, i18n, put);
  changeFacts(model, i18n, put);
  return facts;
}

function signed(text: string, delta: number): string {
  return delta > 0 ? `+${text}` : delta < 0 ? `−${text}` : text;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, intl: string): string {
  let format = dateFormats.get(intl);
  if (!format) dateFormats.set(intl, (format = new Intl.DateTimeFormat(intl, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })));
  const date = format.format(new Date(iso + "T00:00:00Z"));
  // Chinese spaces digits from Han like every other figure on the page ("2026 年 2 月 9 日"); Intl writes them together.
  return /^zh/i.test(intl) ? spaceHan(date) : date;
}

export { claims, anomalyScenarios, changeDigits };
