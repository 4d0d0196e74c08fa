/**
 * Charts on pages: the {% chart "id" %} shortcode and the chart files (/{lang}/charts/{id}.svg and .vl.json, and the
 * vendored vega bundle the interactive button loads), written after the pages (lib/eleventy/files.ts). Wiring:
 * registerCharts(config, current, deploy) in .eleventy.ts.
 */
import { createHash } from "node:crypto";
import { chart, chartIds } from "../charts/index.ts";
import type { Model } from "../data/model.ts";
import { LAYOUTS, type Layout } from "../charts/layout.ts";
import { svgSize } from "../embed/code.ts";
import type { I18n } from "../i18n/index.ts";
import { vegaBundle, vegaLicenses } from "../render/bundle.ts";
import { chartCache } from "../render/cache.ts";
import { prerenderCharts, renderedChart, type RenderedChart } from "../render/index.ts";
import { sharedDrawer } from "../render/pool.ts";
import type { Site } from "../site/index.ts";
import { prefixed, type Deploy } from "./env.ts";
import { registerFiles } from "./files.ts";
import { langOf, renderTable, type Ctx } from "./filters.ts";
import { esc } from "../html.ts";


/** Site paths of a chart's files: {id}.svg for the wide layout (the one to download and share), {id}.narrow.svg for the phone one. */
export const chartFilePath = (lang: string, id: string, ext: "svg" | "vl.json", layout: Layout = "wide") =>
  `/${lang}/charts/${id}${layout === "wide" ? "" : `.${layout}`}.${ext}`;

let bundlePath: string | undefined;
/** Site path of the vega bundle, named by its content so browsers may cache it for good. */
export function vegaBundlePath(): string {
  bundlePath ??= `/assets/vendor/vega-${createHash("sha256").update(vegaBundle()).digest("hex").slice(0, 10)}.js`;
  return bundlePath;
}

export interface ChartFile {
  path: string;
  kind: "svg" | "vl.json" | "bundle" | "licenses";
  id?: string;
  lang?: string;
  layout?: Layout;
}

/** Every chart file the build writes: an SVG and a Vega-Lite spec per chart, language and layout, and the bundle. */
export function chartFiles(model: Model, langs: readonly string[]): ChartFile[] {
  const files: ChartFile[] = [{ path: vegaBundlePath(), kind: "bundle" }, { path: "/assets/vendor/LICENSES.txt", kind: "licenses" }];
  for (const lang of langs) {
    for (const id of chartIds(model)) {
      for (const layout of LAYOUTS) {
        for (const kind of ["svg", "vl.json"] as const) files.push({ path: chartFilePath(lang, id, kind, layout), kind, id, lang, layout });
      }
    }
  }
  return files;
}

/** A chart file's text, ending in a newline like any text file. */
function fileBody(site: Site, f: ChartFile): string {
  if (f.kind === "bundle") return `${vegaBundle()}\n`;
  if (f.kind === "licenses") return `${vegaLicenses()}\n`;
  if (!f.id || !f.lang) throw new Error(`chart file ${f.path}: no chart id or language`);
  const rendered = renderedChart(site.model, site.i18n(f.lang), f.id);
  const r = f.layout === "narrow" ? rendered.narrow : rendered;
  return f.kind === "svg" ? `<?xml version="1.0" encoding="utf-8"?>\n${r.svg}\n` : `${r.json}\n`;
}


/**
 * Both drawings of a chart; public/assets/charts.css shows the one that fits the width the chart gets (no script).
 * --w is the drawn width: a drawing grows with its column to 1.3 times that and no further.
 */
export function chartViews(r: RenderedChart): string {
  const view = (layout: Layout, svg: string) => `<div class="chart-layout chart-${layout}" style="--w:${svgSize(svg).width}px">${svg}</div>`;
  return view("wide", r.svg) + view("narrow", r.narrow.svg);
}

/**
 * A chart as a figure: the static SVGs (wide and narrow), the finding, an "interactive chart" button and the data table. The button
 * stays hidden until public/assets/interactive.js runs, so without JavaScript nothing dead is shown. URLs the script
 * fetches are written with the path prefix here: HtmlBasePlugin rewrites href/src, not data-* attributes.
 */
export function chartFigure(r: RenderedChart, i18n: I18n, deploy: Deploy, opts: { pageLink?: boolean } = {}): string {
  const t = (k: string) => esc(i18n.t(k));
  const actions = JSON.stringify({ CLICK_TO_VIEW_ACTIONS: i18n.t("chart.actions.menu"), SVG_ACTION: i18n.t("chart.actions.svg"), PNG_ACTION: i18n.t("chart.actions.png") });
  return [
    `<figure id="chart-${r.id}" class="chart" data-chart="${r.id}">`,
    `<div class="chart-view">${chartViews(r)}</div>`,
    `<div class="chart-tools"><button type="button" class="chart-live" data-chart-live hidden`,
    ` data-spec="${esc(prefixed(deploy, chartFilePath(r.lang, r.id, "vl.json")))}" data-spec-narrow="${esc(prefixed(deploy, chartFilePath(r.lang, r.id, "vl.json", "narrow")))}" data-lib="${esc(prefixed(deploy, vegaBundlePath()))}"`,
    ` data-file="${r.id}-${r.lang}" data-loading="${t("chart.loading")}" data-failed="${t("chart.failed")}" data-actions="${esc(actions)}">${t("chart.interactive")}</button>`,
    opts.pageLink === false ? "" : `<a class="chart-page" href="/${r.lang}/charts/${r.id}/">${t("chart.page")}</a>`,
    `<span class="chart-status" role="status"></span></div>`,
    `<details class="chart-data"><summary>${t("chart.data")}</summary>${renderTable(r.table)}</details>`,
    `<figcaption><span class="chart-title">${esc(r.title)}</span> <span class="chart-finding">${esc(r.finding)}</span>`,
    ` <span class="chart-source">${esc(r.source.text)}${r.source.url ? ` <a href="${esc(r.source.url)}">${t("chart.source.link")}</a>` : ""}</span></figcaption>`,
    `</figure>`,
  ].join("");
}

export function registerCharts(config: any, current: () => Site, deploy: Deploy): void {
  // Every chart is drawn once per language before any template runs; the shortcodes then only read the results,
  // so {% chart %} works anywhere, including inside {% for %} loops and includes, where Nunjucks cannot await.
  const cache = chartCache(current().root);
  const draw = () => prerenderCharts(current().model, current().catalog.languages.list.map((l) => current().i18n(l.code)), cache);
  // Charts not in the cache go to the drawing threads now, while Eleventy reads the templates; a failure is
  // reported by eleventy.before, which waits for the same drawings.
  draw().catch(() => {});
  config.on("eleventy.before", async () => {
    await draw();
    cache.sweep();
  });
  // Under `npm start`, the drawing threads load vega once the first build is done, so the first locale edit that
  // changes a chart redraws it as fast as the later ones (about half a second instead of one).
  let warmed = false;
  config.on("eleventy.after", ({ runMode }: { runMode: string }) => {
    if (warmed || (runMode !== "serve" && runMode !== "watch")) return;
    warmed = true;
    sharedDrawer().warm().catch(() => {});
  });
  registerFiles(config, "chart files", () => {
    const site = current();
    return chartFiles(site.model, site.catalog.languages.list.map((l) => l.code)).map((f) => ({ path: f.path, body: fileBody(site, f) }));
  });
  config.addShortcode("chart", function (this: Ctx, id: string) {
    const site = current();
    const i18n = site.i18n(langOf(this));
    return chartFigure(renderedChart(site.model, i18n, chart(id).id), i18n, deploy);
  });
}
