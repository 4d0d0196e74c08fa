import type { Model } from "../data/model.ts";
import * as d from "../derive/index.ts";
import { series, valueOf } from "../domain/metrics.ts";
import { ORIGINAL_SVC_TOLERANCE_PERCENT } from "./report.ts";
import { reportClaims, svcShows, type Claim } from "./report-claims.ts";

export type { Claim };

/**
 * Interpretive sentences in the prose hold only while the data supports them. A prose part that makes such a
 * claim calls {{ requires("name") }}; when the data no longer supports it, the build stops and says which claim.
 */
export const claims: Record<string, Claim> = {
  "tcp-same": {
    says: "TCP throughput is the same in every scenario (spread under 1 %)",
    uses: ["tcp"],
    holds: (m) => d.spreadPercent(series(m, "tcp").map((r) => r.value)) < 1,
  },
  "tcp-at-nic-limit": {
    says: "every scenario's TCP throughput reaches at least 95 % of the NIC limit",
    shows: (m) => `tcp: ${series(m, "tcp").map((r) => `${r.key} ${r.value} Gbps`).join(", ")}; NIC limit ${m.environment.node.nic_bandwidth_gbps} Gbps`,
    holds: (m) => series(m, "tcp").every((r) => d.shareOf(m.environment.node.nic_bandwidth_gbps, r.value) >= 95),
  },
  "e-lowest-rtt": {
    says: "scenario E has the lowest mean RTT",
    uses: ["rtt"],
    holds: (m) => d.allLowest(series(m, "rtt")).join() === "E",
  },
  "dns-flat": {
    says: "DNS p50 is the same in every scenario",
    uses: ["dns_p50"],
    holds: (m) => d.spreadPercent(series(m, "dns_p50").map((r) => r.value)) === 0,
  },
  "keepalive-flat": {
    says: "keepalive max QPS stays within 2 % from the smallest to the largest service count",
    shows: (m) => `keepalive max QPS: ${m.kubeProxyScaling.keepalive.map((k) => `${k.services} Services ${k.max_qps}`).join(", ")}`,
    holds: (m) => {
      const k = m.kubeProxyScaling.keepalive;
      return Math.abs(d.percentChange(k[0].max_qps, k[k.length - 1].max_qps)) < 2;
    },
  },
  "svc-p99-outside-5": {
    says: "service scaling on E moves p99 by more than 5 %, so 'all within 5 %' does not hold",
    shows: svcShows,
    holds: (m) => {
      const r = m.serviceScaling.runs;
      return Math.abs(d.percentChange(r[0].http_p99_ms, r[r.length - 1].http_p99_ms)) > ORIGINAL_SVC_TOLERANCE_PERCENT;
    },
  },
  ...reportClaims,
};
