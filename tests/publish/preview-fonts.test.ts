// Builds on a machine with Latin fonts only (PREVIEW_FONT_DIRS pointed at a folder holding DejaVu or Liberation Sans):
// with Korean configured the build stops, naming Korean and what to install, and leaves no image of empty boxes; with
// English alone it builds, its previews drawn in the Latin face.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { buildCopy, copyProject, remove } from "../helpers/fixture.ts";
import { fontDirs } from "../../lib/render/fonts.ts";

/** A Latin-only family's two faces on this machine, or null. */
function latinFaces(): string[] | null {
  const files = new Map<string, string>();
  const walk = (d: string, depth: number) => {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth < 4) walk(join(d, e.name), depth + 1);
      else files.set(e.name, join(d, e.name));
    }
  };
  for (const d of fontDirs({})) walk(d, 0);
  for (const pair of [["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"], ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"]]) {
    if (pair.every((f) => files.has(f))) return pair.map((f) => files.get(f)!);
  }
  return null;
}

const faces = latinFaces();
const run = faces ? test : test.skip;
if (!faces) console.log("SKIPPED preview fonts: no DejaVu Sans or Liberation Sans installed to stand for a Latin-only machine");

const dir = copyProject();
const fonts = join(dir, "latin-fonts");
test.after(() => remove(dir));

run("with Korean configured and no CJK font, the build fails naming Korean and the package, and writes nothing", () => {
  mkdirSync(fonts, { recursive: true });
  for (const f of faces!) symlinkSync(f, join(fonts, f.split("/").pop()!));
  const r = buildCopy(dir, { PREVIEW_FONT_DIRS: fonts });
  assert.is.not(r.status, 0, "the build succeeded without a Korean font");
  assert.match(r.out, /preview images \(ko, 한국어\): no installed font draws "[\uac00-\ud7af]"/);
  assert.match(r.out, /Noto Sans CJK KR \(Debian: apt-get install fonts-noto-cjk\)/);
  assert.not.ok(existsSync(join(r.site, "ko", "preview.png")), "an image was written");
});

run("with English alone, the same machine builds, and the English previews are 1200×630 PNGs", () => {
  const file = join(dir, "locales", "languages.yaml");
  const langs = parse(readFileSync(file, "utf8"));
  langs.languages = langs.languages.filter((l: { code: string }) => l.code === "en");
  writeFileSync(file, stringify(langs));
  const r = buildCopy(dir, { PREVIEW_FONT_DIRS: fonts });
  assert.is(r.status, 0, r.out);
  for (const png of ["en/preview.png", "en/charts/rtt.png"]) {
    const b = readFileSync(join(r.site, png));
    assert.equal([b.readUInt32BE(16), b.readUInt32BE(20)], [1200, 630], png);
  }
  assert.not.ok(existsSync(join(r.site, "ko")), "Korean was built though not configured");
});

test.run();
