import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { resultV1Schema, resultV2Schema } from "./results-schema.ts";
import { InputError, fromZod } from "./errors.ts";
import type { HttpLevel, ScenarioId, ScenarioResult } from "./model.ts";
import { SCENARIO_IDS } from "./model.ts";

/** Every result file of one run folder (data/results, or a run under data/history), normalised; problems go to `errors`. */
export function readResults(
  dir: string,
  byResultId: Map<string, ScenarioId>,
  name: (p: string) => string,
  errors: InputError[],
): ScenarioResult[] {
  if (!existsSync(dir)) {
    errors.push(new InputError(name(dir), "", "folder is missing: put one result file per scenario here"));
    return [];
  }
  const out: ScenarioResult[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const path = join(dir, f);
    const shown = name(path);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (e) {
      errors.push(new InputError(shown, "", `not valid JSON (truncated or malformed): ${(e as Error).message}`));
      continue;
    }
    const result = normaliseResult(json, shown, byResultId, errors);
    if (result) out.push(result);
  }
  return out;
}

function normaliseResult(
  json: unknown,
  file: string,
  byResultId: Map<string, ScenarioId>,
  errors: InputError[],
): ScenarioResult | undefined {
  const isV2 = typeof json === "object" && json !== null && ("service_count" in json || "http_httpbin" in json);
  const common = (r: { scenario: string; timestamp: string; cluster: string; network: { tcp_throughput_gbps: number; udp_throughput_gbps: number; udp_loss_percent: number; mean_rtt_us: number }; dns: { p50_ms: number; p99_ms: number } }) => {
    const letter = byResultId.get(r.scenario);
    if (!letter) {
      errors.push(new InputError(file, "scenario", `expected one of ${[...byResultId.keys()].join(", ")} (see data/scenarios.yaml), got ${JSON.stringify(r.scenario)}`));
      return undefined;
    }
    return {
      scenario: letter,
      file,
      timestamp: r.timestamp,
      cluster: r.cluster,
      network: { tcpGbps: r.network.tcp_throughput_gbps, udpGbps: r.network.udp_throughput_gbps, udpLossPct: r.network.udp_loss_percent, meanRttUs: r.network.mean_rtt_us },
      dns: { p50Ms: r.dns.p50_ms, p99Ms: r.dns.p99_ms },
    };
  };
  if (isV2) {
    const parsed = resultV2Schema.safeParse(json, { reportInput: true });
    if (!parsed.success) return void errors.push(...fromZod(file, parsed.error).errors);
    const r = parsed.data;
    const base = common(r);
    if (!base) return undefined;
    return { ...base, format: "v2", serviceCount: r.service_count, http: httpLevels(r.http_httpbin), conduit: r.http_conduit ? httpLevels(r.http_conduit) : null };
  }
  const parsed = resultV1Schema.safeParse(json, { reportInput: true });
  if (!parsed.success) return void errors.push(...fromZod(file, parsed.error).errors);
  const base = common(parsed.data);
  if (!base) return undefined;
  return { ...base, format: "v1", serviceCount: null, http: httpLevels(parsed.data.http), conduit: null };
}

type RawLevel = { actual_qps: number | null; p50_ms?: number | null; p99_ms: number | null };
function level(l: RawLevel): HttpLevel {
  return { actualQps: l.actual_qps, p50Ms: l.p50_ms ?? null, p99Ms: l.p99_ms };
}
function httpLevels(h: { qps_1000: RawLevel; qps_5000: RawLevel; qps_max: RawLevel }) {
  return { qps1000: level(h.qps_1000), qps5000: level(h.qps_5000), qpsMax: level(h.qps_max) };
}

/** v1 files carry no service count: they ran at the baseline. `folder` names the run folder in messages. */
export function splitMainAndScaling(all: ScenarioResult[], baseline: number, errors: InputError[], folder: string) {
  const main = new Map<ScenarioId, ScenarioResult>();
  const scaling: ScenarioResult[] = [];
  const seen = new Map<string, ScenarioResult>();
  for (const r of all) {
    const count = r.serviceCount ?? baseline;
    const k = `${r.scenario}@${count}`;
    const earlier = seen.get(k);
    if (earlier) {
      errors.push(new InputError(r.file, "scenario", `scenario ${r.scenario} at ${count} services is already given by ${earlier.file}; keep one of the two files`));
      continue;
    }
    seen.set(k, r);
    if (count === baseline) main.set(r.scenario, r);
    else scaling.push(r);
  }
  const missing = SCENARIO_IDS.filter((id) => !main.has(id));
  if (missing.length && !errors.length) {
    errors.push(new InputError(folder, "", `expected a result file for every scenario, missing ${missing.join(", ")}${elsewhere(missing, scaling, baseline)}`));
  } else if (missing.length) {
    errors.push(new InputError(folder, "", `no usable result file for scenario ${missing.join(", ")}`));
  }
  return { main: Object.fromEntries(main) as Record<ScenarioId, ScenarioResult>, scaling };
}

/** Where a missing scenario did run, but at another Service count: " (C ran at 104 Services only, in …)". */
function elsewhere(missing: ScenarioId[], scaling: ScenarioResult[], baseline: number): string {
  const found = missing.flatMap((s) => scaling.filter((r) => r.scenario === s).map((r) => `${s} ran at ${r.serviceCount} Services only, in ${r.file}`));
  return found.length ? `; the report compares runs at the baseline of ${baseline} Services (${found.join("; ")})` : "";
}
