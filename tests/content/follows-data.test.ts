// The report follows its data: change result figures in a project copy, rebuild, and every figure, ranking and
// direction on the page changes with them; a passage whose claim the data no longer supports is left out and listed
// (strict mode fails instead), and a ranking the data reorders is reworded, not dropped.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadSite, type Site } from "../../lib/site/index.ts";
import { renderProse } from "../../lib/prose/render.ts";
import { buildCopy, copyProject, editJson, remove, FIXTURE } from "../helpers/fixture.ts";

const A = "data/results/scenario-a-vpccni.json";
const C = "data/results/scenario-c-kpless.json";
const D = "data/results/scenario-d-eni.json";
const E = "data/results/scenario-e-eni-tuned.json";

/** Prose parts whose sentences rest on the figures the fixture changes. */
const PARTS: [string, string][] = [
  ["overview", "key-figures"],
  ["results", "rtt"],
  ["results", "throughput"],
  ["results", "http"],
  ["results", "tuning-impact"],
  ["analysis", "finding-rtt"],
  ["analysis", "finding-udp"],
];

/** Facts the fixture must move: a figure, a change, a gap, a ranking, a group range and an estimate. */
const MOVED = ["rtt.A", "rtt.E", "rtt.change.A.E", "rtt.change.D.E", "p99_1000.lowest", "p99_1000.min", "udp_loss.A", "udp_loss.group.high.range", "finding.p99_1000.lowest", "changes.tuning", "rtt.move.D.E"];

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\s+/g, " ");
const rendered = (site: Site, lang: string, section: string, part: string) =>
  renderProse(site.prose.get(lang)!.get(section)!.get(part)!, `${lang} ${section}#${part}`, site.facts.get(lang)!, site.model);

test("changed results change every figure, derived number and ranking the page shows", () => {
  const dir = copyProject();
  try {
    const before = loadSite(FIXTURE);
    const num = (path: string, get: (j: any) => number) => get(JSON.parse(readFileSync(join(FIXTURE, path), "utf8")));
    // Within what the claims allow: E stays lowest on RTT, A and D keep a high UDP loss, but every figure moves.
    const rttA = num(A, (j) => j.network.mean_rtt_us), rttE = num(E, (j) => j.network.mean_rtt_us);
    editJson(join(dir, A), (j) => {
      j.network.mean_rtt_us = Math.round(rttA * 0.96);
      j.network.udp_loss_percent = +(j.network.udp_loss_percent * 1.05).toFixed(2);
    });
    editJson(join(dir, E), (j) => (j.network.mean_rtt_us = Math.round(rttE * 0.92)));
    // C now has the lowest p99 at the low load, below D's.
    const p99D = num(D, (j) => j.http.qps_1000.p99_ms);
    editJson(join(dir, C), (j) => (j.http.qps_1000.p99_ms = +(p99D * 0.97).toFixed(2)));

    const r = buildCopy(dir);
    assert.is(r.status, 0, r.out);
    const after = loadSite(dir);
    assert.is(after.facts.get("en")!.get("p99_1000.lowest"), "C", "the fixture makes C the lowest p99");

    for (const lang of after.catalog.byCode.keys()) {
      const page = readFileSync(join(r.site, lang, "index.html"), "utf8");
      const pageText = text(page);
      for (const name of MOVED) {
        const was = before.facts.get(lang)!.get(name)!, now = after.facts.get(lang)!.get(name)!;
        assert.is.not(now, was, `${lang}: ${name} did not change (${now})`);
        assert.ok(pageText.includes(now), `${lang}: the page does not show ${name} = ${now}`);
      }
      for (const [section, part] of PARTS) {
        const old = rendered(before, lang, section, part), fresh = rendered(after, lang, section, part);
        assert.is.not(fresh, old, `${lang} ${section}#${part} reads the same with different data`);
        assert.ok(page.includes(fresh), `${lang}: ${section}#${part} is not on the page as rendered from the new data`);
        assert.not.ok(page.includes(old), `${lang}: ${section}#${part} still shows the old figures`);
      }
    }
  } finally {
    remove(dir);
  }
});

/** Builds a copy after `edit`, in default or strict mode, and returns the result with the English page's text. */
function buildEdited(edit: (dir: string) => void, strict: boolean): { status: number; out: string; en: string } {
  const dir = copyProject();
  try {
    edit(dir);
    const r = buildCopy(dir, { REPORT_STRICT: strict ? "1" : "" });
    const en = r.status === 0 ? text(readFileSync(join(r.site, "en", "index.html"), "utf8")) : "";
    return { status: r.status, out: r.out, en };
  } finally {
    remove(dir);
  }
}

// The p99 spikes at the high target load disappear: the passage explaining them no longer holds.
const noSpikes = (dir: string) => {
  for (const f of [A, C]) editJson(join(dir, f), (j) => (j.http.qps_5000.p99_ms = j.http.qps_max.p99_ms));
};

test("a passage the data no longer supports is left out, with its callout heading, and listed with the figures", () => {
  const before = text(readFileSync(join(buildOnce(), "en", "index.html"), "utf8"));
  assert.match(before, /At the 5,000 QPS target, more than any scenario could deliver, p99 shot up/, "the shipped page has the passage");
  assert.match(before, /The spikes at the high target load/, "and its callout heading");
  const r = buildEdited(noSpikes, false);
  assert.is(r.status, 0, r.out);
  assert.not.match(r.en, /p99 shot up/);
  assert.not.match(r.en, /The spikes at the high target load/, "the callout's heading went with its part");
  assert.match(r.out, /content\/\{en,ko,zh\}\/sections\/results\.md {2}part http-anomaly, paragraph 1/);
  assert.match(r.out, /http-anomaly: at least one scenario's p99/);
  assert.match(r.out, /p99_5000: A 28\.07 ms/, "the summary shows the figures that broke the claim");
  assert.match(r.out, /left out of the pages/);
});

test("strict mode fails on the same passages with the same summary, before anything is written", () => {
  const r = buildEdited(noSpikes, true);
  assert.is.not(r.status, 0);
  assert.match(r.out, /1 passage \(3 across languages: en, ko, zh\)/);
  assert.match(r.out, /part http-anomaly/);
  assert.match(r.out, /Strict mode/);
  assert.match(r.out, /was left as it was/);
});

test("a ranking the data reorders is reworded, not dropped: D with the lowest RTT", () => {
  const rttE = JSON.parse(readFileSync(join(FIXTURE, E), "utf8")).network.mean_rtt_us;
  const r = buildEdited((dir) => editJson(join(dir, D), (j) => (j.network.mean_rtt_us = rttE - 100)), false);
  assert.is(r.status, 0, r.out);
  assert.match(r.en, /D had the shortest mean round trip\./);
  assert.not.match(r.en, /E had the shortest mean round trip/);
  // The value moved with it, in the D → E sentence.
  assert.match(r.en, new RegExp(`mean round-trip time rose [\\d.]+% \\(${(rttE - 100).toLocaleString("en-US")} µs → `));
  assert.match(r.out, /e-lowest-rtt: scenario E has the lowest mean RTT/, "the explanation that rests on E being lowest is listed");
});

test("a throughput above the NIC limit in data/environment.yaml warns naming both files; strict mode fails on it", () => {
  const faster = (dir: string) => editJson(join(dir, A), (j) => (j.network.udp_throughput_gbps = 12.6));
  const loose = buildEdited(faster, false);
  assert.is(loose.status, 0, loose.out);
  assert.match(loose.out, /data\/results\/scenario-a-vpccni\.json: network\.udp_throughput_gbps: 12\.6 Gbps is above the NIC limit of 12\.5 Gbps in data\/environment\.yaml/);
  const strict = buildEdited(faster, true);
  assert.is.not(strict.status, 0);
  assert.match(strict.out, /Data warnings:\n {2}data\/results\/scenario-a-vpccni\.json: network\.udp_throughput_gbps/);
});

let site: string | undefined;
/** The unchanged fixture, built once for the comparisons above. */
function buildOnce(): string {
  if (site) return site;
  const dir = copyProject();
  const r = buildCopy(dir);
  assert.is(r.status, 0, r.out);
  process.on("exit", () => remove(dir));
  return (site = r.site);
}

test.run();
