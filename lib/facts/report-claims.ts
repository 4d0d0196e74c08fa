import type { Model, ScenarioId } from "../data/model.ts";
import * as d from "../derive/index.ts";
import { anomalyScenarios } from "./anomaly.ts";
import { series, valueOf } from "../domain/metrics.ts";
import { largestNeighbourP99Change, runToRunP99Drift, UDP_HIGH_LOSS_PERCENT, udpDelivered, udpLossGroups } from "./report.ts";

/**
 * A sentence of interpretation and the test the data must pass for it to be printed. `uses` names the metrics it
 * rests on (or `shows` writes its figures), so a broken claim is reported with the numbers that broke it.
 */
export interface Claim {
  says: string;
  holds: (m: Model) => boolean;
  uses?: string[];
  shows?: (m: Model) => string;
}

export const svcShows = (m: Model): string =>
  `service scaling on E: ${m.serviceScaling.runs.map((r) => `${r.services} Services: p99 ${r.http_p99_ms} ms, max QPS ${r.max_qps}, TCP ${r.tcp_gbps} Gbps, DNS p50 ${r.dns_p50_ms} ms`).join(" → ")}`;

const v = (m: Model, id: string, s: ScenarioId) => valueOf(m, id, s);
const udpTarget = (m: Model) => m.environment.method.udp.target_gbps;
const lowLoad = (m: Model) => Math.min(...m.environment.method.http.levels.filter((l) => l.qps > 0).map((l) => l.qps));
const highLoad = (m: Model) => Math.max(...m.environment.method.http.levels.map((l) => l.qps));

/** Interpretive sentences of the report's prose, each checked against the data (see claims.ts). */
export const reportClaims: Record<string, Claim> = {
  "udp-loss-follows-rate": {
    says: "the scenarios that lost more than the high-loss line are exactly those that sent at the target rate (within 1 %), and both groups exist",
    shows: (m) => `udp: ${series(m, "udp").map((r) => `${r.key} ${r.value} Gbps`).join(", ")}; target ${udpTarget(m)} Gbps; udp_loss: ${series(m, "udp_loss").map((r) => `${r.key} ${r.value}%`).join(", ")}; high-loss line ${UDP_HIGH_LOSS_PERCENT}%`,
    holds: (m) => {
      const g = udpLossGroups(m);
      const atTarget = series(m, "udp").filter((r) => Math.abs(d.percentChange(udpTarget(m), r.value)) <= 1).map((r) => r.key);
      return g.high.length > 0 && g.low.length > 0 && g.high.join() === atTarget.join();
    },
  },
  "d-udp-like-a": {
    says: "D, like A, sent UDP at the target rate (within 1 %) and lost more than the high-loss line",
    shows: (m) => `udp: A ${v(m, "udp", "A")} Gbps, D ${v(m, "udp", "D")} Gbps (target ${udpTarget(m)}); udp_loss: A ${v(m, "udp_loss", "A")}%, D ${v(m, "udp_loss", "D")}% (line ${UDP_HIGH_LOSS_PERCENT}%)`,
    holds: (m) => (["A", "D"] as const).every((s) => Math.abs(d.percentChange(udpTarget(m), v(m, "udp", s))) <= 1 && v(m, "udp_loss", s) > UDP_HIGH_LOSS_PERCENT),
  },
  "original-run": {
    says: "the result files are the original's run, so sentences about what the original wrote of its own figures apply",
    shows: (m) => `results measured on ${m.runDate}; the original's run: ${m.report.measured_on} (data/report.yaml)`,
    holds: (m) => m.runDate === m.report.measured_on,
  },
  "udp-delivered-similar": {
    says: "what reached the UDP receivers (sent × (1 − loss)) differs by under 5 % across scenarios",
    shows: (m) => `delivered (sent × (1 − loss)): ${udpDelivered(m).map((r) => `${r.key} ${r.value.toFixed(2)} Gbps`).join(", ")}`,
    holds: (m) => d.spreadPercent(udpDelivered(m).map((r) => r.value)) < 5,
  },
  "bwm-only-e": {
    says: "the Bandwidth Manager (with BBR) is applied, and E is the only tuned scenario",
    shows: (m) => `fully tuned scenarios: ${m.scenarios.filter((s) => s.tuning === "full").map((s) => s.id).join(", ") || "none"}; bandwidth-manager applied: ${m.tuning.items.some((i) => i.id === "bandwidth-manager" && i.applied)}`,
    holds: (m) =>
      m.tuning.items.some((i) => i.id === "bandwidth-manager" && i.applied) &&
      m.scenarios.filter((s) => s.tuning === "full").map((s) => s.id).join() === "E",
  },
  "d-rtt-below-a": {
    says: "D has a lower mean RTT than A",
    uses: ["rtt"],
    holds: (m) => v(m, "rtt", "D") < v(m, "rtt", "A"),
  },
  "e-p99-above-d": {
    says: "E's HTTP p99 at the low load is higher than D's (the tuning did not lower p99)",
    uses: ["p99_1000"],
    holds: (m) => v(m, "p99_1000", "E") > v(m, "p99_1000", "D"),
  },
  "low-load-met": {
    says: "every scenario achieved the low target load (within 1 %)",
    uses: ["qps_1000"],
    holds: (m) => series(m, "qps_1000").every((r) => Math.abs(d.percentChange(lowLoad(m), r.value)) <= 1),
  },
  "high-load-not-met": {
    says: "no scenario achieved the high target load",
    uses: ["qps_5000"],
    holds: (m) => series(m, "qps_5000").every((r) => r.value < highLoad(m)),
  },
  "http-anomaly": {
    says: "at least one scenario's p99 at the high target load is more than five times its p99 at maximum load",
    uses: ["p99_5000", "p99_max"],
    holds: (m) => anomalyScenarios(m).length > 0,
  },
  "b-c-throughput-same": {
    says: "removing kube-proxy (B → C) left TCP and UDP throughput within 1 %",
    uses: ["tcp", "udp"],
    holds: (m) => (["tcp", "udp"] as const).every((id) => Math.abs(d.percentChange(v(m, id, "B"), v(m, id, "C"))) <= 1),
  },
  "c-most-memory": {
    says: "C's Cilium agent used the most memory of the scenarios that were measured",
    shows: (m) => `agent memory: ${m.cniResources.rows.map((r) => `${r.scenario} ${r.memory_mib.kind === "exact" ? `${r.memory_mib.value} MiB` : "not recorded"}`).join(", ")}`,
    holds: (m) => {
      const rows = m.cniResources.rows.flatMap((r) => (r.memory_mib.kind === "exact" ? [{ key: r.scenario, value: r.memory_mib.value }] : []));
      return rows.length > 0 && d.highest(rows).key === "C" && rows.filter((r) => r.value === d.highest(rows).value).length === 1;
    },
  },
  "kp-rules-grow": {
    says: "kube-proxy's NAT rules grow more than tenfold from the smallest to the largest Service count",
    shows: (m) => `NAT rules: ${m.kubeProxyScaling.keepalive.map((k) => `${k.services} Services ${k.nat_rules}`).join(", ")}`,
    holds: (m) => {
      const k = m.kubeProxyScaling.keepalive;
      return d.ratio(k[0].nat_rules, k[k.length - 1].nat_rules) > 10;
    },
  },
  "kp-close-slower": {
    says: "with a new connection per request, connection setup takes longer at the largest Service count",
    shows: (m) => `connection setup: ${m.kubeProxyScaling.connection_close.map((k) => `${k.services} Services ${k.conn_setup_us} µs`).join(", ")}`,
    holds: (m) => {
      const c = m.kubeProxyScaling.connection_close;
      return c[c.length - 1].conn_setup_us > c[0].conn_setup_us;
    },
  },
  "kp-keepalive-p99-not-worse": {
    says: "over keepalive connections, p99 at the largest Service count is not higher than at the smallest",
    shows: (m) => `keepalive p99: ${m.kubeProxyScaling.keepalive.map((k) => `${k.services} Services ${k.http_p99_ms} ms`).join(", ")}`,
    holds: (m) => {
      const k = m.kubeProxyScaling.keepalive;
      return k[k.length - 1].http_p99_ms <= k[0].http_p99_ms;
    },
  },
  "svc-p99-not-worse": {
    says: "on E, p99 with more Services is not higher than with fewer",
    shows: svcShows,
    holds: (m) => {
      const r = m.serviceScaling.runs;
      return r[r.length - 1].http_p99_ms <= r[0].http_p99_ms;
    },
  },
  "svc-others-within-5": {
    says: "on E, max QPS, TCP throughput and DNS p50 each moved under 5 % with more Services",
    shows: svcShows,
    holds: (m) => {
      const r = m.serviceScaling.runs;
      const a = r[0], b = r[r.length - 1];
      return [[a.max_qps, b.max_qps], [a.tcp_gbps, b.tcp_gbps], [a.dns_p50_ms, b.dns_p50_ms]].every(([x, y]) => Math.abs(d.percentChange(x, y)) < 5);
    },
  },
  "p99-run-drift-exceeds-gaps": {
    says: "p99 drifted more between separate runs of one scenario than it differs between neighbouring scenarios",
    shows: (m) => `run-to-run p99 drift ${runToRunP99Drift(m).toFixed(1)} %, largest neighbour gap ${largestNeighbourP99Change(m).toFixed(1)} %`,
    holds: (m) => runToRunP99Drift(m) > largestNeighbourP99Change(m),
  },
  "rtt-spread-largest": {
    says: "mean RTT spreads wider across scenarios than TCP throughput and HTTP p50 and p99 at the low load do",
    uses: ["rtt", "tcp", "p50_1000", "p99_1000"],
    holds: (m) => {
      const spread = (id: string) => d.spreadPercent(series(m, id).map((r) => r.value));
      return ["tcp", "p50_1000", "p99_1000"].every((id) => spread("rtt") > spread(id));
    },
  },
  "dns-p99-within-timer": {
    says: "DNS p99 differs by at most 2 ms across scenarios (the timer counts whole milliseconds)",
    uses: ["dns_p99"],
    holds: (m) => {
      const p = series(m, "dns_p99").map((r) => r.value);
      return Math.max(...p) - Math.min(...p) <= 2;
    },
  },
};
