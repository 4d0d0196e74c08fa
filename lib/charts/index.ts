/**
 * The chart registry: every chart the report can place, by id (CHART_IDS, in report order).
 *
 *   import { CHARTS, chart, CHART_IDS } from "lib/charts/index.ts";
 *   const def = chart("rtt");            // throws, listing the known ids, for an unknown one
 *   def.build(model, i18n)    → Vega-Lite TopLevelSpec (pure; data inline; valid against vega-lite-schema.json)
 *   def.table(model, i18n)    → Table (lib/tables/types.ts), the chart's figures for the accessible data table
 *   def.finding(model, i18n)  → one or two sentences stating the finding, numbers computed with lib/derive
 *   i18n.t(def.titleKey)      → the chart's title in that language
 *
 * Drawing (lib/render/index.ts) is separate from building, and memoized per model, language and chart:
 *   await renderChart(model, i18n, id)      → { svg, spec, json, title, finding, table }, drawn once
 *   await prerenderCharts(model, languages) → every chart in every language (the build does this before templates)
 *   renderedChart(model, i18n, id)          → the same result without awaiting (for Nunjucks, which cannot await in loops)
 * On pages (lib/eleventy/charts.ts): {% chart "id" %} and chartFigure(rendered, i18n, deploy) write the figure;
 * chartFilePath (lib/eleventy/charts.ts) names the artifacts. Chart and embed pages use these, never vega directly.
 */
import { cniResources } from "./cni-resources.ts";
import { dns } from "./dns.ts";
import { httpLatency } from "./http-latency.ts";
import { kubeProxyScaling } from "./kube-proxy-scaling.ts";
import { maxQps } from "./max-qps.ts";
import { rtt } from "./rtt.ts";
import { serviceScaling } from "./service-scaling.ts";
import { throughput } from "./throughput.ts";
import { CHART_IDS, type ChartDef, type ChartId } from "./types.ts";
import { udpLoss } from "./udp-loss.ts";
import { runChange } from "./run-change.ts";
import { runTrend } from "./run-trend.ts";
import type { Model } from "../data/model.ts";

export { CHART_IDS, type ChartDef, type ChartId };

/** In report order. */
export const CHARTS: Record<ChartId, ChartDef> = {
  throughput,
  rtt,
  "udp-loss": udpLoss,
  "kube-proxy-scaling": kubeProxyScaling,
  "http-latency": httpLatency,
  "max-qps": maxQps,
  "service-scaling": serviceScaling,
  dns,
  "cni-resources": cniResources,
  "run-change": runChange,
  "run-trend": runTrend,
};

/** The charts this data can draw, in report order: the history charts only when data/history holds earlier runs. */
export function chartIds(model: Model): ChartId[] {
  return CHART_IDS.filter((id) => CHARTS[id].present?.(model) ?? true);
}

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

/** The chart with this id, or an error that lists the known ids. */
export function chart(id: string): ChartDef {
  if (!isChartId(id)) throw new Error(`unknown chart "${id}"; known: ${CHART_IDS.join(", ")}`);
  return CHARTS[id];
}
