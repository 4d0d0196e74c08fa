// The outline is defined once (lib/site/outline.ts + templates/partials/sections/*.njk) and every language
// fills it: the built /en/, /ko/ and /zh/ pages carry the same sections, headings, charts and tables. (No typed
// figures: the rule is tested in tests/i18n/typed.test.ts and holds the live prose through npm run i18n:check.)
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BLOCKS } from "../../lib/blocks/registry.ts";
import { loadSite } from "../../lib/site/index.ts";
import { ROOT, FIXTURE_DATA, FIXTURE } from "../helpers/fixture.ts";
import { siteBuild } from "../site/build.ts";
import { OUTLINE, outlineFor } from "../../lib/site/outline.ts";
import { loadModel } from "../../lib/data/load.ts";

// The languages of the frozen fixture the site build is made from (tests/helpers/fixture.ts).
const LANGS = readdirSync(join(FIXTURE, "content")).filter((d) => existsSync(join(FIXTURE, "content", d, "sections")));

/** The section ids, in order, as lib/site/outline.ts defines them. */
const outline = (): string[] => [...OUTLINE];

/** Every shortcode placement in the section partials: name and first argument. */
function placements(): { tag: string; args: string[]; file: string }[] {
  const dir = join(ROOT, "templates/partials/sections");
  return readdirSync(dir).flatMap((f) =>
    [...readFileSync(join(dir, f), "utf8").matchAll(/\{%-?\s*(\w+)\s+((?:"[^"]*"\s*,?\s*)+)-?%\}/g)].map((m) => ({
      tag: m[1],
      args: [...m[2].matchAll(/"([^"]*)"/g)].map((a) => a[1]),
      file: f,
    })),
  );
}

const page = (site: string, lang: string) => readFileSync(join(site, lang, "index.html"), "utf8");
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf("</main>"));
const ids = (html: string, tag = "[a-z0-9]+") => [...html.matchAll(new RegExp(`<(${tag})\\b[^>]*\\sid="([^"]+)"`, "g"))].map((m) => m[2]);

test("every section of the outline has its partial, and every partial is in the outline", () => {
  const files = readdirSync(join(ROOT, "templates/partials/sections")).map((f) => f.replace(/\.njk$/, "")).sort();
  assert.equal(files, [...outline()].sort());
});

test("each language's page has every section of the outline, in order", () => {
  const b = siteBuild();
  if ("error" in b) assert.unreachable(b.error);
  const site = (b as { site: string }).site;
  for (const lang of LANGS) {
    const sections = ids(main(page(site, lang)), "section");
    // The shipped data has no earlier run, so the history section is left out (tests/content/history-site.test.ts).
    assert.equal(sections, outlineFor(loadModel(FIXTURE_DATA, FIXTURE)), `/${lang}/ sections`);
  }
});

test("every language carries the same headings, figures, tables and anchors", () => {
  const b = siteBuild();
  if ("error" in b) assert.unreachable(b.error);
  const site = (b as { site: string }).site;
  const en = main(page(site, "en"));
  for (const lang of LANGS.filter((l) => l !== "en")) {
    const other = main(page(site, lang));
    for (const tag of ["section", "h2|h3|h4", "figure", "table", "aside"]) {
      assert.equal(ids(other, tag), ids(en, tag), `/${lang}/ <${tag}> ids differ from /en/`);
    }
    assert.equal((other.match(/<aside class="callout/g) ?? []).length, (en.match(/<aside class="callout/g) ?? []).length, `/${lang}/ callouts`);
    // Ids inside chart SVGs carry the language (chart-rtt-ko-title); compare them with the language taken out.
    const neutral = (list: string[], code: string) => list.map((id) => id.replace(new RegExp(`(^|-)${code}(?=-|$)`, "g"), "$1*"));
    assert.equal(neutral(ids(other), lang), neutral(ids(en), "en"), `/${lang}/: every id on the page, in order`);
  }
});

test("every table, chart and comparison the outline places appears on each page", () => {
  const b = siteBuild();
  if ("error" in b) assert.unreachable(b.error);
  const site = (b as { site: string }).site;
  const project = loadSite(FIXTURE);
  const shown = outlineFor(project.model).map((s) => `${s}.njk`);
  const placed = placements().filter((p) => shown.includes(p.file));
  for (const tag of ["table", "chart", "compare", "htmlblock"]) assert.ok(placed.some((p) => p.tag === tag), `the outline places no ${tag}`);
  for (const lang of LANGS) {
    const html = main(page(site, lang));
    const all = ids(html);
    const tables = ids(html, "table");
    for (const p of placed) {
      const where = `/${lang}/ (${p.file}: {% ${p.tag} "${p.args.join('", "')}" %})`;
      if (p.tag === "table") assert.ok(tables.includes(`table-${p.args[0]}`), `${where}: no table-${p.args[0]}`);
      else if (p.tag === "compare") {
        const id = `table-compare-${p.args[0]}-${p.args[1]}-${p.args[2].split(",").map((m) => m.trim()).join("-")}`.toLowerCase().replace(/_/g, "-");
        assert.ok(tables.includes(id), `${where}: no ${id}`);
      }
      else if (p.tag === "chart") assert.ok(ids(html, "figure").includes(`chart-${p.args[0]}`), `${where}: no figure chart-${p.args[0]}`);
      else if (p.tag === "htmlblock") assert.ok(html.includes(BLOCKS[p.args[0]](project.model, project.i18n(lang))), `${where}: the block is not on the page`);
      else if (p.tag === "callout") assert.ok(all.includes(`callout-${p.args[3] ?? p.args[2]}`), `${where}: no callout-${p.args[3] ?? p.args[2]}`);
      else if (p.tag !== "prose") assert.ok(all.some((id) => id.includes(p.args[0])), `${where}: nothing with an id naming ${p.args[0]}`);
    }
  }
});

test.run();
