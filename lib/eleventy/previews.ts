/**
 * Link previews: a 1200×630 PNG per language for the report (/{lang}/preview.png: its title, subtitle, one chart and
 * the source line) and for each chart page (/{lang}/charts/{id}.png), drawn before the templates run and written
 * into the output after them. Each image is cached on disk by its inputs (lib/render/preview.ts), so a rebuild
 * whose charts did not change loads neither vega nor a font. templates/partials/meta.njk reads preview(url, lang).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { chartIds, type ChartId } from "../charts/index.ts";
import type { TopLevelSpec } from "../charts/spec.ts";
import type { I18n } from "../i18n/index.ts";
import { chartCache, previewCache, type PreviewCache } from "../render/cache.ts";
import { previewFonts, type PreviewFonts } from "../render/fonts.ts";
import { prerenderCharts, renderedChart } from "../render/index.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewKey, previewSpec, renderPreview, type PreviewInput } from "../render/preview.ts";
import type { Site } from "../site/index.ts";
import { absoluteUrl, type Deploy } from "./env.ts";

/** The chart the report's preview shows: a single panel whose finding reads at a glance. */
export const REPORT_PREVIEW_CHART: ChartId = "rtt";

/** Site path of a preview: the report's, or a chart page's. */
export const previewPath = (lang: string, id?: string) => (id ? `/${lang}/charts/${id}.png` : `/${lang}/preview.png`);

export interface Preview {
  path: string;
  alt: string;
  png: Buffer;
}

/** A title's subtitle as one string: the chart specs carry it already broken into lines. */
function subtitleOf(spec: TopLevelSpec): string {
  const title = (spec as { title?: { subtitle?: string | string[] } }).title;
  const sub = title?.subtitle ?? "";
  return Array.isArray(sub) ? sub.join(" ") : sub;
}

async function draw(cache: PreviewCache, fonts: PreviewFonts, input: Omit<PreviewInput, "chart">, chart: { spec: TopLevelSpec; idPrefix: string; title: string; desc: string }): Promise<Buffer> {
  const key = previewKey({ input, chart }, fonts);
  const hit = cache.get(key);
  if (hit) return hit;
  const { renderSvg } = await import("../render/svg.ts");
  const svg = await renderSvg(chart.spec, { idPrefix: chart.idPrefix, title: chart.title, desc: chart.desc });
  return cache.set(key, await renderPreview({ ...input, chart: svg }, fonts));
}

/** Every preview of one language, report first. */
async function languagePreviews(site: Site, i18n: I18n, cache: PreviewCache): Promise<Preview[]> {
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
    png: await draw(cache, fonts, report, { spec: key.spec, idPrefix: `preview-${lang}`, title: key.title, desc: key.finding }),
  });
  for (const id of chartIds(site.model)) {
    const r = renderedChart(site.model, i18n, id);
    out.push({
      path: previewPath(lang, id),
      alt: i18n.t("chartpage.preview_alt", { chart: r.title, finding: r.finding }),
      // A chart's image names that chart's own source (result files, or the original page) beside the repository.
      png: await draw(cache, fonts, { title: r.title, subtitle: subtitleOf(r.spec), source: `${r.source.text} · ${i18n.t("site.source", { repo: site.model.report.source.repository, licence: site.model.report.source.licence })}` }, { spec: previewSpec(r.spec), idPrefix: `preview-${id}-${lang}`, title: r.title, desc: r.finding }),
    });
  }
  return out;
}

/** The preview a page shares: its chart's on a chart page, its language's report image anywhere else. */
export function previewFor(previews: Map<string, Preview>, url: string, lang: string): Preview | undefined {
  const chart = new RegExp(`^/${lang}/charts/([^/]+)/$`).exec(url)?.[1];
  return (chart && previews.get(previewPath(lang, chart))) || previews.get(previewPath(lang));
}

export function registerPreviews(config: any, current: () => Site, deploy: Deploy): void {
  const cache = previewCache(current().root);
  let previews = new Map<string, Preview>();
  config.on("eleventy.before", async () => {
    const site = current();
    const languages = site.catalog.languages.list.map((l) => site.i18n(l.code));
    // Drawn (or being drawn) by registerCharts' handler with the same cache; this waits for them.
    await prerenderCharts(site.model, languages, chartCache(site.root));
    const next = new Map<string, Preview>();
    for (const i18n of languages) for (const p of await languagePreviews(site, i18n, cache)) next.set(p.path, p);
    previews = next;
  });
  config.on("eleventy.after", ({ dir }: { dir: { output: string } }) => {
    for (const p of previews.values()) {
      const file = join(dir.output, p.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, p.png);
    }
  });
  config.addNunjucksGlobal("preview", (url: string, lang: string) => {
    const p = previewFor(previews, url, lang);
    return p && { url: absoluteUrl(deploy, p.path), alt: p.alt, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT };
  });
}
