// Search-engine and link-preview metadata of the build for a project site: sitemap, robots.txt, canonical, Open Graph,
// JSON-LD, and the Content-Security-Policy every page carries.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { attributes } from "../helpers/html-refs.ts";
import { buildCopy, copyProject, remove, FIXTURE_DATA, FIXTURE_LOCALES } from "../helpers/fixture.ts";
import { filesUnder, pagesBuild, PREFIX, SITE_URL, siteOf } from "./build.ts";
import { CSP } from "../../lib/eleventy/data.ts";

const report = parse(readFileSync(join(FIXTURE_DATA, "report.yaml"), "utf8"));
const languages: { code: string; html_lang: string; intl: string }[] = parse(readFileSync(join(FIXTURE_LOCALES, "languages.yaml"), "utf8")).languages;

const read = (file: string) => readFileSync(join(siteOf(pagesBuild()), file), "utf8");
const urlOf = (file: string) => SITE_URL + PREFIX + file.replace(/index\.html$/, "");
/** Attributes of every `<tag ...>` in html. */
const tags = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) => attributes(m[1]));
const metaContent = (html: string, key: string) => tags(html, "meta").find((a) => a.get("property") === key || a.get("name") === key)?.get("content");
const noindex = (html: string) => /noindex/.test(metaContent(html, "robots") ?? "");

/** Every built page, and those without noindex. Read on first use so a failed build fails the tests, not the run. */
function built() {
  const pages = filesUnder(siteOf(pagesBuild()), ".html").map((file) => ({ file, html: read(file) }));
  return { pages, indexable: pages.filter((p) => !noindex(p.html)) };
}

interface Entry {
  loc: string;
  lastmod: string | undefined;
  alternates: Map<string, string>;
}
function readSitemap(): { xml: string; entries: Entry[] } {
  const xml = read("sitemap.xml");
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(m[1])![1],
    lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(m[1])?.[1],
    alternates: new Map(tags(m[1], "xhtml:link").map((a) => [a.get("hreflang")!, a.get("href")!])),
  }));
  return { xml, entries };
}

test("sitemap.xml lists every indexable page exactly once, and no noindex page", () => {
  const { pages, indexable } = built();
  const { xml: sitemapXml, entries: sitemap } = readSitemap();
  assert.match(sitemapXml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
  const locs = sitemap.map((e) => e.loc);
  assert.equal(locs, [...new Set(locs)], "a page is listed twice");
  const expected = indexable.map((p) => urlOf(p.file)).sort();
  // A paginated template adds only its first page to collections unless it sets pagination.addAllPagesToCollections.
  assert.equal([...locs].sort(), expected, "sitemap differs from the built pages without noindex (paginated template missing addAllPagesToCollections: true?)");
  const hidden = pages.filter((p) => noindex(p.html));
  assert.ok(hidden.some((p) => p.file === "404.html"), "the 404 page should be noindex");
  for (const p of hidden) assert.not.ok(locs.includes(urlOf(p.file)), `${p.file} is noindex but in the sitemap`);
  for (const e of sitemap) assert.is(e.lastmod, report.updated_on, `${e.loc}: its own <lastmod>`);
});

test("every language page in the sitemap has the hreflang alternates of its <head>, reciprocal and listed", () => {
  const { entries: sitemap } = readSitemap();
  const langPages = sitemap.filter((e) => new RegExp(`^${SITE_URL}${PREFIX}[a-z]{2}/`).test(e.loc));
  assert.ok(langPages.length >= languages.length, "no language pages in the sitemap");
  const listed = new Set(sitemap.map((e) => e.loc));
  for (const e of langPages) {
    const html = read(e.loc.slice((SITE_URL + PREFIX).length) + "index.html");
    const head = new Map(tags(html, "link").filter((a) => a.get("rel") === "alternate" && a.has("hreflang")).map((a) => [a.get("hreflang")!, a.get("href")!]));
    assert.equal(Object.fromEntries(e.alternates), Object.fromEntries(head), `${e.loc}: sitemap alternates differ from <head>`);
    for (const l of languages) assert.ok(e.alternates.has(l.html_lang), `${e.loc}: no alternate for ${l.html_lang}`);
    assert.ok(e.alternates.has("x-default"), `${e.loc}: no x-default`);
    assert.is(e.alternates.get(languages.find((l) => e.loc.includes(`${PREFIX}${l.code}/`))!.html_lang), e.loc, `${e.loc}: does not list itself`);
    for (const [lang, href] of e.alternates) {
      assert.ok(listed.has(href), `${e.loc}: alternate ${lang} ${href} is not in the sitemap`);
      const twin = sitemap.find((x) => x.loc === href)!;
      assert.equal(Object.fromEntries(twin.alternates), Object.fromEntries(e.alternates), `${href}: alternates are not reciprocal with ${e.loc}`);
    }
  }
});

test("robots.txt points to the sitemap under SITE_URL and the prefix; .nojekyll is published", () => {
  assert.match(read("robots.txt"), `\nSitemap: ${SITE_URL}${PREFIX}sitemap.xml\n`);
  assert.ok(existsSync(join(siteOf(pagesBuild()), ".nojekyll")));
});

test("canonical and og:url are the page's own absolute URL under SITE_URL and the prefix", () => {
  for (const p of built().indexable) {
    const canonical = tags(p.html, "link").find((a) => a.get("rel") === "canonical")?.get("href");
    assert.is(canonical, urlOf(p.file), `${p.file}: canonical`);
    assert.is(metaContent(p.html, "og:url"), urlOf(p.file), `${p.file}: og:url`);
  }
});

test("Open Graph and Twitter card per language: title, description, locale and its alternates", () => {
  for (const l of languages) {
    const html = read(`${l.code}/index.html`);
    assert.is(metaContent(html, "og:locale"), l.intl.replace("-", "_"), l.code);
    const others = tags(html, "meta").filter((a) => a.get("property") === "og:locale:alternate").map((a) => a.get("content"));
    assert.equal(others.sort(), languages.filter((o) => o.code !== l.code).map((o) => o.intl.replace("-", "_")).sort(), l.code);
    const title = /<title>([^<]*)<\/title>/.exec(html)![1];
    assert.is(metaContent(html, "og:title"), title, l.code);
    assert.is(metaContent(html, "twitter:title"), title, l.code);
    assert.is(metaContent(html, "og:description"), metaContent(html, "description"), l.code);
    assert.ok(metaContent(html, "twitter:card"), l.code);
  }
  // Titles differ per language, so the previews are really localized.
  assert.is(new Set(languages.map((l) => metaContent(read(`${l.code}/index.html`), "og:title"))).size, languages.length);
});

const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

test("each language page has TechArticle JSON-LD with the dates and the source from data/report.yaml", () => {
  for (const l of languages) {
    const [ld, ...more] = jsonLd(read(`${l.code}/index.html`));
    assert.is(more.length, 0, `${l.code}: one JSON-LD block`);
    assert.is(ld["@context"], "https://schema.org");
    assert.is(ld["@type"], "TechArticle");
    assert.is(ld.inLanguage, l.html_lang);
    assert.is(ld.url, `${SITE_URL}${PREFIX}${l.code}/`);
    assert.is(ld.datePublished, report.published_on);
    assert.is(ld.dateModified, report.updated_on);
    const based = JSON.stringify(ld.isBasedOn);
    for (const u of [report.source.url, report.source.report_url, report.source.scripts_url]) assert.ok(based.includes(u), `${l.code}: isBasedOn lacks ${u}`);
  }
  assert.is(jsonLd(read("404.html")).length, 0, "no JSON-LD on the 404 page");
});

test("JSON-LD follows data/report.yaml and cannot close its <script> element", () => {
  const dir = copyProject();
  try {
    const file = join(dir, "data/report.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^published_on: .*$/m, "published_on: 2031-01-02").replace(/^(\s+repository: ).*$/m, '$1"a</script><b>x"'));
    const r = buildCopy(dir, { PATH_PREFIX: PREFIX, SITE_URL });
    assert.is(r.status, 0, r.out);
    const html = readFileSync(join(r.site, "ko/index.html"), "utf8");
    const [ld] = jsonLd(html);
    assert.is(ld.datePublished, "2031-01-02");
    assert.ok(JSON.stringify(ld).includes("a</script><b>x"), "the name survives as data");
    assert.not.match(html, "a</script><b>x");
  } finally {
    remove(dir);
  }
});

/** Directives of a CSP string: name → sources. */
const csp = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...v]) => [name, v]));

test("every page has one CSP <meta> first in <head>: no eval, no inline script, what vega-embed needs, no frame-ancestors", () => {
  for (const p of built().pages) {
    const metas = tags(p.html, "meta").filter((a) => a.get("http-equiv")?.toLowerCase() === "content-security-policy");
    assert.is(metas.length, 1, `${p.file}: CSP metas`);
    assert.is(metas[0].get("content"), CSP, `${p.file}: the one policy of lib/eleventy/data.ts`);
    const head = p.html.slice(0, p.html.indexOf("</head>"));
    const at = head.indexOf('http-equiv="Content-Security-Policy"');
    for (const before of ["<script", "<link", "<style"]) {
      const i = head.indexOf(before);
      assert.ok(i === -1 || i > at, `${p.file}: ${before} comes before the CSP`);
    }
    const d = csp(metas[0].get("content")!);
    const all = [...d.values()].flat();
    assert.not.ok(all.includes("'unsafe-eval'"), `${p.file}: unsafe-eval`);
    assert.equal(d.get("script-src"), ["'self'"], `${p.file}: script-src`);
    assert.ok(d.get("style-src")?.includes("'unsafe-inline'"), `${p.file}: vega-embed and the font variable need inline styles`);
    for (const s of ["data:", "blob:"]) assert.ok(d.get("img-src")?.includes(s), `${p.file}: img-src lacks ${s} (PNG/SVG export)`);
    assert.equal(d.get("object-src"), ["'none'"], p.file);
    // Ignored in a <meta> (and Chromium logs an error): embed pages stay frameable from other sites.
    for (const n of ["frame-ancestors", "report-uri", "sandbox"]) assert.not.ok(d.has(n), `${p.file}: ${n} has no effect in a <meta> CSP`);
  }
});

test("no page has an inline script the CSP would block (only JSON-LD data blocks)", () => {
  for (const p of built().pages) {
    for (const m of p.html.matchAll(/<script\b([^>]*)>/g)) {
      const a = attributes(m[1]);
      if (a.has("src")) continue;
      assert.is(a.get("type"), "application/ld+json", `${p.file}: inline <script${m[1]}> is blocked by script-src 'self'`);
    }
  }
});

test.run();
