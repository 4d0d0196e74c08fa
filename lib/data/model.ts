import type { z } from "zod";
import type * as s from "./curated-schema.ts";

export type ScenarioId = "A" | "B" | "C" | "D" | "E";
export const SCENARIO_IDS: readonly ScenarioId[] = ["A", "B", "C", "D", "E"];

export type Scenario = z.infer<typeof s.scenariosSchema>["scenarios"][number];

export interface HttpLevel {
  actualQps: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
}

/** One result file, normalised: v1 and v2 files look the same from here on. */
export interface ScenarioResult {
  scenario: ScenarioId;
  file: string;
  format: "v1" | "v2";
  timestamp: string;
  cluster: string;
  serviceCount: number | null;
  network: { tcpGbps: number; udpGbps: number; udpLossPct: number; meanRttUs: number };
  http: { qps1000: HttpLevel; qps5000: HttpLevel; qpsMax: HttpLevel };
  conduit: { qps1000: HttpLevel; qps5000: HttpLevel; qpsMax: HttpLevel } | null;
  dns: { p50Ms: number; p99Ms: number };
}

/** What an optional run.yaml says about a run; `label` and `notes` are one text for every language or one per language. */
export interface RunMeta {
  label?: string | Record<string, string>;
  date?: string;
  eks_version?: string;
  cilium_version?: string;
  instance_type?: string;
  notes?: string | Record<string, string>;
}

/** One benchmark run: the current one (data/results) or an earlier one kept under data/history/<id>. */
export interface Run {
  /** The folder name under data/history, or "current". */
  id: string;
  /** The folder as messages name it ("data/history/2026-02-09"). */
  folder: string;
  /** The day its first main result was measured (UTC), from the files' timestamps. */
  date: string;
  meta: RunMeta;
  /** The main result per scenario, at the baseline service count. */
  results: Record<ScenarioId, ScenarioResult>;
}

export interface Model {
  baselineServiceCount: number;
  scenarios: Scenario[];
  /** The main result per scenario, at the baseline service count. */
  results: Record<ScenarioId, ScenarioResult>;
  /** v2 runs at another service count, kept apart from the main comparison. */
  scalingRuns: ScenarioResult[];
  /** The day the main results were measured (UTC), from their timestamps: a re-run brings its own date. */
  runDate: string;
  /** The current run as a Run (results, date and its optional data/results/run.yaml). */
  run: Run;
  /** Earlier runs from data/history, oldest first; empty when there is none. */
  history: Run[];
  report: z.infer<typeof s.reportSchema>;
  environment: z.infer<typeof s.environmentSchema>;
  serviceScaling: z.infer<typeof s.serviceScalingSchema>;
  kubeProxyScaling: z.infer<typeof s.kubeProxyScalingSchema>;
  cniResources: z.infer<typeof s.cniResourcesSchema>;
  tuning: z.infer<typeof s.tuningSchema>;
  xdp: z.infer<typeof s.xdpSchema>;
  networkPolicy: z.infer<typeof s.networkPolicySchema>;
  recommendations: z.infer<typeof s.recommendationsSchema>;
  aiml: z.infer<typeof s.aimlSchema>;
  references: z.infer<typeof s.referencesSchema>;
  glossary: z.infer<typeof s.glossarySchema>;
}
