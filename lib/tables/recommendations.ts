import type { Model, ScenarioId } from "../data/model.ts";
import * as d from "../derive/index.ts";
import { series, valueOf } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { baselineId, scenarioTitle } from "./compare.ts";
import { type Table, cell, head } from "./types.ts";

/** Figures a basis sentence may name, computed for the row's first recommended scenario. */
function basisParams(model: Model, i18n: I18n, s: ScenarioId): Record<string, string> {
  const base = baselineId(model);
  const cc = model.kubeProxyScaling.connection_close;
  const c0 = cc[0], c1 = cc[cc.length - 1];
  const setup = c1.conn_setup_us - c0.conn_setup_us;
  return {
    loss: i18n.unit(valueOf(model, "udp_loss", s), "percent", 2),
    value: i18n.unit(valueOf(model, "rtt", s), "us", 0),
    baseline: base,
    setup: `${setup > 0 ? "+" : setup < 0 ? "−" : ""}${i18n.unit(Math.abs(setup), "us", 0)}`,
    services: i18n.f.integer(c1.services),
  };
}

/** Bases that name a measured ranking: the recommended scenario is the one the data ranks lowest. */
const MEASURED_BASIS: Record<string, string | undefined> = { rtt: "rtt", udp_loss: "udp_loss" };

/** Which scenario suits which workload, with the figure behind each pick. Service-count thresholds are marked as guidance. */
export function recommendationsTable(model: Model, i18n: I18n): Table {
  const mark = i18n.t("tbl.recommend.guidance_mark");
  return {
    id: "recommendations",
    caption: i18n.t("tbl.recommend.caption"),
    columns: [cell(i18n.t("tbl.recommend.workload")), cell(i18n.t("tbl.recommend.scenario")), cell(i18n.t("tbl.recommend.basis"))],
    rows: model.recommendations.workloads.map((w) => {
      const threshold = w.services_below ?? w.services_above;
      const label = i18n.t(`recommend.workload.${w.id}`, threshold === undefined ? {} : { services: i18n.f.integer(threshold) });
      // A pick that rests on a measured figure follows the data; the others are the original's guidance.
      const measured = MEASURED_BASIS[w.basis];
      const scenarios = measured ? d.allLowest(series(model, measured)) : w.scenarios;
      // Full names: a short label ("C: no kube-proxy") reads as a verdict in a table of advice.
      const picks = scenarios.map((s) => i18n.t("tbl.recommend.pick", { id: s, name: i18n.t(`scenario.${s}.name`) })).join(i18n.t("tbl.or"));
      return [
        head(threshold === undefined ? label : `${label}${mark}`),
        cell(w.with_hubble ? i18n.t("recommend.with_hubble", { scenarios: picks }) : picks),
        cell(i18n.t(`recommend.basis.${w.basis}`, basisParams(model, i18n, scenarios[0]))),
      ];
    }),
    note: i18n.t("tbl.recommend.note", { mark }),
  };
}

/** The configuration profiles: what each suits, how complex it is to run, and how it performed. */
export function profilesTable(model: Model, i18n: I18n): Table {
  return {
    id: "profiles",
    caption: i18n.t("tbl.profiles.caption"),
    columns: [cell(i18n.t("table.scenario")), cell(i18n.t("tbl.profiles.use")), cell(i18n.t("tbl.profiles.complexity")), cell(i18n.t("tbl.profiles.performance"))],
    rows: model.recommendations.profiles.map((p) => [
      head(scenarioTitle(i18n, p.scenario)),
      cell(i18n.t(`recommend.use.${p.use}`)),
      cell(i18n.t(`recommend.complexity.${p.complexity}`)),
      cell(i18n.t(`recommend.performance.${p.performance}`)),
    ]),
  };
}
