import type { Model } from "../data/model.ts";
import * as d from "../derive/index.ts";
import { claims } from "../facts/claims.ts";
import { holds } from "../narrative/check.ts";
import { metric, series, valueOf } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { baselineId, tunedPair } from "../tables/compare.ts";
import { ciliumOnly, vpcPartly } from "../tables/policy.ts";
import { sentences } from "../history/words.ts";
import { lowLoad } from "../tables/scaling.ts";
import { udpLossGroups } from "../facts/report.ts";
import { esc } from "../html.ts";
import { itemOn } from "../domain/scenarios.ts";
import { formatChange } from "../facts/change.ts";

function card(kind: string, value: string, label: string, sub: string): string {
  return `<li class="blk-card blk-card-${kind}"><p class="blk-card-value">${esc(value)}</p><p class="blk-card-label">${esc(label)}</p><p class="blk-card-sub">${esc(sub)}</p></li>`;
}

/**
 * The four conclusion cards. Each card's sentence is computed from the data, and a card whose usual reading no longer
 * holds (TCP the same at the NIC limit; the lowest UDP loss where Bandwidth Manager is on) says what the data shows.
 */
export function conclusionCards(model: Model, i18n: I18n): string {
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(`block.cards.${k}`, p);
  const fmt = (id: string, v: number) => i18n.unit(v, metric(id).unit, metric(id).digits);

  const tcp = series(model, "tcp");
  const same = holds(model, claims["tcp-same"]) && holds(model, claims["tcp-at-nic-limit"]);
  const spread = i18n.f.percent(d.spreadPercent(tcp.map((r) => r.value)), 1);
  const tcpCard = card("tcp", same ? t("tcp.value") : t("tcp.value_differs", { spread }), i18n.t("metric.tcp"), t(same ? "tcp.sub" : "tcp.sub_differs", {
    // A range states its unit once ("12.34–12.41 Gbps"), like every other range on the page.
    min: i18n.f.number(d.lowest(tcp).value, 2),
    max: fmt("tcp", d.highest(tcp).value),
    nic: i18n.unit(model.environment.node.nic_bandwidth_gbps, "gbps", 1),
  }));

  const loss = series(model, "udp_loss");
  const low = d.lowest(loss), high = d.highest(loss);
  const on = model.scenarios.filter((s) => itemOn(model, s, "bandwidth-manager"));
  // Loss is never called a feature gap: scenarios that lost little without Bandwidth Manager are named beside the range.
  const quiet = udpLossGroups(model).low.filter((id) => !on.some((s) => s.id === id));
  const lossRange = { low: fmt("udp_loss", low.value), high: fmt("udp_loss", high.value) };
  const udpSub = t("udp.sub_other", { ...lossRange, high_s: high.key, low_s: low.key, rate: i18n.unit(model.environment.method.udp.target_gbps, "gbps", 0) });
  const udpCard = card("udp", t("udp.value_other", lossRange), i18n.t("metric.udp_loss"), quiet.length ? sentences(udpSub, t("udp.sub_without", { list: i18n.list(quiet) })) : udpSub);

  const base = baselineId(model);
  const { tuned } = tunedPair(model);
  const from = valueOf(model, "rtt", base), to = valueOf(model, "rtt", tuned.id);
  const pct = d.percentChange(from, to);
  // iperf3's RTT is measured on a loaded connection, so it sits beside what an HTTP request saw, never multiplied.
  const rttCard = card("rtt", t("rtt.value", { change: formatChange(i18n, pct) }), t("rtt.label"), t("rtt.sub", {
    from: fmt("rtt", from), from_s: base, to: fmt("rtt", to), to_s: tuned.id,
    qps: i18n.f.integer(lowLoad(model)),
    p50_from: fmt("p50_1000", valueOf(model, "p50_1000", base)), p50_to: fmt("p50_1000", valueOf(model, "p50_1000", tuned.id)),
  }));

  const features = model.networkPolicy.features;
  const featCard = card("features", t("features.value"), t("features.label"), t("features.sub", {
    count: i18n.f.integer(features.filter(ciliumOnly).length),
    partly: i18n.f.integer(features.filter(vpcPartly).length),
    total: i18n.f.integer(features.length),
  }));

  return `<div class="blk blk-conclusion"><ul class="blk-cards">${tcpCard}${udpCard}${rttCard}${featCard}</ul><p class="blk-takeaway">${esc(t(same ? "takeaway" : "takeaway_features"))}</p></div>`;
}
