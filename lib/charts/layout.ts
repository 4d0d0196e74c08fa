/**
 * Each chart is drawn in two layouts, so no reader sees a drawing scaled far from the size it was made for:
 *   wide    a desktop column, small multiples side by side; shown where the chart gets at least WIDE_FROM px
 *   narrow  a phone, one panel per row, at most NARROW_MAX px wide so its 12 px labels stay 11 px or more at 360 px
 * public/assets/charts.css picks one with a container query (no script), so embeds pick by the width they are given.
 */
export const LAYOUTS = ["wide", "narrow"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Container width (px) from which the wide drawing is shown; charts.css writes the same number as 40rem. */
export const WIDE_FROM = 640;

/** How far a drawing grows beyond its drawn width to fill its column (charts.css: max-width calc(var(--w) * 1.3)). */
export const MAX_GROWTH = 1.3;

/** Widest drawn width (px) of each layout; tests/render/svg.test.ts holds every chart to it in every language. */
export const LAYOUT_MAX: Record<Layout, number> = { wide: 720, narrow: 350 };

/** Width the chart's title and subtitle wrap to, per layout. */
export const TITLE_WIDTH: Record<Layout, number> = { wide: 640, narrow: 320 };

/**
 * Panels per row for a chart of small multiples: two side by side when wide, one when narrow. Three in a row would
 * leave each panel under 90 px of bars at the wide width, too little to compare lengths.
 */
export function columnsFor(layout: Layout, panels: number): number {
  return layout === "narrow" || panels < 2 ? 1 : 2;
}

/** Plot width (px) of a chart with a single panel of bars. */
export const BAR_WIDTH: Record<Layout, number> = { wide: 520, narrow: 130 };

/** Plot width (px) of each small multiple: what is left of the layout's width beside the labels, per panel in a row. */
export const PANEL_WIDTH: Record<Layout, number> = { wide: 144, narrow: 135 };
