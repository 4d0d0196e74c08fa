import type { Model } from "../data/model.ts";
import { metric, metricLabel } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { change } from "../tables/change.ts";
import { baselineId, scenarioTitle, tunedPair } from "../tables/compare.ts";
import { esc } from "../html.ts";
import { toneClass } from "./html.ts";

/** The metrics the key figures show, baseline against the tuned scenario, each at its own measured value. */
export const KEY_METRICS = ["tcp", "udp_loss", "rtt", "p99_1000", "qps_max"] as const;

/** Key figures: the baseline against the tuned scenario, value → value and the computed change, toned by direction. */
export function keyFigures(model: Model, i18n: I18n): string {
  const a = baselineId(model);
  const b = tunedPair(model).tuned.id;
  const items = KEY_METRICS.map((id) => {
    const m = metric(id);
    const va = m.get(model.results[a]);
    const vb = m.get(model.results[b]);
    const label = metricLabel(m, i18n.t, (n) => i18n.f.integer(n));
    const shown = (v: number | null) => (v === null ? i18n.t("quantity.not_measured") : i18n.unit(v, m.unit, m.digits));
    const c = va === null || vb === null ? { text: "—", tone: undefined } : change(i18n, va, vb, m.better, false, m.unit);
    return `<li class="blk-kpi"><p class="blk-kpi-label">${esc(label)}</p><p class="blk-kpi-change${m.unit === "percent" ? " blk-kpi-change-words" : ""}${toneClass(c.tone)}">${esc(c.text)}</p><p class="blk-kpi-values"><span>${esc(a)} ${esc(shown(va))}</span> <span aria-hidden="true">→</span><span class="blk-sr">${esc(i18n.t("block.key.to"))}</span> <span>${esc(b)} ${esc(shown(vb))}</span></p></li>`;
  });
  const caption = i18n.t("block.key.caption", { a: scenarioTitle(i18n, a), b: scenarioTitle(i18n, b) });
  return `<div class="blk blk-key" role="group" aria-label="${esc(caption)}"><p class="blk-caption">${esc(caption)}</p><ul class="blk-kpis">${items.join("")}</ul><p class="blk-note">${esc(i18n.t("block.key.note"))}</p></div>`;
}
