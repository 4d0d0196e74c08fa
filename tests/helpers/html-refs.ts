// What an HTML page refers to, found without a DOM: enough for the markup this site writes (quoted attributes,
// inline SVG, no document.write). Scripts, styles and comments are skipped so their text is never read as tags.

export interface Ref {
  /** The URL as written in the attribute (entities decoded). */
  url: string;
  /** Tag and attribute it came from, e.g. "a[href]", "img[srcset]", "svg url()". */
  where: string;
}

export interface PageRefs {
  refs: Ref[];
  /** Every id and <a name> on the page: the targets "#fragment" links may point to. */
  ids: Set<string>;
  /** `<meta name="robots" content="noindex">` is present. */
  noindex: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });

// Attributes that hold one URL, per tag ("*" = any tag). Inline SVG uses href and the old xlink:href.
const URL_ATTRS: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  iframe: ["src"],
  source: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  use: ["href", "xlink:href"],
  image: ["href", "xlink:href"],
};

const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

export function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) out.set(m[1].toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ""));
  return out;
}

/** Removes comments and the bodies of <script>, <style> and <textarea> (embed codes are text, not links). */
function stripOpaque(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/(<(script|style|textarea)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, "$1$3");
}

/** Root-relative paths in data-* attributes: client scripts fetch these, and HtmlBasePlugin does not prefix them. */
const looksLikePath = (v: string) => /^\/[^\s/][^\s]*$/.test(v);

export function pageRefs(html: string): PageRefs {
  const refs: Ref[] = [];
  const ids = new Set<string>();
  let noindex = false;
  for (const m of stripOpaque(html).matchAll(TAG)) {
    const tag = m[1].toLowerCase();
    const attrs = attributes(m[2] ?? "");
    const id = attrs.get("id");
    if (id) ids.add(id);
    if (tag === "a" && attrs.get("name")) ids.add(attrs.get("name")!);
    if (tag === "meta" && attrs.get("name")?.toLowerCase() === "robots" && /noindex/i.test(attrs.get("content") ?? "")) noindex = true;
    for (const a of URL_ATTRS[tag] ?? []) {
      const v = attrs.get(a);
      if (v !== undefined && v.trim() !== "") refs.push({ url: v.trim(), where: `${tag}[${a}]` });
    }
    for (const a of ["srcset", "imagesrcset"]) {
      const v = attrs.get(a);
      if (v) for (const part of v.split(",")) if (part.trim()) refs.push({ url: part.trim().split(/\s+/)[0], where: `${tag}[${a}]` });
    }
    // Open Graph and Twitter images/URLs are absolute links to the site itself.
    if (tag === "meta" && /^(og:url|og:image|twitter:image)$/.test(attrs.get("property") ?? attrs.get("name") ?? "")) {
      const v = attrs.get("content");
      if (v) refs.push({ url: v, where: `meta[${attrs.get("property") ?? attrs.get("name")}]` });
    }
    for (const [name, v] of attrs) {
      if (name.startsWith("data-") && looksLikePath(v)) refs.push({ url: v, where: `${tag}[${name}]` });
      // SVG paint servers and clip paths: url(#id) must name an element on the same page.
      for (const u of v.matchAll(/url\((['"]?)(#[^)'"]+)\1\)/g)) refs.push({ url: u[2], where: `${tag}[${name}] url()` });
    }
  }
  return { refs, ids, noindex };
}

/** url(...) references in a stylesheet, minus data: URIs. */
export function cssRefs(css: string): Ref[] {
  const out: Ref[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    if (!m[2].startsWith("data:")) out.push({ url: m[2], where: "css url()" });
  }
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) out.push({ url: m[2], where: "css @import" });
  return out;
}
