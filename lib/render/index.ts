/**
 * Static chart rendering for the site: each chart is built and drawn once per language and model, then reused by
 * the report page, the artifacts (/{lang}/charts/{id}.svg, .vl.json) and any chart or embed page.
 *
 *   const r = await renderChart(model, i18n, "rtt");
 *   r.svg      inline-ready SVG of the wide layout: role="img", localized <title> and <desc> (the finding), ids
 *              prefixed chart-rtt-ko-
 *   r.spec     the Vega-Lite spec it was drawn from (data inline)
 *   r.json     that spec as the text of /{lang}/charts/{id}.vl.json
 *   r.narrow   the same three for the phone layout (ids prefixed chart-rtt-ko-narrow-; /{lang}/charts/{id}.narrow.*)
 *   r.title, r.finding, r.table
 */
import { CHART_IDS, type ChartId } from "../charts/types.ts";
import { chart, chartIds } from "../charts/index.ts";
import { chartSource } from "../charts/sources.ts";
import type { Layout } from "../charts/layout.ts";
import type { TopLevelSpec } from "../charts/spec.ts";
import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import type { Table } from "../tables/types.ts";
import { NO_CACHE, renderKey, type ChartCache } from "./cache.ts";
import { sharedDrawer } from "./pool.ts";

/** One layout's drawing (lib/charts/layout.ts). */
export interface Drawing {
  spec: TopLevelSpec;
  json: string;
  svg: string;
}

/** A chart in one language: its wide drawing at the top level (the one the files and previews use), and its narrow one. */
export interface RenderedChart extends Drawing {
  id: ChartId;
  lang: string;
  title: string;
  finding: string;
  /** Where the figures come from (lib/charts/sources.ts), and the outside page it names, if any. */
  source: { text: string; url?: string };
  table: Table;
  narrow: Drawing;
}

/** Ids inside a chart's SVG start with this, so several charts, languages and layouts can share a page. */
export const idPrefix = (id: string, lang: string, layout: Layout = "wide") => `chart-${id}-${lang}${layout === "wide" ? "" : `-${layout}`}`;

// Keyed on the model and language objects: a reloaded model (npm start) renders afresh; one build renders once.
const memo = new WeakMap<Model, WeakMap<I18n, Map<string, Promise<RenderedChart>>>>();

const ready = new WeakMap<Model, WeakMap<I18n, Map<string, RenderedChart>>>();

function slot<V>(m: WeakMap<Model, WeakMap<I18n, Map<string, V>>>, model: Model, i18n: I18n): Map<string, V> {
  let byLang = m.get(model);
  if (!byLang) m.set(model, (byLang = new WeakMap()));
  let byId = byLang.get(i18n);
  if (!byId) byLang.set(i18n, (byId = new Map()));
  return byId;
}

export function renderChart(model: Model, i18n: I18n, id: string, cache: ChartCache = NO_CACHE): Promise<RenderedChart> {
  const pending = slot(memo, model, i18n);
  let done = pending.get(id);
  if (!done) {
    done = draw(model, i18n, id, cache).then((r) => (slot(ready, model, i18n).set(id, r), r));
    pending.set(id, done);
  }
  return done;
}

/**
 * A chart already rendered by renderChart, without waiting. Templates need this: Nunjucks cannot await inside
 * {% for %} loops and includes, so the site renders every chart before the build (prerenderCharts) and reads them here.
 */
export function renderedChart(model: Model, i18n: I18n, id: string): RenderedChart {
  const r = slot(ready, model, i18n).get(id);
  if (!r) throw new Error(`chart "${id}" (${i18n.lang.code}) was not rendered before the build; known charts: ${CHART_IDS.join(", ")}`);
  return r;
}

/** Renders every chart in every given language; the misses are drawn side by side (lib/render/pool.ts). */
export async function prerenderCharts(model: Model, languages: readonly I18n[], cache: ChartCache = NO_CACHE): Promise<void> {
  await Promise.all(languages.flatMap((i18n) => chartIds(model).map((id) => renderChart(model, i18n, id, cache))));
}

async function draw(model: Model, i18n: I18n, id: string, cache: ChartCache): Promise<RenderedChart> {
  const def = chart(id);
  const lang = i18n.lang.code;
  const title = i18n.t(def.titleKey);
  const finding = def.finding(model, i18n);
  const drawing = async (layout: Layout): Promise<Drawing> => {
    const spec = def.build(model, i18n, layout);
    const labels = { idPrefix: idPrefix(def.id, lang, layout), title, desc: finding };
    const key = cache.dir ? renderKey(spec, labels) : "";
    // vega is loaded only on a miss, by the drawing threads: a build whose charts are all cached never loads it.
    const svg = (key && cache.get(key)) || cache.set(key, await sharedDrawer().svg(spec, labels));
    return { spec, json: JSON.stringify(spec, null, 2), svg };
  };
  const [wide, narrow] = await Promise.all([drawing("wide"), drawing("narrow")]);
  return { id: def.id, lang, title, finding, source: chartSource(model, i18n, def.id), table: def.table(model, i18n), ...wide, narrow };
}
