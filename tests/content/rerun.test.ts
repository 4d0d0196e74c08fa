// A new benchmark run publishes: two re-runs (tests/fixtures/reruns) replace the results in a project copy. Each builds
// in every language with its rankings and directions reworded, lists the passages it leaves out once, and fails in
// strict mode with that same list. Tests never read the live data/, so the suite passes whatever run is there.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { buildCopy, copyProject, remove, ROOT } from "../helpers/fixture.ts";

const RERUNS = join(ROOT, "tests/fixtures/reruns");
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\s+/g, " ");

function build(run: string, strict: boolean) {
  const dir = copyProject(join(RERUNS, run));
  try {
    const r = buildCopy(dir, { REPORT_STRICT: strict ? "1" : "" });
    const raw = r.status === 0 ? Object.fromEntries(["en", "ko", "zh"].map((l) => [l, readFileSync(join(r.site, l, "index.html"), "utf8")])) : {};
    const pages = Object.fromEntries(Object.entries(raw).map(([l, h]) => [l, text(h)]));
    return { ...r, raw, pages };
  } finally {
    remove(dir);
  }
}

const mild = build("mild", false);
const reversed = build("reversed", false);

test("both re-runs publish in default mode, in every language", () => {
  assert.is(mild.status, 0, mild.out);
  assert.is(reversed.status, 0, reversed.out);
  for (const r of [mild, reversed]) {
    for (const l of ["en", "ko", "zh"]) {
      assert.ok(r.pages[l].length > 10_000, `${l} page is there`);
      assert.not.match(r.raw[l], /class="left-out/, "preview marks never reach npm run build output");
    }
  }
});

test("rankings and directions are recomputed in each language's words (the VPC CNI ahead)", () => {
  const { en, ko, zh } = reversed.pages;
  assert.match(en, /A had the shortest mean round trip\./);
  assert.match(ko, /평균 왕복 시간은 A가 가장 짧았습니다\./);
  assert.match(zh, /其中 A 最短。/);
  assert.match(en, /A went highest\./);
  assert.match(en, /The lowest p99 was A's, 7\.42 ms\./);
  assert.match(en, /E's p99 was 8\.95 ms, 21% higher than in A and 6\.5% higher than in D\./);
  assert.match(ko, /E의 p99는 8\.95 ms로, A보다 21% 높았고, D보다 6\.5% 높았습니다\./);
  assert.match(zh, /E 的 p99 为 8\.95 ms，比 A 高 21%，比 D 高 6\.5%。/);
  assert.match(en, /UDP loss does not split the scenarios/);
  for (const stale of [/E had the shortest mean round trip/, /E went highest/, /fall into two groups/, /Feature gap/]) assert.not.match(en, stale);
});

test("a mild re-run keeps its findings and rewords the ones that moved", () => {
  const { en, ko, zh } = mild.pages;
  assert.match(en, /The lowest p99 was E's, 8\.64 ms\./);
  assert.match(en, /A went highest\./);
  assert.match(en, /p99 at 1,000 QPS fell 4\.2% \(9\.02 ms → 8\.64 ms\)\./);
  assert.match(ko, /HTTP p99는 9\.02 ms에서 8\.64 ms로 4\.2% 줄었습니다\./);
  assert.match(zh, /p99 下降 4\.2%（9\.02 ms → 8\.64 ms）。/);
  assert.match(en, /B, C, and E sent 7\.88–7\.95 Gbps and lost at most 1\.12%/);
  assert.not.match(en, /the tuning did not help tail latency/);
  assert.match(en, /Measured on November 20, 2026/);
});

test("the build lists every left-out passage once, with languages, part and the figures that broke it", () => {
  assert.match(mild.out, /5 passages \(15 across languages: en, ko, zh\)/);
  assert.match(mild.out, /part intro, paragraph 2\n {6}original-run/);
  assert.match(mild.out, /content\/\{en,ko,zh\}\/sections\/results\.md {2}part tuning-impact, paragraph 2\n {6}e-p99-above-d: .*\n {8}p99_1000: A 10\.40 ms, B 9\.95 ms, C 9\.20 ms, D 9\.02 ms, E 8\.64 ms/);
  assert.match(reversed.out, /12 passages \(36 across languages: en, ko, zh\)/);
  assert.match(reversed.out, /sections\/conclusion\.md {2}part intro, paragraph 1\n {6}udp-loss-follows-rate/);
  assert.match(reversed.out, /part closing, paragraph 2\n {6}e-lowest-rtt/);
  assert.match(reversed.out, /part http-anomaly, paragraph 1/);
});

test("strict mode fails on both re-runs with the same summary, and the shipped data passes it", () => {
  for (const run of ["mild", "reversed"]) {
    const r = build(run, true);
    assert.is.not(r.status, 0, `${run} should fail in strict mode`);
    const summary = (run === "mild" ? mild : reversed).out.split("\n").filter((l) => l.startsWith("  "));
    for (const line of summary) assert.ok(r.out.includes(line), `${run}: strict output lacks "${line.trim()}"`);
  }
});

test("no test reads the live data/, locales/ or prose: each loads the frozen fixture or a copy", () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== "fixtures") walk(p);
      } else if (f.endsWith(".ts") && !p.endsWith("helpers/fixture.ts") && !p.endsWith("helpers/fixture-update.ts")) {
        const src = readFileSync(p, "utf8");
        if (/ROOT,\s*["'`](data|locales|content)\b|loadSite\(ROOT\b|loadModel\(join\(ROOT|loadCatalog\(join\(ROOT/.test(src)) offenders.push(relative(ROOT, p));
      }
    }
  };
  walk(join(ROOT, "tests"));
  assert.equal(offenders, []);
});

test.run();
