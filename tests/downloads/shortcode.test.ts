import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDatasets, datasetById } from "../../lib/downloads/index.ts";
import { renderDownloads } from "../../lib/eleventy/downloads.ts";
import { loadSite } from "../../lib/site/index.ts";
import { ROOT, FIXTURE } from "../helpers/fixture.ts";

const site = loadSite(FIXTURE);
const deploy = { pathPrefix: "/cni-report/", siteUrl: "https://example.github.io" };
const datasets = buildDatasets(site.model);

test("{% downloads %}: absolute CSV and JSON links and the columns documented in the page's language", () => {
  const d = datasetById(datasets, "kube-proxy-scaling");
  const ko = site.i18n("ko");
  const html = renderDownloads(site, deploy, "ko", d);
  assert.match(html, 'href="https://example.github.io/cni-report/data/kube-proxy-scaling.csv"');
  assert.match(html, 'href="https://example.github.io/cni-report/data/kube-proxy-scaling.json"');
  assert.match(html, ko.t("downloads.heading"));
  assert.match(html, ko.t("downloads.dataset.kube-proxy-scaling").replace(/&/g, "&amp;"));
  for (const c of d.columns) assert.match(html, `<code>${c.name}</code>`);
  for (const m of d.metrics ?? []) assert.match(html, `<code>${m.id}</code>`);
  // Inline code marks in the descriptions become <code>, raw HTML would be text.
  assert.match(html, "<code>keepalive</code>");
});

test("an unknown dataset id names the known ones", () => {
  assert.throws(() => datasetById(datasets, "nope"), /unknown dataset "nope"; known: results, /);
});

test("EMBEDDING.md documents every dataset, column and metric id", () => {
  const doc = readFileSync(join(ROOT, "EMBEDDING.md"), "utf8");
  for (const d of datasets) {
    assert.match(doc, `/data/${d.id}.csv`, `dataset ${d.id}`);
    for (const c of d.columns) assert.match(doc, `| \`${c.name}\` |`, `column ${c.name}`);
    for (const m of d.metrics ?? []) assert.match(doc, `| \`${m.id}\` |`, `metric ${m.id}`);
  }
});

test.run();
