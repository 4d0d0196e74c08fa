import type { Model } from "../data/model.ts";
import * as d from "../derive/index.ts";
import { requireClaim } from "../facts/claims.ts";
import { metric, series, valueOf } from "../facts/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { changeDigits } from "../tables/change.ts";
import { baselineId, tunedPair } from "../tables/compare.ts";
import { ciliumOnly } from "../tables/policy.ts";
import { esc } from "./html.ts";
import { itemOn } from "./scenarios.ts";

const WHERE = "block conclusion-cards";

function card(kind: string, value: string, label: string, sub: string): string {
  return `<li class="blk-card blk-card-${kind}"><p class="blk-card-value">${esc(value)}</p><p class="blk-card-label">${esc(label)}</p><p class="blk-card-sub">${esc(sub)}</p></li>`;
}

/**
 * The four conclusion cards. Each card's sentence is computed from the data, and the build stops when the data no
 * longer supports what a card says (TCP the same, lowest UDP loss where Bandwidth Manager is on, lowest RTT in E).
 */
export function conclusionCards(model: Model, i18n: I18n): string {
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(`block.cards.${k}`, p);
  const fmt = (id: string, v: number) => i18n.unit(v, metric(id).unit, metric(id).digits);

  requireClaim(model, "tcp-same", WHERE);
  requireClaim(model, "tcp-at-nic-limit", WHERE);
  const tcp = series(model, "tcp");
  const tcpCard = card("tcp", t("tcp.value"), i18n.t("metric.tcp"), t("tcp.sub", {
    min: fmt("tcp", d.lowest(tcp).value),
    max: fmt("tcp", d.highest(tcp).value),
    nic: i18n.unit(model.environment.node.nic_bandwidth_gbps, "gbps", 1),
  }));

  const loss = series(model, "udp_loss");
  const low = d.lowest(loss), high = d.highest(loss);
  const on = model.scenarios.filter((s) => itemOn(model, s, "bandwidth-manager"));
  if (!on.some((s) => s.id === low.key)) {
    throw new Error(`${WHERE}: the data no longer supports the card "UDP loss is a feature difference" (the lowest UDP loss, in ${low.key}, does not come with Bandwidth Manager); rewrite that card`);
  }
  const udpCard = card("udp", t("udp.value"), i18n.t("metric.udp_loss"), t("udp.sub", {
    high: fmt("udp_loss", high.value), high_s: high.key,
    low: fmt("udp_loss", low.value), low_s: low.key,
    on: on.map((s) => s.id).join(i18n.t("tbl.comma")),
    rate: i18n.unit(model.environment.method.udp.target_gbps, "gbps", 0),
  }));

  requireClaim(model, "e-lowest-rtt", WHERE);
  const base = baselineId(model);
  const { tuned } = tunedPair(model);
  const from = valueOf(model, "rtt", base), to = valueOf(model, "rtt", tuned.id);
  const pct = d.percentChange(from, to);
  const hops = model.aiml.pipeline_hops;
  const steps = hops.length - 1;
  const rttCard = card("rtt", t("rtt.value", { change: i18n.f.percent(pct, changeDigits(pct), true) }), t("rtt.label"), t("rtt.sub", {
    from: fmt("rtt", from), from_s: base, to: fmt("rtt", to), to_s: tuned.id,
    hops: hops.join(" → "), count: i18n.f.integer(steps),
    total: i18n.unit(steps * (from - to), "us", 0),
  }));

  const features = model.networkPolicy.features;
  const featCard = card("features", t("features.value"), t("features.label"), t("features.sub", {
    count: i18n.f.integer(features.filter(ciliumOnly).length),
    total: i18n.f.integer(features.length),
  }));

  return `<div class="blk blk-conclusion"><ul class="blk-cards">${tcpCard}${udpCard}${rttCard}${featCard}</ul><p class="blk-takeaway">${esc(t("takeaway"))}</p></div>`;
}
