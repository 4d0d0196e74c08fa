/**
 * Fonts for the preview images (lib/render/preview.ts). A language's faces are the first family of its font stack
 * (locales/languages.yaml) found on this machine, in regular and bold; generic families (sans-serif, system-ui) try
 * Noto Sans, the Noto Sans CJK collection (its Latin is complete) and the DejaVu and Liberation faces most Linux
 * machines have. Every character drawn must have a glyph in one of them: a missing font or glyph stops the build
 * with the language named, never an image of empty boxes.
 *
 *   const fonts = previewFonts(language);   // finds the files (cheap); nothing is parsed yet
 *   fonts.key                               // names, files, sizes and dates: part of each image's cache key
 *   fonts.shape("제목", true)               // glyph outlines (font units) and advances; throws on a missing glyph
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import type { Language } from "../i18n/languages.ts";

type Weight = "Regular" | "Bold";

export interface FaceFile {
  family: string;
  weight: Weight;
  file: string;
  /** PostScript name of the face inside a collection (.ttc); undefined for a single-face file. */
  face?: string;
}

/**
 * Font folders searched: PREVIEW_FONT_DIRS (separated by the path delimiter) instead of the usual places when set,
 * so a build can use fonts from elsewhere, or be tried as on a machine without some of them.
 */
export function fontDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const own = (env.PREVIEW_FONT_DIRS ?? "").split(process.platform === "win32" ? ";" : ":").filter(Boolean);
  const home = homedir();
  const usual = ["/usr/share/fonts", "/usr/local/share/fonts", join(home, ".local/share/fonts"), join(home, ".fonts"), "/Library/Fonts", "/System/Library/Fonts", join(home, "Library/Fonts"), "C:\\Windows\\Fonts"];
  return (own.length ? own : usual).filter((d) => existsSync(d));
}

let index: { dirs: string; files: Map<string, string> } | undefined;
/** Every font file under the font folders, by file name (the first found wins). */
function fontFiles(dirs: string[]): Map<string, string> {
  if (index?.dirs === dirs.join("\n")) return index.files;
  const files = new Map<string, string>();
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory() && depth < 5) walk(p, depth + 1);
      else if (/\.(ttf|otf|ttc)$/i.test(e.name) && !files.has(e.name)) files.set(e.name, p);
    }
  };
  for (const d of dirs) walk(d, 0);
  index = { dirs: dirs.join("\n"), files };
  return files;
}

const CJK = /^Noto Sans CJK (KR|SC|TC|JP|HK)$/i;
/** Families tried for a generic name, and after a language's own family for characters it lacks. */
const GENERIC = ["Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", "Liberation Sans"];

/** Where a family's regular or bold face may be, by file name (Debian, Google's downloads, the usual Linux faces). */
function candidates(family: string, weight: Weight): (Omit<FaceFile, "file"> & { name: string })[] {
  const cjk = CJK.exec(family);
  if (cjk) {
    const region = cjk[1].toUpperCase();
    const r = region.toLowerCase();
    return [
      { family, weight, name: `NotoSansCJK-${weight}.ttc`, face: `NotoSansCJK${r}-${weight}` },
      { family, weight, name: `NotoSansCJK${r}-${weight}.otf` },
      { family, weight, name: `NotoSans${region}-${weight}.otf` },
    ];
  }
  const plain: Record<string, Record<Weight, string>> = {
    "noto sans": { Regular: "NotoSans-Regular.ttf", Bold: "NotoSans-Bold.ttf" },
    "dejavu sans": { Regular: "DejaVuSans.ttf", Bold: "DejaVuSans-Bold.ttf" },
    "liberation sans": { Regular: "LiberationSans-Regular.ttf", Bold: "LiberationSans-Bold.ttf" },
  };
  const f = plain[family.toLowerCase()];
  return f ? [{ family, weight, name: f[weight] }] : [];
}

/** The family's two faces as files on this machine, or undefined when either is missing. */
function findFamily(family: string, files: Map<string, string>): Record<Weight, FaceFile> | undefined {
  const find = (weight: Weight): FaceFile | undefined => {
    for (const c of candidates(family, weight)) {
      const file = files.get(c.name);
      if (file) return { family, weight, file, ...(c.face ? { face: c.face } : {}) };
    }
    return undefined;
  };
  const regular = find("Regular");
  const bold = find("Bold");
  return regular && bold ? { Regular: regular, Bold: bold } : undefined;
}

/** The families of a CSS font stack, unquoted, generic names expanded. */
export function stackFamilies(stack: string): string[] {
  const out: string[] = [];
  for (const raw of stack.split(",")) {
    const name = raw.trim().replace(/^['"]|['"]$/g, "");
    if (!name) continue;
    if (/^(sans-serif|system-ui|-apple-system|ui-sans-serif)$/i.test(name)) out.push(...GENERIC);
    else out.push(name);
  }
  return [...new Set(out)];
}

export interface Shaped {
  /** Each glyph's outline in font units (y up) and its pen position, in em. */
  glyphs: { d: string; x: number; upm: number }[];
  /** Advance of the whole string, in em. */
  width: number;
}

export interface PreviewFonts {
  lang: string;
  /** What the images depend on: faces, files, sizes and dates. */
  key: string;
  /** The family the language's text is set in. */
  family: string;
  /** The faces tried for each character, the language's own first. */
  faces: FaceFile[];
  shape(text: string, bold: boolean): Shaped;
}

export class MissingFontError extends Error {}

// Faces opened so far, shared by the languages: Chinese and English both set text in the same CJK collection here,
// and opening a face (its character map) costs more than drawing every glyph of a preview.
const opened = new Map<string, import("fontkit").Font>();

interface LoadedGlyph {
  d: string;
  advance: number;
  upm: number;
}

/**
 * The preview fonts of a language. Throws MissingFontError naming the language when no family of its stack is
 * installed; shape() throws it when a character has no glyph in any of the faces found.
 */
export function previewFonts(language: Language, dirs: string[] = fontDirs()): PreviewFonts {
  const files = fontFiles(dirs);
  const families = stackFamilies(language.fonts);
  const found = families.map((f) => findFamily(f, files)).filter((f): f is Record<Weight, FaceFile> => !!f);
  const where = dirs.length ? dirs.join(", ") : "no font folder found";
  if (!found.length) {
    throw new MissingFontError(
      `preview images (${language.code}, ${language.name}): no font of its stack in locales/languages.yaml (${language.fonts}) is installed, ` +
        `nor ${GENERIC.join(", ")} (searched ${where}). ` +
        `Install one (Debian: apt-get install fonts-noto-cjk) or point PREVIEW_FONT_DIRS at it; without it the images would show empty boxes.`,
    );
  }
  // Fallbacks (the generic families) come after the language's own, for the odd symbol its face lacks.
  const chain = [...new Map(found.map((f) => [f.Regular.file + f.Regular.face, f])).values()];
  const key = JSON.stringify(
    chain.flatMap((f) => [f.Regular, f.Bold]).map((f) => {
      const s = statSync(f.file);
      return [f.family, f.weight, f.face ?? "", basename(f.file), s.size, Math.floor(s.mtimeMs)];
    }),
  );
  const glyphCache = new Map<string, LoadedGlyph | null>();
  let fontkit: typeof import("fontkit") | undefined;

  const open = (f: FaceFile): import("fontkit").Font => {
    const id = `${f.file}#${f.face ?? ""}`;
    let font = opened.get(id);
    if (!font) {
      const loaded = fontkit!.openSync(f.file, f.face);
      if (!("glyphForCodePoint" in loaded)) throw new MissingFontError(`preview images (${language.code}): ${f.file} is a collection without the face ${f.face}`);
      font = loaded;
      opened.set(id, font);
    }
    return font;
  };

  const glyph = (cp: number, weight: Weight): LoadedGlyph | null => {
    const k = `${weight}:${cp}`;
    if (glyphCache.has(k)) return glyphCache.get(k)!;
    let out: LoadedGlyph | null = null;
    for (const fam of chain) {
      const font = open(fam[weight]);
      if (!font.hasGlyphForCodePoint(cp)) continue;
      const g = font.glyphForCodePoint(cp);
      if (g.id === 0) continue;
      out = { d: g.path.toSVG(), advance: g.advanceWidth / font.unitsPerEm, upm: font.unitsPerEm };
      break;
    }
    glyphCache.set(k, out);
    return out;
  };

  return {
    lang: language.code,
    key,
    family: chain[0].Regular.family,
    faces: chain.flatMap((f) => [f.Regular, f.Bold]),
    shape(text, bold) {
      fontkit ??= loadFontkit();
      const weight: Weight = bold ? "Bold" : "Regular";
      const glyphs: Shaped["glyphs"] = [];
      let x = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        const g = glyph(cp, weight);
        if (!g) {
          throw new MissingFontError(
            `preview images (${language.code}, ${language.name}): no installed font draws "${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, "0")}) in "${text}"; ` +
              `tried ${chain.map((f) => `${f.Regular.family} (${f[weight].file})`).join(", ")}. Install ${families[0]} (Debian: apt-get install fonts-noto-cjk).`,
          );
        }
        if (g.d) glyphs.push({ d: g.d, x, upm: g.upm });
        x += g.advance;
      }
      return { glyphs, width: x };
    },
  };
}

let fontkitModule: typeof import("fontkit") | undefined;
/** fontkit, loaded on the first image drawn: a build whose images are all cached never parses a font. */
function loadFontkit(): typeof import("fontkit") {
  if (!fontkitModule) throw new Error("fontkit is not loaded: call await loadPreviewLibraries() before drawing");
  return fontkitModule;
}

/** Loads the libraries the images need (fontkit, resvg); called only when an image is not in the cache. */
export async function loadPreviewLibraries(): Promise<void> {
  fontkitModule ??= await import("fontkit");
}
