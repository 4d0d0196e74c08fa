import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { type Cell, type Table, cell, head } from "./types.ts";

type Support = Model["networkPolicy"]["features"][number]["cilium"];

function supportCell(i18n: I18n, s: Support): Cell {
  const detail = s.detail ? i18n.t(`policy.detail.${s.detail}`) : s.literal;
  if (s.support === "no") return cell(i18n.t("policy.no"), { tone: "bad" });
  if (s.support === "partial") return cell(i18n.t("policy.partial", { detail: detail ?? "" }), { tone: "muted" });
  // A property both CNIs have (how it is built, what it costs): the detail alone, no "supported".
  if (s.support === "info") return cell(detail ?? "");
  return cell(detail ? i18n.t("policy.yes_with", { detail }) : i18n.t("policy.yes"), { tone: "good" });
}

/** Cilium-only: Cilium supports the feature fully and the VPC CNI does not. */
export const ciliumOnly = (f: Model["networkPolicy"]["features"][number]) => f.cilium.support === "yes" && f.vpc_cni.support !== "yes";

/** The network-policy feature matrix; rows only Cilium offers are marked in their own column. */
export function policyTable(model: Model, i18n: I18n): Table {
  const features = model.networkPolicy.features;
  return {
    id: "policy",
    caption: i18n.t("tbl.policy.caption"),
    columns: [cell(i18n.t("tbl.policy.feature")), cell(i18n.t("tbl.policy.vpc_cni")), cell(i18n.t("tbl.policy.cilium")), cell(i18n.t("tbl.policy.only"))],
    rows: features.map((f) => [
      head(i18n.t(`policy.feature.${f.id}`)),
      supportCell(i18n, f.vpc_cni),
      supportCell(i18n, f.cilium),
      ciliumOnly(f) ? cell(i18n.t("tbl.policy.only_mark"), { tone: "good" }) : cell("—", { tone: "muted" }),
    ]),
    note: i18n.t("tbl.policy.note", { count: i18n.f.integer(features.filter(ciliumOnly).length), total: i18n.f.integer(features.length) }),
  };
}
