import type { Model, Run, ScenarioId } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import * as d from "../derive/index.ts";
import { metric, type Metric } from "../domain/metrics.ts";
import { shownChange } from "../facts/change.ts";
import { knownVariation, type Variation } from "./variation.ts";

/** The metrics the history compares and charts, in the order the section lists them. */
export const HISTORY_METRICS = ["tcp", "udp_loss", "rtt", "p50_1000", "p99_1000", "qps_max"] as const;

/** One metric of one scenario, from the previous run to the current one. */
export interface RunChange {
  metric: Metric;
  scenario: ScenarioId;
  previous: number;
  current: number;
  /** Percent of the previous figure, or percentage points for a percentage (loss). */
  change: number;
  inPoints: boolean;
  /** −1, 0 or +1 as the page prints the change: a change that rounds to zero is no change. */
  sign: number;
  /** True when the change is no larger than the known run-to-run variation; null when none is known. */
  within: boolean | null;
}

/** The runs in date order, oldest first, ending with the current one. */
export function allRuns(model: Model): Run[] {
  return [...model.history, model.run];
}

export function previousRun(model: Model): Run | undefined {
  return model.history[model.history.length - 1];
}

/** Every history metric and scenario with a figure in both runs, metric by metric, A–E. */
export function runChanges(model: Model, from: Run | undefined = previousRun(model), to: Run = model.run): RunChange[] {
  if (!from) return [];
  return HISTORY_METRICS.flatMap((id) => {
    const m = metric(id);
    const variation = knownVariation(model, id);
    return SCENARIO_IDS.flatMap((s): RunChange[] => {
      const previous = m.get(from.results[s]);
      const current = m.get(to.results[s]);
      if (previous === null || current === null) return [];
      const inPoints = m.unit === "percent";
      if (!inPoints && previous === 0) return []; // no percent change from zero; the table still lists both runs in the downloads
      const change = inPoints ? current - previous : d.percentChange(previous, current);
      const shown = shownChange(previous, current, inPoints);
      return [{ metric: m, scenario: s, previous, current, change, inPoints, sign: shown.sign, within: isWithin(change, variation) }];
    });
  });
}

function isWithin(change: number, v: Variation | null): boolean | null {
  return v === null ? null : Math.abs(change) <= v.size;
}

/** How one metric moved across the scenarios: the scenarios that went down, up, stayed, and the largest move. */
export interface MetricMove {
  metric: Metric;
  rows: RunChange[];
  down: ScenarioId[];
  up: ScenarioId[];
  same: ScenarioId[];
  within: ScenarioId[];
  /** The largest change by size (the earliest scenario on a tie), when anything moved. */
  largest: RunChange | undefined;
  variation: Variation | null;
}

export function metricMoves(model: Model, changes: RunChange[] = runChanges(model)): MetricMove[] {
  return HISTORY_METRICS.map((id) => {
    const rows = changes.filter((c) => c.metric.id === id);
    const moved = rows.filter((c) => c.sign !== 0);
    const largest = moved.reduce<RunChange | undefined>((best, c) => (!best || Math.abs(c.change) > Math.abs(best.change) ? c : best), undefined);
    return {
      metric: metric(id),
      rows,
      down: moved.filter((c) => c.sign < 0).map((c) => c.scenario),
      up: moved.filter((c) => c.sign > 0).map((c) => c.scenario),
      same: rows.filter((c) => c.sign === 0).map((c) => c.scenario),
      within: rows.filter((c) => c.within === true).map((c) => c.scenario),
      largest,
      variation: knownVariation(model, id),
    };
  }).filter((m) => m.rows.length > 0);
}

/**
 * The move the lead sentence opens with: the metric where most scenarios moved beyond the known variation, then the
 * one whose largest move is largest as the page prints it (percent, or percentage points for loss).
 */
export function leadMove(moves: MetricMove[]): MetricMove | undefined {
  const beyond = (m: MetricMove) => m.rows.filter((c) => c.sign !== 0 && c.within !== true).length;
  const relative = (m: MetricMove) => (m.largest ? Math.abs(m.largest.change) : 0);
  return [...moves].sort((a, b) => beyond(b) - beyond(a) || relative(b) - relative(a))[0];
}
