import { esc } from "../html.ts";
import { MAX_GROWTH, WIDE_FROM, type Layout } from "../charts/layout.ts";
/** The embed code a chart page offers: an iframe that works alone at a fixed height, plus the optional resize script. */
export interface EmbedCodeInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of public/assets/embed-resize.js. */
  script: string;
  /** The chart's title in the page's language: the frame's accessible name. */
  title: string;
  height: number;
}


export function embedCode({ src, script, title, height }: EmbedCodeInput): string {
  return (
    `<iframe src="${esc(src)}" loading="lazy" title="${esc(title)}" style="width:100%;border:0" height="${Math.round(height)}"></iframe>\n` +
    `<script src="${esc(script)}" async></script>`
  );
}

/** Width the default height is computed for: a typical article column. */
export const EMBED_WIDTH = 640;
/** The embed page draws the chart at the frame's width less its padding, up to this width (layouts/embed.njk). */
export const CHART_MAX_WIDTH = 760;
export const EMBED_PADDING = 16;
/** Room for the caption (up to three lines at that width), the source line and the page padding. */
export const CAPTION_ROOM = 112;

/** The layout a frame of this width shows (public/assets/charts.css picks it by the width the chart gets). */
export const embedLayout = (width = EMBED_WIDTH): Layout => (width - EMBED_PADDING >= WIDE_FROM ? "wide" : "narrow");

/**
 * A frame height that shows the whole chart and its caption in a typical column without the script: the height
 * of the drawing that width shows (embedLayout), scaled to the frame's width or to its growth limit, plus the caption.
 */
export function defaultEmbedHeight(svgWidth: number, svgHeight: number, width = EMBED_WIDTH): number {
  if (!(svgWidth > 0 && svgHeight > 0)) throw new Error(`embed height: the chart SVG has no size (width ${svgWidth}, height ${svgHeight})`);
  const drawn = Math.min(CHART_MAX_WIDTH, width - EMBED_PADDING, svgWidth * MAX_GROWTH);
  return Math.ceil((svgHeight * drawn) / svgWidth + CAPTION_ROOM);
}

/** The width and height attributes of a rendered chart SVG. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = svg.match(/^<svg\b[^>]*>/)?.[0] ?? "";
  const num = (name: string) => Number(open.match(new RegExp(`\\s${name}="([\\d.]+)"`))?.[1] ?? NaN);
  return { width: num("width"), height: num("height") };
}
