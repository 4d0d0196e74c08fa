import type { Model } from "../data/model.ts";
import { formatDate } from "../facts/index.ts";
import type { I18n } from "../i18n/index.ts";
import { type Cell, type Table, cell, head } from "./types.ts";

const code = (text: string): Cell => cell(text, { code: true });

/** The spec sheet: versions, nodes, network ranges and tools, as data/environment.yaml and data/report.yaml give them. */
export function environmentTable(model: Model, i18n: I18n): Table {
  const e = model.environment;
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(`tbl.env.${k}`, p);
  const pool = model.scenarios.filter((s) => s.ip_allocation === "cluster-pool").map((s) => s.id);
  const rows: [string, Cell][] = [
    [t("row.eks"), code(t("eks", { version: e.eks_version, platform: e.eks_platform }))],
    [t("row.cilium"), cell(t("cilium", { version: e.cilium_version, chart: e.cilium_chart }))],
    [t("row.region"), code(e.region)],
    [t("row.node_type"), cell(t("node_spec", { type: e.node.instance_type, vcpu: i18n.f.integer(e.node.vcpu), memory: i18n.f.integer(e.node.memory_gib), nic: e.node.nic, bandwidth: i18n.unit(e.node.nic_bandwidth_gbps, "gbps", 1), baseline: i18n.unit(e.node.nic_baseline_gbps, "gbps", 3) }))],
    [t("row.node_count"), cell(t("node_count", { count: i18n.f.integer(e.node_count), az: e.node_az }))],
    [t("row.cluster_azs"), code(e.cluster_azs.join(i18n.t("tbl.comma")))],
    [t("row.os"), code(`${e.os} · ${e.kernel}`)],
    [t("row.runtime"), code(e.container_runtime)],
    [t("row.service_cidr"), code(e.service_cidr)],
    [t("row.pod_cidr", { scenarios: pool.join(i18n.t("tbl.comma")) }), code(e.cluster_pool_cidr)],
    [t("row.tools"), code(e.tools.map((x) => `${x.name} ${x.version}`).join(i18n.t("tbl.comma")))],
    [t("row.measured"), cell(t("measured", { date: formatDate(model.runDate, i18n.lang.intl) }))],
  ];
  return {
    id: "environment",
    caption: t("caption"),
    columns: [cell(t("col.item")), cell(t("col.value"))],
    rows: rows.map(([label, value]) => [head(label), value]),
  };
}

/** What each measurement ran, for how long and with which settings, as data/environment.yaml records the scripts. */
export function methodTable(model: Model, i18n: I18n): Table {
  const m = model.environment.method;
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(`tbl.method.${k}`, p);
  const s = (v: number) => i18n.unit(v, "s", 0);
  const httpTarget = model.environment.workloads.find((w) => w.id === "httpbin");
  const fortio = httpTarget ? `${m.http.tool} → ${httpTarget.id}` : m.http.tool;
  const row = (label: string, tool: string, duration: string, settings: string, reported: string): Cell[] => [head(label), code(tool), cell(duration), cell(settings), cell(reported)];
  const http = m.http.levels.map((l) =>
    row(
      l.qps > 0 ? t("http_at", { qps: i18n.f.integer(l.qps) }) : t("http_max"),
      fortio,
      s(m.http.duration_s),
      t(l.qps > 0 ? "set.http" : "set.http_max", { qps: i18n.f.integer(l.qps), connections: i18n.f.integer(l.connections) }),
      t("out.http"),
    ),
  );
  return {
    id: "method",
    caption: t("caption"),
    columns: [cell(t("col.what")), cell(t("col.tool")), cell(t("col.duration")), cell(t("col.settings")), cell(t("col.reported"))],
    rows: [
      row(i18n.t("metric.tcp"), m.tcp.tool, s(m.tcp.duration_s), t("set.tcp", { streams: i18n.f.integer(m.tcp.streams) }), t("out.tcp")),
      row(i18n.t("metric.udp"), m.udp.tool, s(m.udp.duration_s), t("set.udp", { rate: i18n.unit(m.udp.target_gbps, "gbps", 0) }), t("out.udp")),
      row(t("rtt"), m.rtt.tool, s(m.rtt.duration_s), t("set.rtt", { bytes: i18n.f.integer(m.rtt.payload_bytes) }), t(`out.rtt_${m.rtt.statistic}`)),
      ...http,
      row(t("dns"), m.dns.tool, "—", t("set.dns", { queries: i18n.f.integer(m.dns.queries) }), t("out.dns")),
    ],
    note: t("note", {
      workloads: model.environment.workloads
        .map((w) => t("workload", { name: w.id, role: i18n.t(`env.workload.${w.id}`), image: w.image, replicas: i18n.f.integer(w.replicas) }))
        .join(i18n.t("tbl.list_sep")),
    }),
  };
}
