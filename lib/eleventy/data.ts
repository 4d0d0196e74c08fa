import type { Site } from "../site/index.ts";
import { absoluteUrl, type Deploy } from "./env.ts";

/** Global data for templates: languages to paginate over and the alternates of every localized page. */
/** The same page in another language: the first path segment is the language code. */
export function altPath(url: string, code: string): string {
  const m = url.match(/^\/([a-z]{2})(\/.*)?$/);
  return m ? `/${code}${m[2] ?? "/"}` : `/${code}/`;
}

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
  };
}
