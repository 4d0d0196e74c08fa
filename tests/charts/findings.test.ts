// Findings are computed from the data: change the data and the sentence follows; tables carry every figure.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CHART_IDS, CHARTS } from "../../lib/charts/index.ts";
import { LANGS, i18n, model, modelCopy, modelFor } from "./setup.ts";

test("every chart has a finding and a table in every language", () => {
  for (const id of CHART_IDS) {
    for (const lang of LANGS) {
      const f = CHARTS[id].finding(modelFor(id), i18n(lang));
      assert.ok(f.length > 20 && !/[{}]/.test(f), `${id} (${lang}) finding: ${f}`);
      const t = CHARTS[id].table(modelFor(id), i18n(lang));
      assert.ok(t.rows.length >= 2 && t.columns.length >= 2, `${id} (${lang}) table`);
      for (const r of t.rows) assert.is(r.length, t.columns.length, `${id} (${lang}): a row with a missing cell`);
    }
  }
});

test("rtt: names the scenario with the shortest mean RTT and its distance from A, from the data", () => {
  const en = i18n("en");
  assert.match(CHARTS.rtt.finding(model, en), /^The shortest mean round-trip time, 3,135 µs, was measured in E: 36% shorter than the baseline A \(4,894 µs\)/);
  const m = modelCopy();
  m.results.C.network.meanRttUs = 2447; // half of A
  assert.match(CHARTS.rtt.finding(m, en), /^The shortest mean round-trip time, 2,447 µs, was measured in C: 50% shorter/);
  m.results.A.network.meanRttUs = 1000;
  assert.match(CHARTS.rtt.finding(m, en), /^The shortest mean round-trip time, 1,000 µs, was measured in the baseline, A\./);
  m.results.E.network.meanRttUs = 1000;
  assert.match(CHARTS.rtt.finding(m, en), /was measured in the baseline, A and E\.|was measured in A and E/, "a tie names both");
});

test("udp-loss: ties are named together, never one of them alone", () => {
  const m = modelCopy();
  m.results.A.network.udpLossPct = m.results.D.network.udpLossPct;
  assert.match(CHARTS["udp-loss"].finding(m, i18n("en")), /in A and D\.$/);
  assert.match(CHARTS["udp-loss"].finding(m, i18n("zh")), /A 和 D/);
});

test("cni-resources: says which scenario was not measured, and stops saying it once it is", () => {
  const en = i18n("en");
  assert.match(CHARTS["cni-resources"].finding(model, en), /A was not measured\.$/);
  const m = modelCopy();
  m.cniResources.rows[0].memory_mib = { kind: "exact", value: 60 };
  m.cniResources.rows[0].cpu_millicores = { kind: "exact", value: 3 };
  const f = CHARTS["cni-resources"].finding(m, en);
  assert.not.match(f, /not measured/);
  assert.match(f, /CPU stays within 3–6m/);
});

test("cni-resources: the not-measured scenario has a label and no bar", () => {
  const spec = JSON.stringify(CHARTS["cni-resources"].build(model, i18n("ko")));
  assert.match(spec, /"category":"A: VPC CNI","scenario":"A: VPC CNI","value":null,"hi":null,"end":0,"text":"미측정"/);
});

test("throughput: the NIC limit rule comes from the environment data", () => {
  const m = modelCopy();
  m.environment.node.nic_bandwidth_gbps = 25;
  const json = JSON.stringify(CHARTS.throughput.build(m, i18n("en")));
  assert.match(json, /"datum":25/);
  assert.match(json, /NIC limit 25\.0 Gbps/);
});

test("kube-proxy-scaling: an approximate figure keeps its ~, a missing run says so", () => {
  const json = JSON.stringify(CHARTS["kube-proxy-scaling"].build(model, i18n("en")));
  assert.match(json, /"text":"~130 ms"/);
  assert.match(json, /"text":"not run"/);
  assert.match(CHARTS["kube-proxy-scaling"].finding(model, i18n("en")), /grow 102× \(99 → 10,059\)/);
});

test("http-latency: the QPS 5,000 outliers are named from the data", () => {
  assert.match(CHARTS["http-latency"].finding(model, i18n("en")), /A and C jump to 440 ms and 358 ms/);
  const m = modelCopy();
  for (const s of ["A", "C"] as const) m.results[s].http.qps5000.p99Ms = 20;
  assert.not.match(CHARTS["http-latency"].finding(m, i18n("en")), /jump/);
});

test.run();
