// Run history on the site: a project copy with the shipped run moved to data/history and another run in data/results
// builds the "since the previous run" section, the change chart's page, embed and files, and the runs downloads in
// every language; with three runs the trend chart appears. Expected sentences are computed from the same model, so a
// translator's rewording changes nothing here.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel } from "../../lib/data/load.ts";
import type { Model } from "../../lib/data/model.ts";
import { leadMove, metricMoves } from "../../lib/history/compare.ts";
import { moveSentence } from "../../lib/history/words.ts";
import { esc } from "../../lib/html.ts";
import { buildCopy, copyProject, remove, ROOT } from "../helpers/fixture.ts";
import { siteBuild } from "../site/build.ts";
import { i18n, LANGS } from "../charts/setup.ts";

const RERUNS = join(ROOT, "tests/fixtures/reruns");

function build(results: string, history: Record<string, string>) {
  const dir = copyProject(results, history);
  try {
    const model = loadModel(join(dir, "data"), dir);
    const r = buildCopy(dir, { REPORT_STRICT: "" });
    const read = (p: string) => (existsSync(join(r.site, p)) ? readFileSync(join(r.site, p), "utf8") : null);
    const files = ["en", "ko", "zh"].flatMap((l) => [`${l}/index.html`, `${l}/charts/run-change/index.html`, `${l}/embed/run-change/index.html`, `${l}/charts/run-change.svg`, `${l}/charts/run-change.vl.json`, `${l}/charts/run-trend/index.html`, `${l}/embed/run-trend/index.html`]);
    const got = Object.fromEntries([...files, "data/runs.csv", "data/runs.json", "data/charts/run-change.csv", "data/charts/run-trend.csv", "sitemap.xml"].map((p) => [p, read(p)]));
    return { ...r, model, got };
  } finally {
    remove(dir);
  }
}

const two = build(join(RERUNS, "mild"), { "2026-02-09": "shipped" });
const three = build(join(RERUNS, "reversed"), { "2026-02-09": "shipped", "2026-11-20": join(RERUNS, "mild") });

const section = (html: string) => html.slice(html.indexOf('<section id="history"'), html.indexOf("</section>", html.indexOf('<section id="history"')));

test("both histories build", () => {
  assert.is(two.status, 0, two.out);
  assert.is(three.status, 0, three.out);
});

test("the section stands after the results in every language, in the contents, with its computed lead sentence", () => {
  for (const lang of LANGS) {
    const html = two.got[`${lang}/index.html`]!;
    assert.ok(html.indexOf('<section id="results"') < html.indexOf('<section id="history"'), lang);
    assert.ok(html.indexOf('<section id="history"') < html.indexOf('<section id="conclusion"'), lang);
    assert.match(html, /<li><a href="#history">/);
    const lead = moveSentence(i18n(lang), leadMove(metricMoves(two.model))!);
    assert.ok(section(html).includes(`<p class="history-lead">${esc(lead)}</p>`), `${lang}: lead sentence`);
    assert.ok(section(html).includes('id="chart-run-change"'), lang);
    assert.not.ok(section(html).includes('id="chart-run-trend"'), `${lang}: no trend with two runs`);
    assert.ok(section(html).includes("/data/runs.csv"), `${lang}: downloads linked`);
  }
});

test("the change chart has its page, embed, SVG and spec in every language; the sitemap lists the page", () => {
  for (const lang of LANGS) {
    for (const f of ["charts/run-change/index.html", "embed/run-change/index.html", "charts/run-change.svg", "charts/run-change.vl.json"]) assert.ok(two.got[`${lang}/${f}`], `${lang}/${f}`);
    assert.is(two.got[`${lang}/charts/run-trend/index.html`], null);
    const svg = two.got[`${lang}/charts/run-change.svg`]!;
    assert.match(svg, new RegExp(`<title id="chart-run-change-${lang}-title">${esc(i18n(lang).t("chart.run-change.title")).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</title>`));
  }
  assert.match(two.got["sitemap.xml"]!, /\/en\/charts\/run-change\//);
});

test("runs.csv holds every run's figures in long form; the chart extract only the two runs it draws", () => {
  const csv = two.got["data/runs.csv"]!.trim().split(/\r?\n/);
  assert.is(csv[0], "run,date,scenario,metric,value,unit,source_file");
  assert.is(csv.length - 1, 2 * 5 * 13);
  assert.ok(csv.includes("2026-02-09,2026-02-09,A,rtt,4894,us,data/history/2026-02-09/scenario-a-vpccni.json"));
  assert.ok(csv.includes("current,2026-11-20,A,rtt,4710,us,data/results/scenario-a-vpccni.json"));
  assert.ok(csv.includes("current,2026-11-20,B,udp_loss,1.12,percent,data/results/scenario-b-cilium-kp.json"));
  const json = JSON.parse(two.got["data/runs.json"]!);
  assert.is(json.rows?.length ?? json.data?.length, 130);
  const extract = three.got["data/charts/run-change.csv"]!.trim().split(/\r?\n/);
  assert.is(extract.length - 1, 2 * 5 * 6, "previous and current run, six metrics");
  assert.not.ok(extract.some((l) => l.startsWith("2026-02-09,")), "the oldest run is not in the change chart");
});

test("three runs add the trend chart, its page and embed, in every language", () => {
  for (const lang of LANGS) {
    assert.ok(section(three.got[`${lang}/index.html`]!).includes('id="chart-run-trend"'), lang);
    assert.ok(three.got[`${lang}/charts/run-trend/index.html`], lang);
    assert.ok(three.got[`${lang}/embed/run-trend/index.html`], lang);
  }
  assert.is(three.got["data/runs.csv"]!.trim().split(/\r?\n/).length - 1, 3 * 5 * 13);
  assert.is(three.got["data/charts/run-trend.csv"]!.trim().split(/\r?\n/).length - 1, 3 * 5 * 6);
});

test("without data/history the site has no trace of it: no section, contents entry, chart, page or download", () => {
  const b = siteBuild();
  if ("error" in b) assert.unreachable(b.error);
  const site = (b as { site: string }).site;
  for (const lang of LANGS) {
    const html = readFileSync(join(site, lang, "index.html"), "utf8");
    assert.not.match(html, /id="history"|href="#history"|chart-run-(change|trend)|runs\.csv/, lang);
    assert.not.ok(existsSync(join(site, lang, "charts/run-change")), `${lang}: no run-change page`);
  }
  assert.not.ok(existsSync(join(site, "data/runs.csv")));
  assert.not.match(readFileSync(join(site, "sitemap.xml"), "utf8"), /run-change|run-trend/);
});

test.run();
