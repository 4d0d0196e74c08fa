import type { Site } from "../site/index.ts";
import type { I18n } from "../i18n/index.ts";
import { buildDatasets, datasetById, toCsv, toJson, type Dataset, type Describe } from "../downloads/index.ts";
import { chart, chartIds } from "../charts/index.ts";
import { chartDataset } from "../downloads/charts.ts";
import { md } from "../prose/render.ts";
import { absoluteUrl, type Deploy } from "./env.ts";
import { registerFiles } from "./files.ts";
import { langOf } from "./filters.ts";
import { esc } from "../html.ts";

export interface DownloadFile {
  /** Site path: /data/results.csv, /data/charts/rtt.json … */
  path: string;
  body: string;
}


// Built once per loaded site (a new Site object after each reload in watch mode).
const cache = new WeakMap<Site, { datasets: Dataset[]; charts: Map<string, Dataset> }>();

/** Every dataset, and each chart's extract of its dataset. */
export function siteDatasets(site: Site): { datasets: Dataset[]; charts: Map<string, Dataset> } {
  let c = cache.get(site);
  if (!c) {
    const datasets = buildDatasets(site.model);
    const charts = new Map(chartIds(site.model).map((id) => [id, chartDataset(site.model, datasets, id)]));
    cache.set(site, (c = { datasets, charts }));
  }
  return c;
}

/** The descriptions written into the JSON files: the default language's strings, Markdown code marks removed. */
export function describeIn(i18n: I18n, titleOf: (id: string) => string = (id) => i18n.t(`downloads.dataset.${id}`)): Describe {
  const plain = (s: string) => s.replace(/`/g, "");
  return {
    column: (name) => plain(i18n.t(`downloads.column.${name}`)),
    title: titleOf,
    metric: (key, params) => plain(i18n.t(key, params ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, i18n.f.integer(v)])) : {})),
  };
}

/** The files under /data/: a CSV and a JSON per dataset and per chart. */
export function downloadFiles(site: Site): DownloadFile[] {
  const { datasets, charts } = siteDatasets(site);
  const en = site.i18n(site.catalog.languages.default);
  const out: DownloadFile[] = [];
  for (const d of datasets) {
    const describe = describeIn(en);
    out.push({ path: `/data/${d.id}.csv`, body: toCsv(d) }, { path: `/data/${d.id}.json`, body: toJson(d, site.model, describe) });
  }
  for (const [id, d] of charts) {
    const describe = describeIn(en, () => en.t(chart(id).titleKey));
    out.push({ path: `/data/${d.id}.csv`, body: toCsv(d) }, { path: `/data/${d.id}.json`, body: toJson(d, site.model, describe) });
  }
  return out;
}

/** What each column (and each metric id) of a dataset means, in the page's language. */
export function renderColumnDocs(d: Dataset, i18n: I18n, fileName: string): string {
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(k, p);
  const inline = (k: string) => md.renderInline(t(k));
  const unitText = (u: string) => `<code>${esc(u)}</code> · ${esc(t(`downloads.unit.${u}`))}`;
  const rows = d.columns
    .map((c) => {
      const unit = c.unit ? unitText(c.unit) : ["value", "value_min", "value_max"].includes(c.name) && d.columns.some((x) => x.name === "unit") ? esc(t("downloads.unit_per_row")) : "";
      return `<tr><th scope="row"><code>${esc(c.name)}</code></th><td>${inline(`downloads.column.${c.name}`)}</td><td>${unit}</td></tr>`;
    })
    .join("\n");
  const cols = `<div class="table-wrap"><table class="columns-doc"><caption>${esc(t("downloads.columns_caption", { dataset: fileName }))}</caption><thead><tr><th scope="col">${esc(t("downloads.col_name"))}</th><th scope="col">${esc(t("downloads.col_meaning"))}</th><th scope="col">${esc(t("downloads.col_unit"))}</th></tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
  if (!d.metrics?.length) return cols;
  const label = (key: string, params?: Record<string, number>) =>
    t(key, params ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, i18n.f.integer(v)])) : {});
  const mrows = d.metrics
    .map((m) => `<tr><th scope="row"><code>${esc(m.id)}</code></th><td>${esc(label(m.label.key, m.label.params))}</td><td>${unitText(m.unit)}</td></tr>`)
    .join("\n");
  const metrics = `<div class="table-wrap"><table class="columns-doc"><caption>${esc(t("downloads.metrics_caption", { dataset: fileName }))}</caption><thead><tr><th scope="col">${esc(t("downloads.metric_id"))}</th><th scope="col">${esc(t("downloads.metric_meaning"))}</th><th scope="col">${esc(t("downloads.col_unit"))}</th></tr></thead><tbody>\n${mrows}\n</tbody></table></div>`;
  return cols + metrics;
}

/** The download block: CSV and JSON links (absolute URLs) and, folded, what the columns mean. */
export function renderDownloads(site: Site, deploy: Deploy, lang: string, d: Dataset): string {
  const i18n = site.i18n(lang);
  const t = (k: string, p?: Record<string, string | number>) => esc(i18n.t(k, p));
  const url = (ext: string) => esc(absoluteUrl(deploy, `/data/${d.id}.${ext}`));
  const base = d.id.split("/").pop()!;
  return `<div class="downloads" id="downloads-${esc(d.id.replace("/", "-"))}">
<p class="downloads-links"><strong>${t("downloads.heading")}</strong> <span class="downloads-title">${t(titleKey(d))}</span></p>
<ul class="downloads-list">
<li><a href="${url("csv")}" download="${esc(base)}.csv" type="text/csv">CSV</a> <span class="downloads-hint">${t("downloads.csv_hint")}</span></li>
<li><a href="${url("json")}" download="${esc(base)}.json" type="application/json">JSON</a> <span class="downloads-hint">${t("downloads.json_hint")}</span></li>
</ul>
<details class="downloads-columns"><summary>${t("downloads.columns")}</summary>
${renderColumnDocs(d, i18n, `${base}.csv`)}
<p class="table-note">${t("downloads.note", { licence: site.model.report.source.licence })}</p>
</details>
</div>`;
}

function titleKey(d: Dataset): string {
  return `downloads.dataset.${d.id}`;
}

/**
 * Wiring for .eleventy.ts: the files under /data/ (written after the pages, lib/eleventy/files.ts) and the
 * shortcode {% downloads "results" %} the report outline places.
 */
export function registerDownloads(config: any, current: () => Site, deploy: Deploy): void {
  registerFiles(config, "data downloads", () => downloadFiles(current()));
  config.addShortcode("downloads", function (this: { page?: { url?: string }; ctx?: { lang?: string } }, id: string) {
    const site = current();
    return renderDownloads(site, deploy, langOf(this), datasetById(siteDatasets(site).datasets, id));
  });
}
