import { z } from "zod";

/** A figure as the source states it: exact, approximate ("~130 ms"), a range ("4–6m") or not measured. */
export type Quantity =
  | { kind: "exact"; value: number }
  | { kind: "approx"; value: number }
  | { kind: "range"; min: number; max: number }
  | { kind: "not-measured"; reason: string };

const finite = z.number().finite();

export const quantitySchema = z
  .union([
    finite,
    z.strictObject({ approx: finite }),
    z.strictObject({ min: finite, max: finite }),
    z.strictObject({ not_measured: z.string().regex(/^[a-z_]+$/, "a reason key such as not_run") }),
  ])
  .transform((q): Quantity => {
    if (typeof q === "number") return { kind: "exact", value: q };
    if ("approx" in q) return { kind: "approx", value: q.approx };
    if ("min" in q) return { kind: "range", min: q.min, max: q.max };
    return { kind: "not-measured", reason: q.not_measured };
  });

/** The number a chart can place, or null when the figure was not measured. Ranges plot at their middle. */
export function plotValue(q: Quantity): number | null {
  switch (q.kind) {
    case "exact":
    case "approx":
      return q.value;
    case "range":
      return (q.min + q.max) / 2;
    case "not-measured":
      return null;
  }
}

export function exact(value: number): Quantity {
  return { kind: "exact", value };
}
