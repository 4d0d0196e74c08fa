/**
 * Link-preview images (og:image): 1200×630 PNGs with a title, a subtitle, a chart and the source line, in the page's
 * language and that language's face. Text is drawn as outlines (lib/render/textpath.ts) and the picture rasterized
 * by resvg, so the bytes depend only on the inputs, the fonts and the library versions: rebuilds are byte-identical,
 * and previewKey() names all of it, for the disk cache (lib/render/cache.ts, previewCache).
 *
 *   const png = await renderPreview({ title, subtitle, chart: svg, source }, previewFonts(language));
 */
import { createHash } from "node:crypto";
import { wrap } from "../charts/measure.ts";
import type { TopLevelSpec } from "../charts/spec.ts";
import { INK, INK_2 } from "../charts/theme.ts";
import { versionOf } from "./bundle.ts";
import { rendererDigest } from "./cache.ts";
import { loadPreviewLibraries, type PreviewFonts } from "./fonts.ts";
import { svgTextToPaths, textPaths, textWidth } from "./textpath.ts";

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewInput {
  title: string;
  subtitle: string;
  /** A chart SVG from lib/render/svg.ts, drawn below the subtitle at the size the space allows. */
  chart: string;
  /** Where the figures come from, at the foot. */
  source: string;
}

const PAD = 56;
const ACCENT = "#0b5cad";
const TEXT_WIDTH = PREVIEW_WIDTH - 2 * PAD;

/** Lines of `text` no wider than the image's text width at the largest of `sizes` that needs at most `maxLines`. */
function fit(text: string, sizes: number[], maxLines: number, bold: boolean, fonts: PreviewFonts): { lines: string[]; size: number } {
  let best = { lines: [text], size: sizes[sizes.length - 1] };
  for (const size of sizes) {
    // The wrapper's estimate is close; the real advances then shrink any line that still runs over.
    const lines = wrap(text, TEXT_WIDTH, size);
    const widest = Math.max(...lines.map((l) => textWidth(l, size, bold, fonts)));
    best = { lines, size: widest > TEXT_WIDTH ? Math.floor((size * TEXT_WIDTH) / widest) : size };
    if (lines.length <= maxLines) return best;
  }
  return best;
}

/**
 * The chart as the preview draws it: the wide spec without its title (the image sets it large above), and small
 * multiples in one row of up to four, or three to a row, to suit the image's wide, low space.
 */
export function previewSpec(spec: TopLevelSpec): TopLevelSpec {
  const { title: _title, ...bare } = spec as TopLevelSpec & { title?: unknown; concat?: unknown[]; columns?: number };
  const panels = Array.isArray((bare as { concat?: unknown[] }).concat) ? (bare as { concat: unknown[] }).concat.length : 1;
  return panels > 1 ? ({ ...bare, columns: panels <= 4 ? panels : Math.ceil(panels / 2) } as TopLevelSpec) : (bare as TopLevelSpec);
}

/** The preview as SVG with every text as outlines (exported for tests). */
export function previewSvg(input: PreviewInput, fonts: PreviewFonts): string {
  const parts: string[] = [`<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#ffffff"/>`, `<rect width="${PREVIEW_WIDTH}" height="10" fill="${ACCENT}"/>`];
  let y = PAD + 6;
  const title = fit(input.title, [50, 44, 38], 2, true, fonts);
  for (const line of title.lines) {
    y += title.size;
    parts.push(textPaths(line, { x: PAD, y, size: title.size, bold: true, fill: INK }, fonts));
    y += title.size * 0.25;
  }
  const subtitle = fit(input.subtitle, [26, 22], 2, false, fonts);
  y += 10;
  for (const line of subtitle.lines) {
    y += subtitle.size;
    parts.push(textPaths(line, { x: PAD, y, size: subtitle.size, fill: INK_2 }, fonts));
    y += subtitle.size * 0.35;
  }
  // The foot: a rule and the source line.
  const footSize = 20;
  const footY = PREVIEW_HEIGHT - 34;
  parts.push(`<rect x="${PAD}" y="${footY - footSize - 16}" width="${TEXT_WIDTH}" height="1" fill="#d5dbe3"/>`);
  const source = fit(input.source, [footSize, 17, 15], 1, false, fonts);
  parts.push(textPaths(source.lines.join(" "), { x: PAD, y: footY, size: source.size, fill: INK_2 }, fonts));
  // The chart, as large as the space between the subtitle and the foot allows (and no more than twice its size).
  const open = /^<svg\b[^>]*>/.exec(input.chart)?.[0];
  if (!open) throw new Error("preview: the chart is not an SVG");
  const [w, h] = ["width", "height"].map((a) => Number(new RegExp(`\\s${a}="([\\d.]+)"`).exec(open)?.[1]));
  const top = y + 20;
  const bottom = footY - footSize - 30;
  const scale = Math.min(TEXT_WIDTH / w, (bottom - top) / h, 2);
  if (!(scale > 0)) throw new Error(`preview: no room for the chart (${w}×${h} between y ${top} and ${bottom})`);
  // Titles and descriptions of the chart are for screen readers; the image's alt text is the page's.
  const inner = input.chart.slice(open.length, input.chart.lastIndexOf("</svg>")).replace(/<title\b[\s\S]*?<\/title>|<desc\b[\s\S]*?<\/desc>/g, "");
  parts.push(`<g transform="translate(${PAD - 8 * scale} ${top}) scale(${Math.round(scale * 1000) / 1000})">${svgTextToPaths(inner, fonts)}</g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">${parts.join("")}</svg>`;
}

/** Draws the preview; fontkit and resvg are loaded here, so a build whose previews are cached never loads them. */
export async function renderPreview(input: PreviewInput, fonts: PreviewFonts): Promise<Buffer> {
  await loadPreviewLibraries();
  const svg = previewSvg(input, fonts);
  const { Resvg } = await import("@resvg/resvg-js");
  // No font is loaded: every text is already an outline.
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: "original" }, shapeRendering: 2, textRendering: 1 }).render().asPng();
  return Buffer.from(png);
}

/**
 * The cache key of one preview: its inputs (the chart by the spec it is drawn from and its labels, so a hit needs
 * no vega), the fonts, the render code and the libraries.
 */
export function previewKey(inputs: unknown, fonts: PreviewFonts): string {
  return createHash("sha256")
    .update(rendererDigest())
    .update(`@resvg/resvg-js@${versionOf("@resvg/resvg-js")} fontkit@${versionOf("fontkit")}`)
    .update(fonts.key)
    .update(JSON.stringify(inputs))
    .digest("hex");
}
