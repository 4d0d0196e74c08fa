import type { Quantity } from "../data/quantity.ts";
import type { Column, Row } from "./types.ts";

/**
 * How a figure that may be approximate, a range or missing is written in a download: the kind of figure is a column
 * of its own, so spreadsheets never have to parse "~130" or "4–6".
 */
export const QUANTITY_COLUMNS: Column[] = [
  { name: "value", type: "number" },
  { name: "value_min", type: "number" },
  { name: "value_max", type: "number" },
  { name: "qualifier", type: "string" },
  { name: "reason", type: "string" },
];

export function quantityCells(q: Quantity): Row {
  switch (q.kind) {
    case "exact":
      return { value: q.value, value_min: null, value_max: null, qualifier: "exact", reason: null };
    case "approx":
      return { value: q.value, value_min: null, value_max: null, qualifier: "approx", reason: null };
    case "range":
      return { value: null, value_min: q.min, value_max: q.max, qualifier: "range", reason: null };
    case "not-measured":
      return { value: null, value_min: null, value_max: null, qualifier: "not_measured", reason: q.reason };
  }
}

/** A figure from a result file: a number, or null where a v2 file says "N/A". */
export function measuredCells(v: number | null): Row {
  return quantityCells(v === null ? { kind: "not-measured", reason: "not_available" } : { kind: "exact", value: v });
}
