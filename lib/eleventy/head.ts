import type { Site } from "../site/index.ts";
import { absoluteUrl, type Deploy } from "./env.ts";
import { alternates, altPath, globalData } from "./data.ts";

export interface HeadPage {
  url: string;
  lang: string;
  title: string;
  description: string;
}

/**
 * The schema.org TechArticle of a page in one language (the report, or one of its chart pages), as the text of a
 * <script type="application/ld+json">. "<" is escaped so no text from data or a translation can close the element.
 * Pages outside a language (the chooser at /) get none: the result is "".
 */
export function jsonLd(site: Site, deploy: Deploy, page: HeadPage): string {
  const reportPath = `/${page.lang}/`;
  if (!page.url.startsWith(reportPath)) return "";
  const i18n = site.i18n(page.lang);
  const abs = (path: string) => absoluteUrl(deploy, path);
  const siteTitle = i18n.t("site.title");
  const { report, environment: env } = site.model;
  const url = abs(page.url);
  const ld = {
    "@context": "https://schema.org",
    "@type": "TechArticle",
    headline: page.title,
    description: page.description,
    inLanguage: i18n.lang.html_lang,
    url,
    mainEntityOfPage: url,
    datePublished: report.published_on,
    dateModified: report.updated_on,
    temporalCoverage: site.model.runDate,
    dependencies: `Amazon EKS ${env.eks_version}, Cilium ${env.cilium_version}`,
    isPartOf:
      page.url === reportPath
        ? { "@type": "WebSite", name: siteTitle, url: abs("/") }
        : { "@type": "TechArticle", headline: siteTitle, url: abs(reportPath) },
    isBasedOn: [
      { "@type": "CreativeWork", url: report.source.report_url },
      { "@type": "SoftwareSourceCode", name: report.source.repository, codeRepository: report.source.url, url: report.source.scripts_url, license: report.source.licence },
    ],
  };
  return JSON.stringify(ld).replace(/</g, "\\u003c");
}

/** The page head's helpers for templates: language links, alternates, structured data. */
export function registerHead(config: any, current: () => Site, deploy: Deploy): void {
  config.addNunjucksGlobal("altPath", altPath);
  config.addNunjucksGlobal("alternates", (url: string, listed?: string[]) => alternates(current(), deploy, url, listed ? (p) => listed.includes(p) : undefined));
  config.addNunjucksGlobal("jsonLd", (page: HeadPage) => jsonLd(current(), deploy, page));
  config.addNunjucksGlobal("langInfo", (code: string) => globalData(current(), deploy).langs.find((l) => l.code === code));
}
