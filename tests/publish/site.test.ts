// The Pages gate: the site built for a project site (/cni-report/) and served the way Pages serves it, crawled from
// the root. Every page, link, image, script, stylesheet and #anchor must resolve, and nothing may leave the prefix.
// The same crawl runs on the default build (prefix /).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crawl, describe, type CrawlResult } from "../helpers/crawl.ts";
import { serve } from "../helpers/serve.ts";
import { defaultBuild, filesUnder, pagesBuild, PREFIX, SITE_URL, siteOf } from "./build.ts";

// Missing addresses at several depths: Pages answers each with 404.html, whose links must work from there.
const MISSES = ["no-such-page", "en/no/such/page/", "ko/charts/no-such-chart/deeper/"];

/** Pages of a built site as paths under the prefix ("", "ko/", "en/charts/rtt/"), without the 404 page. */
function pagePaths(site: string): string[] {
  return filesUnder(site, ".html")
    .filter((f) => f !== "404.html")
    .map((f) => f.replace(/index\.html$/, ""));
}

const isNoindex = (site: string, path: string) =>
  /<meta name="robots" content="[^"]*noindex/.test(readFileSync(join(site, path.endsWith("/") || path === "" ? path + "index.html" : path), "utf8"));

async function crawlBuild(site: string, prefix: string, siteUrl: string): Promise<CrawlResult> {
  const server = await serve(site, prefix);
  try {
    return await crawl({ base: server.url, siteUrl, also: pagePaths(site), missing: MISSES });
  } finally {
    await server.close();
  }
}

const once = <T>(make: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= make());
};
const summary = (name: string, r: CrawlResult) =>
  `${name}: ${r.pages.length} pages (${r.fromRoot.length} linked from the root), ${r.checked} references checked ` +
  `(${r.anchors} #anchors, ${r.files.length} files), ${r.external.length} external links not fetched`;

const prefixed = once(async () => {
  const site = siteOf(pagesBuild());
  const r = await crawlBuild(site, PREFIX, SITE_URL);
  console.log(summary(`crawl under ${PREFIX}`, r));
  return { site, r };
});
const plain = once(async () => {
  const r = await crawlBuild(siteOf(defaultBuild()), "/", "http://localhost:8080");
  console.log(summary("crawl under /", r));
  return r;
});

test(`under ${PREFIX}: every link, image, script, stylesheet and #anchor resolves`, async () => {
  const { r } = await prefixed();
  for (const p of ["", "en/", "ko/", "zh/"]) assert.ok(r.pages.includes(p), `${p || "the chooser"} was not crawled`);
  assert.is(r.broken.length, 0, `broken references:\n${describe(r.broken)}`);
});

test(`under ${PREFIX}: no reference leaves the prefix`, async () => {
  const { r } = await prefixed();
  assert.is(r.outside.length, 0, `references outside ${PREFIX}:\n${describe(r.outside)}`);
});

test(`under ${PREFIX}: every indexable page is linked from the root`, async () => {
  const { site, r } = await prefixed();
  const orphans = pagePaths(site).filter((p) => !isNoindex(site, p) && !r.fromRoot.includes(p));
  assert.equal(orphans, [], `indexable pages no link leads to: ${orphans.join(", ")}`);
});

test("default build (prefix /): the same crawl finds nothing broken", async () => {
  const r = await plain();
  assert.is(r.broken.length, 0, `broken references:\n${describe(r.broken)}`);
  assert.is(r.outside.length, 0, describe(r.outside));
  assert.equal(r.pages, (await prefixed()).r.pages, "the two builds have different pages");
});

test.run();
