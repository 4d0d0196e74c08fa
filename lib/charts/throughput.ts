import * as d from "../derive/index.ts";
import { metric, series } from "../domain/metrics.ts";
import type { Model, ScenarioId } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { barPanel, limitRule, type Bar } from "./bars.ts";
import { axisTitle, list, topLevel } from "./common.ts";
import { metricTable } from "./tables.ts";
import type { ChartDef } from "./types.ts";
import type { Layout } from "./layout.ts";
import { scenarioLabel, scenarioLabels } from "./theme.ts";
import { formatAtLeast } from "../facts/change.ts";

/** Plot width of each panel: the UDP labels (rate and loss) take a long column right of the frame. */
const THROUGHPUT_WIDTH: Record<Layout, number> = { wide: 400, narrow: 34 };

/** UDP bars carry their loss in the label, so a fast run that drops a fifth of its packets never looks like a win. */
function udpBars(model: Model, i18n: I18n): Bar[] {
  const udp = metric("udp");
  const loss = metric("udp_loss");
  return SCENARIO_IDS.map((s) => {
    const v = udp.get(model.results[s]);
    const l = loss.get(model.results[s]);
    const value = v === null ? i18n.t("chart.not_measured") : i18n.unit(v, udp.unit, udp.digits);
    const text = l === null ? value : i18n.t("chart.throughput.udp_label", { value, loss: i18n.unit(l, loss.unit, loss.digits) });
    return { category: scenarioLabel(i18n, s), scenario: s, value: v, text };
  });
}

function tcpBars(model: Model, i18n: I18n): Bar[] {
  const tcp = metric("tcp");
  return SCENARIO_IDS.map((s) => {
    const v = tcp.get(model.results[s]);
    return { category: scenarioLabel(i18n, s), scenario: s, value: v, text: v === null ? i18n.t("chart.not_measured") : i18n.unit(v, tcp.unit, tcp.digits) };
  });
}

/** TCP and UDP throughput per scenario against the NIC limit of the nodes, with UDP loss beside each UDP bar. */
export const throughput: ChartDef = {
  id: "throughput",
  titleKey: "chart.throughput.title",
  build(model, i18n, layout = "wide") {
    const env = model.environment;
    const nic = env.node.nic_bandwidth_gbps;
    const axis = axisTitle(i18n, i18n.t("chart.throughput.axis"), "gbps");
    const common = { axis, categories: scenarioLabels(i18n), categoryTitle: i18n.t("chart.scenario"), max: nic, width: THROUGHPUT_WIDTH[layout], labelColumn: true };
    const rule = limitRule(nic, i18n.t("chart.throughput.nic", { value: i18n.unit(nic, "gbps", 1) }));
    const tcp = barPanel(i18n, { ...common, title: i18n.t("chart.throughput.tcp"), bars: tcpBars(model, i18n), extra: rule });
    const udp = barPanel(i18n, { ...common, title: i18n.t("chart.throughput.udp"), bars: udpBars(model, i18n), extra: rule.slice(0, 1) });
    const subtitle = i18n.t("chart.throughput.subtitle", {
      duration: i18n.unit(env.method.tcp.duration_s, "s", 0),
      streams: i18n.f.integer(env.method.tcp.streams),
      nic: i18n.unit(nic, "gbps", 1),
      instance: env.node.instance_type,
    });
    return topLevel(i18n, "throughput", subtitle, [tcp, udp], layout);
  },
  table: (model, i18n) => metricTable(model, i18n, "throughput", ["tcp", "udp", "udp_loss"]),
  finding(model, i18n) {
    const nic = model.environment.node.nic_bandwidth_gbps;
    const tcp = series(model, "tcp").map((r) => r.value);
    const udp = series(model, "udp");
    const loss = new Map(series(model, "udp_loss").map((r) => [r.key, r.value]));
    const top = d.highest(udp).value;
    const topKeys = udp.filter((r) => r.value === top).map((r) => r.key);
    const lossOf = (keys: ScenarioId[]) => Math.max(...keys.flatMap((k) => loss.get(k) ?? []));
    const rest = SCENARIO_IDS.filter((s) => !topKeys.includes(s) && loss.has(s));
    const params = {
      tcp_range: i18n.range(Math.min(...tcp), Math.max(...tcp), "gbps", 2),
      share: formatAtLeast(i18n, d.shareOf(nic, Math.min(...tcp))),
      nic: i18n.unit(nic, "gbps", 1),
      udp_top: list(i18n, topKeys),
      udp_max: i18n.unit(top, "gbps", 2),
      loss_top: i18n.unit(lossOf(topKeys), "percent", 2),
      loss_rest: rest.length ? i18n.unit(lossOf(rest), "percent", 2) : "",
    };
    return i18n.t(rest.length ? "chart.throughput.finding" : "chart.throughput.finding_same", params);
  },
};
