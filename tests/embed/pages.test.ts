// Chart pages, embed pages and data downloads in the built site (built once under /cni-report/ for
// https://example.github.io, shared with the other site tests). The lists come from the chart registry, the
// language list and the dataset builders, so a new chart, language or dataset is checked as soon as it exists.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chart, chartIds } from "../../lib/charts/index.ts";
import { loadModel } from "../../lib/data/load.ts";
import { buildDatasets, toCsv } from "../../lib/downloads/index.ts";
import { loadCatalog } from "../../lib/i18n/index.ts";
import { buildCopy, copyProject, editJson, remove, FIXTURE_DATA, FIXTURE, FIXTURE_LOCALES } from "../helpers/fixture.ts";
import { siteBuild, PREFIX } from "../site/build.ts";
import { csvObjects } from "../downloads/csv.ts";

const ORIGIN = "https://example.github.io"; // SITE_URL of siteBuild()
const ABS = ORIGIN + PREFIX;
const catalog = loadCatalog(FIXTURE_LOCALES);
const langs = catalog.languages.list;
const build = siteBuild();
const site = "site" in build ? build.site : "";
const read = (p: string) => readFileSync(join(site, p), "utf8");
const BUDGET = 150 * 1024;
/** The charts the shipped data draws (no history, so no run-change or run-trend: tests/content/history-site.test.ts). */
const SHOWN = chartIds(loadModel(FIXTURE_DATA, FIXTURE));

test("the site builds", () => {
  if ("error" in build) assert.unreachable(build.error);
});

test("every chart × language has its chart page, embed page, .vl.json, .svg and data download", () => {
  const missing: string[] = [];
  for (const l of langs) {
    for (const id of SHOWN) {
      for (const p of [`${l.code}/charts/${id}/index.html`, `${l.code}/embed/${id}/index.html`, `${l.code}/charts/${id}.vl.json`, `${l.code}/charts/${id}.svg`]) {
        if (!existsSync(join(site, p))) missing.push(p);
      }
    }
  }
  for (const id of SHOWN) for (const ext of ["csv", "json"]) if (!existsSync(join(site, `data/charts/${id}.${ext}`))) missing.push(`data/charts/${id}.${ext}`);
  assert.equal(missing, []);
});

test("every dataset is at /data/{id}.csv and .json, the CSV byte-equal to its builder's", () => {
  const model = loadModel(FIXTURE_DATA, FIXTURE);
  for (const d of buildDatasets(model)) {
    assert.is(read(`data/${d.id}.csv`), toCsv(d), `data/${d.id}.csv`);
    const json = JSON.parse(read(`data/${d.id}.json`));
    assert.is(json.dataset, d.id);
    assert.is(json.rows.length, d.rows.length, `data/${d.id}.json rows`);
  }
});

test("embed pages: under 150 KB with their scripts and styles, noindex, right lang, source link to the chart page", () => {
  for (const l of langs) {
    for (const id of SHOWN) {
      const file = `${l.code}/embed/${id}/index.html`;
      const html = read(file);
      const assets = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
      const bytes = statSync(join(site, file)).size + assets.reduce((n, a) => n + statSync(join(site, a.slice(PREFIX.length))).size, 0);
      assert.ok(bytes < BUDGET, `${file}: ${bytes} bytes with ${assets.join(", ")}`);
      assert.ok(assets.some((a) => a.endsWith("/assets/embed.js")), `${file} loads embed.js`);
      assert.match(html, '<meta name="robots" content="noindex">', file);
      assert.match(html, `<html lang="${l.html_lang}"`, file);
      assert.match(html, `<body data-chart="${id}">`, file);
      assert.match(html, /<svg\b[^>]*role="img"/, `${file} has the static chart`);
      assert.match(html, new RegExp(`<a href="${PREFIX}${l.code}/charts/${id}/" target="_top">`), `${file} links to its chart page`);
      assert.not.match(html, /class="(?:lang-switch|toc|masthead)/, `${file} has no site navigation`);
    }
  }
  assert.ok(existsSync(join(site, "sitemap.xml")), "the site has a sitemap");
  assert.not.match(read("sitemap.xml"), "/embed/", "embed pages stay out of the sitemap");
});

test("chart pages: embed code and downloads as absolute URLs, link back to the report, switcher to the same chart", () => {
  for (const l of langs) {
    const i18n = catalog.byCode.get(l.code)!;
    for (const id of SHOWN) {
      const file = `${l.code}/charts/${id}/index.html`;
      const html = read(file);
      const title = i18n.t(chart(id).titleKey).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      const code = html.match(/<textarea id="embed-code"[^>]*>([^<]*)<\/textarea>/)?.[1] ?? "";
      // The textarea's text is escaped once more for HTML.
      assert.match(code, `&lt;iframe src=&quot;${ABS}${l.code}/embed/${id}/&quot; loading=&quot;lazy&quot;`, file);
      assert.match(code, `title=&quot;${title.replace(/&/g, "&amp;")}&quot;`, `${file}: localized frame title`);
      assert.match(code, `&lt;script src=&quot;${ABS}assets/embed-resize.js&quot; async&gt;`, file);
      for (const href of [`${ABS}${l.code}/charts/${id}.svg`, `${ABS}${l.code}/charts/${id}.vl.json`, `${ABS}data/charts/${id}.csv`, `${ABS}data/charts/${id}.json`]) {
        assert.match(html, `href="${href}"`, `${file} links ${href}`);
      }
      assert.match(html, `href="${PREFIX}${l.code}/#chart-${id}"`, `${file} links to its place in the report`);
      for (const o of langs) if (o.code !== l.code) assert.match(html, `href="${PREFIX}${o.code}/charts/${id}/"`, `${file} switches to ${o.code}`);
      assert.match(html, 'data-copy-target="embed-code"', file);
      assert.match(html, 'role="status" aria-live="polite"', file);
    }
  }
});

test("a result figure changed in a project copy changes the CSV downloads", () => {
  const dir = copyProject();
  try {
    editJson(join(dir, "data/results/scenario-b-cilium-kp.json"), (j) => (j.network.mean_rtt_us = 4321));
    const r = buildCopy(dir);
    assert.is(r.status, 0, r.out);
    const row = (p: string) => csvObjects(readFileSync(join(r.site, p), "utf8")).find((x) => x.scenario === "B" && x.metric === "rtt");
    assert.is(row("data/results.csv")?.value, "4321");
    assert.is(row("data/charts/rtt.csv")?.value, "4321");
    assert.is.not(row("data/results.csv")?.value, csvObjects(read("data/results.csv")).find((x) => x.scenario === "B" && x.metric === "rtt")?.value);
  } finally {
    remove(dir);
  }
});

test.run();
