// The report's own facts and claims (lib/facts/report.ts, report-claims.ts): computed from the model, and each
// claim holds on the published data but stops holding when the data it rests on changes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel } from "../../lib/data/load.ts";
import type { Model } from "../../lib/data/model.ts";
import { buildFacts, changeDigits } from "../../lib/facts/index.ts";
import { claims } from "../../lib/facts/claims.ts";
import { reportClaims } from "../../lib/facts/report-claims.ts";
import { udpDelivered, udpLossGroups, runToRunP99Drift, largestNeighbourP99Change } from "../../lib/facts/report.ts";
import { loadCatalog } from "../../lib/i18n/index.ts";
import { FIXTURE_DATA, FIXTURE, FIXTURE_LOCALES } from "../helpers/fixture.ts";
import { formatChange } from "../../lib/facts/change.ts";
import { pctAbs, pctSigned } from "../../lib/charts/common.ts";

const model = loadModel(FIXTURE_DATA, FIXTURE);
const catalog = loadCatalog(FIXTURE_LOCALES);
const en = catalog.byCode.get("en")!;
const facts = buildFacts(model, en);
const copy = (edit: (m: Model) => void): Model => {
  const m = structuredClone(model);
  edit(m);
  return m;
};

test("every claim holds on the shipped data, and every claim is used by prose in every language", () => {
  for (const name of Object.keys(reportClaims)) assert.ok(claims[name], `${name} is not in claims`);
  const used = new Map<string, Set<string>>();
  for (const lang of ["en", "ko", "zh"]) {
    for (const f of readdirSync(join(FIXTURE, "content", lang, "sections"))) {
      for (const m of readFileSync(join(FIXTURE, "content", lang, "sections", f), "utf8").matchAll(/requires\("([a-z0-9-]+)"\)/g)) {
        if (!used.has(m[1])) used.set(m[1], new Set());
        used.get(m[1])!.add(lang);
      }
    }
  }
  for (const [name, c] of Object.entries(claims)) {
    assert.ok(c.holds(model), `${name} does not hold: ${c.says}`);
    assert.equal([...(used.get(name) ?? [])].sort(), ["en", "ko", "zh"], `${name} is not guarding a passage in every language`);
    assert.ok(c.uses?.length || c.shows, `${name} names no figures to show when it breaks`);
  }
});

test("claims stop holding when the figures they rest on change", () => {
  const broken: [string, (m: Model) => void][] = [
    ["udp-loss-follows-rate", (m) => (m.results.C.network.udpGbps = m.environment.method.udp.target_gbps)],
    ["d-udp-like-a", (m) => (m.results.D.network.udpLossPct = 0.5)],
    ["original-run", (m) => (m.runDate = "2026-11-20")],
    ["tcp-same", (m) => (m.results.B.network.tcpGbps = 9)],
    ["tcp-at-nic-limit", (m) => (m.environment.node.nic_bandwidth_gbps = 25)],
    ["e-lowest-rtt", (m) => (m.results.B.network.meanRttUs = m.results.E.network.meanRttUs)],
    ["dns-flat", (m) => (m.results.C.dns.p50Ms = 3)],
    ["keepalive-flat", (m) => (m.kubeProxyScaling.keepalive.at(-1)!.max_qps = m.kubeProxyScaling.keepalive[0].max_qps * 0.9)],
    ["svc-p99-outside-5", (m) => (m.serviceScaling.runs.at(-1)!.http_p99_ms = m.serviceScaling.runs[0].http_p99_ms)],
    ["udp-delivered-similar", (m) => (m.results.D.network.udpLossPct = 0.1)],
    ["d-rtt-below-a", (m) => (m.results.D.network.meanRttUs = m.results.A.network.meanRttUs + 1)],
    ["e-p99-above-d", (m) => (m.results.E.http.qps1000.p99Ms = m.results.D.http.qps1000.p99Ms! - 0.5)],
    ["low-load-met", (m) => (m.results.B.http.qps1000.actualQps = 700)],
    ["high-load-not-met", (m) => (m.results.B.http.qps5000.actualQps = 5000)],
    ["http-anomaly", (m) => { for (const s of ["A", "C"] as const) m.results[s].http.qps5000.p99Ms = m.results[s].http.qpsMax.p99Ms; }],
    ["b-c-throughput-same", (m) => (m.results.C.network.tcpGbps = m.results.B.network.tcpGbps * 0.9)],
    ["c-most-memory", (m) => (m.cniResources.rows.find((r) => r.scenario === "B")!.memory_mib = { kind: "exact", value: 500 })],
    ["kp-rules-grow", (m) => (m.kubeProxyScaling.keepalive.at(-1)!.nat_rules = m.kubeProxyScaling.keepalive[0].nat_rules * 2)],
    ["kp-close-slower", (m) => (m.kubeProxyScaling.connection_close.at(-1)!.conn_setup_us = m.kubeProxyScaling.connection_close[0].conn_setup_us - 1)],
    ["kp-keepalive-p99-not-worse", (m) => (m.kubeProxyScaling.keepalive.at(-1)!.http_p99_ms = m.kubeProxyScaling.keepalive[0].http_p99_ms + 1)],
    ["svc-p99-not-worse", (m) => (m.serviceScaling.runs.at(-1)!.http_p99_ms = m.serviceScaling.runs[0].http_p99_ms + 1)],
    ["svc-others-within-5", (m) => (m.serviceScaling.runs.at(-1)!.max_qps = m.serviceScaling.runs[0].max_qps * 0.8)],
    ["p99-run-drift-exceeds-gaps", (m) => (m.results.E.http.qps1000.p99Ms = m.results.D.http.qps1000.p99Ms! * 3)],
    ["rtt-spread-largest", (m) => (m.results.A.network.tcpGbps = m.results.A.network.tcpGbps * 2)],
    ["dns-p99-within-timer", (m) => (m.results.A.dns.p99Ms = 40)],
    ["bwm-only-e", (m) => (m.scenarios.find((s) => s.id === "D")!.tuning = "full")],
  ];
  for (const [name, edit] of broken) assert.not.ok(claims[name].holds(copy(edit)), `${name} still holds after its data changed`);
  const covered = new Set(broken.map(([n]) => n));
  for (const name of Object.keys(claims)) assert.ok(covered.has(name), `no test breaks the claim ${name}`);
});

test("UDP: what arrived is the sending rate less the lost share, per scenario (worked by hand from the fixture)", () => {
  // A: 10.00 Gbps sent, 20.39 % lost → 7.961; E: 7.96 sent, 0.03 % lost → 7.9576.
  const byKey = Object.fromEntries(udpDelivered(model).map((r) => [r.key, r.value]));
  assert.ok(Math.abs(byKey.A - 7.961) < 1e-9, `A: ${byKey.A}`);
  assert.ok(Math.abs(byKey.E - 7.957612) < 1e-9, `E: ${byKey.E}`);
  assert.is(facts.get("udp.delivered.A"), "7.96 Gbps");
  assert.is(facts.get("udp.delivered.min"), "7.85 Gbps");
  const g = udpLossGroups(model);
  assert.equal(g, { high: ["A", "D"], low: ["B", "C", "E"] });
});

test("small changes and changes just short of ±100 % keep a decimal (as in the tables)", () => {
  assert.is(changeDigits(-99.85), 1);
  assert.is(changeDigits(0.6), 1);
  assert.is(changeDigits(-36.2), 0);
  assert.is(changeDigits(-9.4), 1);
  assert.is(changeDigits(0), 0);
  assert.is(changeDigits(-100), 0);
  assert.is(facts.get("tcp.share_of_nic.min"), "98.7%", "12.34 of 12.5 Gbps is 98.72 %: 'at least 99%' would be false");
  assert.is(facts.get("udp_loss.change.D.E"), "−20.4 percentage points"); // 20.42 % → 0.03 %: points, not "−99.9%"
  assert.is(facts.get("udp_loss.change.C.E"), "−0.66 percentage points"); // under one point: two decimals
  assert.is(facts.get("udp_loss.than.C.D"), "19.7 percentage points higher than in C");
  // One rule for every change the site prints: prose, tables and chart text alike.
  for (const [v, signed, plain] of [[-99.86, "−99.9%", "99.9%"], [-9.4, "−9.4%", "9.4%"], [-36.2, "−36%", "36%"], [0.6, "+0.6%", "0.6%"]] as const) {
    assert.is(formatChange(en, v), signed);
    assert.is(pctSigned(en, v), signed, `chart text, signed ${v}`);
    assert.is(pctAbs(en, v), plain, `chart text, unsigned ${v}`);
  }
  assert.is(facts.get("rtt.change.A.E"), "−36%");
  assert.is(facts.get("rtt.change.A.B"), "+1.2%");
});

test("run-to-run drift and the largest neighbour gap come from the scaling runs and the main results", () => {
  // Worked by hand: keepalive p99 on A went 5.86 → 2.96 ms (−49.5 %), more than E's 3.94 → 3.64 ms (−7.6 %);
  // the neighbours' largest step is D → E, 8.75 → 9.89 ms (+13.0 %).
  assert.ok(Math.abs(runToRunP99Drift(model) - 49.488) < 1e-3, String(runToRunP99Drift(model)));
  assert.ok(Math.abs(largestNeighbourP99Change(model) - 13.0286) < 1e-3, String(largestNeighbourP99Change(model)));
  assert.is(facts.get("p99.run_drift.max"), "49%");
  assert.is(facts.get("p99.neighbour_change.max"), "13%");
});

test("lists and items follow each language's conventions", () => {
  const zh = buildFacts(model, catalog.byCode.get("zh")!);
  const ko = buildFacts(model, catalog.byCode.get("ko")!);
  assert.match(facts.get("http.anomaly.detail")!, /\(/);
  assert.match(zh.get("http.anomaly.detail")!, /（/);
  assert.not.match(zh.get("env.cluster_azs")!, / and /);
  assert.not.match(ko.get("env.cluster_azs")!, / and /);
});

test.run();
