// A link checker for a served build: starts at the root, follows every internal link, and checks that each link,
// image, script, stylesheet (and the url()s inside it), iframe and #anchor resolves, and that nothing leaves the
// deploy prefix. Absolute links to SITE_URL (canonical, hreflang alternates, og:url) count as internal.
// New page types are picked up as soon as something links to them; pass `also` to check unlinked pages too.
import { cssRefs, pageRefs, type PageRefs, type Ref } from "./html-refs.ts";

export interface CrawlOptions {
  /** Where the site is served, ending in the prefix: "http://127.0.0.1:4321/cni-report/". */
  base: string;
  /** SITE_URL the site was built with; links to it are checked against the served copy. */
  siteUrl?: string;
  /** More start pages, relative to base ("ko/embed/rtt/"), e.g. every built page so unlinked ones are checked. */
  also?: string[];
  /** Paths relative to base that must answer 404 with the site's not-found page, whose links are checked from there. */
  missing?: string[];
}

export interface Problem {
  /** Page (path under the prefix) or stylesheet the reference is on. */
  page: string;
  url: string;
  where: string;
  reason: string;
}

export interface CrawlResult {
  /** Every HTML page visited, as paths under the prefix ("", "en/", "ko/charts/rtt/"), sorted. */
  pages: string[];
  /** The pages reached by following links from the root alone. */
  fromRoot: string[];
  /** Non-HTML files fetched (scripts, stylesheets, images, data). */
  files: string[];
  /** References checked, #anchors included. */
  checked: number;
  anchors: number;
  /** Links to other sites, not fetched. */
  external: string[];
  /** Pages carrying <meta name="robots" content="noindex">. */
  noindex: string[];
  broken: Problem[];
  /** References that leave the prefix (they would hit another site on a shared github.io host). */
  outside: Problem[];
}

interface Fetched {
  status: number;
  type: string;
  body: string;
}

const SKIP_SCHEMES = /^(mailto|tel|data|blob):/i;

export async function crawl(opts: CrawlOptions): Promise<CrawlResult> {
  const base = new URL(opts.base);
  const prefix = base.pathname.endsWith("/") ? base.pathname : base.pathname + "/";
  const site = opts.siteUrl ? new URL(opts.siteUrl) : null;
  const cache = new Map<string, Promise<Fetched>>();
  const parsed = new Map<string, PageRefs>();
  const visited = new Set<string>();
  const files = new Set<string>();
  const external = new Set<string>();
  const noindex = new Set<string>();
  const broken: Problem[] = [];
  const outside: Problem[] = [];
  const cssDone = new Set<string>();
  let checked = 0;
  let anchors = 0;
  const queue: string[] = [];

  const rel = (u: URL) => u.pathname.slice(prefix.length);
  const get = (href: string): Promise<Fetched> => {
    let p = cache.get(href);
    if (!p) {
      p = fetch(href, { redirect: "follow" }).then(async (r) => ({ status: r.status, type: r.headers.get("content-type") ?? "", body: await r.text() }));
      cache.set(href, p);
    }
    return p;
  };
  const refsOf = (href: string, body: string): PageRefs => {
    let r = parsed.get(href);
    if (!r) parsed.set(href, (r = pageRefs(body)));
    return r;
  };

  /** Maps a reference to the served copy: null for other sites (counted, not fetched). */
  function locate(raw: string, from: URL): URL | null {
    const u = new URL(raw, from);
    if (u.origin === base.origin) return u;
    if (site && u.origin === site.origin) return new URL(u.pathname + u.search + u.hash, base.origin);
    return null;
  }

  async function check(ref: Ref, from: URL, page: string, ids: Set<string>): Promise<void> {
    if (SKIP_SCHEMES.test(ref.url)) return;
    checked++;
    const problem = (reason: string) => ({ page, url: ref.url, where: ref.where, reason });
    if (/^javascript:/i.test(ref.url)) return void broken.push(problem("javascript: URL (blocked by the CSP)"));
    let target: URL | null;
    try {
      target = locate(ref.url, from);
    } catch {
      return void broken.push(problem("not a valid URL"));
    }
    if (!target) return void external.add(ref.url);
    if (!target.pathname.startsWith(prefix)) return void outside.push(problem(`resolves to ${target.pathname}, outside ${prefix}`));
    const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : "";
    const doc = new URL(target.pathname + target.search, base.origin).href;
    if (doc === new URL(from.pathname + from.search, base.origin).href && ref.url.startsWith("#")) {
      anchors++;
      if (fragment && fragment !== "top" && !ids.has(fragment)) broken.push(problem(`no element with id "${fragment}" on this page`));
      return;
    }
    const r = await get(doc);
    if (r.status !== 200) return void broken.push(problem(`HTTP ${r.status} for ${target.pathname}`));
    if (r.type.startsWith("text/html")) {
      if (!visited.has(doc)) queue.push(doc);
      if (fragment) {
        anchors++;
        if (fragment !== "top" && !refsOf(doc, r.body).ids.has(fragment)) broken.push(problem(`no element with id "${fragment}" on ${target.pathname}`));
      }
      return;
    }
    files.add(rel(target));
    if (r.type.startsWith("text/css") && !cssDone.has(doc)) {
      cssDone.add(doc);
      for (const c of cssRefs(r.body)) await check(c, new URL(doc), rel(target), new Set());
    }
  }

  async function visit(href: string, expect = 200): Promise<void> {
    if (visited.has(href)) return;
    visited.add(href);
    const url = new URL(href);
    const page = rel(url);
    const r = await get(href);
    if (r.status !== expect || !r.type.startsWith("text/html")) {
      broken.push({ page, url: href, where: "start", reason: `expected HTTP ${expect} with HTML, got ${r.status} ${r.type}` });
      return;
    }
    const refs = refsOf(href, r.body);
    if (refs.noindex && expect === 200) noindex.add(page);
    for (const ref of refs.refs) await check(ref, url, page, refs.ids);
  }

  async function drain(): Promise<void> {
    while (queue.length) await visit(queue.shift()!);
  }

  queue.push(base.href);
  await drain();
  const fromRoot = [...visited].map((h) => rel(new URL(h))).sort();
  for (const p of opts.also ?? []) queue.push(new URL(p, base).href);
  await drain();
  for (const p of opts.missing ?? []) {
    const href = new URL(p, base).href;
    await visit(href, 404);
    visited.delete(href); // a miss is not a page of the site
    await drain();
  }

  return {
    pages: [...visited].map((h) => rel(new URL(h))).sort(),
    fromRoot,
    files: [...files].sort(),
    checked,
    anchors,
    external: [...external].sort(),
    noindex: [...noindex].sort(),
    broken,
    outside,
  };
}

/** One line per problem, for assertion messages. */
export function describe(problems: Problem[]): string {
  return problems.map((p) => `${p.page || "/"}: ${p.where} "${p.url}": ${p.reason}`).join("\n");
}
