/**
 * A downloadable table: locale-neutral column names, plain values, a unit per figure.
 * Descriptions are locale keys (downloads.column.<name>) so chart pages can document the columns in every language.
 */
export type CellValue = string | number | boolean | null;
export type Row = Record<string, CellValue>;

export interface Column {
  name: string;
  type: "string" | "number" | "boolean" | "string-or-number";
  /** Fixed unit of every value in the column (e.g. "services"); figures with varying units carry a `unit` column instead. */
  unit?: string;
}

/** A metric id used in a dataset's `metric` column, with the unit its values are in and a label to show. */
export interface MetricCode {
  id: string;
  unit: string;
  label: { key: string; params?: Record<string, number> };
}

export interface Dataset {
  /** File name without extension: /data/{id}.csv and /data/{id}.json. */
  id: string;
  /** The data file(s) the rows come from, relative to the project root. */
  source: string[];
  columns: Column[];
  rows: Row[];
  /** Values of the `metric` column, when the dataset is in long format. */
  metrics?: MetricCode[];
}
