/**
 * Static chart rendering for the site: each chart is built and drawn once per language and model, then reused by
 * the report page, the artifacts (/{lang}/charts/{id}.svg, .vl.json) and any chart or embed page.
 *
 *   const r = await renderChart(model, i18n, "rtt");
 *   r.svg      inline-ready SVG: role="img", localized <title> and <desc> (the finding), ids prefixed chart-rtt-ko-
 *   r.spec     the Vega-Lite spec it was drawn from (data inline)
 *   r.json     that spec as the text of /{lang}/charts/{id}.vl.json
 *   r.title, r.finding, r.table
 */
import type { ChartId } from "../charts/types.ts";
import { chart } from "../charts/index.ts";
import type { TopLevelSpec } from "../charts/spec.ts";
import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import type { Table } from "../tables/types.ts";
import { renderSvg } from "./svg.ts";

export interface RenderedChart {
  id: ChartId;
  lang: string;
  title: string;
  finding: string;
  table: Table;
  spec: TopLevelSpec;
  json: string;
  svg: string;
}

/** Ids inside a chart's SVG start with this, so several charts and languages can share a page. */
export const idPrefix = (id: string, lang: string) => `chart-${id}-${lang}`;

// Keyed on the model and language objects: a reloaded model (npm start) renders afresh; one build renders once.
const memo = new WeakMap<Model, WeakMap<I18n, Map<string, Promise<RenderedChart>>>>();

export function renderChart(model: Model, i18n: I18n, id: string): Promise<RenderedChart> {
  let byLang = memo.get(model);
  if (!byLang) memo.set(model, (byLang = new WeakMap()));
  let byId = byLang.get(i18n);
  if (!byId) byLang.set(i18n, (byId = new Map()));
  let done = byId.get(id);
  if (!done) byId.set(id, (done = draw(model, i18n, id)));
  return done;
}

async function draw(model: Model, i18n: I18n, id: string): Promise<RenderedChart> {
  const def = chart(id);
  const lang = i18n.lang.code;
  const spec = def.build(model, i18n);
  const title = i18n.t(def.titleKey);
  const finding = def.finding(model, i18n);
  const svg = await renderSvg(spec, { idPrefix: idPrefix(def.id, lang), title, desc: finding });
  return { id: def.id, lang, title, finding, table: def.table(model, i18n), spec, json: JSON.stringify(spec, null, 2), svg };
}
