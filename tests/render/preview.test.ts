// Link-preview images (lib/render/preview.ts, fonts.ts, textpath.ts): Korean and Chinese drawn with real glyphs,
// never the missing-glyph box; a missing font or glyph is an error naming the language; 1200×630 PNGs whose bytes
// depend only on their inputs; a cache that reads back what it wrote and ignores a truncated entry.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { CHARTS } from "../../lib/charts/index.ts";
import { previewCache } from "../../lib/render/cache.ts";
import { fontDirs, loadPreviewLibraries, MissingFontError, previewFonts, stackFamilies, type FaceFile } from "../../lib/render/fonts.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewSpec, renderPreview } from "../../lib/render/preview.ts";
import { renderSvg } from "../../lib/render/svg.ts";
import { svgTextToPaths } from "../../lib/render/textpath.ts";
import { i18n, model } from "../charts/setup.ts";

await loadPreviewLibraries();

/** The outline of the face's missing-glyph box (.notdef, glyph 0), as fontkit gives it. */
function notdef(f: FaceFile): string {
  const font = fontkit.openSync(f.file, f.face);
  if (!("getGlyph" in font)) throw new Error(`${f.file}: not a single face`);
  return (font as unknown as { getGlyph(id: number): { path: { toSVG(): string } } }).getGlyph(0).path.toSVG();
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], "not a PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

for (const [lang, text] of [
  ["ko", "서비스 수가 늘 때 커지는 것"],
  ["zh", "服务增多时，什么会随之增长"],
] as const) {
  test(`${lang}: "${text}" is drawn with the language's own glyphs, none of them the missing-glyph box`, () => {
    const fonts = previewFonts(i18n(lang).lang);
    assert.match(fonts.family, lang === "ko" ? /CJK KR/ : /CJK SC/);
    const box = notdef(fonts.faces[0]);
    assert.ok(box.length > 20, "the box outline was read");
    for (const bold of [false, true]) {
      const shaped = fonts.shape(text, bold);
      const drawn = [...text].filter((c) => c.trim());
      assert.is(shaped.glyphs.length, drawn.length, "one outline per visible character");
      for (const [i, g] of shaped.glyphs.entries()) assert.is.not(g.d, box, `"${drawn[i]}" is drawn as the box`);
      // Different characters, different outlines: a box for each would make them all the same.
      const distinct = new Set(drawn);
      assert.is(new Set(shaped.glyphs.map((g) => g.d)).size, distinct.size);
    }
  });
}

test("a language whose fonts are not installed stops the build with its name and what to install", () => {
  const ko = { ...i18n("ko").lang, fonts: "'Noto Sans CJK KR', 'Noto Sans KR'" };
  try {
    previewFonts(ko, []);
    assert.unreachable("no error without fonts");
  } catch (e) {
    assert.instance(e, MissingFontError);
    assert.match((e as Error).message, /^preview images \(ko, 한국어\): no font of its stack in locales\/languages\.yaml \('Noto Sans CJK KR', 'Noto Sans KR'\) is installed/);
    assert.match((e as Error).message, /fonts-noto-cjk/);
  }
});

test("a glyph no installed font has is an error naming the language and the character, not a box", async () => {
  const fonts = previewFonts(i18n("ko").lang);
  assert.throws(() => fonts.shape("보고서 \u{10FFFD}", false), (e: Error) => e instanceof MissingFontError && /^preview images \(ko, 한국어\): no installed font draws ".*" \(U\+10FFFD\)/.test(e.message));
});

test("font stacks: generic families expand to the faces most machines have", () => {
  assert.equal(stackFamilies("'Noto Sans CJK KR', sans-serif").slice(0, 2), ["Noto Sans CJK KR", "Noto Sans"]);
  assert.ok(stackFamilies("system-ui").includes("DejaVu Sans"));
  assert.equal(fontDirs({ PREVIEW_FONT_DIRS: tmpdir() }), [tmpdir()], "the given folders replace the usual ones");
});

test("vega's labels become outlines in place: no <text> left, every label drawn", async () => {
  const spec = CHARTS.rtt.build(model, i18n("zh"));
  const svg = await renderSvg(spec, { idPrefix: "t", title: "t", desc: "d" });
  const texts = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)];
  const out = svgTextToPaths(svg, previewFonts(i18n("zh").lang));
  assert.not.match(out, /<text\b/);
  // Each label's glyphs as paths: at least as many as the visible characters of the labels.
  const chars = texts.map((m) => m[1].replace(/<[^>]+>/g, "").replace(/&\w+;/g, "x").replace(/\s/g, "")).join("").length;
  assert.ok((out.match(/<path transform="matrix\(/g) ?? []).length >= chars, `${chars} characters`);
});

test("a preview is a 1200×630 PNG whose bytes depend only on its inputs", async () => {
  const ko = i18n("ko");
  const fonts = previewFonts(ko.lang);
  const spec = previewSpec(CHARTS["kube-proxy-scaling"].build(model, ko));
  assert.not.ok("title" in spec, "the image sets the title itself");
  assert.is((spec as { columns?: number }).columns, 3, "six panels, three to a row");
  const chart = await renderSvg(spec, { idPrefix: "p", title: "t", desc: "d" });
  const input = { title: ko.t("chart.kube-proxy-scaling.title"), subtitle: "부제", chart, source: "출처" };
  const a = await renderPreview(input, fonts);
  const b = await renderPreview(input, fonts);
  assert.equal(pngSize(a), { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
  assert.ok(a.equals(b), "two renders differ");
  assert.not.ok(a.equals(await renderPreview({ ...input, source: "출처 2" }, fonts)), "a changed input changed nothing");
});

test("the preview cache returns what it stored, treats a truncated file as a miss, and is off with the chart cache", () => {
  const dir = mkdtempSync(join(tmpdir(), "cni-previews-"));
  try {
    const cache = previewCache("", { CHART_CACHE_DIR: dir });
    assert.is(cache.dir, join(dir, "previews"));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("body"), Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])]);
    cache.set("k", png);
    assert.ok(cache.get("k")?.equals(png));
    writeFileSync(join(dir, "previews", "k.png"), png.subarray(0, 10));
    assert.is(cache.get("k"), undefined);
    assert.is(previewCache("", { CHART_CACHE: "off" }).dir, undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
