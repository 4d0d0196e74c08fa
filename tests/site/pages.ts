// Finds the pages of a built site by walking it, so new page types are checked as soon as they are built.
import { filesUnder } from "../publish/build.ts";

export type PageType = "chooser" | "report" | "chart" | "embed" | "404" | "other";

export interface BuiltPage {
  /** Path of the file inside the site, with forward slashes ("ko/charts/rtt/index.html"). */
  file: string;
  /** URL path without the deploy prefix ("ko/charts/rtt/"). */
  path: string;
  /** What to open, relative to the prefix: the path, a missing path for the 404 page, "#choose" for the chooser. */
  visit: string;
  type: PageType;
  lang?: string;
  /** Chart id of chart and embed pages. */
  id?: string;
}

/** Every .html file under `dir`, sorted, as paths relative to it with forward slashes. */
export const htmlFiles = (dir: string): string[] => filesUnder(dir, ".html");

/** What kind of page a built file is, from the URL shapes in DESIGN.md. */
export function classify(file: string): BuiltPage {
  // The server answers a missing path with 404.html, as GitHub Pages does.
  if (file === "404.html") return { file, path: "404.html", visit: "no-such-page/", type: "404" };
  const path = file.replace(/index\.html$/, "");
  // "#choose" keeps the chooser from forwarding to the reader's language (public/assets/chooser.js).
  if (file === "index.html") return { file, path, visit: "#choose", type: "chooser" };
  let m = /^([a-z]{2})\/index\.html$/.exec(file);
  if (m) return { file, path, visit: path, type: "report", lang: m[1] };
  m = /^([a-z]{2})\/(charts|embed)\/([a-z0-9-]+)\/index\.html$/.exec(file);
  if (m) return { file, path, visit: path, type: m[2] === "charts" ? "chart" : "embed", lang: m[1], id: m[3] };
  return { file, path, visit: path, type: "other" };
}

export function builtPages(siteDir: string): BuiltPage[] {
  return htmlFiles(siteDir).map(classify);
}

/**
 * The pages the browser visits: every chooser, report, 404 and other page, and of the many chart and embed pages
 * the first of each per language (they share one template; checking every one would multiply the run time).
 */
export function pagesToVisit(pages: BuiltPage[]): BuiltPage[] {
  const seen = new Set<string>();
  return pages.filter((p) => {
    if (p.type !== "chart" && p.type !== "embed") return true;
    const key = `${p.type}:${p.lang}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
