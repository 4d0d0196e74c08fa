import type { Model } from "../data/model.ts";
import * as d from "../derive/index.ts";
import type { I18n } from "../i18n/index.ts";
import { digitsFor } from "./change.ts";
import { scenarioTitle } from "./compare.ts";
import { type Table, cell, head, num } from "./types.ts";

/** The agent pods the scripts read with `kubectl top`, by CNI: technical names, the same in every language. */
const AGENT: Record<string, string> = { "vpc-cni": "aws-node", cilium: "cilium-agent" };

/** CNI agent CPU and memory per node under load; "not measured" keeps its reason, ranges stay ranges. */
export function resourcesTable(model: Model, i18n: I18n): Table {
  const rows = model.cniResources.rows;
  const exactMem = rows.flatMap((r) => (r.memory_mib.kind === "exact" ? [{ key: r.scenario, value: r.memory_mib.value }] : []));
  const mostMem = exactMem.length > 1 ? d.highest(exactMem).key : null;
  const nums = (sel: "cpu_millicores" | "memory_mib") =>
    digitsFor(rows.flatMap((r) => {
      const q = r[sel];
      return q.kind === "range" ? [q.min, q.max] : q.kind === "not-measured" ? [] : [q.value];
    }));
  const cpuDigits = nums("cpu_millicores");
  const memDigits = nums("memory_mib");
  return {
    id: "resources",
    caption: i18n.t("tbl.resources.caption"),
    columns: [cell(i18n.t("table.scenario")), cell(i18n.t("tbl.resources.agent")), num(i18n.t("tbl.resources.cpu")), num(i18n.t("tbl.resources.memory"))],
    rows: rows.map((r) => {
      const sc = model.scenarios.find((s) => s.id === r.scenario)!;
      const q = (x: typeof r.cpu_millicores, unit: "millicores" | "mib", digits: number) =>
        x.kind === "not-measured" ? cell(i18n.quantity(x, unit, digits), { tone: "muted" }) : num(i18n.quantity(x, unit, digits));
      const mem = q(r.memory_mib, "mib", memDigits);
      return [head(scenarioTitle(i18n, r.scenario)), cell(AGENT[sc.cni] ?? sc.cni, { code: true }), q(r.cpu_millicores, "millicores", cpuDigits), r.scenario === mostMem ? { ...mem, tone: "bad" as const } : mem];
    }),
    note: i18n.t("tbl.resources.note"),
  };
}
