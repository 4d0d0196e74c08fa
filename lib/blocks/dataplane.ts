import type { Model, Scenario } from "../data/model.ts";
import * as d from "../derive/index.ts";
import { metric, metricLabel, series } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { esc } from "../html.ts";
import { afterLabel } from "./html.ts";
import { changesFrom } from "./scenarios.ts";
import { itemOn } from "../domain/scenarios.ts";

/** The figures each column shows under its stack. */
export const STACK_METRICS = ["rtt", "udp_loss", "p99_1000", "qps_max"] as const;

/**
 * Tuning items that sit in the agent layer, whether the tuning or the scenario's own script switched them on (the
 * others are shown where they act: Socket LB with load balancing, routing below).
 */
const AGENT_ITEMS = ["bpf-host-routing", "bpf-masquerade", "bandwidth-manager", "bbr", "ct-table", "hubble-off"];

function layers(model: Model, i18n: I18n, s: Scenario): [string, string][] {
  const t = (k: string) => i18n.t(`block.dp.${k}`);
  const lb = s.kube_proxy === "iptables" ? t("lb_iptables") : itemOn(model, s, "socket-lb") ? t("lb_ebpf_socket") : t("lb_ebpf");
  const tuned = AGENT_ITEMS.filter((id) => itemOn(model, s, id)).map((id) => i18n.t(`tuning.${id}.name`));
  const agent = s.cni === "vpc-cni" ? t("agent_vpc") : tuned.length ? i18n.t("block.dp.agent_tuned", { items: tuned.join(i18n.t("tbl.comma")) }) : t("agent_cilium");
  const net = s.routing === "vxlan" ? t("net_vxlan") : s.ip_allocation === "eni-secondary" ? t("net_secondary") : t("net_eni");
  return [
    [t("layer_lb"), lb],
    [t("layer_agent"), agent],
    [t("layer_net"), net],
  ];
}

/**
 * The five scenarios' data-plane stacks side by side, built from data/scenarios.yaml and data/tuning.yaml, each with
 * what changed from the scenario before it and its measured figures; the best figure per metric is marked.
 */
export function dataplane(model: Model, i18n: I18n): string {
  const best = new Map(STACK_METRICS.map((id) => {
    const rows = series(model, id);
    const m = metric(id);
    const top = m.better === "lower" ? d.allLowest(rows) : rows.filter((r) => r.value === d.highest(rows).value).map((r) => r.key);
    return [id, new Set(top)];
  }));
  const cols = model.scenarios.map((s, i) => {
    const prev = i > 0 ? model.scenarios[i - 1] : null;
    const changed = prev ? changesFrom(model, prev, s, i18n) : [];
    const change = prev
      ? `<p class="blk-dp-change"><span class="blk-dp-change-head">${esc(i18n.t("block.dp.changed", { from: prev.id }))}</span>${afterLabel(i18n.t("block.dp.changed", { from: prev.id }))}${esc(changed.length ? changed.join(i18n.t("tbl.list_sep")) : i18n.t("block.dp.unchanged"))}</p>`
      : `<p class="blk-dp-change">${esc(i18n.t("block.dp.baseline"))}</p>`;
    const stack = layers(model, i18n, s)
      .map(([k, v]) => `<li class="blk-dp-layer"><span class="blk-dp-layer-name">${esc(k)}</span> <span class="blk-dp-layer-value">${esc(v)}</span></li>`)
      .join("");
    const figures = STACK_METRICS.map((id) => {
      const m = metric(id);
      const v = m.get(model.results[s.id]);
      const isBest = best.get(id)!.has(s.id);
      const label = metricLabel(m, i18n.t, (n) => i18n.f.integer(n));
      const value = v === null ? i18n.t("quantity.not_measured") : i18n.unit(v, m.unit, m.digits);
      const mark = isBest ? ` <span class="blk-best">${esc(i18n.t(m.better === "lower" ? "block.dp.lowest" : "block.dp.highest"))}</span>` : "";
      return `<div class="blk-dp-metric"><dt>${esc(label)}</dt><dd${isBest ? ' class="tone-good"' : ""}>${esc(value)}${mark}</dd></div>`;
    }).join("");
    return `<li class="blk-dp-col"><p class="blk-dp-title"><span class="blk-dp-letter">${esc(s.id)}</span> ${esc(i18n.t(`scenario.${s.id}.name`))}</p>${change}<ol class="blk-dp-stack">${stack}</ol><dl class="blk-dp-metrics">${figures}</dl></li>`;
  });
  const caption = i18n.t("block.dp.caption", { count: i18n.f.integer(model.scenarios.length) });
  return `<figure class="blk blk-dp"><figcaption class="blk-caption">${esc(caption)}</figcaption><ol class="blk-dp-cols">${cols.join("")}</ol><p class="blk-note">${esc(i18n.t("block.dp.note"))}</p></figure>`;
}
