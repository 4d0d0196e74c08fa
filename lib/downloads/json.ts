import type { Model } from "../data/model.ts";
import type { Dataset } from "./types.ts";

export interface Describe {
  /** English description of a column, title of a dataset, label of a metric (the locale's strings). */
  column(name: string): string;
  title(id: string): string;
  metric(key: string, params?: Record<string, number>): string;
}

/**
 * The dataset as JSON: the same rows as the CSV (numbers as numbers, empty cells as null), with the column
 * documentation, metric labels and where the figures come from, so the file explains itself.
 */
export function toJson(d: Dataset, model: Model, describe: Describe): string {
  const doc = {
    dataset: d.id,
    title: describe.title(d.id),
    source: { files: d.source, repository: model.report.source.url, licence: model.report.source.licence, measured_on: model.runDate },
    columns: d.columns.map((c) => ({ name: c.name, type: c.type, ...(c.unit ? { unit: c.unit } : {}), description: describe.column(c.name) })),
    ...(d.metrics ? { metrics: d.metrics.map((m) => ({ id: m.id, unit: m.unit, label: describe.metric(m.label.key, m.label.params) })) } : {}),
    rows: d.rows.map((r) => Object.fromEntries(d.columns.map((c) => [c.name, r[c.name] ?? null]))),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
