import { test } from "uvu";
import * as assert from "uvu/assert";
import * as d from "../../lib/derive/index.ts";
import { BLOCKS } from "../../lib/blocks/registry.ts";
import { registerBlocks, registerCompare } from "../../lib/eleventy/blocks.ts";
import type { I18n } from "../../lib/i18n/index.ts";
import type { Site } from "../../lib/site/index.ts";
import { LANGS, lang, model } from "../tables/lang.ts";
import { strayEnglish } from "../tables/words.ts";
import { tracking } from "../helpers/tracking.ts";
import { historyModel } from "../charts/setup.ts";

const en = lang("en");
/** The data a block is built from: the history block needs an earlier run (the shipped data has none). */
const modelOf = (id: string) => (id === "history" ? structuredClone(historyModel) : model());
const html = (id: string, m = model(), i18n: I18n = en) => BLOCKS[id](m, i18n);
const pct = (from: number, to: number, digits: number) => en.f.percent(d.percentChange(from, to), digits, true);
const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
/** The words a reader meets: text outside tags and code, plus aria-labels. */
const readable = (h: string) =>
  decode([...h.matchAll(/aria-label="([^"]*)"/g)].map((x) => x[1]).join("\n") + "\n" + h.replace(/<code>[\s\S]*?<\/code>/g, " ").replace(/<[^>]+>/g, " "));
const text = (h: string) => readable(h).replace(/\s+/g, " ");


test("every block builds in every language with balanced list and figure tags", () => {
  for (const id of Object.keys(BLOCKS)) {
    for (const code of LANGS) {
      const h = html(id, modelOf(id), lang(code));
      assert.ok(h.startsWith("<"), `${id} ${code}`);
      for (const tag of ["ul", "ol", "li", "figure", "div", "p", "dl"]) {
        const open = (h.match(new RegExp(`<${tag}[\\s>]`, "g")) ?? []).length;
        const close = (h.match(new RegExp(`</${tag}>`, "g")) ?? []).length;
        assert.is(open, close, `${id} ${code}: <${tag}> ${open} opened, ${close} closed`);
      }
    }
  }
});

test("conclusion-cards: figures computed from data; the RTT card sets the loaded-connection mean beside HTTP p50", () => {
  const m = model();
  let t = text(html("conclusion-cards", m));
  assert.match(t, /≈ Same TCP throughput 12\.34 to 12\.41 Gbps in every scenario, at the network adapter's 12\.5 Gbps limit/);
  assert.match(t, new RegExp(`${pct(4894, 3135, 0)} RTT Round trip on a busy connection Mean RTT 4,894 µs \\(A\\) → 3,135 µs \\(E\\)`));
  assert.match(t, /An HTTP request at 1,000 QPS saw a median of 4\.39 ms → 4\.21 ms/);
  // Never a "feature gap": B and C lost under 1% without Bandwidth Manager, and the card says so (the audit).
  assert.match(t, /0\.03% to 20\.42% UDP loss UDP loss ranged from 0\.03% \(E\) to 20\.42% \(D\) under an iperf3 push of 10 Gbps\. B and C lost little too, without Bandwidth Manager\./);
  assert.not.match(t, /Feature gap/);
  // "Only in Cilium" counts features the VPC CNI lacks entirely; the 4 it has in part are counted apart (the audit).
  assert.match(t, /2 of 11 network-policy features exist only in Cilium and 4 more only in part in the VPC CNI/);
  assert.not.match(t, /hops|would wait/, "no loaded-connection mean multiplied by hops");
  m.results.E.network.meanRttUs = 2000;
  m.results.E.http.qps1000.p50Ms = 4.05;
  t = text(html("conclusion-cards", m));
  assert.match(t, new RegExp(`${pct(4894, 2000, 0)} RTT`));
  assert.match(t, /4\.39 ms → 4\.05 ms/);
});

test("conclusion-cards: a card whose usual reading no longer holds says what the data shows instead", () => {
  let m = model();
  m.results.B.network.tcpGbps = 9;
  let t = text(html("conclusion-cards", m));
  assert.not.match(t, /≈ Same|On throughput the two CNIs land close together/);
  assert.match(t, /Beyond the figures, what sets the two apart/);
  assert.match(t, /27\.5% apart TCP throughput 9\.00 to 12\.41 Gbps across the scenarios; the network adapter allows 12\.5 Gbps\./);
  m = model();
  m.results.C.network.udpLossPct = 0.01;
  t = text(html("conclusion-cards", m));
  assert.not.match(t, /Feature gap/);
  assert.match(t, /0\.01% to 20\.42% UDP loss UDP loss ranged from 0\.01% \(C\) to 20\.42% \(D\) under an iperf3 push of 10 Gbps\./);
  // No heavy loss anywhere: not a feature gap, and nothing said about Bandwidth Manager that the data does not show.
  m = model();
  for (const s of ["A", "D"] as const) m.results[s].network.udpLossPct = 0.5;
  t = text(html("conclusion-cards", m));
  assert.not.match(t, /Feature gap/);
  assert.match(t, /A, B, C, and D lost little too, without Bandwidth Manager\./);
  m = model();
  m.results.A.network.meanRttUs = 3000;
  assert.match(text(html("conclusion-cards", m)), new RegExp(`\\${pct(3000, 3135, 1)} RTT`), "an RTT that rose is shown with its sign");
});

test("key-figures: baseline against the tuned scenario, E's own p99, change computed and toned", () => {
  const m = model();
  let h = html("key-figures", m);
  assert.match(text(h), /Key figures: A: VPC CNI baseline → E: Cilium in ENI mode with tuning/);
  assert.match(text(h), new RegExp(`HTTP p99 at QPS 1,000 ${pct(10.92, 9.89, 1).replace(/[+]/g, "\\+")} A 10\\.92 ms → changed to E 9\\.89 ms`));
  assert.not.match(h, /8\.75 ms/, "E's p99 is its own, not D's");
  assert.match(h, new RegExp(`class="blk-kpi-change tone-good">${pct(4894, 3135, 0)}<`));
  assert.match(h, /class="blk-kpi-change">−0\.1%</, "a change under 1 % gets no colour");
  m.results.E.http.qps1000.p99Ms = 12.5;
  h = html("key-figures", m);
  assert.match(h, new RegExp(`class="blk-kpi-change tone-bad">\\${pct(10.92, 12.5, 0)}<`));
});

test("dataplane: stacks built from scenarios + tuning, changes between neighbours, best figures marked", () => {
  const m = model();
  let t = text(html("dataplane", m));
  assert.match(t, /A VPC CNI baseline The baseline/);
  assert.match(t, /Changed from B: kube-proxy iptables \(kube-proxy\) → eBPF \(kube-proxy replaced\)/);
  // E applies 8 items; D's script already set native routing and Hubble off, and its kube-proxy replacement brings
  // socket LB: 5 are new (the audit of the scripts, ../shared/reference/reviews/facts-en.md).
  assert.match(t, /Changed from D: tuning: 5 items added/);
  assert.is(t.match(/eBPF Service maps plus socket-level load balancing at connect\(\)/g)?.length, 3, "C, D and E replace kube-proxy, so all three balance at connect()");
  assert.match(t, /Cilium agent: BPF host routing, BPF masquerading, Bandwidth Manager, BBR congestion control, Larger connection-tracking tables, Hubble turned off/);
  assert.match(t, /B Cilium with kube-proxy .*?Cilium agent: Hubble turned off/);
  assert.match(t, /3,135 µs lowest/);
  assert.match(t, /8\.75 ms lowest/);
  m.results.C.network.meanRttUs = 1000;
  // Without kube-proxy replacement in D's settings, D has no socket LB and E's tuning adds it: 6 items new.
  const d = m.scenarios.find((s) => s.id === "D")!;
  d.helm = d.helm.filter((v) => v !== "kubeProxyReplacement=true");
  t = text(html("dataplane", m));
  assert.match(t, /1,000 µs lowest/);
  assert.not.match(t, /3,135 µs lowest/);
  assert.is(t.match(/socket-level load balancing at connect/g)?.length, 2);
  assert.match(t, /tuning: 6 items added/);
});

test("packet-path: rule counts and the eBPF change from the scaling data; sources from data/references.yaml", () => {
  const m = model();
  let h = html("packet-path", m);
  assert.match(text(h), /99 NAT rules at 4 Services, 10,059 at 1,000 \(scenario A\)/);
  // The direction in words, the size without a sign (3.94 ms → 3.64 ms is 7.6% lower).
  assert.match(text(h), /HTTP p99 fell 7\.6% from 4 to 104 Services/);
  assert.match(h, /href="https:\/\/docs\.cilium\.io\/en\/stable\/network\/ebpf\/lifeofapacket\.html"/);
  m.kubeProxyScaling.keepalive[2].nat_rules = 20000;
  assert.match(text(html("packet-path", m)), /20,000 at 1,000/);
  m.references.links = m.references.links.filter((l) => l.id !== "cilium-kpr");
  assert.throws(() => html("packet-path", m), /block packet-path: data\/references\.yaml has no link with id "cilium-kpr"/);
});

test("routing: which scenarios use overlay, native and ENI IPAM comes from data; the RTT difference is measured", () => {
  const m = model();
  let t = text(html("routing", m));
  assert.match(t, /VXLAN overlay Used in: B, C/);
  assert.match(t, /Native routing Used in: A, D, E/);
  assert.match(t, /ENI IPAM through the Cilium operator Used in: D, E/);
  assert.match(t, new RegExp(`mean RTT 5,092 µs with the overlay \\(C\\) against 4,453 µs with native routing \\(D\\), ${pct(5092, 4453, 0)}`));
  m.scenarios.find((s) => s.id === "B")!.routing = "native";
  m.results.D.network.meanRttUs = 6000;
  t = text(html("routing", m));
  assert.match(t, /VXLAN overlay Used in: C /);
  assert.match(t, /against 6,000 µs with native routing \(D\)/);
});

test("references: every link of data/references.yaml plus the source repository, licence and scripts", () => {
  const m = model();
  const h = html("references", m);
  for (const l of m.references.links) assert.ok(h.includes(`href="${l.url}"`), l.id);
  assert.match(h, /href="https:\/\/github\.com\/devfloor9\/engineering-playbook">devfloor9\/engineering-playbook: the benchmark/);
  assert.match(text(h), /MIT licence/);
  m.references.links[0].url = "https://example.org/a?b=1&c=\"x\"";
  assert.match(html("references", m), /href="https:\/\/example\.org\/a\?b=1&amp;c=&quot;x&quot;"/);
});

test("ko and zh blocks hold no English words outside technical names", () => {
  const m = model();
  for (const code of ["ko", "zh"]) {
    for (const id of Object.keys(BLOCKS)) {
      // Link titles name the pages in the reader's language; the publisher names stay as written.
      assert.equal(strayEnglish(readable(html(id, m, lang(code))), m), [], `${code} ${id}`);
    }
  }
});

test("a missing locale key stops the block, naming the key and the language", () => {
  const m = model();
  for (const code of ["ko", "zh"]) {
    for (const [id, make] of Object.entries(BLOCKS)) {
      const { i18n, used } = tracking(lang(code));
      make(m, i18n);
      for (const key of used) {
        assert.throws(() => make(m, lang(code, (s) => s.delete(key))), (e: Error) => e.message.includes(`"${key}"`) && e.message.includes(`language ${code}`), `${id}: ${code} without ${key}`);
      }
    }
  }
});

test("markup in a locale string is shown as text in every block", () => {
  for (const [id, make] of Object.entries(BLOCKS)) {
    const m = modelOf(id);
    const { i18n, used } = tracking(en);
    make(m, i18n);
    const h = make(m, lang("en", (s) => used.forEach((k) => s.set(k, `${s.get(k)}<script>alert(1)</script><b title="x">`))));
    assert.not.match(h, /<script|<b /i, id);
    assert.match(h, /&lt;script&gt;/, id);
  }
});

test("history: empty without an earlier run; a run.yaml note is shown as text", () => {
  assert.is(html("history", model()), "");
  const m = modelOf("history");
  m.history[0].meta.notes = { en: "<img src=x onerror=alert(1)> kernel 6.1" };
  const h = html("history", m);
  assert.not.match(h, /<img/);
  assert.match(h, /&lt;img src=x onerror=alert\(1\)&gt; kernel 6\.1/);
});

test("shortcodes: {% htmlblock %} and {% compare %} render in the page's language; unknown ids and metrics are named", () => {
  const codes = new Map<string, (...args: string[]) => string>();
  const config = { addShortcode: (name: string, fn: (...args: string[]) => string) => codes.set(name, fn) };
  const m = model();
  const site = { model: m, i18n: (c: string) => lang(c) } as unknown as Site;
  registerBlocks(config, () => site);
  registerCompare(config, () => site);
  const ko = { page: { lang: "ko", url: "/ko/" } };
  assert.match(codes.get("htmlblock")!.call(ko, "key-figures"), /핵심 수치/);
  assert.throws(() => codes.get("htmlblock")!.call(ko, "nope"), /unknown block "nope"; known: conclusion-cards/);
  const table = codes.get("compare")!.call({ page: { lang: "en" } }, "B", "C", "tcp, rtt");
  assert.match(table, /<caption>B: Cilium with kube-proxy compared with C: Cilium without kube-proxy<\/caption>/);
  assert.match(table, new RegExp(`<td class="num tone-bad">${pct(4955, 5092, 1).replace("+", "\\+")}</td>`));
  assert.throws(() => codes.get("compare")!.call(ko, "B", "F", "tcp"), /\{% compare "B", "F", "tcp" %\}: unknown scenario "F"/);
  assert.throws(() => codes.get("compare")!.call(ko, "B", "C", "tcp,speed"), /\{% compare "B", "C", "tcp,speed" %\}: unknown metric "speed"/);
});

test.run();
