import type { Site } from "../site/index.ts";
import { md, renderProse } from "../prose/render.ts";
import { narrativeMode } from "../narrative/mode.ts";
import type { Table } from "../tables/types.ts";
import { esc } from "../html.ts";

/** What Eleventy hands a filter or shortcode as `this`: the page, and the template context. */
export type Ctx = { page?: { lang?: string; url?: string }; ctx?: { lang?: string } };

/** The language of the page being rendered: pages set `lang` in their data; the i18n plugin sets page.lang. */
export function langOf(self: Ctx): string {
  const code = self?.ctx?.lang ?? self?.page?.lang;
  if (!code) throw new Error(`cannot tell the language of ${self?.page?.url ?? "this page"}`);
  return code;
}

export function registerFilters(config: any, current: () => Site): void {
  config.addFilter("t", function (this: Ctx, key: string, params?: Record<string, string | number>) {
    return current().i18n(langOf(this)).t(key, params);
  });
  // Locale strings may carry **bold** or `code`; raw HTML in them is shown as text.
  config.addFilter("tmd", function (this: Ctx, key: string, params?: Record<string, string | number>) {
    return md.renderInline(current().i18n(langOf(this)).t(key, params));
  });
  config.addFilter("f", function (this: Ctx, name: string) {
    const v = current().facts.get(langOf(this))!.get(name);
    if (v === undefined) throw new Error(`${this.page?.url}: unknown figure "${name}"`);
    return v;
  });
  config.addFilter("json", (v: unknown) => JSON.stringify(v));
}

export function registerShortcodes(config: any, current: () => Site, tables: Record<string, (s: Site, lang: string) => Table>): void {
  function prose(this: Ctx, section: string, part: string): string {
    const site = current();
    const lang = langOf(this);
    const where = `content/${lang}/sections/${section}.md (part ${part})`;
    const src = site.prose.get(lang)?.get(section)?.get(part);
    if (src === undefined) throw new Error(`${where}: missing; every language needs every part the outline places`);
    return renderProse(src, where, site.facts.get(lang)!, site.model, { mode: narrativeMode(), en: site.i18n(site.catalog.languages.default) });
  }
  config.addShortcode("prose", prose);
  // A callout around one prose part: when the data no longer supports the part, its heading goes with it.
  config.addShortcode("callout", function (this: Ctx, kind: string, section: string, part: string, id: string = part) {
    const body = prose.call(this, section, part);
    if (!body.trim()) return "";
    const title = current().i18n(langOf(this)).t(`callout.title.${id}`);
    return `<aside class="callout callout-${kind}" aria-labelledby="callout-${id}">\n<p class="callout-title" id="callout-${id}">${esc(title)}</p>\n${body}\n</aside>`;
  });
  config.addShortcode("table", function (this: Ctx, id: string) {
    const make = tables[id];
    if (!make) throw new Error(`unknown table "${id}"; known: ${Object.keys(tables).join(", ")}`);
    return renderTable(make(current(), langOf(this)));
  });
}


/** Columns beyond which a table counts as wide. */
export const WIDE_TABLE = 6;

export function renderTable(t: Table): string {
  const cls = (c: { numeric?: boolean; tone?: string }) => {
    const k = [c.numeric ? "num" : "", c.tone ? `tone-${c.tone}` : ""].filter(Boolean).join(" ");
    return k ? ` class="${k}"` : "";
  };
  const text = (c: { text: string; code?: boolean }) => (c.code ? `<code>${esc(c.text)}</code>` : esc(c.text));
  const head = t.columns.map((c) => `<th scope="col"${cls(c)}>${text(c)}</th>`).join("");
  const body = t.rows
    .map((r) => `<tr>${r.map((c) => (c.header ? `<th scope="row"${cls(c)}>${text(c)}</th>` : `<td${cls(c)}>${text(c)}</td>`)).join("")}</tr>`)
    .join("\n");
  const note = t.note ? `<p class="table-note">${esc(t.note)}</p>` : "";
  // Wide tables are set tighter on paper (public/assets/site.css, print).
  const wide = t.columns.length > WIDE_TABLE ? " table-wide" : "";
  return `<div class="table-wrap${wide}" role="region" aria-label="${esc(t.caption)}" tabindex="0"><table id="table-${t.id}"><caption>${esc(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>${note}`;
}
