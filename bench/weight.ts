// Page weight: what a report page makes the browser download before any interaction (HTML, its stylesheets and
// its scripts), raw and gzip, and whether any of those scripts is Vega.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface Asset {
  path: string;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  html: Asset;
  css: Asset[];
  js: Asset[];
  /** Scripts fetched at load that are (or contain) Vega, vega-lite or vega-embed. */
  vega: string[];
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** Markers of the libraries' own code: their UMD wrappers define these globals. Our loader only mentions them. */
const VEGA_CODE = [/\.vega\s*=\s*\{\}/, /\.vegaLite\s*=\s*\{\}/, /\.vegaEmbed\s*=\s*\w+\(/, /vega-embed\s+\d/];

/** Site-relative file of a URL in the page: drops the path prefix, the origin and any query. */
function fileOf(siteDir: string, url: string, prefix: string): string | null {
  if (/^(https?:)?\/\//.test(url)) return null;
  let path = url.split(/[?#]/)[0];
  if (path.startsWith(prefix)) path = "/" + path.slice(prefix.length);
  return join(siteDir, path);
}

function asset(file: string, path: string): Asset {
  const b = readFileSync(file);
  return { path, raw: b.length, gzip: gz(b) };
}

/** The page's HTML and every stylesheet and script its markup loads (scripts added later by script are not counted). */
export function pageWeight(siteDir: string, page: string, prefix = "/"): PageWeight {
  const htmlFile = join(siteDir, page, "index.html");
  const html = readFileSync(htmlFile, "utf8");
  const css: Asset[] = [];
  const js: Asset[] = [];
  const vega: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel="stylesheet"/.test(m[0])) continue;
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    const file = href && fileOf(siteDir, href, prefix);
    if (file && existsSync(file)) css.push(asset(file, href));
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    const file = fileOf(siteDir, m[1], prefix);
    if (!file || !existsSync(file)) {
      vega.push(`${m[1]} (not found, so not checked)`);
      continue;
    }
    js.push(asset(file, m[1]));
    const text = readFileSync(file, "utf8");
    if (/vega/i.test(m[1].split("/").pop() ?? "") || VEGA_CODE.some((re) => re.test(text))) vega.push(m[1]);
  }
  return { page, html: asset(htmlFile, `/${page}`), css, js, vega };
}

export const sum = (xs: Asset[], k: "raw" | "gzip") => xs.reduce((n, a) => n + a[k], 0);
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
