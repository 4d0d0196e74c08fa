import type { Model, Scenario } from "../data/model.ts";
import * as d from "../derive/index.ts";
import { itemOn } from "../domain/scenarios.ts";
import { claims } from "../facts/claims.ts";
import { udpLossGroups } from "../facts/report.ts";
import { metric, series, valueOf } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { change } from "./change.ts";
import { scenarioTitle } from "./compare.ts";
import { lowLoad } from "./scaling.ts";
import { type Cell, type Table, cell, head, num } from "./types.ts";
import { formatChange } from "../facts/change.ts";


const fmt = (i18n: I18n, id: string, v: number) => i18n.unit(v, metric(id).unit, metric(id).digits);

/** Performance difference or feature difference: each row's result is computed, and its reading is chosen by the data. */
export function verdictTable(model: Model, i18n: I18n): Table {
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(`tbl.verdict.${k}`, p);
  const kind = (k: "same" | "perf" | "feature"): Cell => cell(t(`kind_${k}`), k === "feature" ? { tone: "good" } : {});
  const range = (id: string) => {
    const rows = series(model, id);
    return { low: d.lowest(rows), high: d.highest(rows) };
  };

  const tcp = range("tcp");
  const tcpSame = claims["tcp-same"].holds(model) && claims["tcp-at-nic-limit"].holds(model);
  const tcpRow = [
    head(i18n.t("metric.tcp")),
    cell(t("tcp_result", { min: i18n.f.number(tcp.low.value, 2), max: fmt(i18n, "tcp", tcp.high.value) })),
    cell(tcpSame
      ? t("tcp_reading_nic", { nic: i18n.unit(model.environment.node.nic_bandwidth_gbps, "gbps", 1) })
      : t("tcp_reading_differs", { spread: i18n.f.percent(d.spreadPercent(series(model, "tcp").map((r) => r.value)), 1) })),
    kind(tcpSame ? "same" : "perf"),
  ];

  const p99 = range("p99_1000");
  const gap = d.percentChange(p99.high.value, p99.low.value);
  const p99Row = [
    head(i18n.t("metric.p99_at", { qps: i18n.f.integer(lowLoad(model)) })),
    cell(t("p99_result", { min: fmt(i18n, "p99_1000", p99.low.value), low: p99.low.key, max: fmt(i18n, "p99_1000", p99.high.value), high: p99.high.key })),
    cell(t("p99_reading", { diff: i18n.unit(p99.high.value - p99.low.value, "ms", 2), change: formatChange(i18n, gap) })),
    kind("perf"),
  ];

  const loss = range("udp_loss");
  const withBm = model.scenarios.filter((s) => itemOn(model, s, "bandwidth-manager"));
  const lowestHasBm = withBm.some((s) => s.id === loss.low.key) && udpLossGroups(model).high.length > 0;
  const overlay = model.scenarios.filter((s) => s.routing === "vxlan" && !itemOn(model, s, "bandwidth-manager"));
  const overlayMax = overlay.length ? Math.max(...overlay.map((s) => valueOf(model, "udp_loss", s.id))) : null;
  const lossRow = [
    head(i18n.t("metric.udp_loss")),
    cell(t("udp_result", { max: fmt(i18n, "udp_loss", loss.high.value), high: loss.high.key, min: fmt(i18n, "udp_loss", loss.low.value), low: loss.low.key })),
    cell(lowestHasBm && overlayMax !== null
      ? t("udp_reading_feature", { on: withBm.map((s) => s.id).join(i18n.t("tbl.comma")), overlay: overlay.map((s) => s.id).join(i18n.t("tbl.comma")), max: fmt(i18n, "udp_loss", overlayMax), rate: i18n.unit(model.environment.method.udp.target_gbps, "gbps", 0) })
      : t("udp_reading_other")),
    kind(lowestHasBm ? "feature" : "perf"),
  ];

  const cc = model.kubeProxyScaling.connection_close;
  const c0 = cc[0], c1 = cc[cc.length - 1];
  const kp = model.kubeProxyScaling.keepalive;
  const setup = c1.conn_setup_us - c0.conn_setup_us;
  const qps = change(i18n, kp[0].max_qps, kp[kp.length - 1].max_qps, "higher");
  const scaleRow = [
    head(t("scaling")),
    cell(t("scaling_result", { setup: `${setup > 0 ? "+" : setup < 0 ? "−" : ""}${i18n.unit(Math.abs(setup), "us", 0)}`, change: change(i18n, c0.conn_setup_us, c1.conn_setup_us, "lower").text, services: i18n.f.integer(c1.services) })),
    cell(t("scaling_reading", { qps: qps.text, services: i18n.f.integer(kp[kp.length - 1].services) })),
    kind("perf"),
  ];

  return {
    id: "verdict",
    caption: t("caption"),
    columns: [cell(t("item")), cell(t("result")), cell(t("reading")), cell(t("kind"))],
    rows: [tcpRow, p99Row, lossRow, scaleRow],
  };
}

/** UDP loss beside what the configuration shows: routing, and whether Bandwidth Manager and BBR were switched on. */
export function udpLossReasonsTable(model: Model, i18n: I18n): Table {
  const t = (k: string, p?: Record<string, string | number>) => i18n.t(`tbl.udp_reasons.${k}`, p);
  const rows = series(model, "udp_loss");
  const low = d.allLowest(rows);
  const high = d.highest(rows).key;
  const state = (s: Scenario, id: string): Cell =>
    s.cni !== "cilium" ? cell(t("not_available"), { tone: "muted" }) : itemOn(model, s, id) ? cell(t("on"), { tone: "good" }) : cell(t("off"));
  const m = model.environment.method.udp;
  return {
    id: "udp-loss-reasons",
    caption: t("caption"),
    columns: [cell(i18n.t("table.scenario")), num(i18n.t("metric.udp_loss")), cell(i18n.t("config.routing")), cell(i18n.t("tuning.bandwidth-manager.name")), cell(i18n.t("tuning.bbr.name"))],
    rows: model.scenarios.map((s) => {
      const v = valueOf(model, "udp_loss", s.id);
      const tone: Cell["tone"] = low.includes(s.id) ? "good" : s.id === high ? "bad" : undefined;
      return [head(scenarioTitle(i18n, s.id)), num(fmt(i18n, "udp_loss", v), tone ? { tone } : {}), cell(i18n.t(`config.value.${s.routing}`)), state(s, "bandwidth-manager"), state(s, "bbr")];
    }),
    note: t("note", { tool: m.tool, rate: i18n.unit(m.target_gbps, "gbps", 0), duration: i18n.unit(m.duration_s, "s", 0) }),
  };
}
