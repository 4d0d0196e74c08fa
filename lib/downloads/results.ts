import type { Model, ScenarioResult } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import { METRICS } from "../domain/metrics.ts";
import { QUANTITY_COLUMNS, measuredCells } from "./quantity.ts";
import type { Dataset, Row } from "./types.ts";

/**
 * The main results in long format: one row per scenario, service count and metric. Runs at the baseline service
 * count come first (A–E), then any scaling runs (v2 files at another count) in file order.
 */
export function resultsDataset(model: Model): Dataset {
  const runs: ScenarioResult[] = [...SCENARIO_IDS.map((s) => model.results[s]), ...model.scalingRuns];
  const rows: Row[] = runs.flatMap((r) =>
    METRICS.map((m) => ({
      scenario: r.scenario,
      services: r.serviceCount ?? model.baselineServiceCount,
      metric: m.id,
      ...measuredCells(m.get(r)),
      unit: m.unit,
      source_file: r.file,
    })),
  );
  return {
    id: "results",
    source: ["data/results/*.json"],
    columns: [
      { name: "scenario", type: "string" },
      { name: "services", type: "number", unit: "services" },
      { name: "metric", type: "string" },
      ...QUANTITY_COLUMNS,
      { name: "unit", type: "string" },
      { name: "source_file", type: "string" },
    ],
    rows,
    metrics: METRICS.map((m) => ({ id: m.id, unit: m.unit, label: { key: m.label.key, params: m.label.qps === undefined ? undefined : { qps: m.label.qps } } })),
  };
}
