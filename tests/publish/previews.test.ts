// Link previews of the project-site build: every indexable page names an og:image that is in the build, a 1200×630
// PNG, with its size and alt text in the page's language; the images differ from one language to another.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { attributes } from "../helpers/html-refs.ts";
import { filesUnder, pagesBuild, PREFIX, SITE_URL, siteOf } from "./build.ts";

const site = () => siteOf(pagesBuild());
const meta = (html: string, key: string) =>
  [...html.matchAll(/<meta\b([^>]*)>/g)].map((m) => attributes(m[1])).find((a) => a.get("property") === key || a.get("name") === key)?.get("content");
const HANGUL = /[\uac00-\ud7af]/;
const HAN = /[\u4e00-\u9fff]/;

interface Shared {
  page: string;
  lang: string;
  image: string;
  hash: string;
}

function indexable(): Shared[] {
  const out: Shared[] = [];
  for (const file of filesUnder(site(), ".html")) {
    const html = readFileSync(join(site(), file), "utf8");
    if (/<meta name="robots" content="noindex">/.test(html)) continue;
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? "";
    const url = meta(html, "og:image");
    assert.ok(url, `${file}: no og:image`);
    assert.ok(url.startsWith(SITE_URL + PREFIX), `${file}: og:image ${url} is not under ${SITE_URL + PREFIX}`);
    const image = url.slice((SITE_URL + PREFIX).length);
    const path = join(site(), image);
    assert.ok(existsSync(path), `${file}: og:image ${image} is not in the build`);
    const png = readFileSync(path);
    assert.equal([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], `${image} is not a PNG`);
    assert.equal([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], `${image}: not 1200×630`);
    assert.is(meta(html, "og:image:width"), "1200", file);
    assert.is(meta(html, "og:image:height"), "630", file);
    assert.is(meta(html, "og:image:type"), "image/png", file);
    assert.is(meta(html, "twitter:card"), "summary_large_image", file);
    const alt = meta(html, "og:image:alt") ?? "";
    assert.ok(alt.length > 20, `${file}: og:image:alt "${alt}"`);
    assert.is(meta(html, "twitter:image:alt"), alt, file);
    if (lang === "ko") assert.match(alt, HANGUL, `${file}: alt not in Korean`);
    if (lang.startsWith("zh")) assert.ok(HAN.test(alt) && !HANGUL.test(alt), `${file}: alt not in Chinese`);
    out.push({ page: file, lang, image, hash: createHash("sha256").update(png).digest("hex") });
  }
  return out;
}

test("every indexable page has an og:image in the build: a 1200×630 PNG with its size, type and alt text", () => {
  const pages = indexable();
  assert.ok(pages.length >= 30, `${pages.length} indexable pages`);
  const charts = pages.filter((p) => /\/charts\/[^/]+\/index\.html$/.test(p.page));
  assert.ok(charts.length >= 27, `${charts.length} chart pages`);
  // A chart page shares its own chart; the report and the chooser share the report's image.
  for (const c of charts) assert.is(c.image, c.page.replace(/\/index\.html$/, ".png"));
  for (const lang of ["en", "ko", "zh"]) assert.is(pages.find((p) => p.page === `${lang}/index.html`)?.image, `${lang}/preview.png`);
});

test("the images differ per language and per chart", () => {
  const pages = indexable();
  const images = new Map(pages.map((p) => [p.image, p.hash]));
  const hashes = [...images.values()];
  assert.is(new Set(hashes).size, hashes.length, "two different images have the same bytes");
  assert.ok(images.size >= 30, `${images.size} images`);
});

test.run();
