import type { Model } from "./model.ts";
import { SCENARIO_IDS } from "./model.ts";

/**
 * Figures that are possible on their own but that the curated data makes implausible. Each names both files; the
 * build prints them, and strict mode fails on them.
 */
export function dataWarnings(model: Model): string[] {
  const limit = model.environment.node.nic_bandwidth_gbps;
  const out: string[] = [];
  for (const id of SCENARIO_IDS) {
    const r = model.results[id];
    for (const [field, v] of [["tcp_throughput_gbps", r.network.tcpGbps], ["udp_throughput_gbps", r.network.udpGbps]] as const) {
      if (v > limit) out.push(`${r.file}: network.${field}: ${v} Gbps is above the NIC limit of ${limit} Gbps in data/environment.yaml (node.nic_bandwidth_gbps); check the instance type or the file`);
    }
  }
  return out;
}
