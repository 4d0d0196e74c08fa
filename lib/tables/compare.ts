import type { Model, Scenario, ScenarioId } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import { metric, metricLabel } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { change } from "./change.ts";
import { type Table, cell, head, num } from "./types.ts";

/** "B: Cilium with kube-proxy": a scenario named in full, for captions and headings. */
export const scenarioTitle = (i18n: I18n, id: ScenarioId) => `${id}: ${i18n.t(`scenario.${id}.name`)}`;

export function scenarioId(value: string, where: string): ScenarioId {
  if (!(SCENARIO_IDS as readonly string[]).includes(value)) throw new Error(`${where}: unknown scenario "${value}"; known: ${SCENARIO_IDS.join(", ")}`);
  return value as ScenarioId;
}

export interface CompareOptions {
  id?: string;
  caption?: string;
  note?: string;
}

/** Metric | A | B | change, one row per metric of the main results; the change is computed and toned. */
export function compareTable(model: Model, i18n: I18n, a: ScenarioId, b: ScenarioId, metricIds: readonly string[], opts: CompareOptions = {}): Table {
  if (!metricIds.length) throw new Error(`compare ${a} ${b}: name at least one metric`);
  const rows = metricIds.map((id) => {
    const m = metric(id);
    const va = m.get(model.results[a]);
    const vb = m.get(model.results[b]);
    const shown = (v: number | null) => (v === null ? cell(i18n.t("quantity.not_measured"), { tone: "muted" }) : num(i18n.unit(v, m.unit, m.digits)));
    const delta = va === null || vb === null ? { text: "—", tone: undefined } : change(i18n, va, vb, m.better, false, m.unit);
    return [head(metricLabel(m, i18n.t, (n) => i18n.f.integer(n))), shown(va), shown(vb), num(delta.text, delta.tone ? { tone: delta.tone } : {})];
  });
  return {
    // The metrics are part of the id: a page may compare the same two scenarios twice, on different metrics.
    id: opts.id ?? `compare-${a}-${b}-${metricIds.join("-")}`.toLowerCase().replace(/_/g, "-"),
    caption: opts.caption ?? i18n.t("tbl.compare.caption", { a: scenarioTitle(i18n, a), b: scenarioTitle(i18n, b) }),
    columns: [cell(i18n.t("table.metric")), num(i18n.t(`scenario.${a}.short`)), num(i18n.t(`scenario.${b}.short`)), num(i18n.t("tbl.compare.change", { a, b }))],
    rows,
    ...(opts.note ? { note: opts.note } : {}),
  };
}

export { tunedPair } from "../domain/scenarios.ts";

/** The baseline every "against the baseline" figure compares with: the VPC CNI scenario. */
export function baselineId(model: Model): ScenarioId {
  const b = model.scenarios.find((s) => s.cni === "vpc-cni");
  if (!b) throw new Error("data/scenarios.yaml: expected a scenario with cni: vpc-cni to serve as the baseline");
  return b.id;
}
