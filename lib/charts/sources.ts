import type { Model } from "../data/model.ts";
import { formatDate } from "../facts/index.ts";
import type { I18n } from "../i18n/index.ts";
import type { ChartId } from "./types.ts";

/**
 * Where each chart's figures come from: the run's result files, the original report's page (runs it published no raw
 * file for), or the result files of every run kept in data/history. Shown under every chart, on its page and in embeds.
 */
export const CHART_SOURCES: Record<ChartId, "results" | "original" | "runs"> = {
  throughput: "results",
  rtt: "results",
  "udp-loss": "results",
  "kube-proxy-scaling": "original",
  "http-latency": "results",
  "max-qps": "results",
  "service-scaling": "original",
  dns: "results",
  "cni-resources": "original",
  "run-change": "runs",
  "run-trend": "runs",
};

/** The chart's source as a sentence in this language, and the page it points to when that page is outside the site. */
export function chartSource(model: Model, i18n: I18n, id: ChartId): { text: string; url?: string } {
  const kind = CHART_SOURCES[id];
  if (kind === "original") return { text: i18n.t("chart.source.original"), url: model.report.source.report_url };
  if (kind === "runs") return { text: i18n.t("chart.source.runs", { count: i18n.f.integer(model.history.length + 1) }) };
  return { text: i18n.t("chart.source.results", { date: formatDate(model.runDate, i18n.lang.intl) }) };
}
