import type { Model } from "../data/model.ts";
import type { Dataset } from "./types.ts";

// Tables of settings and judgements (not measurements). Ids in them (reasons, notes, support levels) are the
// locale-neutral keys the data files use; the report shows them in words.

const s = (name: string) => ({ name, type: "string" as const });
const b = (name: string) => ({ name, type: "boolean" as const });
const n = (name: string, unit?: string) => ({ name, type: "number" as const, ...(unit ? { unit } : {}) });

/** Scenario E's tuning items: the Helm value, whether it was applied, and why not. */
export function tuningDataset(model: Model): Dataset {
  return {
    id: "tuning",
    source: ["data/tuning.yaml"],
    columns: [s("item"), s("helm"), b("applied"), s("skip_reason")],
    rows: model.tuning.items.map((i) => ({ item: i.id, helm: i.helm, applied: i.applied, skip_reason: i.reason ?? null })),
  };
}

/** NIC drivers and their XDP support. */
export function xdpDataset(model: Model): Dataset {
  return {
    id: "xdp",
    source: ["data/xdp.yaml"],
    columns: [s("driver"), s("hardware"), s("support"), s("min_kernel"), s("environment"), s("note")],
    rows: model.xdp.drivers.map((d) => ({
      driver: d.driver,
      hardware: d.hardware || null,
      support: d.support,
      min_kernel: d.min_kernel,
      environment: d.environment,
      note: d.note_key ?? null,
    })),
  };
}

/** EC2 instance classes and whether native XDP works on them. */
export function xdpInstancesDataset(model: Model): Dataset {
  return {
    id: "xdp-instances",
    source: ["data/xdp.yaml"],
    columns: [s("instance_class"), s("examples"), b("native_xdp"), s("note")],
    rows: model.xdp.instances.map((i) => ({ instance_class: i.id, examples: i.examples, native_xdp: i.native, note: i.reason_key })),
  };
}

/** What XDP acceleration in Cilium requires. */
export function xdpRequirementsDataset(model: Model): Dataset {
  return {
    id: "xdp-requirements",
    source: ["data/xdp.yaml"],
    columns: [s("requirement"), s("condition"), s("condition_id"), s("note")],
    rows: model.xdp.requirements.map((r) => ({ requirement: r.id, condition: r.condition ?? (r.min_kernel ? `>= ${r.min_kernel}` : null), condition_id: r.condition_key ?? null, note: r.note_key })),
  };
}

/** Network policy features, one row per feature and CNI. */
export function networkPolicyDataset(model: Model): Dataset {
  return {
    id: "network-policy",
    source: ["data/network-policy.yaml"],
    columns: [s("feature"), s("cni"), s("support"), s("detail")],
    rows: model.networkPolicy.features.flatMap((f) =>
      (["vpc_cni", "cilium"] as const).map((cni) => ({ feature: f.id, cni, support: f[cni].support, detail: f[cni].literal ?? f[cni].detail ?? null })),
    ),
  };
}

/** Which scenario suits which workload: one row per workload and recommended scenario. */
export function recommendationsDataset(model: Model): Dataset {
  return {
    id: "recommendations",
    source: ["data/recommendations.yaml"],
    columns: [s("workload"), s("scenario"), n("services_below", "services"), n("services_above", "services"), b("with_hubble"), s("basis")],
    rows: model.recommendations.workloads.flatMap((w) =>
      w.scenarios.map((scenario) => ({
        workload: w.id,
        scenario,
        services_below: w.services_below ?? null,
        services_above: w.services_above ?? null,
        with_hubble: w.with_hubble ?? null,
        basis: w.basis,
      })),
    ),
  };
}

/** The scenario profiles: use, operating complexity and performance, as judged by the report. */
export function recommendationProfilesDataset(model: Model): Dataset {
  return {
    id: "recommendation-profiles",
    source: ["data/recommendations.yaml"],
    columns: [s("scenario"), s("use"), s("complexity"), s("performance")],
    rows: model.recommendations.profiles.map((p) => ({ scenario: p.scenario, use: p.use, complexity: p.complexity, performance: p.performance })),
  };
}

/** How much the benchmark bears on each kind of AI/ML workload (a judgement, not a measurement). */
export function aimlDataset(model: Model): Dataset {
  return {
    id: "aiml",
    source: ["data/aiml.yaml"],
    columns: [s("workload"), s("relevance")],
    rows: model.aiml.workloads.map((w) => ({ workload: w.id, relevance: w.relevance })),
  };
}
