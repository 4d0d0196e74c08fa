import type { ScenarioId } from "../data/model.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import type { Config } from "./spec.ts";

/**
 * One colour per scenario, the same in every chart. Each has a contrast of at least 3.6:1 against both the light
 * page (#ffffff) and the dark page (#0f141a), so bars stay legible in either scheme without swapping colours.
 */
export const SCENARIO_COLORS: Record<ScenarioId, string> = {
  A: "#6e7b8f", // slate: the VPC CNI baseline
  B: "#8b5cf6", // violet
  C: "#c2680a", // amber
  D: "#2f7de1", // blue
  E: "#059669", // green
};

/**
 * Light-scheme ink for the standalone SVG and JSON artifacts. On the site, public/assets/charts.css repaints text,
 * grid and rules from the page's own colour tokens (dark mode), using the classes vega writes into the SVG.
 */
export const INK = "#17202b";
export const INK_2 = "#4a5565";
export const LINE = "#d5dbe3";
export const RULE = "#17202b";

/** Scenario labels in A–E order, as this language writes them ("A: VPC CNI"). */
export function scenarioLabels(i18n: I18n): string[] {
  return SCENARIO_IDS.map((s) => scenarioLabel(i18n, s));
}

export function scenarioLabel(i18n: I18n, s: ScenarioId): string {
  return i18n.t(`scenario.${s}.short`);
}

/** d3-format's number locale, read from Intl so axis ticks group digits the way the tables do. */
// Every spec of every chart asks; making an Intl.NumberFormat each time took longer than the rest of the theme.
const locales = new Map<string, { decimal: string; thousands: string }>();

export function numberLocale(intl: string) {
  let l = locales.get(intl);
  if (!l) {
    const parts = new Intl.NumberFormat(intl).formatToParts(12345.6);
    l = { decimal: parts.find((p) => p.type === "decimal")?.value ?? ".", thousands: parts.find((p) => p.type === "group")?.value ?? "," };
    locales.set(intl, l);
  }
  return { ...l, grouping: [3], currency: ["", ""] as [string, string] };
}

export const FONT_SIZE = 12;

export function chartConfig(i18n: I18n): Config {
  const font = i18n.lang.fonts;
  return {
    font,
    // vega's own ARIA labels are English sentences ("X-axis titled …"); the SVG carries a localized title and desc instead.
    aria: false,
    background: "transparent",
    // Room for the full ascent and descent of CJK faces (about 1.45 em), which vega's layout does not count.
    padding: 8,
    locale: { number: numberLocale(i18n.lang.intl) },
    view: { stroke: null },
    title: { anchor: "start", fontSize: 15, fontWeight: 600, color: INK, subtitleColor: INK_2, subtitleFontSize: FONT_SIZE, subtitlePadding: 8, subtitleLineHeight: 17, lineHeight: 20, offset: 12 },
    axis: {
      labelColor: INK_2,
      titleColor: INK_2,
      labelFontSize: FONT_SIZE,
      titleFontSize: FONT_SIZE,
      titleFontWeight: "normal",
      gridColor: LINE,
      domainColor: LINE,
      tickColor: LINE,
      labelOverlap: true,
      titlePadding: 8,
    },
    axisBand: { ticks: false, domain: false, labelPadding: 6, labelColor: INK },
    legend: { padding: 4, labelColor: INK, titleColor: INK_2, labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, titleFontWeight: "normal", orient: "top", symbolType: "square" },
    concat: { spacing: 28 },
    text: { fontSize: FONT_SIZE, color: INK },
  };
}
