import { readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parseYaml } from "../yaml.ts";
import type { z } from "zod";
import * as s from "./curated-schema.ts";
import { readResults, splitMainAndScaling } from "./results.ts";
import { currentRun, loadHistory } from "./history.ts";
import type { Run } from "./model.ts";
import { InputError, InputErrors, fromZod } from "./errors.ts";
import type { Model, ScenarioId, ScenarioResult } from "./model.ts";

/** Reads and validates every file under dataDir; throws InputErrors naming each bad file and field. */
export function loadModel(dataDir: string, displayRoot = join(dataDir, "..")): Model {
  const errors: InputError[] = [];
  const name = (p: string) => relative(displayRoot, p) || p;

  function read<T extends z.ZodType>(file: string, schema: T): z.output<T> | undefined {
    const path = join(dataDir, file);
    const raw = readText(path, name(path), errors);
    if (raw === undefined) return undefined;
    let value: unknown;
    try {
      value = parseYaml(raw);
    } catch (e) {
      errors.push(new InputError(name(path), "", `not valid YAML: ${(e as Error).message.split("\n")[0]}`));
      return undefined;
    }
    const parsed = schema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      errors.push(...fromZod(name(path), parsed.error).errors);
      return undefined;
    }
    return parsed.data;
  }

  const scenarios = read("scenarios.yaml", s.scenariosSchema);
  const curated = {
    report: read("report.yaml", s.reportSchema),
    environment: read("environment.yaml", s.environmentSchema),
    serviceScaling: read("service-scaling.yaml", s.serviceScalingSchema),
    kubeProxyScaling: read("kube-proxy-scaling.yaml", s.kubeProxyScalingSchema),
    cniResources: read("cni-resources.yaml", s.cniResourcesSchema),
    tuning: read("tuning.yaml", s.tuningSchema),
    xdp: read("xdp.yaml", s.xdpSchema),
    networkPolicy: read("network-policy.yaml", s.networkPolicySchema),
    recommendations: read("recommendations.yaml", s.recommendationsSchema),
    aiml: read("aiml.yaml", s.aimlSchema),
    references: read("references.yaml", s.referencesSchema),
    glossary: read("glossary.yaml", s.glossarySchema),
  };

  let results: Record<ScenarioId, ScenarioResult> | undefined;
  let scalingRuns: ScenarioResult[] = [];
  let run: Run | undefined;
  let history: Run[] = [];
  if (scenarios) {
    const byResultId = new Map(scenarios.scenarios.map((sc) => [sc.result_id, sc.id]));
    const seenLetters = new Set<string>();
    for (const sc of scenarios.scenarios) {
      if (seenLetters.has(sc.id)) errors.push(new InputError(name(join(dataDir, "scenarios.yaml")), "scenarios", `scenario ${sc.id} is listed twice`));
      seenLetters.add(sc.id);
    }
    const loaded = readResults(join(dataDir, "results"), byResultId, name, errors);
    const split = splitMainAndScaling(loaded, scenarios.baseline_service_count, errors, name(join(dataDir, "results")));
    results = split.main;
    scalingRuns = split.scaling;
    if (!errors.length) {
      run = currentRun(dataDir, results, name, errors);
      history = loadHistory(dataDir, run, byResultId, scenarios.baseline_service_count, name, errors);
    }
  }

  if (errors.length) throw new InputErrors(errors);
  const c = curated as { [K in keyof typeof curated]: NonNullable<(typeof curated)[K]> };
  return {
    baselineServiceCount: scenarios!.baseline_service_count,
    scenarios: scenarios!.scenarios,
    results: results!,
    scalingRuns,
    runDate: run!.date,
    run: run!,
    history,
    ...c,
  };
}

function readText(path: string, shown: string, errors: InputError[]): string | undefined {
  if (!existsSync(path)) {
    errors.push(new InputError(shown, "", "file is missing"));
    return undefined;
  }
  return readFileSync(path, "utf8");
}

