import type { Model, Scenario } from "../data/model.ts";

/** Whether a tuning item is on in a scenario: only a tuned scenario applies tuning items, and only those marked applied. */
export function itemOn(model: Model, s: Scenario, id: string): boolean {
  return s.tuning === "full" && model.tuning.items.some((i) => i.id === id && i.applied);
}
