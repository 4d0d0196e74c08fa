/**
 * Text as outlines, for the preview images: resvg would shape every label through the 19 MB CJK collection (a
 * tenth of a second per label), while outlines from fontkit cost a cache lookup per glyph once a face is open.
 * Outlines also make the picture independent of the fonts the PNG renderer finds by itself.
 *
 *   textPaths("제목", { x: 56, y: 90, size: 44, bold: true, fill: "#17202b" }, fonts)   → <g> of <path>s
 *   svgTextToPaths(vegaSvg, fonts)   → the same SVG with every <text> (and its <tspan> lines) drawn as outlines
 */
import type { PreviewFonts } from "./fonts.ts";

export interface TextStyle {
  size: number;
  bold?: boolean;
  fill: string;
  anchor?: "start" | "middle" | "end";
}

/** Positions to a hundredth of a pixel; a glyph's scale (size / units per em, e.g. 0.012) needs six decimals. */
const num = (n: number) => String(Math.round(n * 100) / 100);
const scale = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** One line of text as glyph outlines; (x, y) is the pen position on the baseline, as for SVG <text>. */
export function textPaths(text: string, at: TextStyle & { x: number; y: number; transform?: string }, fonts: PreviewFonts): string {
  const shaped = fonts.shape(text, !!at.bold);
  const width = shaped.width * at.size;
  const shift = at.anchor === "middle" ? -width / 2 : at.anchor === "end" ? -width : 0;
  const paths = shaped.glyphs.map((g) => {
    const k = at.size / g.upm;
    return `<path transform="matrix(${scale(k)} 0 0 ${scale(-k)} ${num(at.x + shift + g.x * at.size)} ${num(at.y)})" d="${g.d}"/>`;
  });
  return `<g fill="${at.fill}"${at.transform ? ` transform="${at.transform}"` : ""}>${paths.join("")}</g>`;
}

/** Width of a line in px. */
export function textWidth(text: string, size: number, bold: boolean, fonts: PreviewFonts): number {
  return fonts.shape(text, bold).width * size;
}

const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => (e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m)));

/**
 * Every <text> of a vega SVG (lib/render/svg.ts writes them with text-anchor, transform, font-size, font-weight and
 * fill, and titles as <tspan> lines with x="0" dy) replaced by its outlines in the same place.
 */
export function svgTextToPaths(svg: string, fonts: PreviewFonts): string {
  return svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (_, attrs: string, body: string) => {
    const size = parseFloat(attr(attrs, "font-size") ?? "11");
    const weight = attr(attrs, "font-weight") ?? "normal";
    const bold = weight === "bold" || Number(weight) >= 600;
    const anchor = (attr(attrs, "text-anchor") ?? "start") as TextStyle["anchor"];
    const fill = attr(attrs, "fill") ?? "#000";
    const transform = attr(attrs, "transform");
    const x0 = parseFloat(attr(attrs, "x") ?? "0");
    let y = parseFloat(attr(attrs, "y") ?? "0");
    const lines = body.includes("<tspan") ? [...body.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)].map((m) => ({ dy: parseFloat(attr(m[1], "dy") ?? "0"), text: m[2] })) : [{ dy: 0, text: body }];
    const out = lines.map((l) => {
      y += l.dy;
      const text = decode(l.text);
      return text.trim() ? textPaths(text, { x: x0, y, size, bold, fill, anchor }, fonts) : "";
    });
    return `<g${transform ? ` transform="${transform}"` : ""}>${out.join("")}</g>`;
  });
}
