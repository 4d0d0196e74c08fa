// The {% chart %} markup (lib/eleventy/charts.ts): a figure with the static SVG, the finding, a button that only
// script reveals, URLs already carrying the path prefix, and the data table.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { chartFigure, chartFiles, vegaBundlePath } from "../../lib/eleventy/charts.ts";
import { readDeploy } from "../../lib/eleventy/env.ts";
import { prerenderCharts, renderedChart } from "../../lib/render/index.ts";
import { interpreterScript, vegaBundle } from "../../lib/render/bundle.ts";
import { LANGS, i18n, model } from "./setup.ts";
import { chartSource } from "../../lib/charts/sources.ts";

await prerenderCharts(model, LANGS.map(i18n));

test("a figure holds both drawings, the finding, a hidden button with prefixed URLs, and the data table", () => {
  const ko = i18n("ko");
  const html = chartFigure(renderedChart(model, ko, "rtt"), ko, readDeploy({ PATH_PREFIX: "/cni-report/" }));
  assert.match(html, /^<figure id="chart-rtt" class="chart" data-chart="rtt"><div class="chart-view"><div class="chart-layout chart-wide" style="--w:\d+px"><svg [^>]*aria-labelledby="chart-rtt-ko-title"/);
  assert.match(html, /<\/svg><\/div><div class="chart-layout chart-narrow" style="--w:\d+px"><svg [^>]*aria-labelledby="chart-rtt-ko-narrow-title"[\s\S]*<\/svg><\/div><\/div>/);
  assert.match(html, /<button type="button" class="chart-live" data-chart-live hidden data-spec="\/cni-report\/ko\/charts\/rtt\.vl\.json" data-spec-narrow="\/cni-report\/ko\/charts\/rtt\.narrow\.vl\.json" data-lib="\/cni-report\/assets\/vendor\/vega-[0-9a-f]{10}\.js"/);
  assert.match(html, />인터랙티브 차트<\/button>/);
  assert.match(html, /<details class="chart-data"><summary>이 차트의 데이터<\/summary><div class="table-wrap"/);
  assert.match(html, /<figcaption><span class="chart-title">Pod 간 왕복 시간\(평균\)<\/span> <span class="chart-finding">평균 왕복 시간은 E가/);
  assert.match(html, /<\/figcaption><\/figure>$/);
  assert.match(html, /data-actions="\{&quot;CLICK_TO_VIEW_ACTIONS&quot;:&quot;차트 저장&quot;/);
});

test("every figure says where its figures come from: the run's result files, or the original page with a link", () => {
  const en = i18n("en");
  const rtt = chartFigure(renderedChart(model, en, "rtt"), en, readDeploy({}));
  assert.ok(rtt.includes(`<span class="chart-source">${en.t("chart.source.results", { date: "February 9, 2026" })}</span></figcaption>`), rtt.slice(-400));
  const svc = chartFigure(renderedChart(model, en, "service-scaling"), en, readDeploy({}));
  assert.ok(svc.includes(`<span class="chart-source">${en.t("chart.source.original")} <a href="${model.report.source.report_url}">`), svc.slice(-400));
  const m = structuredClone(model);
  m.runDate = "2026-11-20";
  assert.match(chartSource(m, en, "dns").text, /November 20, 2026/, "a re-run brings its own date");
});

test("without a prefix the URLs are root-relative", () => {
  const en = i18n("en");
  const html = chartFigure(renderedChart(model, en, "dns"), en, readDeploy({}));
  assert.match(html, /data-spec="\/en\/charts\/dns\.vl\.json" data-spec-narrow="\/en\/charts\/dns\.narrow\.vl\.json" data-lib="\/assets\/vendor\/vega-/);
  assert.match(html, />Interactive chart<\/button>/);
});

test("the button has a label in every language", () => {
  for (const lang of LANGS) {
    const html = chartFigure(renderedChart(model, i18n(lang), "max-qps"), i18n(lang), readDeploy({}));
    assert.match(html, new RegExp(`>${i18n(lang).t("chart.interactive")}</button>`));
    assert.ok(i18n(lang).t("chart.interactive").trim().length > 1);
  }
});

test("chart files: an SVG and a spec per chart, language and layout, and the bundle", () => {
  const files = chartFiles(model, LANGS);
  assert.is(files.filter((f) => f.kind === "svg").length, 9 * LANGS.length * 2);
  assert.is(files.filter((f) => f.kind === "vl.json").length, 9 * LANGS.length * 2);
  assert.ok(files.some((f) => f.path === "/zh/charts/kube-proxy-scaling.vl.json" && f.layout === "wide"));
  assert.ok(files.some((f) => f.path === "/zh/charts/kube-proxy-scaling.narrow.vl.json" && f.layout === "narrow"));
  assert.ok(files.some((f) => f.path === vegaBundlePath()));
});

test("the bundle wraps vega-interpreter for the browser and carries every library", () => {
  const js = interpreterScript();
  assert.not.match(js, /^\s*(import|export)\s/m);
  assert.match(js, /window\.vegaInterpreter = \{ expressionInterpreter: expression \}/);
  const bundle = vegaBundle();
  assert.match(bundle.slice(0, 200), /vega 6\.\d+\.\d+, vega-lite 6\.\d+\.\d+, vega-interpreter \d+\.\d+\.\d+, vega-embed 7\.\d+\.\d+/);
  assert.ok(bundle.includes("vegaEmbed") && bundle.includes("vegaLite"));
  assert.not.match(bundle, /sourceMappingURL/);
});

test.run();
