// The report follows its data: change result figures in a project copy, rebuild, and every figure and derived claim
// on the page changes with them; data that contradicts a claim in the prose stops the build and names the claim.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadSite, type Site } from "../../lib/site/index.ts";
import { renderProse } from "../../lib/prose/render.ts";
import { buildCopy, copyProject, editJson, remove, ROOT } from "../helpers/fixture.ts";

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
  ["conclusion", "aiml-tip"],
  ["analysis", "finding-rtt"],
  ["analysis", "finding-udp"],
];

/** Facts the fixture must move: a figure, a change, a gap, a ranking, a group range and an estimate. */
const MOVED = ["rtt.A", "rtt.E", "rtt.change.A.E", "rtt.gap.A.E", "p99_1000.lowest", "p99_1000.min", "udp_loss.A", "udp_loss.group.high.range", "aiml.rtt_gap.chain"];

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\s+/g, " ");
const rendered = (site: Site, lang: string, section: string, part: string) =>
  renderProse(site.prose.get(lang)!.get(section)!.get(part)!, `${lang} ${section}#${part}`, site.facts.get(lang)!, site.model);

test("changed results change every figure, derived number and ranking the page shows", () => {
  const dir = copyProject();
  try {
    const before = loadSite(ROOT);
    const num = (path: string, get: (j: any) => number) => get(JSON.parse(readFileSync(join(ROOT, path), "utf8")));
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

/** Builds a copy after `edit` and returns the build output; the build must fail. */
function failingBuild(edit: (dir: string) => void): string {
  const dir = copyProject();
  try {
    edit(dir);
    const r = buildCopy(dir);
    assert.is.not(r.status, 0, "the build should fail");
    return r.out;
  } finally {
    remove(dir);
  }
}

test("data that contradicts a claim in the prose stops the build and names the claim and the passage", () => {
  // The p99 spikes at the high target load disappear: the passage explaining them no longer holds.
  const out = failingBuild((dir) => {
    for (const f of [A, C]) editJson(join(dir, f), (j) => (j.http.qps_5000.p99_ms = j.http.qps_max.p99_ms));
  });
  assert.match(out, /"http-anomaly"/);
  assert.match(out, /content\/\w+\/sections\/results\.md \(part http-anomaly\)/);
  assert.match(out, /rewrite that passage/);
});

test("a ranking the page states (E has the lowest RTT) stops the build when the data reorders it", () => {
  const rttE = JSON.parse(readFileSync(join(ROOT, E), "utf8")).network.mean_rtt_us;
  const out = failingBuild((dir) => editJson(join(dir, D), (j) => (j.network.mean_rtt_us = rttE - 100)));
  assert.match(out, /"e-lowest-rtt"/);
});

test.run();
