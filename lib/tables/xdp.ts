import type { Model } from "../data/model.ts";
import * as d from "../derive/index.ts";
import { metric, valueOf } from "../domain/metrics.ts";
import { thanWords } from "../facts/findings.ts";
import type { I18n } from "../i18n/index.ts";
import { baselineId, tunedPair } from "./compare.ts";
import { type Cell, type Table, cell, head } from "./types.ts";
import { formatChange } from "../facts/change.ts";

const SUPPORT_TONE: Record<string, Cell["tone"]> = { full: "good", supported: "good", limited: "bad", generic: "muted" };

export function xdpRequirementsTable(model: Model, i18n: I18n): Table {
  const x = model.xdp;
  return {
    id: "xdp-requirements",
    caption: i18n.t("tbl.xdp.req_caption"),
    columns: [cell(i18n.t("tbl.xdp.requirement")), cell(i18n.t("tbl.xdp.condition")), cell(i18n.t("tbl.xdp.notes"))],
    rows: x.requirements.map((r) => [
      head(i18n.t(`xdp.req.${r.id}`)),
      // A kernel version reads as each language says "or later"; a Helm value stays code; the rest are words.
      r.min_kernel !== undefined
        ? cell(i18n.t("xdp.at_least", { version: r.min_kernel }))
        : r.condition !== undefined
          ? cell(r.condition, { code: true })
          : cell(i18n.t(`xdp.condition.${r.condition_key ?? "unknown"}`)),
      cell(i18n.t(`xdp.note.${r.note_key}`, { kernel: x.bpf_link_min_kernel })),
    ]),
  };
}

export function xdpDriversTable(model: Model, i18n: I18n): Table {
  return {
    id: "xdp-drivers",
    caption: i18n.t("tbl.xdp.drivers_caption"),
    columns: [cell(i18n.t("tbl.xdp.driver")), cell(i18n.t("tbl.xdp.native")), cell(i18n.t("tbl.xdp.min_kernel")), cell(i18n.t("tbl.xdp.environment")), cell(i18n.t("tbl.xdp.notes"))],
    rows: model.xdp.drivers.map((r) => [
      { text: r.hardware ? `${r.driver} (${r.hardware})` : r.driver, header: true, code: true },
      cell(i18n.t(`xdp.support.${r.support}`), { tone: SUPPORT_TONE[r.support] }),
      cell(i18n.t("xdp.at_least", { version: r.min_kernel })),
      cell(i18n.t(`xdp.env.${r.environment}`)),
      r.note_key ? cell(i18n.t(`xdp.driver_note.${r.note_key}`)) : cell("—", { tone: "muted" }),
    ]),
  };
}

export function xdpInstancesTable(model: Model, i18n: I18n): Table {
  return {
    id: "xdp-instances",
    caption: i18n.t("tbl.xdp.instances_caption", { type: model.environment.node.instance_type }),
    columns: [cell(i18n.t("tbl.xdp.instance")), cell(i18n.t("tbl.xdp.native")), cell(i18n.t("tbl.xdp.reason"))],
    rows: model.xdp.instances.map((r) => [
      head(i18n.t("xdp.instance.label", { kind: i18n.t(`xdp.instance.${r.id}`), examples: r.examples.split(/,\s*/).join(i18n.t("tbl.comma")) })),
      // Every EC2 type runs the same ENA driver, which has native XDP only below an MTU EKS does not use: "not at
      // MTU 9001" says that; "not supported" would contradict the driver table and the text.
      r.native ? cell(i18n.t("xdp.support.supported"), { tone: "good" }) : cell(i18n.t("xdp.support.not_at_mtu", { mtu: String(model.environment.node.mtu) }), { tone: "bad" }),
      cell(i18n.t(`xdp.reason.${r.reason_key}`, { mtu: String(model.xdp.ena_xdp_max_mtu), eks_mtu: String(model.environment.node.mtu) })),
    ]),
  };
}

/** The tuning items that need neither XDP nor DSR, whether the tuned scenario applied them, and what it reached without XDP. */
export function xdpWithoutTable(model: Model, i18n: I18n): Table {
  const { tuned } = tunedPair(model);
  const items = model.xdp.without_xdp.map((id) => {
    const item = model.tuning.items.find((i) => i.id === id);
    if (!item) throw new Error(`data/xdp.yaml: without_xdp names "${id}", which data/tuning.yaml does not list`);
    return item;
  });
  const skipped = model.tuning.items.filter((i) => !i.applied).map((i) => i18n.t(`tuning.${i.id}.name`));
  const baseline = baselineId(model);
  const rtt = d.percentChange(valueOf(model, "rtt", baseline), valueOf(model, "rtt", tuned.id));
  return {
    id: "xdp-without",
    caption: i18n.t("tbl.xdp.without_caption"),
    columns: [cell(i18n.t("tbl.tuning.item")), cell(i18n.t("tbl.tuning.effect")), cell(i18n.t("tbl.xdp.in_scenario", { scenario: tuned.id }))],
    rows: items.map((i) => [
      head(i18n.t(`tuning.${i.id}.name`)),
      cell(i18n.t(`tuning.${i.id}.effect`)),
      i.applied ? cell(i18n.t("tbl.tuning.yes"), { tone: "good" }) : cell(i18n.t("tbl.tuning.no_short"), { tone: "bad" }),
    ]),
    note: i18n.t("tbl.xdp.without_note", {
      scenario: tuned.id,
      baseline,
      change: formatChange(i18n, rtt),
      than: thanWords(i18n, metric("rtt"), valueOf(model, "rtt", baseline), valueOf(model, "rtt", tuned.id), baseline),
      skipped: skipped.join(i18n.t("tbl.and")),
    }),
  };
}
