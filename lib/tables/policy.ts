import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { type Cell, type Table, cell, head } from "./types.ts";
import { formatDate } from "../facts/index.ts";

type Support = Model["networkPolicy"]["features"][number]["cilium"];

function supportCell(i18n: I18n, s: Support): Cell {
  const detail = s.detail ? i18n.t(`policy.detail.${s.detail}`) : s.literal;
  if (s.support === "no") return cell(i18n.t("policy.no"), { tone: "bad" });
  if (s.support === "partial") return cell(i18n.t("policy.partial", { detail: detail ?? "" }), { tone: "muted" });
  // A property both CNIs have (how it is built, what it costs): the detail alone, no "supported".
  if (s.support === "info") return cell(detail ?? "");
  return cell(detail ? i18n.t("policy.yes_with", { detail }) : i18n.t("policy.yes"), { tone: "good" });
}

type Feature = Model["networkPolicy"]["features"][number];

/** Cilium-only: Cilium supports the feature and the VPC CNI has none of it ("partly" is not "none"). */
export const ciliumOnly = (f: Feature) => f.cilium.support === "yes" && f.vpc_cni.support === "no";
/** Features Cilium supports in full and the VPC CNI only in part. */
export const vpcPartly = (f: Feature) => f.cilium.support === "yes" && f.vpc_cni.support === "partial";

/** Where a row comes from: the link a corrected cell cites, or the original report. */
function sourceCell(i18n: I18n, f: Feature): Cell {
  const ids = [...new Set([f.vpc_cni.source, f.cilium.source].filter((x): x is string => !!x))];
  return ids.length ? cell(ids.map((id) => i18n.t(`ref.${id}.title`)).join(i18n.t("tbl.list_sep"))) : cell(i18n.t("tbl.policy.source_original"), { tone: "muted" });
}

/** The network-policy feature matrix; rows only Cilium offers are marked in their own column. */
export function policyTable(model: Model, i18n: I18n): Table {
  const features = model.networkPolicy.features;
  return {
    id: "policy",
    caption: i18n.t("tbl.policy.caption"),
    columns: [cell(i18n.t("tbl.policy.feature")), cell(i18n.t("tbl.policy.vpc_cni")), cell(i18n.t("tbl.policy.cilium")), cell(i18n.t("tbl.policy.only")), cell(i18n.t("tbl.policy.source"))],
    rows: features.map((f) => [
      head(i18n.t(`policy.feature.${f.id}`)),
      supportCell(i18n, f.vpc_cni),
      supportCell(i18n, f.cilium),
      ciliumOnly(f) ? cell(i18n.t("tbl.policy.only_mark"), { tone: "good" }) : cell("—", { tone: "muted" }),
      sourceCell(i18n, f),
    ]),
    note: i18n.t("tbl.policy.note", {
      count: i18n.f.integer(features.filter(ciliumOnly).length),
      partly: i18n.f.integer(features.filter(vpcPartly).length),
      total: i18n.f.integer(features.length),
      date: formatDate(model.networkPolicy.as_of, i18n.lang.intl),
    }),
  };
}
