import type { Model } from "../data/model.ts";
import { exact, type Quantity } from "../data/quantity.ts";
import { QUANTITY_COLUMNS, quantityCells } from "./quantity.ts";
import type { Column, Dataset, MetricCode, Row } from "./types.ts";

const code = (id: string, unit: string): MetricCode => ({ id, unit, label: { key: `downloads.metric.${id}` } });
const figure = (q: Quantity | number): Quantity => (typeof q === "number" ? exact(q) : q);

/** Long-format columns shared by the measured datasets: who, at what size, which metric, the figure and its unit. */
function longColumns(lead: Column[]): Column[] {
  return [...lead, { name: "metric", type: "string" }, ...QUANTITY_COLUMNS, { name: "unit", type: "string" }];
}

/** Scenario E at two Service counts (eBPF service lookup). */
export function serviceScalingDataset(model: Model): Dataset {
  const s = model.serviceScaling;
  const metrics = [code("http_p99", "ms"), code("max_qps", "qps"), code("tcp", "gbps"), code("dns_p50", "ms")];
  const rows: Row[] = s.runs.flatMap((r) =>
    [r.http_p99_ms, r.max_qps, r.tcp_gbps, r.dns_p50_ms].map((v, i) => ({
      scenario: s.scenario,
      services: r.services,
      metric: metrics[i].id,
      ...quantityCells(exact(v)),
      unit: metrics[i].unit,
    })),
  );
  return {
    id: "service-scaling",
    source: ["data/service-scaling.yaml"],
    columns: longColumns([{ name: "scenario", type: "string" }, { name: "services", type: "number", unit: "services" }]),
    rows,
    metrics,
  };
}

/** Scenario A under kube-proxy (iptables) at growing Service counts, with keep-alive and with Connection: close. */
export function kubeProxyScalingDataset(model: Model): Dataset {
  const k = model.kubeProxyScaling;
  const metrics = [
    code("nat_rules", "rules"),
    code("sync", "ms"),
    code("http_p99", "ms"),
    code("http_avg", "ms"),
    code("max_qps", "qps"),
    code("tcp", "gbps"),
    code("conn_setup", "us"),
  ];
  const unitOf = (id: string) => metrics.find((m) => m.id === id)!.unit;
  const row = (connection: string, services: number, metric: string, q: Quantity | number): Row => ({
    scenario: k.scenario,
    connection,
    services,
    metric,
    ...quantityCells(figure(q)),
    unit: unitOf(metric),
  });
  const rows: Row[] = [
    ...k.keepalive.flatMap((r) => [
      row("keepalive", r.services, "nat_rules", r.nat_rules),
      row("keepalive", r.services, "sync", r.sync_ms),
      row("keepalive", r.services, "http_p99", r.http_p99_ms),
      row("keepalive", r.services, "http_avg", r.http_avg_ms),
      row("keepalive", r.services, "max_qps", r.max_qps),
      row("keepalive", r.services, "tcp", r.tcp_gbps),
    ]),
    ...k.connection_close.flatMap((r) => [
      row("close", r.services, "conn_setup", r.conn_setup_us),
      row("close", r.services, "http_avg", r.http_avg_ms),
      row("close", r.services, "http_p99", r.http_p99_ms),
    ]),
  ];
  return {
    id: "kube-proxy-scaling",
    source: ["data/kube-proxy-scaling.yaml"],
    columns: longColumns([
      { name: "scenario", type: "string" },
      { name: "connection", type: "string" },
      { name: "services", type: "number", unit: "services" },
    ]),
    rows,
    metrics,
  };
}

/** CNI agent CPU and memory per node, per scenario; ranges and "not measured" kept as such. */
export function cniResourcesDataset(model: Model): Dataset {
  const metrics = [code("agent_cpu", "millicores"), code("agent_memory", "mib")];
  const rows: Row[] = model.cniResources.rows.flatMap((r) => [
    { scenario: r.scenario, metric: "agent_cpu", ...quantityCells(r.cpu_millicores), unit: "millicores" },
    { scenario: r.scenario, metric: "agent_memory", ...quantityCells(r.memory_mib), unit: "mib" },
  ]);
  return {
    id: "cni-resources",
    source: ["data/cni-resources.yaml"],
    columns: longColumns([{ name: "scenario", type: "string" }]),
    rows,
    metrics,
  };
}
