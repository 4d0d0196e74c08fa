import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import type { Table } from "../tables/types.ts";
import type { TopLevelSpec } from "./spec.ts";
import type { Layout } from "./layout.ts";

export const CHART_IDS = ["throughput", "rtt", "udp-loss", "kube-proxy-scaling", "http-latency", "max-qps", "service-scaling", "dns", "cni-resources", "run-change", "run-trend"] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Everything the site needs about one chart: its spec, its data as a table, and its finding in words. */
export interface ChartDef {
  id: ChartId;
  /** Locale key of the chart's title (chart.<id>.title). */
  titleKey: string;
  /** Whether the data holds what the chart needs (the history charts need earlier runs); absent means always. */
  present?(model: Model): boolean;
  /** Pure: the Vega-Lite spec for one language and layout (lib/charts/layout.ts; "wide" when not given), data inline. */
  build(model: Model, i18n: I18n, layout?: Layout): TopLevelSpec;
  /** The same figures as an accessible table. */
  table(model: Model, i18n: I18n): Table;
  /** One or two sentences stating what the chart shows, with numbers computed from the data. */
  finding(model: Model, i18n: I18n): string;
}
