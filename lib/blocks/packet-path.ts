import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { change } from "../tables/change.ts";
import { esc } from "../html.ts";
import { moveWords } from "../facts/findings.ts";
import { afterLabel, link } from "./html.ts";
import { reference } from "./scenarios.ts";

const IPTABLES_STEPS = ["connect", "netfilter", "services_chain", "svc_chain", "dnat", "deliver"];
const EBPF_STEPS = ["connect", "hook", "lookup", "rewrite", "deliver"];

function column(kind: "iptables" | "ebpf", i18n: I18n, steps: string[], foot: string): string {
  const t = (k: string) => i18n.t(`block.path.${kind}.${k}`);
  const items = steps.map((s) => `<li class="blk-step">${esc(t(`step.${s}`))}</li>`).join("");
  return `<div class="blk-path-col blk-path-${kind}"><p class="blk-path-head">${esc(t("title"))} <span class="blk-path-cost">${esc(t("cost"))}</span></p><ol class="blk-steps">${items}</ol><p class="blk-path-foot">${esc(foot)}</p></div>`;
}

/**
 * How a packet to a Service address finds its backend: kube-proxy's iptables chains, walked rule by rule, against
 * Cilium's eBPF hash lookup. The figures under each column come from the scaling runs.
 */
export function packetPath(model: Model, i18n: I18n): string {
  const kp = model.kubeProxyScaling;
  const last = kp.keepalive[kp.keepalive.length - 1];
  const first = kp.keepalive[0];
  const runs = model.serviceScaling.runs;
  const r0 = runs[0], r1 = runs[runs.length - 1];
  const p99 = change(i18n, r0.http_p99_ms, r1.http_p99_ms, "lower");
  const left = column("iptables", i18n, IPTABLES_STEPS, i18n.t("block.path.iptables.foot", {
    from_rules: i18n.f.integer(first.nat_rules), from: i18n.f.integer(first.services),
    rules: i18n.f.integer(last.nat_rules), services: i18n.f.integer(last.services), scenario: kp.scenario,
  }));
  const right = column("ebpf", i18n, EBPF_STEPS, i18n.t("block.path.ebpf.foot", {
    change: p99.text, move: moveWords(i18n, r0.http_p99_ms, r1.http_p99_ms), from: i18n.f.integer(r0.services), to: i18n.f.integer(r1.services), scenario: model.serviceScaling.scenario,
  }));
  const sources = ["cilium-packet-walk", "cilium-kpr"].map((id) => {
    const r = reference(model, id, "block packet-path");
    return link(r.url, i18n.t(`ref.${r.id}.title`));
  });
  const caption = i18n.t("block.path.caption");
  return `<figure class="blk blk-path"><figcaption class="blk-caption">${esc(caption)}</figcaption><div class="blk-path-cols">${left}${right}</div><p class="blk-sources">${esc(i18n.t("block.sources"))}${afterLabel(i18n.t("block.sources"))}${sources.join(esc(i18n.t("tbl.comma")))}</p></figure>`;
}
