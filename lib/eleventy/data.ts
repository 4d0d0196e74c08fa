import type { Site } from "../site/index.ts";
import { absoluteUrl, type Deploy } from "./env.ts";
import { outlineFor } from "../site/outline.ts";
import { chartIds } from "../charts/index.ts";

/**
 * The one Content-Security-Policy of every page (report, chart, embed, 404). README "Content-Security-Policy" says why
 * each source is allowed; tests/publish/metadata.test.ts checks the pages carry exactly this.
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The same page in another language: the first path segment is the language code. */
export function altPath(url: string, code: string): string {
  const m = url.match(/^\/([a-z]{2})(\/.*)?$/);
  return m ? `/${code}${m[2] ?? "/"}` : `/${code}/`;
}

/**
 * The same page in every language, then x-default (the default language), as absolute URLs: what a page's <head>
 * and its sitemap entry list. `exists` keeps only twins that were built (the sitemap passes the listed paths).
 */
export function alternates(site: Site, deploy: Deploy, url: string, exists: (path: string) => boolean = () => true): { hreflang: string; href: string }[] {
  const langs = site.catalog.languages.list;
  const all = [...langs.map((l) => ({ hreflang: l.html_lang, path: altPath(url, l.code) })), { hreflang: "x-default", path: altPath(url, site.catalog.languages.default) }];
  return all.filter((a) => exists(a.path)).map((a) => ({ hreflang: a.hreflang, href: absoluteUrl(deploy, a.path) }));
}

/** Global data for templates: languages to paginate over, deploy settings, the CSP and the facts the head needs. */
export function globalData(site: Site, deploy: Deploy) {
  const langs = site.catalog.languages.list.map((l) => ({
    code: l.code,
    htmlLang: l.html_lang,
    /** BCP 47 locale with a region ("ko-KR"); og:locale is this with an underscore. */
    intl: l.intl,
    name: l.name,
    fonts: l.fonts,
  }));
  return {
    langs,
    defaultLang: site.catalog.languages.default,
    deploy,
    abs: (path: string) => absoluteUrl(deploy, path),
    env: site.model.environment,
    report: site.model.report,
    /** The day the results were measured, from the result files (not data/report.yaml). */
    runDate: site.model.runDate,
    csp: CSP,
    outline: outlineFor(site.model),
    /** The charts this data draws (the history charts only with earlier runs): {% if "run-trend" in site.charts %}. */
    charts: chartIds(site.model),
  };
}
