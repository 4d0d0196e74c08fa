import { chartIds } from "../charts/index.ts";
import { renderChart } from "../render/index.ts";
import { chartSource } from "../downloads/charts.ts";
import { defaultEmbedHeight, embedCode, embedLayout, svgSize } from "../embed/code.ts";
import type { Site } from "../site/index.ts";
import { chartFigure } from "./charts.ts";
import { renderColumnDocs, siteDatasets } from "./downloads.ts";
import { absoluteUrl, type Deploy } from "./env.ts";
import { esc } from "../html.ts";

/** One chart page or embed page: a chart in one language, with every string and URL it shows ready. */
export interface ChartPage {
  lang: string;
  id: string;
  /** Same number for every language of a chart: Eleventy's i18n plugin then groups one chart's translations. */
  eleventyPaginationGroupNumber: number;
  title: string;
  pageTitle: string;
  finding: string;
  /** The chart figure (static SVG, caption with the finding, interactive button, data table) from lib/eleventy/charts.ts. */
  figure: string;
  embedHeight: number;
  embedCode: string;
  /** Absolute URLs of the downloads and of the pages that share this chart. */
  urls: { svg: string; vl: string; csv: string; json: string; embed: string; page: string };
  /** Root-relative paths for links inside the site (HtmlBasePlugin adds the prefix). */
  paths: { page: string; embed: string; report: string; inReport: string };
  /** Which dataset the chart's rows come from, and what its columns mean (HTML, in this language). */
  dataset: string;
  columnDocs: string;
  /** The other charts of this language, for the "more charts" list. */
  others: { id: string; title: string; path: string }[];
}

// Rendered once per loaded site (watch mode loads a new Site on each rebuild).
const cache = new WeakMap<Site, Promise<ChartPage[]>>();

export function chartPages(site: Site, deploy: Deploy): Promise<ChartPage[]> {
  let p = cache.get(site);
  if (!p) cache.set(site, (p = buildChartPages(site, deploy)));
  return p;
}

async function buildChartPages(site: Site, deploy: Deploy): Promise<ChartPage[]> {
  const abs = (path: string) => absoluteUrl(deploy, path);
  const { charts: extracts } = siteDatasets(site);
  const out: ChartPage[] = [];
  for (const l of site.catalog.languages.list) {
    const i18n = site.i18n(l.code);
    const rendered = await Promise.all(chartIds(site.model).map((id) => renderChart(site.model, i18n, id)));
    const titles = rendered.map((r) => ({ id: r.id, title: r.title, path: `/${l.code}/charts/${r.id}/` }));
    for (const [index, r] of rendered.entries()) {
      const { id, title, finding } = r;
      const size = svgSize(embedLayout() === "wide" ? r.svg : r.narrow.svg);
      const embedHeight = defaultEmbedHeight(size.width, size.height);
      const base = `/${l.code}/charts/${id}`;
      const urls = {
        svg: abs(`${base}.svg`),
        vl: abs(`${base}.vl.json`),
        csv: abs(`/data/charts/${id}.csv`),
        json: abs(`/data/charts/${id}.json`),
        embed: abs(`/${l.code}/embed/${id}/`),
        page: abs(`${base}/`),
      };
      out.push({
        lang: l.code,
        id,
        eleventyPaginationGroupNumber: index + 1,
        title,
        pageTitle: i18n.t("chartpage.page_title", { chart: title, site: i18n.t("site.title") }),
        finding,
        figure: scrollable(chartFigure(r, i18n, deploy, { pageLink: false }), i18n.t("chartpage.chart_region", { chart: title }), svgSize(r.narrow.svg).width),
        embedHeight,
        embedCode: embedCode({ src: urls.embed, script: abs("/assets/embed-resize.js"), title, height: embedHeight }),
        urls,
        paths: { page: `${base}/`, embed: `/${l.code}/embed/${id}/`, report: `/${l.code}/`, inReport: `/${l.code}/#chart-${id}` },
        dataset: chartSource(id),
        columnDocs: renderColumnDocs(extracts.get(id)!, i18n, `${id}.csv`),
        others: titles.filter((t) => t.id !== id),
      });
    }
  }
  return out;
}

/** The narrow drawing never shrinks below this share of its width (text stays at least ~10 px); narrower screens scroll. */
export const MIN_SCALE = 0.8;

/**
 * Makes the chart's view a keyboard-scrollable region with a minimum width (its label must differ from the data
 * table's region, which carries the chart title), so on a phone the chart scrolls sideways
 * instead of shrinking its labels below reading size. Fails loudly if the figure markup no longer has its view.
 */
export function scrollable(figure: string, label: string, svgWidth: number): string {
  const marker = '<div class="chart-view">';
  if (!figure.includes(marker)) throw new Error(`chart pages: the chart figure has no ${marker} (lib/eleventy/charts.ts changed?)`);
  const name = esc(label);
  const min = Math.round(svgWidth * MIN_SCALE);
  return figure.replace(marker, `<div class="chart-view chart-scroll" style="--chart-min:${min}px" tabindex="0" role="region" aria-label="${name}">`);
}

/** Wiring for .eleventy.ts: global data `chartPages`, paginated by content/chart-pages.njk and content/embed-pages.njk. */
export function registerChartPages(config: any, current: () => Site, deploy: Deploy): void {
  config.addGlobalData("chartPages", () => chartPages(current(), deploy));
}
