import type { ScenarioId } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import type { Layer, LayerView } from "./spec.ts";
import { INK, INK_2, RULE, SCENARIO_COLORS, scenarioLabel, scenarioLabels } from "./theme.ts";
import { SCENARIO_IDS } from "../data/model.ts";
import { lines } from "./common.ts";

/** One bar: a category on the y axis, coloured by its scenario, with the label printed beside it. */
export interface Bar {
  /** Row on the y axis: a scenario label, or e.g. "1,000 Services" in the scaling charts. */
  category: string;
  scenario: ScenarioId;
  /** Length of the solid bar; null when the figure was not measured (drawn as a label, never as a zero bar). */
  value: number | null;
  /** For a range ("4–6m"): the bar is solid to `value` (the minimum) and lighter from there to `hi`. */
  hi?: number;
  /** The figure as the tables write it ("4,894 µs", "~130 ms", "4–6m", "not measured"). */
  text: string;
}

export interface BarPanel {
  title?: string;
  /** Axis title, naming the measure and its unit. */
  axis: string;
  bars: Bar[];
  /** Category order, top to bottom. */
  categories: string[];
  width?: number;
  /** Upper end of the value axis when the data should not decide it (e.g. the NIC limit). */
  max?: number;
  /** Extra layers drawn on the same scales (a limit rule, its label). */
  extra?: Layer[];
  /** Print every label in a column just right of the frame (used with a limit rule, so labels never cross it). */
  labelColumn?: boolean;
  /** Show the axis title under the axis (panels that carry the measure in their own title leave it off). */
  axisTitle?: boolean;
  /** Label the category axis (the right-hand panel of a pair repeats the same rows and leaves it off). */
  categoryAxis?: boolean;
  /** Tooltip title of the category field. */
  categoryTitle: string;
  /** Print categoryTitle beside the category axis too (when the categories are bare numbers, such as Service counts). */
  showCategoryTitle?: boolean;
}

/**
 * Whether this language's script may be set in italics. Han, Hangul and kana have no italic form: browsers and
 * vega slant the glyphs synthetically, which CJK typography does not use.
 */
export function slantable(i18n: I18n): boolean {
  return ["Latn", "Cyrl", "Grek"].includes(new Intl.Locale(i18n.lang.intl).maximize().script ?? "Latn");
}

/** The colour channel: a scenario's label maps to its fixed colour in every chart. */
export function scenarioColor(i18n: I18n, shown?: readonly ScenarioId[]) {
  return {
    field: "scenario",
    type: "nominal" as const,
    scale: { domain: scenarioLabels(i18n), range: SCENARIO_IDS.map((s) => SCENARIO_COLORS[s]) },
    legend: shown ? { title: null, values: shown.map((s) => scenarioLabel(i18n, s)) } : null,
  };
}

/** A vertical limit line across a panel, with its label above the frame (e.g. the NIC's bandwidth). */
export function limitRule(value: number, label: string): Layer[] {
  const x = { datum: value, type: "quantitative" as const };
  return [
    { data: { values: [{}] }, mark: { type: "rule", strokeDash: [5, 3], color: RULE, strokeWidth: 1.5 }, encoding: { x } },
    { data: { values: [{}] }, mark: { type: "text", align: "right", baseline: "bottom", dy: -4, color: INK }, encoding: { x, y: { value: 0 }, text: { value: label } } },
  ];
}

/** Horizontal bars from zero, one row per category (and one bar per scenario within a row when several share it). */
export function barPanel(i18n: I18n, p: BarPanel, legend?: readonly ScenarioId[]): LayerView {
  const multi = new Set(p.bars.map((b) => b.scenario)).size > 1 && new Set(p.bars.map((b) => b.category)).size < p.bars.length;
  const rows = p.bars.map((b) => ({
    category: b.category,
    scenario: scenarioLabel(i18n, b.scenario),
    value: b.value,
    hi: b.hi ?? b.value,
    end: b.hi ?? b.value ?? 0,
    text: b.text,
  }));
  const width = p.width ?? 300;
  const high = Math.max(p.max ?? 0, ...rows.map((r) => r.end));
  const y = {
    field: "category",
    type: "nominal" as const,
    sort: p.categories,
    scale: { domain: p.categories },
    axis: p.categoryAxis === false ? null : { title: p.showCategoryTitle ? p.categoryTitle : null, labelLimit: 140 },
  };
  const x = {
    field: "value",
    type: "quantitative" as const,
    // Bars start at zero. With a limit (the NIC's bandwidth) the frame ends there, so the limit rule sits on its edge.
    scale: p.max === undefined ? { zero: true, nice: true } : { zero: true, domain: [0, high], nice: false },
    axis: { title: p.axisTitle === false ? null : p.axis, format: ",~r", tickCount: width < 260 ? 3 : 5, grid: true, ticks: false },
  };
  const tooltip = [
    { field: "category", type: "nominal" as const, title: p.categoryTitle },
    ...(multi ? [{ field: "scenario", type: "nominal" as const, title: i18n.t("chart.scenario") }] : []),
    { field: "text", type: "nominal" as const, title: p.axis },
  ];
  // Only the scenarios this panel shows share a row, in A–E order.
  const scenarios = SCENARIO_IDS.filter((s) => p.bars.some((b) => b.scenario === s));
  const offset = multi ? { yOffset: { field: "scenario", type: "nominal" as const, scale: { domain: scenarios.map((s) => scenarioLabel(i18n, s)) } } } : {};
  const measured = { field: "value", valid: true };
  const layers: Layer[] = [
    {
      transform: [{ filter: measured }],
      mark: { type: "bar", cornerRadiusEnd: 2 },
      // One bar per row (and scenario): nothing to stack. Left to stack, Vega-Lite rounds the ends through a group
      // per row, and drawing those groups took a fifth of every chart's time.
      encoding: { x: { ...x, stack: null }, y, color: scenarioColor(i18n, legend), tooltip, ...offset },
    },
  ];
  if (p.bars.some((b) => b.hi !== undefined)) {
    layers.push({
      transform: [{ filter: measured }],
      mark: { type: "bar", opacity: 0.4, cornerRadiusEnd: 2 },
      encoding: { x: { field: "value", type: "quantitative" }, x2: { field: "hi" }, y, color: scenarioColor(i18n), tooltip, ...offset },
    });
  }
  layers.push({
    transform: [{ filter: measured }],
    mark: { type: "text", align: "left", baseline: "middle", dx: 5 },
    encoding: { x: p.labelColumn ? { value: width } : { field: "end", type: "quantitative" }, y, text: { field: "text" }, ...offset },
  });
  if (p.bars.some((b) => b.value === null)) {
    layers.push({
      // Not measured: said in words at the axis, never drawn as a zero-length bar.
      transform: [{ filter: { not: measured } }],
      mark: { type: "text", align: "left", baseline: "middle", dx: 5, ...(slantable(i18n) ? { fontStyle: "italic" } : {}), color: INK_2 },
      encoding: { x: { datum: 0, type: "quantitative" }, y, text: { field: "text" }, ...offset },
    });
  }
  layers.push(...(p.extra ?? []));
  return {
    ...(p.title ? { title: { text: lines(p.title, width + (p.categoryAxis === false ? 70 : 130), 13), fontSize: 13, anchor: "start" as const } } : {}),
    data: { values: rows },
    width,
    // With several scenarios per row the step sizes each scenario's bar, not the whole row.
    height: multi ? { step: 19, for: "offset" as const } : { step: 24 },
    layer: layers,
  };
}
