/**
 * The chart registry: every chart the report can place, by id.
 *
 *   import { CHARTS, chart, CHART_IDS } from "lib/charts/index.ts";
 *   const def = chart("rtt");
 *   def.build(model, i18n)    → Vega-Lite TopLevelSpec (pure; data inline; valid against vega-lite-schema.json)
 *   def.table(model, i18n)    → Table (lib/tables/types.ts), the chart's figures for the accessible data table
 *   def.finding(model, i18n)  → one or two sentences stating the finding, numbers computed with lib/derive
 *   i18n.t(def.titleKey)      → the chart's title in that language
 *
 * Rendering (static SVG, memoized per chart and language) lives in lib/render/index.ts: renderChart(model, i18n, id).
 * Chart pages and embeds should go through these two modules rather than calling builders and vega themselves.
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
};

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

/** The chart with this id, or an error that lists the known ids. */
export function chart(id: string): ChartDef {
  if (!isChartId(id)) throw new Error(`unknown chart "${id}"; known: ${CHART_IDS.join(", ")}`);
  return CHARTS[id];
}
