import type { Model } from "../data/model.ts";
import type { Dataset, Row } from "./types.ts";

/** Units a field name carries as its suffix (memory_gib, duration_s …), written as the unit column. */
const UNIT_SUFFIXES: [RegExp, string][] = [
  [/_gbps$/, "gbps"],
  [/_gib$/, "gib"],
  [/_bytes$/, "bytes"],
  [/_s$/, "s"],
  [/^qps$/, "qps"],
];

type Plain = string | number | boolean | null | undefined | Plain[] | { [k: string]: Plain };

/**
 * Flattens a nested settings object into field/value rows ("node.instance_type" → "m6i.xlarge"). Array items that
 * have an id or name are keyed by it ("tools.Helm.version"), others by their position from 1.
 */
export function flattenSettings(value: Plain, prefix = "", out: Row[] = []): Row[] {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const named = item && typeof item === "object" && !Array.isArray(item) ? (item.id ?? item.name) : undefined;
      const key = typeof named === "string" ? named : String(i + 1);
      const rest = typeof named === "string" && item && typeof item === "object" && !Array.isArray(item) ? omitKey(item, item.id !== undefined ? "id" : "name") : item;
      flattenSettings(rest, `${prefix}.${key}`, out);
    });
  } else if (typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flattenSettings(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    // The nearest named part decides: "gpu_nic_gbps.min" is in gbps, "method.tcp.duration_s" in s.
    const parts = prefix.split(".").reverse();
    const unit = parts.map((p) => UNIT_SUFFIXES.find(([re]) => re.test(p))?.[1]).find(Boolean) ?? null;
    out.push({ field: prefix, value: typeof value === "boolean" ? String(value) : value, unit });
  }
  return out;
}

function omitKey(o: { [k: string]: Plain }, key: string): { [k: string]: Plain } {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
}

function settingsDataset(id: string, source: string, value: Plain): Dataset {
  return {
    id,
    source: [source],
    columns: [
      { name: "field", type: "string" },
      { name: "value", type: "string-or-number" },
      { name: "unit", type: "string" },
    ],
    rows: flattenSettings(value),
  };
}

/** The test environment: cluster, node, versions, workloads and how each measurement was taken. */
export function environmentDataset(model: Model): Dataset {
  return settingsDataset("environment", "data/environment.yaml", model.environment);
}

/** The AI/ML section's context: GPU node NIC bandwidth range and the hops of an inference pipeline. */
export function aimlContextDataset(model: Model): Dataset {
  return settingsDataset("aiml-context", "data/aiml.yaml", { gpu_nic_gbps: model.aiml.gpu_nic_gbps, pipeline_hops: model.aiml.pipeline_hops });
}

/** XDP facts that are not tables: the kernel bpf_link needs, and the tuning items that work without XDP. */
export function xdpContextDataset(model: Model): Dataset {
  return settingsDataset("xdp-context", "data/xdp.yaml", { bpf_link_min_kernel: model.xdp.bpf_link_min_kernel, without_xdp: model.xdp.without_xdp });
}
