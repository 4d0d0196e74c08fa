import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { type Cell, type Table, cell, head } from "./types.ts";

const TONE: Record<string, Cell["tone"]> = { high: "good", medium: undefined, low: "muted", none: "muted" };

/** How much the benchmark bears on each AI/ML workload type: a judgement (level + reason), not a measurement. */
export function aimlTable(model: Model, i18n: I18n): Table {
  const a = model.aiml;
  return {
    id: "aiml",
    caption: i18n.t("tbl.aiml.caption"),
    columns: [cell(i18n.t("tbl.aiml.workload")), cell(i18n.t("tbl.aiml.relevance")), cell(i18n.t("tbl.aiml.why"))],
    rows: a.workloads.map((w) => [
      head(i18n.t(`aiml.workload.${w.id}.name`)),
      cell(i18n.t(`aiml.level.${w.relevance}`), TONE[w.relevance] ? { tone: TONE[w.relevance] } : {}),
      cell(i18n.t(`aiml.workload.${w.id}.why`, { hops: a.pipeline_hops.map((h) => i18n.t(`aiml.hop.${h}`)).join(" → ") })),
    ]),
    note: i18n.t("tbl.aiml.note", {
      instance: model.environment.node.instance_type,
      nic: i18n.unit(model.environment.node.nic_bandwidth_gbps, "gbps", 1),
      gpu: i18n.t("quantity.range", { min: i18n.f.integer(a.gpu_nic_gbps.min), max: i18n.unit(a.gpu_nic_gbps.max, "gbps", 0) }),
    }),
  };
}
