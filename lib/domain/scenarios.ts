import type { Model, Scenario } from "../data/model.ts";

type Item = Model["tuning"]["items"][number];

/** The Helm values of an item ("a=1, b=2" sets two). */
const valuesOf = (item: Item): string[] => item.helm.split(",").map((v) => v.trim());

/**
 * How a tuning item is on in a scenario: "tuned" when the tuned scenario applies it, "set" when the scenario's own
 * script already sets its Helm values, "implied" when another value the script sets switches it on, or null (off).
 */
export function itemState(model: Model, s: Scenario, id: string): { how: "tuned" | "set" | "implied"; via?: string } | null {
  const item = model.tuning.items.find((i) => i.id === id);
  if (!item) return null;
  if (valuesOf(item).every((v) => s.helm.includes(v))) return { how: "set" };
  if (item.implied_by && s.helm.includes(item.implied_by)) return { how: "implied", via: item.implied_by };
  if (s.tuning === "full" && item.applied) return { how: "tuned" };
  return null;
}

/** Whether a tuning item is on in a scenario, whether by the tuning or by the scenario's own settings. */
export function itemOn(model: Model, s: Scenario, id: string): boolean {
  return itemState(model, s, id) !== null;
}

/** The tuning items on in `to` that were not already on in `from`: what going from one to the other really added. */
export function itemsAdded(model: Model, from: Scenario, to: Scenario): Item[] {
  return model.tuning.items.filter((i) => itemOn(model, to, i.id) && !itemOn(model, from, i.id));
}

/** Applied tuning items that `from` already had on (its own Helm values, or implied by them). */
export function itemsAlreadyOn(model: Model, from: Scenario): Item[] {
  return model.tuning.items.filter((i) => i.applied && itemOn(model, from, i.id));
}

/** The tuned scenario and its untuned twin (same CNI, kube-proxy mode, IP allocation and routing): D and E. */
export function tunedPair(model: Model): { base: Scenario; tuned: Scenario } {
  const same = (x: Scenario, y: Scenario) => x.cni === y.cni && x.kube_proxy === y.kube_proxy && x.ip_allocation === y.ip_allocation && x.routing === y.routing;
  for (const tuned of model.scenarios.filter((s) => s.tuning === "full")) {
    const base = model.scenarios.find((s) => s.tuning === "default" && same(s, tuned));
    if (base) return { base, tuned };
  }
  throw new Error("data/scenarios.yaml: expected a tuned scenario and an untuned one with the same CNI, kube-proxy mode, IP allocation and routing");
}
