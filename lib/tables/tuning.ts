import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { compareTable, scenarioTitle, tunedPair } from "./compare.ts";
import { itemsAdded, itemState } from "../domain/scenarios.ts";
import { type Table, cell, head } from "./types.ts";

/** Every tuning item of the tuned scenario: its Helm value, what it does, and whether it was applied (and why not). */
export function tuningTable(model: Model, i18n: I18n): Table {
  const items = model.tuning.items;
  const { base, tuned } = tunedPair(model);
  const applied = items.filter((i) => i.applied).length;
  const added = itemsAdded(model, base, tuned).length;
  /** "Yes", or "Yes, already in D" when the untuned twin had the item on by its own settings. */
  const yes = (id: string) => {
    const inBase = itemState(model, base, id);
    if (!inBase) return cell(i18n.t("tbl.tuning.yes"), { tone: "good" });
    return cell(inBase.how === "implied" ? i18n.t("tbl.tuning.yes_implied", { base: base.id, via: inBase.via! }) : i18n.t("tbl.tuning.yes_already", { base: base.id }), { tone: "muted" });
  };
  const extra = model.tuning.extra_helm;
  return {
    id: "tuning",
    caption: i18n.t("tbl.tuning.caption", { scenario: scenarioTitle(i18n, tuned.id) }),
    columns: [cell(i18n.t("tbl.tuning.item")), cell(i18n.t("tbl.tuning.helm")), cell(i18n.t("tbl.tuning.effect")), cell(i18n.t("tbl.tuning.applied"))],
    rows: items.map((i) => [
      head(i18n.t(`tuning.${i.id}.name`)),
      cell(i.helm, { code: true }),
      cell(i18n.t(`tuning.${i.id}.effect`)),
      i.applied
        ? yes(i.id)
        : cell(i18n.t("tbl.tuning.no", { reason: i18n.t(`tuning.reason.${i.reason ?? "unknown"}`) }), { tone: "bad" }),
    ]),
    note: extra.length
      ? i18n.t("tbl.tuning.note_extra", { applied: i18n.f.integer(applied), total: i18n.f.integer(items.length), scenario: tuned.id, added: i18n.f.integer(added), base: base.id, values: i18n.list(extra) })
      : i18n.t("tbl.tuning.note", { applied: i18n.f.integer(applied), total: i18n.f.integer(items.length), scenario: tuned.id, added: i18n.f.integer(added), base: base.id }),
  };
}

/** The cumulative effect of the tuning: the untuned twin against the tuned scenario on the figures tuning is meant to move. */
export function tuningImpactTable(model: Model, i18n: I18n): Table {
  const { base, tuned } = tunedPair(model);
  const added = itemsAdded(model, base, tuned).length;
  return compareTable(model, i18n, base.id, tuned.id, ["rtt", "udp_loss", "qps_max", "p99_1000"], {
    id: "tuning-impact",
    caption: i18n.t("tbl.tuning_impact.caption", { base: scenarioTitle(i18n, base.id), tuned: scenarioTitle(i18n, tuned.id) }),
    note: i18n.t("tbl.tuning_impact.note", { count: i18n.f.integer(added), base: base.id }),
  });
}
