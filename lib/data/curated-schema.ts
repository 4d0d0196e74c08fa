import { z } from "zod";
import { quantitySchema } from "./quantity.ts";

const num = z.number().finite();
const key = z.string().regex(/^[a-z0-9_-]+$/, "an id or locale key (lower case, digits, - or _)");
const letter = z.enum(["A", "B", "C", "D", "E"]);

export const scenariosSchema = z.strictObject({
  baseline_service_count: z.number().int().positive(),
  scenarios: z
    .array(
      z.strictObject({
        id: letter,
        result_id: z.string(),
        cni: z.enum(["vpc-cni", "cilium"]),
        kube_proxy: z.enum(["iptables", "ebpf"]),
        ip_allocation: z.enum(["eni-secondary", "cluster-pool", "eni"]),
        routing: z.enum(["native", "vxlan"]),
        tuning: z.enum(["default", "full"]),
        /** Helm values the scenario's script sets that matter to the tuning items ("routingMode=native"). */
        helm: z.array(z.string().regex(/^[A-Za-z0-9_.]+=\S+$/, "a Helm value such as routingMode=native")).default([]),
      }),
    )
    .length(5, "all five scenarios A–E"),
});

export const reportSchema = z.strictObject({
  measured_on: z.iso.date(),
  published_on: z.iso.date(),
  updated_on: z.iso.date(),
  repeats: z.strictObject({ min: z.number().int(), statistic: z.literal("median") }),
  source: z.strictObject({
    repository: z.string(),
    url: z.url(),
    report_url: z.url(),
    scripts_url: z.url(),
    licence: z.string(),
  }),
});

export const environmentSchema = z.strictObject({
  eks_version: z.string(),
  eks_platform: z.string(),
  cilium_version: z.string(),
  cilium_chart: z.string(),
  region: z.string(),
  node: z.strictObject({
    instance_type: z.string(),
    vcpu: num,
    memory_gib: num,
    nic: z.string(),
    /** AWS's "up to" figure: a burst rate, reached while the instance has network I/O credit. */
    nic_bandwidth_gbps: num,
    /** The rate the instance keeps without credit, from AWS's documentation of the day below. */
    nic_baseline_gbps: num,
    nic_checked_on: z.iso.date(),
    /** The node's MTU: EKS nodes use jumbo frames by default. */
    mtu: z.number().int().positive(),
  }),
  node_count: z.number().int(),
  node_az: z.string(),
  cluster_azs: z.array(z.string()),
  os: z.string(),
  kernel: z.string(),
  container_runtime: z.string(),
  service_cidr: z.string(),
  cluster_pool_cidr: z.string(),
  tools: z.array(z.strictObject({ name: z.string(), version: z.string() })),
  workloads: z.array(z.strictObject({ id: key, image: z.string(), replicas: z.number().int() })),
  method: z.strictObject({
    tcp: z.strictObject({ tool: z.string(), duration_s: num, streams: num }),
    udp: z.strictObject({ tool: z.string(), duration_s: num, target_gbps: num }),
    rtt: z.strictObject({ tool: z.string(), duration_s: num, payload_bytes: num, statistic: z.literal("mean") }),
    http: z.strictObject({
      tool: z.string(),
      duration_s: num,
      levels: z.array(z.strictObject({ qps: num, connections: num })),
    }),
    dns: z.strictObject({ tool: z.string(), queries: num }),
  }),
});

export const serviceScalingSchema = z.strictObject({
  scenario: letter,
  runs: z
    .array(z.strictObject({ services: z.number().int(), http_p99_ms: num, max_qps: num, tcp_gbps: num, dns_p50_ms: num }))
    .min(2),
});

export const kubeProxyScalingSchema = z.strictObject({
  scenario: letter,
  keepalive: z
    .array(
      z.strictObject({
        services: z.number().int(),
        nat_rules: num,
        sync_ms: quantitySchema,
        http_p99_ms: num,
        http_avg_ms: num,
        max_qps: num,
        tcp_gbps: quantitySchema,
      }),
    )
    .min(2),
  connection_close: z
    .array(z.strictObject({ services: z.number().int(), conn_setup_us: num, http_avg_ms: num, http_p99_ms: num }))
    .min(2),
});

export const cniResourcesSchema = z.strictObject({
  rows: z.array(z.strictObject({ scenario: letter, cpu_millicores: quantitySchema, memory_mib: quantitySchema })).length(5),
});

export const tuningSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: key,
        helm: z.string(),
        applied: z.boolean(),
        reason: key.optional(),
        /** A Helm value that switches this item on by itself (socket LB comes with kubeProxyReplacement=true). */
        implied_by: z.string().optional(),
      }),
    )
    .min(1),
  extra_helm: z.array(z.string()),
});

export const xdpSchema = z.strictObject({
  requirements: z.array(
    z.strictObject({ id: key, condition: z.string().optional(), condition_key: key.optional(), min_kernel: z.string().optional(), note_key: key }),
  ),
  bpf_link_min_kernel: z.string(),
  /** The largest MTU at which the ENA driver runs native XDP (its README, references.yaml ena-driver). */
  ena_xdp_max_mtu: z.number().int().positive(),
  drivers: z.array(
    z.strictObject({
      driver: z.string(),
      hardware: z.string(),
      support: z.enum(["full", "supported", "limited", "generic"]),
      min_kernel: z.string(),
      environment: z.enum(["bare-metal", "ec2", "kvm"]),
      note_key: key.optional(),
    }),
  ),
  instances: z.array(z.strictObject({ id: key, examples: z.string(), native: z.boolean(), reason_key: key })),
  without_xdp: z.array(key),
});

const policyCell = z.strictObject({
  support: z.enum(["yes", "no", "partial", "info"]),
  detail: key.optional(),
  literal: z.string().optional(),
  /** Where the cell comes from when not from the original report: a link id of data/references.yaml. */
  source: key.optional(),
});
export const networkPolicySchema = z.strictObject({
  /** The day the matrix was last checked against its sources: features change, so the table says when. */
  as_of: z.iso.date(),
  features: z.array(z.strictObject({ id: key, vpc_cni: policyCell, cilium: policyCell })),
});

export const recommendationsSchema = z.strictObject({
  workloads: z.array(
    z.strictObject({
      id: key,
      scenarios: z.array(letter).min(1),
      services_below: num.optional(),
      services_above: num.optional(),
      with_hubble: z.boolean().optional(),
      basis: key,
    }),
  ),
  profiles: z.array(
    z.strictObject({ scenario: letter, use: key, complexity: key, performance: key }),
  ),
});

export const aimlSchema = z.strictObject({
  workloads: z.array(z.strictObject({ id: key, relevance: z.enum(["high", "medium", "low", "none"]) })),
  gpu_nic_gbps: z.strictObject({ min: num, max: num }),
  pipeline_hops: z.array(key).min(2),
});

/** Links the report cites. Titles are locale keys ref.<id>.title; a block names a link by its id. */
export const referencesSchema = z.strictObject({
  links: z
    .array(z.strictObject({ id: key, url: z.url(), publisher: z.string() }))
    .min(1)
    .refine((l) => new Set(l.map((x) => x.id)).size === l.length, "each link id once"),
});

/** Glossary terms in display order. `term` is a technical name shown as is; otherwise the name is glossary.<id>.term. */
export const glossarySchema = z.strictObject({
  terms: z
    .array(z.strictObject({ id: key, term: z.string().optional() }))
    .min(1)
    .refine((l) => new Set(l.map((x) => x.id)).size === l.length, "each term id once"),
});

/** A run's optional run.yaml (data/results/run.yaml, data/history/<id>/run.yaml): what a reader should know about it. */
const localized = z.union([z.string().min(1), z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, "a language code"), z.string().min(1))], { error: "a text, or one text per language code (en: …, ko: …, zh: …)" });
export const runSchema = z.strictObject({
  label: localized.optional(),
  date: z.iso.date().optional(),
  eks_version: z.string().optional(),
  cilium_version: z.string().optional(),
  instance_type: z.string().optional(),
  notes: localized.optional(),
});
