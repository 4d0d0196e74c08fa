import { test } from "uvu";
import * as assert from "uvu/assert";
import * as d from "../../lib/derive/index.ts";
import type { I18n } from "../../lib/i18n/index.ts";
import { renderTable } from "../../lib/eleventy/filters.ts";
import { TABLES } from "../../lib/eleventy/tables.ts";
import { compareTable } from "../../lib/tables/compare.ts";
import { REPORT_TABLES } from "../../lib/tables/registry.ts";
import type { Table } from "../../lib/tables/types.ts";
import { LANGS, lang, model } from "./lang.ts";
import { strayEnglish } from "./words.ts";
import { tracking } from "../helpers/tracking.ts";

const en = lang("en");
const build = (id: string, m = model(), i18n: I18n = en): Table => REPORT_TABLES[id](m, i18n);
const texts = (t: Table) => [t.caption, t.note ?? "", ...t.columns.map((c) => c.text), ...t.rows.flat().map((c) => c.text)];
const row = (t: Table, head: string) => {
  const r = t.rows.find((r) => r[0].text === head);
  if (!r) throw new Error(`no row "${head}" in ${t.id}: ${t.rows.map((r) => r[0].text).join(" | ")}`);
  return r.map((c) => c.text);
};
const pct = (from: number, to: number, digits: number) => en.f.percent(d.percentChange(from, to), digits, true);


test("every table is registered for the {% table %} shortcode and builds in every language, rows as wide as the header", () => {
  for (const id of Object.keys(REPORT_TABLES)) {
    assert.ok(TABLES[id], `${id} is not in TABLES`);
    for (const code of LANGS) {
      const t = build(id, model(), lang(code));
      assert.is(t.id, id);
      assert.ok(t.rows.length > 0, `${id} ${code}: no rows`);
      for (const r of t.rows) assert.is(r.length, t.columns.length, `${id} ${code}: row "${r[0].text}" has ${r.length} cells for ${t.columns.length} columns`);
    }
  }
});

test("environment: the spec sheet follows data/environment.yaml and the result files' date", () => {
  const m = model();
  m.environment.node.instance_type = "c7i.2xlarge";
  m.environment.node_count = 7;
  m.runDate = "2026-11-20";
  const t = build("environment", m);
  assert.match(row(t, "Node type")[1], /^c7i\.2xlarge: 4 vCPU/);
  assert.match(row(t, "Nodes")[1], /^7, all in ap-northeast-2a$/);
  assert.is(row(t, "Measured")[1], "November 20, 2026; one result per scenario");
  assert.is(row(t, "Pod CIDR in cluster-pool mode (B, C)")[1], m.environment.cluster_pool_cidr);
});

test("method: durations, streams, QPS levels with connections and DNS queries come from data", () => {
  const m = model();
  m.environment.method.tcp.streams = 16;
  m.environment.method.http.levels = [{ qps: 2000, connections: 48 }, { qps: 0, connections: 96 }];
  m.environment.method.dns.queries = 50;
  const t = build("method", m);
  assert.is(row(t, "TCP throughput")[3], "16 parallel TCP streams");
  assert.is(row(t, "HTTP at QPS 2,000")[3], "Target 2,000 requests per second over 48 connections");
  assert.is(row(t, "HTTP at maximum load")[3], "No rate limit, 96 connections");
  assert.is(t.rows.filter((r) => r[0].text.startsWith("HTTP")).length, 2);
  assert.match(row(t, "DNS lookup time")[3], /^50 lookups/);
  assert.match(t.note!, /kong\/httpbin:0\.1\.0 × 2/);
});

test("resources: ranges stay ranges, not-measured keeps its reason, the highest memory is marked", () => {
  const m = model();
  const t = build("resources", m);
  assert.is(row(t, "B: Cilium with kube-proxy")[2], "4–6m");
  assert.match(row(t, "A: VPC CNI baseline")[2], /^not measured \(/);
  assert.is(t.rows.find((r) => r[0].text.startsWith("C:"))![3].tone, "bad");
  m.cniResources.rows[3].memory_mib = { kind: "exact", value: 300 };
  const t2 = build("resources", m);
  assert.is(row(t2, "D: Cilium in ENI mode")[3], "300 MiB");
  assert.is(t2.rows.find((r) => r[0].text.startsWith("D:"))![3].tone, "bad");
  assert.is(t2.rows.find((r) => r[0].text.startsWith("C:"))![3].tone, undefined);
});

test("service-scaling: one column per run, the change computed and toned by the metric's direction", () => {
  const m = model();
  const r = m.serviceScaling.runs;
  let t = build("service-scaling", m);
  assert.equal(t.columns.map((c) => c.text), ["Metric", "4 Services", "104 Services", "Change 4→104"]);
  assert.equal(row(t, "HTTP p99 at QPS 1,000"), ["HTTP p99 at QPS 1,000", "3.94 ms", "3.64 ms", pct(3.94, 3.64, 1)]);
  assert.is(t.rows[0][3].tone, "good");
  r[1].http_p99_ms = 5.5;
  r[1].max_qps = 4800;
  t = build("service-scaling", m);
  assert.equal(row(t, "HTTP p99 at QPS 1,000").slice(2), ["5.50 ms", pct(3.94, 5.5, 0)]);
  assert.is(t.rows[0][3].tone, "bad");
  assert.is(row(t, "Maximum QPS")[3], pct(4405, 4800, 1));
  assert.is(t.rows[1][3].tone, "good");
});

test("kube-proxy-scaling: counts from data, approximate sync and its change, ratio of NAT rules, Cilium beside it", () => {
  const m = model();
  let t = build("kube-proxy-scaling", m);
  assert.equal(t.columns.map((c) => c.text).slice(1, 5), ["kube-proxy, 4 Services", "kube-proxy, 104 Services", "kube-proxy, 1,000 Services", "Change 4→1,000"]);
  assert.equal(row(t, "kube-proxy rule sync time").slice(1, 5), ["~130 ms", "~160 ms", "~170 ms", `~${pct(130, 170, 0)}`]);
  assert.is(row(t, "iptables NAT rules")[4], "102×");
  assert.equal(row(t, "Connection setup, Connection: close").slice(1, 5), ["164 µs", "not run", "190 µs", pct(164, 190, 0)]);
  // TCP was not measured at 1,000 Services: no change is claimed across the missing figure.
  assert.equal(row(t, "TCP throughput").slice(3, 5), ["not measured (not part of this run)", "—"]);
  assert.equal(row(t, "HTTP p99 at QPS 1,000, keepalive").slice(5), ["3.94 ms", "3.64 ms", pct(3.94, 3.64, 1)]);
  assert.is(row(t, "iptables NAT rules")[5], "does not apply (eBPF)");
  m.kubeProxyScaling.keepalive[2].nat_rules = 1980;
  m.kubeProxyScaling.keepalive[2].sync_ms = { kind: "exact", value: 260 };
  m.kubeProxyScaling.connection_close[1].conn_setup_us = 300;
  t = build("kube-proxy-scaling", m);
  assert.is(row(t, "iptables NAT rules")[4], "20×");
  assert.equal(row(t, "kube-proxy rule sync time").slice(3, 5), ["260 ms", `~${pct(130, 260, 0)}`]);
  assert.is(row(t, "Connection setup, Connection: close")[4], pct(164, 300, 0));
});

test("tuning: Helm values in code type, applied or not with the reason, counts in the note", () => {
  const m = model();
  let t = build("tuning", m);
  const dsr = t.rows.find((r) => r[1].text === "loadBalancer.mode=dsr")!;
  assert.ok(dsr[1].code);
  assert.match(dsr[3].text, /^No: Pods crashed/);
  assert.is(dsr[3].tone, "bad");
  assert.match(t.note!, /^8 of 10 items were applied in scenario E; 5 of them were not already on in D\./);
  const state = (helm: string) => t.rows.find((r) => r[1].text === helm)![3];
  assert.is(state("socketLB.enabled=true").text, "Yes, already on in D through kubeProxyReplacement=true");
  assert.is(state("routingMode=native").text, "Yes, already set in D");
  assert.is(state("bpf.masquerade=true").text, "Yes");
  assert.is(state("bpf.masquerade=true").tone, "good");
  m.tuning.items.find((i) => i.id === "hubble-off")!.applied = false;
  m.tuning.items.find((i) => i.id === "hubble-off")!.reason = "ena_bpf_link";
  t = build("tuning", m);
  assert.match(t.note!, /^7 of 10 items/);
  assert.match(t.rows.find((r) => r[1].text === "hubble.enabled=false")![3].text, /^No: the original report: the ENA driver/);
});

test("tuning-impact: the untuned twin against the tuned scenario, found from data/scenarios.yaml, change computed", () => {
  const m = model();
  let t = build("tuning-impact", m);
  assert.equal(t.columns.map((c) => c.text), ["Metric", "D: ENI", "E: ENI+tuned", "Change D→E"]);
  assert.equal(row(t, "Pod-to-Pod round-trip time (mean)"), ["Pod-to-Pod round-trip time (mean)", "4,453 µs", "3,135 µs", pct(4453, 3135, 0)]);
  assert.is(row(t, "UDP loss")[3], "−20.4 percentage points", "a change in a percentage is given in percentage points");
  assert.equal(row(build("tuning-impact", m, lang("ko")), "UDP 손실률").slice(3), ["−20.4%p"]);
  assert.equal(row(build("tuning-impact", m, lang("zh")), "UDP 丢包率").slice(3), ["−20.4 个百分点"]);
  assert.is(row(t, "HTTP p99 at QPS 1,000")[3], pct(8.75, 9.89, 0));
  assert.is(t.rows[3][3].tone, "bad");
  m.results.E.network.meanRttUs = 5000;
  t = build("tuning-impact", m);
  assert.is(row(t, "Pod-to-Pod round-trip time (mean)")[3], pct(4453, 5000, 0));
  assert.is(t.rows[0][3].tone, "bad");
});

test("xdp tables: requirements, drivers, instances and the no-XDP list follow data/xdp.yaml", () => {
  const m = model();
  m.xdp.bpf_link_min_kernel = "5.9";
  m.xdp.drivers[0].min_kernel = "5.1";
  m.xdp.instances[1].native = true;
  assert.is(row(build("xdp-requirements", m), "Linux kernel")[2], "bpf_link needs kernel 5.9 or later");
  assert.is(row(build("xdp-drivers", m), "mlx5 (Mellanox ConnectX-4/5/6)")[2], "5.1 or later");
  assert.is(row(build("xdp-instances", m), "Virtualized (m6i.xlarge, c6i)")[1], "Supported");
  // The others: the ENA driver's native XDP stops below the MTU EKS runs, and the cell says so with the node's MTU.
  assert.is(row(build("xdp-instances", m), "Bare metal (c5.metal, m6i.metal)")[1], "Not at MTU 9001");
  m.environment.node.mtu = 1500;
  assert.is(row(build("xdp-instances", m), "Bare metal (c5.metal, m6i.metal)")[1], "Not at MTU 1500");
  // The kernel a requirement names reads as "or later" in every language, never as ">=".
  assert.is(row(build("xdp-requirements", m), "Linux kernel")[1], "5.10 or later");
  const without = build("xdp-without", m);
  assert.equal(without.rows.map((r) => r[0].text), m.xdp.without_xdp.map((id) => en.t(`tuning.${id}.name`)));
  assert.match(without.note!, /mean RTT in scenario E was 36% lower than in A\./);
  m.xdp.without_xdp.push("no-such-item");
  assert.throws(() => build("xdp-without", m), /data\/xdp\.yaml: without_xdp names "no-such-item"/);
});

test("policy: Cilium-only rows are marked and counted from data", () => {
  const m = model();
  let t = build("policy", m);
  assert.is(t.rows.filter((r) => r[3].tone === "good").length, 2);
  assert.match(t.note!, /^As of December 1, 2026: 2 of 11 features are available only with Cilium, and in 4 more the VPC CNI offers part/);
  assert.is(row(t, "Policies by domain name (FQDN)")[2], "Supported: toFQDNs");
  assert.is(row(t, "Policies by domain name (FQDN)")[1], "Partly: EKS Auto Mode only (ApplicationNetworkPolicy)");
  assert.is(row(t, "Policies by domain name (FQDN)")[4], "Amazon EKS: admin and DNS-based network policies", "a corrected cell names its source");
  assert.is(row(t, "L7 filtering (HTTP, gRPC, Kafka)")[4], "original report");
  m.networkPolicy.features.find((f) => f.id === "l7")!.vpc_cni = { support: "yes" };
  t = build("policy", m);
  assert.is(row(t, "L7 filtering (HTTP, gRPC, Kafka)")[3], "—");
  assert.match(t.note!, /: 1 of 11 features/);
});

test("recommendations: thresholds marked as guidance, bases computed from the results", () => {
  const m = model();
  let t = build("recommendations", m);
  assert.is(row(t, "Small and simple (under 100 Services)*")[1], "A: VPC CNI baseline");
  assert.is(row(t, "Large (over 500 Services)*")[1], "D: Cilium in ENI mode");
  assert.is(row(t, "Needs network policies")[1], "C: Cilium without kube-proxy or D: Cilium in ENI mode");
  assert.is(row(t, "Multi-tenant, needs visibility")[1], "D: Cilium in ENI mode + Hubble");
  assert.match(t.note!, /^\* The Service-count thresholds are the original report's guidance/);
  const latency = () => row(t, "Latency-sensitive (finance, real time)");
  const udp = () => row(t, "UDP-heavy (streaming, media, games)");
  assert.equal(latency().slice(1), [row(t, "UDP-heavy (streaming, media, games)")[1], "Lowest mean RTT measured: 3,135 µs"]);
  assert.is(udp()[2], "Lowest UDP loss measured: 0.03%");
  // Picks that rest on a measured ranking follow the data; the others stay the original's guidance.
  m.results.A.network.meanRttUs = 3000;
  m.results.C.network.udpLossPct = 0.01;
  m.recommendations.workloads[0].services_below = 50;
  t = build("recommendations", m);
  assert.equal(latency().slice(1), [row(t, "Small and simple (under 50 Services)*")[1], "Lowest mean RTT measured: 3,000 µs"]);
  assert.is(udp()[2], "Lowest UDP loss measured: 0.01%");
  assert.is.not(udp()[1], row(build("recommendations", model()), "UDP-heavy (streaming, media, games)")[1], "the UDP pick moved to C");
  assert.is(row(t, "Needs network policies")[1], "C: Cilium without kube-proxy or D: Cilium in ENI mode");
});

test("profiles and aiml: words from locale keys named by data", () => {
  const m = model();
  m.recommendations.profiles[0].complexity = "high";
  m.aiml.workloads[2].relevance = "none";
  assert.is(row(build("profiles", m), "A: VPC CNI baseline")[2], "High");
  const a = build("aiml", m);
  assert.equal(row(a, "Batch inference").slice(1, 2), ["None"]);
  assert.match(row(a, "Multi-hop inference pipeline")[2], /Gateway → Router → vLLM → RAG → Vector DB/);
  assert.match(a.note!, /25–400 Gbps/);
});

test("verdict: each result is computed and each reading chosen by the data", () => {
  const m = model();
  let t = build("verdict", m);
  assert.equal(row(t, "TCP throughput").slice(1), ["12.34 to 12.41 Gbps in every scenario", "Every run reaches the 12.5 Gbps NIC limit: the network adapter, not the CNI, sets the ceiling", "None"]);
  assert.is(row(t, "HTTP p99 at QPS 1,000")[1], "8.75 ms (D) to 10.92 ms (A)");
  assert.is(row(t, "UDP loss")[3], "Feature");
  assert.match(row(t, "Service scaling")[1], /^\+26 µs \(\+16%\) per new connection at 1,000 Services/);
  m.results.B.network.tcpGbps = 9.5;
  m.results.E.network.udpLossPct = 30;
  t = build("verdict", m);
  assert.equal(row(t, "TCP throughput").slice(2), [`Scenarios differ by ${en.f.percent(d.spreadPercent([12.41, 9.5, 12.34, 12.41, 12.4]), 1)}`, "Performance"]);
  assert.equal(row(t, "UDP loss").slice(1), ["30.00% (E) against 0.69% (C)", "Loss varies by scenario; see the breakdown by configuration.", "Performance"]);
});

test("udp-loss-reasons: Bandwidth Manager and BBR state from scenarios + tuning, nothing else", () => {
  const m = model();
  let t = build("udp-loss-reasons", m);
  assert.equal(row(t, "E: Cilium in ENI mode with tuning").slice(1), ["0.03%", "native VPC routing", "On", "On"]);
  assert.equal(row(t, "B: Cilium with kube-proxy").slice(2), ["VXLAN overlay", "Off (default)", "Off (default)"]);
  assert.equal(row(t, "A: VPC CNI baseline").slice(3), ["not available (VPC CNI)", "not available (VPC CNI)"]);
  m.tuning.items.find((i) => i.id === "bbr")!.applied = false;
  t = build("udp-loss-reasons", m);
  assert.equal(row(t, "E: Cilium in ENI mode with tuning").slice(3), ["On", "Off (default)"]);
  assert.match(t.note!, /^iperf3 sent UDP at a target of 10 Gbps for 30 s/);
});

test("glossary: one row per term in data/glossary.yaml, technical names as written", () => {
  const m = model();
  const t = build("glossary", m);
  assert.is(t.rows.length, m.glossary.terms.length);
  assert.is(t.rows[0][0].text, "CNI");
  assert.is(lang("ko").t("glossary.overlay.term"), build("glossary", m, lang("ko")).rows.find((r) => r[1].text.startsWith("Pod 패킷"))![0].text);
});

test("compare: Metric | A | B | change with a caption from the scenario names; an unknown metric is named", () => {
  const m = model();
  const t = compareTable(m, en, "B", "C", ["tcp", "rtt", "dns_p99"]);
  assert.is(t.id, "compare-b-c-tcp-rtt-dns-p99");
  assert.is.not(compareTable(m, en, "B", "C", ["tcp"]).id, t.id, "two comparisons of the same pair on one page need distinct ids");
  assert.is(t.caption, "B: Cilium with kube-proxy compared with C: Cilium without kube-proxy");
  assert.equal(t.columns.map((c) => c.text), ["Metric", "B: Cilium", "C: no kube-proxy", "Change B→C"]);
  assert.equal(row(t, "Pod-to-Pod round-trip time (mean)").slice(1), ["4,955 µs", "5,092 µs", pct(4955, 5092, 1)]);
  assert.equal(row(t, "DNS lookup p99").slice(1), ["4 ms", "2 ms", pct(4, 2, 0)]);
  assert.is(t.rows[2][3].tone, "good");
  m.results.C.dns.p99Ms = 8;
  assert.is(row(compareTable(m, en, "B", "C", ["dns_p99"]), "DNS lookup p99")[3], pct(4, 8, 0));
  assert.throws(() => compareTable(m, en, "B", "C", ["latency"]), /unknown metric "latency"/);
});

test("ko and zh tables hold no English words outside technical names", () => {
  const m = model();
  for (const code of ["ko", "zh"]) {
    for (const id of Object.keys(REPORT_TABLES)) {
      const t = build(id, m, lang(code));
      const plain = [t.caption, t.note ?? "", ...[...t.columns, ...t.rows.flat()].filter((c) => !c.code).map((c) => c.text)].join("\n");
      assert.equal(strayEnglish(plain, m), [], `${code} ${id}`);
    }
    const c = compareTable(m, lang(code), "B", "C", ["tcp", "udp", "rtt", "p99_1000", "dns_p99"]);
    assert.equal(strayEnglish(texts(c).join("\n"), m), [], `${code} compare`);
  }
});

test("a missing locale key stops the table, naming the key and the language", () => {
  const m = model();
  for (const code of ["ko", "zh"]) {
    const base = lang(code);
    for (const [id, make] of Object.entries(REPORT_TABLES)) {
      const { i18n, used } = tracking(base);
      make(m, i18n);
      for (const key of used) {
        const broken = lang(code, (s) => s.delete(key));
        assert.throws(() => make(m, broken), (e: Error) => e.message.includes(`"${key}"`) && e.message.includes(`language ${code}`), `${id}: ${code} without ${key}`);
      }
    }
  }
});

test("markup in a locale string is shown as text in every table", () => {
  const m = model();
  for (const [id, make] of Object.entries(REPORT_TABLES)) {
    const { i18n, used } = tracking(en);
    make(m, i18n);
    const evil = lang("en", (s) => used.forEach((k) => s.set(k, `${s.get(k)}<script>alert(1)</script>`)));
    const html = renderTable(make(m, evil));
    assert.not.match(html, /<script/i, id);
    assert.match(html, /&lt;script&gt;/, id);
  }
});

test.run();
