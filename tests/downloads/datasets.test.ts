import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import { CHART_IDS } from "../../lib/charts/index.ts";
import { loadModel } from "../../lib/data/load.ts";
import { SCENARIO_IDS } from "../../lib/data/model.ts";
import { buildDatasets, datasetById, toCsv, toJson } from "../../lib/downloads/index.ts";
import { CHART_DATA, chartDataset } from "../../lib/downloads/charts.ts";
import { flattenSettings } from "../../lib/downloads/settings.ts";
import { METRICS } from "../../lib/domain/metrics.ts";
import { loadCatalog } from "../../lib/i18n/index.ts";
import { describeIn } from "../../lib/eleventy/downloads.ts";
import { FIXTURE_DATA, FIXTURE, FIXTURE_LOCALES } from "../helpers/fixture.ts";
import { csvObjects } from "./csv.ts";

const model = loadModel(FIXTURE_DATA, FIXTURE);
const datasets = buildDatasets(model);
const en = loadCatalog(FIXTURE_LOCALES).byCode.get("en")!;

test("every dataset the brief names has a download", () => {
  const ids = datasets.map((d) => d.id);
  for (const id of ["results", "service-scaling", "kube-proxy-scaling", "cni-resources", "tuning", "xdp", "network-policy", "recommendations", "aiml", "environment"]) {
    assert.ok(ids.includes(id), `dataset ${id}`);
  }
});

test("the results CSV holds every metric of every scenario, equal to the model", () => {
  const rows = csvObjects(toCsv(datasetById(datasets, "results")));
  assert.is(rows.length, (SCENARIO_IDS.length + model.scalingRuns.length) * METRICS.length);
  for (const s of SCENARIO_IDS) {
    for (const m of METRICS) {
      const row = rows.find((r) => r.scenario === s && r.metric === m.id && r.services === String(model.baselineServiceCount));
      assert.ok(row, `${s} ${m.id}`);
      const v = m.get(model.results[s]);
      assert.is(row!.value, v === null ? "" : String(v), `${s} ${m.id}`);
      assert.is(row!.unit, m.unit);
      assert.is(row!.qualifier, v === null ? "not_measured" : "exact");
    }
  }
});

test("approximate, range and not-measured figures are typed in columns, never as text in value", () => {
  const kp = csvObjects(toCsv(datasetById(datasets, "kube-proxy-scaling")));
  const sync = kp.find((r) => r.metric === "sync" && r.services === String(model.kubeProxyScaling.keepalive[0].services))!;
  assert.is(model.kubeProxyScaling.keepalive[0].sync_ms.kind, "approx", "the fixture's first sync time is approximate");
  assert.is(sync.qualifier, "approx");
  const res = csvObjects(toCsv(datasetById(datasets, "cni-resources")));
  for (const r of model.cniResources.rows) {
    const cpu = res.find((x) => x.scenario === r.scenario && x.metric === "agent_cpu")!;
    const q2 = r.cpu_millicores;
    if (q2.kind === "range") assert.equal([cpu.value, cpu.value_min, cpu.value_max, cpu.qualifier], ["", String(q2.min), String(q2.max), "range"]);
    else if (q2.kind === "not-measured") assert.equal([cpu.value, cpu.qualifier, cpu.reason], ["", "not_measured", q2.reason]);
    else assert.unreachable(`${r.scenario}: the fixture's agent CPU is a range or not measured, found ${q2.kind}`);
  }
  assert.equal(model.cniResources.rows.map((r) => r.cpu_millicores.kind).sort(), ["not-measured", "range", "range", "range", "range"], "both kinds are checked");
  // Measured datasets (those with a qualifier column) hold numbers or nothing in value.
  for (const d of datasets.filter((x) => x.columns.some((c) => c.name === "qualifier"))) {
    for (const r of d.rows) assert.ok(r.value === null || typeof r.value === "number", `${d.id}: ${JSON.stringify(r.value)}`);
  }
});

test("the JSON download has the CSV's rows, typed, with every column described", () => {
  for (const d of datasets) {
    const json = JSON.parse(toJson(d, model, describeIn(en)));
    const csv = csvObjects(toCsv(d));
    assert.is(json.rows.length, csv.length, d.id);
    assert.equal(json.columns.map((c: { name: string }) => c.name), d.columns.map((c) => c.name));
    for (const c of json.columns) assert.ok(c.description && !c.description.includes("`"), `${d.id}.${c.name} description`);
    json.rows.forEach((r: Record<string, unknown>, i: number) => {
      for (const [k, v] of Object.entries(r)) assert.is(v === null ? "" : String(v), csv[i][k], `${d.id} row ${i + 1} ${k}`);
    });
  }
});

test("every chart of the registry has its data extract, from the dataset it draws", () => {
  assert.equal(Object.keys(CHART_DATA).sort(), [...CHART_IDS].sort());
  const rtt = chartDataset(model, datasets, "rtt");
  assert.equal(rtt.rows.map((r) => [r.scenario, r.value]), SCENARIO_IDS.map((s) => [s, model.results[s].network.meanRttUs]));
  const tp = chartDataset(model, datasets, "throughput");
  assert.ok(tp.rows.some((r) => r.metric === "nic_limit" && r.value === model.environment.node.nic_bandwidth_gbps));
  assert.throws(() => chartDataset(model, datasets, "pie"), /chart "pie" has no data mapping/);
});

test("settings flatten to dotted fields with units from their names", () => {
  const rows = flattenSettings({ node: { memory_gib: 16 }, tools: [{ name: "Helm", version: "3" }], azs: ["a", "b"], gpu_gbps: { min: 1 } });
  assert.equal(rows, [
    { field: "node.memory_gib", value: 16, unit: "gib" },
    { field: "tools.Helm.version", value: "3", unit: null },
    { field: "azs.1", value: "a", unit: null },
    { field: "azs.2", value: "b", unit: null },
    { field: "gpu_gbps.min", value: 1, unit: "gbps" },
  ]);
});

test.run();
