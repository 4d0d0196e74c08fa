// The page head's structured data, built in lib/eleventy/head.ts rather than in a template.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { jsonLd } from "../../lib/eleventy/head.ts";
import { alternates } from "../../lib/eleventy/data.ts";
import { readDeploy } from "../../lib/eleventy/env.ts";
import { loadSite } from "../../lib/site/index.ts";
import { FIXTURE } from "../helpers/fixture.ts";

const site = loadSite(FIXTURE);
const deploy = readDeploy({ PATH_PREFIX: "/cni-report/", SITE_URL: "https://owner.github.io" });
const ld = (url: string, lang: string, title = "T", description = "D") => jsonLd(site, deploy, { url, lang, title, description });

test("the report is a TechArticle of the website, in its language, dated from the data and the result files", () => {
  const j = JSON.parse(ld("/ko/", "ko"));
  assert.is(j["@type"], "TechArticle");
  assert.is(j.inLanguage, "ko");
  assert.is(j.url, "https://owner.github.io/cni-report/ko/");
  assert.equal(j.isPartOf, { "@type": "WebSite", name: site.i18n("ko").t("site.title"), url: "https://owner.github.io/cni-report/" });
  assert.is(j.datePublished, site.model.report.published_on);
  assert.is(j.temporalCoverage, "2026-02-09");
  assert.is(j.dependencies, "Amazon EKS 1.31, Cilium " + site.model.environment.cilium_version);
  assert.is(j.isBasedOn[1].license, "MIT");
});

test("a chart page is part of its language's report; the chooser at / has none", () => {
  const j = JSON.parse(ld("/zh/charts/rtt/", "zh"));
  assert.equal(j.isPartOf, { "@type": "TechArticle", headline: site.i18n("zh").t("site.title"), url: "https://owner.github.io/cni-report/zh/" });
  assert.is(ld("/", "en"), "");
});

test("text from data or a translation cannot close the script element", () => {
  const text = ld("/en/", "en", "a </script><script>alert(1)</script>");
  assert.not.match(text, /<\/script/i);
  assert.match(text, /\\u003c\/script>/);
  assert.is(JSON.parse(text).headline, "a </script><script>alert(1)</script>");
});

test("alternates: every language's twin and x-default, or only the twins that exist (sitemap)", () => {
  const all = alternates(site, deploy, "/ko/charts/rtt/");
  assert.equal(all.map((a) => a.hreflang), ["en", "ko", "zh-Hans", "x-default"]);
  assert.equal(all.at(-1), { hreflang: "x-default", href: "https://owner.github.io/cni-report/en/charts/rtt/" });
  assert.ok(all.some((a) => a.href === "https://owner.github.io/cni-report/zh/charts/rtt/"));
  const some = alternates(site, deploy, "/ko/", (p) => p !== "/zh/");
  assert.not.ok(some.some((a) => a.href.endsWith("/zh/")), "a twin that was not built is left out");
  assert.is(some.length, all.length - 1);
});

test.run();
