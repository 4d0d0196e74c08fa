import type { Model, Scenario } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { itemsAdded } from "../domain/scenarios.ts";

/** The configuration fields that tell the scenarios apart, in the order a reader follows them. */
export const CONFIG_FIELDS = ["cni", "kube_proxy", "ip_allocation", "routing", "tuning"] as const;

/** What changed from one scenario to the next: "kube-proxy: iptables (kube-proxy) → eBPF (kube-proxy replaced)". */
export function changesFrom(model: Model, prev: Scenario, next: Scenario, i18n: I18n): string[] {
  return CONFIG_FIELDS.filter((f) => prev[f] !== next[f]).map((f) =>
    f === "tuning" && next.tuning === "full"
      ? i18n.t("block.dp.tuning_applied", { count: i18n.f.integer(itemsAdded(model, prev, next).length) })
      : i18n.t("block.dp.changed_item", { field: i18n.t(`config.${f}`), from: i18n.t(`config.value.${prev[f]}`), to: i18n.t(`config.value.${next[f]}`) }),
  );
}

/** A link by id from data/references.yaml, or a clear error naming the missing id. */
export function reference(model: Model, id: string, where: string) {
  const r = model.references.links.find((l) => l.id === id);
  if (!r) throw new Error(`${where}: data/references.yaml has no link with id "${id}"; known: ${model.references.links.map((l) => l.id).join(", ")}`);
  return r;
}
