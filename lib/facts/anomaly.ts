import type { Model, ScenarioId } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";

/** Scenarios whose p99 at QPS 5,000 is more than five times their own p99 at maximum QPS. */
export function anomalyScenarios(model: Model): ScenarioId[] {
  return SCENARIO_IDS.filter((s) => {
    const at5k = model.results[s].http.qps5000.p99Ms;
    const atMax = model.results[s].http.qpsMax.p99Ms;
    return at5k !== null && atMax !== null && at5k > 5 * atMax;
  });
}
