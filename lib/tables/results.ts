import type { Model } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import { metric, metricLabel } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { type Table, cell, head, num } from "./types.ts";

function metricRows(model: Model, i18n: I18n, ids: string[]) {
  return ids.map((id) => {
    const m = metric(id);
    const label = metricLabel(m, i18n.t, (n) => i18n.f.integer(n));
    return [
      head(label),
      ...SCENARIO_IDS.map((s) => {
        const v = m.get(model.results[s]);
        return v === null ? cell(i18n.t("quantity.not_measured"), { tone: "muted" }) : num(i18n.unit(v, m.unit, m.digits));
      }),
    ];
  });
}

const scenarioColumns = (i18n: I18n) => [cell(i18n.t("table.metric")), ...SCENARIO_IDS.map((s) => cell(i18n.t(`scenario.${s}.short`)))];

export function networkTable(model: Model, i18n: I18n): Table {
  return {
    id: "network",
    caption: i18n.t("table.caption_network"),
    columns: scenarioColumns(i18n),
    rows: metricRows(model, i18n, ["tcp", "udp", "udp_loss", "rtt"]),
  };
}

export function httpTable(model: Model, i18n: I18n): Table {
  return {
    id: "http",
    caption: i18n.t("table.caption_http"),
    columns: scenarioColumns(i18n),
    rows: metricRows(model, i18n, ["qps_1000", "p50_1000", "p99_1000", "qps_5000", "p99_5000", "qps_max", "p99_max"]),
  };
}

export function dnsTable(model: Model, i18n: I18n): Table {
  const dns = model.environment.method.dns;
  return {
    id: "dns",
    caption: i18n.t("table.caption_dns"),
    columns: scenarioColumns(i18n),
    rows: metricRows(model, i18n, ["dns_p50", "dns_p99"]),
    note: i18n.t("tbl.dns.note", { tool: dns.tool, queries: i18n.f.integer(dns.queries) }),
  };
}

export function scenarioTable(model: Model, i18n: I18n): Table {
  const v = (x: string) => i18n.t(`config.value.${x}`);
  return {
    id: "scenarios",
    caption: i18n.t("table.caption_scenarios"),
    columns: [cell(i18n.t("table.scenario")), cell(i18n.t("config.cni")), cell(i18n.t("config.kube_proxy")), cell(i18n.t("config.ip_allocation")), cell(i18n.t("config.routing")), cell(i18n.t("config.tuning")), cell(i18n.t("config.purpose"))],
    rows: model.scenarios.map((s) => [
      head(`${s.id}: ${i18n.t(`scenario.${s.id}.name`)}`),
      cell(v(s.cni)),
      cell(v(s.kube_proxy)),
      cell(v(s.ip_allocation)),
      cell(v(s.routing)),
      cell(v(s.tuning), s.tuning === "full" ? { tone: "good" } : {}),
      cell(i18n.t(`scenario.${s.id}.purpose`)),
    ]),
  };
}
