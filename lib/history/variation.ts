import type { Model, ScenarioResult } from "../data/model.ts";
import { plotValue, type Quantity } from "../data/quantity.ts";
import * as d from "../derive/index.ts";
import { metric } from "../domain/metrics.ts";

/**
 * How far one metric moved between separate runs of one scenario, as far as the report has seen: the largest change
 * between any two runs of the same scenario in the scaling tables (A under kube-proxy, E with more Services, each run
 * at several Service counts) and between a main result and a scaling result file of the same scenario. A change
 * between two benchmark runs no larger than this cannot be told apart from run-to-run noise.
 */
export interface Variation {
  /** Largest change, in percent of the earlier figure (percentage points for a percentage). */
  size: number;
  inPoints: boolean;
  /** How many pairs of runs it was taken from. */
  pairs: number;
}

/** Figures the scaling tables carry per run, by metric id. */
const SCALING_FIELDS: Record<string, { keepalive?: "http_p99_ms" | "max_qps" | "tcp_gbps"; service?: "http_p99_ms" | "max_qps" | "tcp_gbps" | "dns_p50_ms" }> = {
  tcp: { keepalive: "tcp_gbps", service: "tcp_gbps" },
  p99_1000: { keepalive: "http_p99_ms", service: "http_p99_ms" },
  qps_max: { keepalive: "max_qps", service: "max_qps" },
  dns_p50: { service: "dns_p50_ms" },
};

const asNumber = (v: number | Quantity): number | null => (typeof v === "number" ? v : plotValue(v));

/** Every pair of runs of one scenario the model holds, as the two figures of this metric. */
function pairs(model: Model, id: string): [number, number][] {
  const out: [number, number][] = [];
  const group = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    for (let i = 0; i < known.length; i++) for (let j = i + 1; j < known.length; j++) out.push([known[i], known[j]]);
  };
  const f = SCALING_FIELDS[id];
  if (f?.keepalive) group(model.kubeProxyScaling.keepalive.map((r) => asNumber(r[f.keepalive!])));
  if (f?.service) group(model.serviceScaling.runs.map((r) => asNumber(r[f.service!])));
  const m = metric(id);
  const byScenario = new Map<string, ScenarioResult[]>();
  for (const r of model.scalingRuns) byScenario.set(r.scenario, [...(byScenario.get(r.scenario) ?? []), r]);
  for (const [s, runs] of byScenario) group([model.results[s as keyof Model["results"]], ...runs].map((r) => m.get(r)));
  return out;
}

/** The run-to-run variation of a metric the report knows, or null when it holds no repeated run for it. */
export function knownVariation(model: Model, id: string): Variation | null {
  const p = pairs(model, id);
  if (!p.length) return null;
  const inPoints = metric(id).unit === "percent";
  // Each pair in run order, as a change between benchmark runs is taken: from the earlier figure to the later one.
  const size = Math.max(...p.map(([a, b]) => (inPoints ? Math.abs(b - a) : Math.abs(d.percentChange(a, b)))));
  return { size, inPoints, pairs: p.length };
}
