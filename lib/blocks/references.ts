import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { esc } from "../html.ts";
import { link } from "./html.ts";

/** The links of data/references.yaml with their translated titles, then the benchmark's own source from data/report.yaml. */
export function references(model: Model, i18n: I18n): string {
  const items = model.references.links.map(
    (r) => `<li>${link(r.url, i18n.t(`ref.${r.id}.title`))}<span class="blk-ref-pub">${esc(i18n.t("ref.publisher", { publisher: r.publisher }))}</span></li>`,
  );
  const src = model.report.source;
  const own = [
    `<li>${link(src.url, i18n.t("ref.source.repository", { repo: src.repository }))} <span class="blk-ref-pub">${esc(i18n.t("ref.source.licence", { licence: src.licence }))}</span></li>`,
    `<li>${link(src.scripts_url, i18n.t("ref.source.scripts"))}</li>`,
    `<li>${link(src.report_url, i18n.t("ref.source.report"))}</li>`,
  ];
  return `<div class="blk blk-refs"><ul class="blk-ref-list">${items.join("")}</ul><p class="blk-ref-own">${esc(i18n.t("ref.source.heading"))}</p><ul class="blk-ref-list">${own.join("")}</ul></div>`;
}
