/**
 * Link previews: a 1200×630 PNG per language for the report (/{lang}/preview.png: its title, subtitle, one chart and
 * the source line) and for each chart page (/{lang}/charts/{id}.png), drawn by the drawing threads while the
 * templates run and written into the output after them. Each image is cached on disk by its inputs (lib/render/preview.ts), so a rebuild
 * whose charts did not change loads neither vega nor a font. templates/partials/meta.njk reads preview(url, lang).
 */
import { isDeepStrictEqual } from "node:util";
import { chartIds, type ChartId } from "../charts/index.ts";
import type { TopLevelSpec } from "../charts/spec.ts";
import type { I18n } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import { chartCache, previewCache, type PreviewCache } from "../render/cache.ts";
import { previewFonts, type PreviewFonts } from "../render/fonts.ts";
import { prerenderCharts, renderedChart, type RenderedChart } from "../render/index.ts";
import { sharedDrawer } from "../render/pool.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewKey, previewSpec, type PreviewInput } from "../render/preview.ts";
import type { Site } from "../site/index.ts";
import { absoluteUrl, type Deploy } from "./env.ts";
import { registerFiles } from "./files.ts";

/** The chart the report's preview shows: a single panel whose finding reads at a glance. */
export const REPORT_PREVIEW_CHART: ChartId = "rtt";

/** Site path of a preview: the report's, or a chart page's. */
export const previewPath = (lang: string, id?: string) => (id ? `/${lang}/charts/${id}.png` : `/${lang}/preview.png`);

/** An image's path and alt text, known before the build; its bytes arrive while the templates run. */
export interface Preview {
  path: string;
  alt: string;
  png: Promise<Buffer>;
}

/** A title's subtitle as one string: the chart specs carry it already broken into lines. */
function subtitleOf(spec: TopLevelSpec): string {
  const title = (spec as { title?: { subtitle?: string | string[] } }).title;
  const sub = title?.subtitle ?? "";
  return Array.isArray(sub) ? sub.join(" ") : sub;
}

/**
 * One image, from the cache or drawn by the drawing threads. A chart laid out as on the page reuses the page's SVG
 * (ids and labels inside it do not show); small multiples are drawn again in the preview's wider arrangement.
 */
async function draw(cache: PreviewCache, fonts: PreviewFonts, language: Language, input: Omit<PreviewInput, "chart">, chart: { spec: TopLevelSpec; idPrefix: string; title: string; desc: string }, drawn: RenderedChart): Promise<Buffer> {
  const key = previewKey({ input, chart }, fonts);
  const hit = cache.get(key);
  if (hit) return hit;
  const labels = { idPrefix: chart.idPrefix, title: chart.title, desc: chart.desc };
  const svg = isDeepStrictEqual(chart.spec, drawn.spec) ? { svg: drawn.svg } : { spec: chart.spec, labels };
  return cache.set(key, await sharedDrawer().preview({ input, chart: svg, language }));
}

/** Every preview of one language, report first: paths and alt text now, images as they are drawn. */
function languagePreviews(site: Site, i18n: I18n, cache: PreviewCache): Preview[] {
  const lang = i18n.lang.code;
  // Throws, naming the language, when none of its fonts is installed.
  const fonts = previewFonts(i18n.lang);
  const source = [
    i18n.t("site.source", { repo: site.model.report.source.repository, licence: site.model.report.source.licence }),
    i18n.t("site.measured", { date: site.facts.get(lang)!.get("measured_on") ?? "" }),
  ].join(" · ");
  const out: Preview[] = [];
  const key = renderedChart(site.model, i18n, REPORT_PREVIEW_CHART);
  const report = { title: i18n.t("site.title"), subtitle: i18n.t("site.subtitle", { eks: site.model.environment.eks_version }), source };
  out.push({
    path: previewPath(lang),
    alt: i18n.t("site.preview_alt", { title: report.title, chart: key.title, finding: key.finding }),
    // The report's image shows the chart whole, with its own title, under the report's.
    png: draw(cache, fonts, i18n.lang, report, { spec: key.spec, idPrefix: `preview-${lang}`, title: key.title, desc: key.finding }, key),
  });
  for (const id of chartIds(site.model)) {
    const r = renderedChart(site.model, i18n, id);
    out.push({
      path: previewPath(lang, id),
      alt: i18n.t("chartpage.preview_alt", { chart: r.title, finding: r.finding }),
      // A chart's image names that chart's own source (result files, or the original page) beside the repository.
      png: draw(cache, fonts, i18n.lang, { title: r.title, subtitle: subtitleOf(r.spec), source: `${r.source.text} · ${i18n.t("site.source", { repo: site.model.report.source.repository, licence: site.model.report.source.licence })}` }, { spec: previewSpec(r.spec), idPrefix: `preview-${id}-${lang}`, title: r.title, desc: r.finding }, r),
    });
  }
  return out;
}

/** The preview a page shares: its chart's on a chart page, its language's report image anywhere else. */
export function previewFor(previews: Map<string, Preview>, url: string, lang: string): Preview | undefined {
  const chart = new RegExp(`^/${lang}/charts/([^/]+)/$`).exec(url)?.[1];
  return (chart && previews.get(previewPath(lang, chart))) || previews.get(previewPath(lang));
}

/** Paths, alt text and the images being drawn, once per loaded site. */
const started = new WeakMap<Site, Promise<Map<string, Preview>>>();
function startPreviews(site: Site, cache: PreviewCache): Promise<Map<string, Preview>> {
  let out = started.get(site);
  if (!out) {
    const languages = site.catalog.languages.list.map((l) => site.i18n(l.code));
    // The charts are drawn (or being drawn) by registerCharts with the same cache; the images follow them.
    out = prerenderCharts(site.model, languages, chartCache(site.root)).then(() => {
      const map = new Map<string, Preview>();
      for (const i18n of languages) for (const p of languagePreviews(site, i18n, cache)) map.set(p.path, p);
      for (const p of map.values()) p.png.catch(() => {}); // awaited, and reported, in eleventy.after
      return map;
    });
    out.catch(() => {}); // reported by eleventy.before
    started.set(site, out);
  }
  return out;
}

export function registerPreviews(config: any, current: () => Site, deploy: Deploy): void {
  const cache = previewCache(current().root);
  let previews = new Map<string, Preview>();
  // Started with the charts, before Eleventy reads the templates; the images are drawn while the templates run
  // (the pages need only each image's path and alt text) and written after them.
  startPreviews(current(), cache);
  config.on("eleventy.before", async () => {
    previews = await startPreviews(current(), cache);
  });
  registerFiles(config, "preview images", () => [...previews.values()].map((p) => ({ path: p.path, body: p.png })));
  config.addNunjucksGlobal("preview", (url: string, lang: string) => {
    const p = previewFor(previews, url, lang);
    return p && { url: absoluteUrl(deploy, p.path), alt: p.alt, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT };
  });
}
