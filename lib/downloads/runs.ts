import type { Model } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import { METRICS } from "../domain/metrics.ts";
import { allRuns } from "../history/compare.ts";
import type { Dataset } from "./types.ts";

/**
 * Every run's main figures in long form, oldest run first: one row per run, scenario and metric. `run` is the folder
 * under data/history ("current" for data/results), `date` the day its files say it was measured.
 */
export function runsDataset(model: Model): Dataset {
  const runs = allRuns(model);
  return {
    id: "runs",
    source: ["data/history/*/*.json", "data/results/*.json"],
    columns: [
      { name: "run", type: "string" },
      { name: "date", type: "string" },
      { name: "scenario", type: "string" },
      { name: "metric", type: "string" },
      { name: "value", type: "number" },
      { name: "unit", type: "string" },
      { name: "source_file", type: "string" },
    ],
    rows: runs.flatMap((run) =>
      SCENARIO_IDS.flatMap((s) => METRICS.map((m) => ({ run: run.id, date: run.date, scenario: s, metric: m.id, value: m.get(run.results[s]), unit: m.unit, source_file: run.results[s].file }))),
    ),
    metrics: METRICS.map((m) => ({ id: m.id, unit: m.unit, label: { key: m.label.key, params: m.label.qps === undefined ? undefined : { qps: m.label.qps } } })),
  };
}
