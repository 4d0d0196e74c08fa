// Static SVGs: one per chart and language, each with a title and description; stable bytes; unique, stable ids.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CHARTS, chartIds } from "../../lib/charts/index.ts";
import { prerenderCharts, renderChart, renderedChart } from "../../lib/render/index.ts";
import { finishSvg, renderSvg, renumberIds } from "../../lib/render/svg.ts";
import { unwrapGroups } from "../../lib/render/tidy.ts";
import { LANGS, i18n, model } from "../charts/setup.ts";
import { LAYOUT_MAX } from "../../lib/charts/layout.ts";
import type { TopLevelSpec } from "../../lib/charts/spec.ts";
import { svgSize } from "../../lib/embed/code.ts";

const languages = LANGS.map(i18n);
await prerenderCharts(model, languages);

// The shipped data has no history, so the history charts are drawn in tests/content/history-site.test.ts.
for (const id of chartIds(model)) {
  for (const lang of LANGS) {
    test(`${id} (${lang}): an SVG with role="img", its title and its finding as desc`, () => {
      const r = renderedChart(model, i18n(lang), id);
      const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
      assert.match(r.svg, /^<svg [^>]*role="img"/);
      assert.match(r.svg, new RegExp(`aria-labelledby="chart-${id}-${lang}-title"`));
      assert.ok(r.svg.includes(`<title id="chart-${id}-${lang}-title">${esc(i18n(lang).t(CHARTS[id].titleKey))}</title>`));
      assert.ok(r.svg.includes(`<desc id="chart-${id}-${lang}-desc">${esc(CHARTS[id].finding(model, i18n(lang)))}</desc>`));
      assert.match(r.svg, /<text/);
      // vega's English ARIA sentences are off: the localized title and desc speak for the chart.
      assert.not.match(r.svg, /aria-label=|aria-roledescription/);
      for (const m of r.svg.matchAll(/\sid="([^"]+)"/g)) assert.ok(m[1].startsWith(`chart-${id}-${lang}-`), m[1]);
    });

    test(`${id} (${lang}): each layout stays within its width, the narrow one in one column of panels`, () => {
      const r = renderedChart(model, i18n(lang), id);
      const wide = svgSize(r.svg).width;
      const narrow = svgSize(r.narrow.svg).width;
      assert.ok(narrow <= LAYOUT_MAX.narrow, `narrow drawing is ${narrow} px wide, more than ${LAYOUT_MAX.narrow}: at 360 px its 12 px labels would shrink below 11 px`);
      assert.ok(wide <= LAYOUT_MAX.wide, `wide drawing is ${wide} px wide, more than ${LAYOUT_MAX.wide}`);
      assert.ok(wide > narrow, `wide ${wide} px, narrow ${narrow} px`);
      assert.ok(r.narrow.svg.includes(`<title id="chart-${id}-${lang}-narrow-title">`));
      assert.is((r.narrow.spec as { columns?: number }).columns ?? 1, 1);
    });
  }
}

test("renderChart draws each chart once per language and returns the same result", async () => {
  const a = await renderChart(model, i18n("ko"), "rtt");
  const b = await renderChart(model, i18n("ko"), "rtt");
  assert.is(a, b);
  assert.is.not(await renderChart(model, i18n("zh"), "rtt"), a);
});

test("two renders of a chart are byte-identical, whatever was rendered in between", async () => {
  // The report's charts carry no clip paths today; stacked bars with rounded ends do, numbered from vega's counter.
  const spec = {
    data: { values: [{ c: "a", s: "x", v: 1 }, { c: "a", s: "y", v: 2 }, { c: "b", s: "x", v: 3 }] },
    mark: { type: "bar", cornerRadiusEnd: 2, clip: true },
    encoding: { x: { field: "v", type: "quantitative" }, y: { field: "c", type: "nominal" }, color: { field: "s", type: "nominal" } },
  } as TopLevelSpec;
  const labels = { idPrefix: "chart-kube-proxy-scaling-zh", title: "t", desc: "d" };
  const first = await renderSvg(spec, labels);
  await renderSvg(CHARTS.throughput.build(model, i18n("en")), { idPrefix: "x", title: "t", desc: "d" });
  const second = await renderSvg(spec, labels);
  assert.ok(first === second, "the second render differs from the first");
  assert.match(first, /clip-path="url\(#chart-kube-proxy-scaling-zh-1\)"/);
});

test("ids are renumbered in order of appearance and references follow", () => {
  const raw = '<svg><clipPath id="clip7"><rect/></clipPath><g clip-path="url(#clip7)"/><clipPath id="clip12"/><use href="#clip12"/></svg>';
  assert.is(renumberIds(raw, "p"), '<svg><clipPath id="p-1"><rect/></clipPath><g clip-path="url(#p-1)"/><clipPath id="p-2"/><use href="#p-2"/></svg>');
});

test("empty groups are unwrapped, their children kept in order", () => {
  const svg = '<svg><g><g transform="translate(0,0)"><text>a</text></g><g class="x"><g><path d="M0"/></g></g></g><g transform="translate(1,0)"/></svg>';
  assert.is(unwrapGroups(svg), '<svg><text>a</text><g class="x"><path d="M0"/></g><g transform="translate(1,0)"/></svg>');
});

test("title and desc are escaped: markup in a translated string is shown as text", () => {
  const svg = finishSvg('<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="10" height="10"><g/></svg>', { idPrefix: "p", title: "<b>x</b> & y", desc: '"z"' });
  assert.match(svg, /<title id="p-title">&lt;b&gt;x&lt;\/b&gt; &amp; y<\/title><desc id="p-desc">&quot;z&quot;<\/desc>/);
});

test("a chart that was not rendered is an error naming it", () => {
  assert.throws(() => renderedChart(structuredClone(model), i18n("en"), "rtt"), /chart "rtt" \(en\) was not rendered/);
});

test.run();
