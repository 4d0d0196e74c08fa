import type { ChartId } from "../charts/types.ts";
import type { Model } from "../data/model.ts";
import { exact } from "../data/quantity.ts";
import { quantityCells } from "./quantity.ts";
import { datasetById } from "./index.ts";
import { HISTORY_METRICS } from "../history/compare.ts";
import type { Dataset, MetricCode, Row } from "./types.ts";

/** Which rows of which dataset a chart draws. A chart without an entry stops the build (its page needs its data). */
interface ChartData {
  dataset: string;
  /** Metric ids the chart shows; all when absent. Main results are taken at the baseline Service count only. */
  metrics?: string[];
  /** Figures drawn from elsewhere, such as the NIC limit line of the throughput chart. */
  extra?: (model: Model) => { rows: Row[]; metrics: MetricCode[] };
  /** Only the previous and the current run (the runs dataset holds every run). */
  lastTwo?: boolean;
}

const nicLimit = (model: Model) => ({
  metrics: [{ id: "nic_limit", unit: "gbps", label: { key: "downloads.metric.nic_limit" } }],
  rows: [
    {
      scenario: null,
      services: null,
      metric: "nic_limit",
      ...quantityCells(exact(model.environment.node.nic_bandwidth_gbps)),
      unit: "gbps",
      source_file: "data/environment.yaml",
    },
  ],
});

export const CHART_DATA: Record<ChartId, ChartData> = {
  throughput: { dataset: "results", metrics: ["tcp", "udp", "udp_loss"], extra: nicLimit },
  rtt: { dataset: "results", metrics: ["rtt"] },
  "udp-loss": { dataset: "results", metrics: ["udp_loss"] },
  "kube-proxy-scaling": { dataset: "kube-proxy-scaling" },
  "http-latency": { dataset: "results", metrics: ["p50_1000", "p99_1000", "p99_5000", "p99_max"] },
  "max-qps": { dataset: "results", metrics: ["qps_max"] },
  "service-scaling": { dataset: "service-scaling" },
  dns: { dataset: "results", metrics: ["dns_p50", "dns_p99"] },
  "cni-resources": { dataset: "cni-resources" },
  "run-change": { dataset: "runs", metrics: [...HISTORY_METRICS], lastTwo: true },
  "run-trend": { dataset: "runs", metrics: [...HISTORY_METRICS] },
};

/** The dataset a chart comes from (its columns are documented under that name). */
export function chartSource(chartId: string): string {
  const c = (CHART_DATA as Record<string, ChartData | undefined>)[chartId];
  if (!c) throw new Error(`lib/downloads/charts.ts: chart "${chartId}" has no data mapping; add it to CHART_DATA (known: ${Object.keys(CHART_DATA).join(", ")})`);
  return c.dataset;
}

/** The rows one chart draws, with the columns of its dataset: /data/charts/{id}.csv. */
export function chartDataset(model: Model, datasets: Dataset[], chartId: string): Dataset {
  const c = CHART_DATA[chartId as ChartId];
  const source = datasetById(datasets, chartSource(chartId));
  const wanted = c.metrics ? new Set(c.metrics) : null;
  const atBaseline = (r: Row) => source.id !== "results" || r.services === model.baselineServiceCount;
  const lastTwo = new Set([model.history[model.history.length - 1]?.id, model.run.id]);
  const rows = source.rows.filter((r) => (!wanted || wanted.has(String(r.metric))) && atBaseline(r) && (!c.lastTwo || lastTwo.has(String(r.run))));
  const extra = c.extra?.(model) ?? { rows: [], metrics: [] };
  const metrics = source.metrics?.filter((m) => !wanted || wanted.has(m.id));
  return {
    id: `charts/${chartId}`,
    source: [...source.source, ...new Set(extra.rows.map((r) => String(r.source_file)))],
    columns: source.columns,
    rows: [...rows, ...extra.rows],
    metrics: metrics ? [...metrics, ...extra.metrics] : undefined,
  };
}
