import type { Model, Scenario } from "../data/model.ts";
import { valueOf } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { change } from "../tables/change.ts";
import { esc } from "../html.ts";
import { afterLabel, link } from "./html.ts";
import { reference } from "./scenarios.ts";

/** A packet drawn as nested boxes: the outer headers (overlay only) around the inner Pod-to-Pod packet. */
function packet(i18n: I18n, overlay: boolean): string {
  const t = (k: string) => esc(i18n.t(`block.routing.pkt.${k}`));
  const inner = `<span class="blk-pkt-inner"><span class="blk-pkt-field">${t("pod_ips")}</span><span class="blk-pkt-field blk-pkt-data">${t("payload")}</span></span>`;
  if (!overlay) return `<p class="blk-pkt" role="img" aria-label="${t("native_alt")}">${inner}</p>`;
  return `<p class="blk-pkt blk-pkt-outer" role="img" aria-label="${t("overlay_alt")}"><span class="blk-pkt-field">${t("node_ips")}</span><span class="blk-pkt-field">${t("udp")}</span><span class="blk-pkt-field">${t("vxlan")}</span>${inner}</p>`;
}

/** Two scenarios that differ only in routing (and the IP allocation that goes with it): the measured cost of the overlay. */
function routingPair(model: Model): { overlay: Scenario; native: Scenario } | null {
  for (const o of model.scenarios.filter((s) => s.routing === "vxlan")) {
    const n = model.scenarios.find((s) => s.routing === "native" && s.cni === o.cni && s.kube_proxy === o.kube_proxy && s.tuning === o.tuning);
    if (n) return { overlay: o, native: n };
  }
  return null;
}

/**
 * Overlay (VXLAN) against native routing, and how ENI IPAM hands VPC addresses to Pods through the Cilium operator.
 * Which scenario uses which comes from data/scenarios.yaml; the measured RTT difference from the results.
 */
export function routing(model: Model, i18n: I18n): string {
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(`block.routing.${k}`, p);
  const ids = (pred: (s: Scenario) => boolean) => model.scenarios.filter(pred).map((s) => s.id).join(i18n.t("tbl.comma"));
  const panel = (cls: string, title: string, used: string, body: string) =>
    `<div class="blk-route ${cls}"><p class="blk-route-head">${esc(title)}</p><p class="blk-route-used">${esc(t("used_by", { scenarios: used }))}</p>${body}</div>`;

  const overlay = panel("blk-route-overlay", t("overlay.title"), ids((s) => s.routing === "vxlan"), `${packet(i18n, true)}<p>${esc(t("overlay.text"))}</p>`);
  const native = panel("blk-route-native", t("native.title"), ids((s) => s.routing === "native"), `${packet(i18n, false)}<p>${esc(t("native.text"))}</p>`);
  const prefix = model.tuning.extra_helm.find((h) => h.startsWith("eni.awsEnablePrefixDelegation="));
  const steps = ["operator", "crd", "agent", "vpc"].map((k) => `<li class="blk-step">${esc(t(`ipam.step.${k}`))}</li>`).join("");
  const ipam = panel(
    "blk-route-ipam",
    t("ipam.title"),
    ids((s) => s.ip_allocation === "eni"),
    `<ol class="blk-steps">${steps}</ol>${prefix ? `<p class="blk-note">${esc(t("ipam.prefix"))}${afterLabel(t("ipam.prefix"))}<code>${esc(prefix)}</code></p>` : ""}`,
  );

  const pair = routingPair(model);
  let measured = "";
  if (pair) {
    const a = valueOf(model, "rtt", pair.overlay.id), b = valueOf(model, "rtt", pair.native.id);
    measured = `<p class="blk-route-measured">${esc(t("measured", {
      overlay: pair.overlay.id, native: pair.native.id,
      from: i18n.unit(a, "us", 0), to: i18n.unit(b, "us", 0), change: change(i18n, a, b, "lower").text,
    }))}</p>`;
  }
  const sources = ["cilium-routing", "cilium-eni"].map((id) => {
    const r = reference(model, id, "block routing");
    return link(r.url, i18n.t(`ref.${r.id}.title`));
  });
  return `<figure class="blk blk-routing"><figcaption class="blk-caption">${esc(t("caption"))}</figcaption><div class="blk-route-cols">${overlay}${native}${ipam}</div>${measured}<p class="blk-sources">${esc(i18n.t("block.sources"))}${afterLabel(i18n.t("block.sources"))}${sources.join(esc(i18n.t("tbl.comma")))}</p></figure>`;
}
