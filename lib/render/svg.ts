import * as vega from "vega";
import { compile } from "vega-lite";
import type { TopLevelSpec } from "../charts/spec.ts";
import { measure, type TextItem } from "../charts/measure.ts";
import { tidySvg } from "./tidy.ts";
import { esc } from "../html.ts";

interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

function isTextMetrics(v: unknown): v is TextMetrics {
  return typeof v === "object" && v !== null && typeof Reflect.get(v, "width") === "function";
}

let installed = false;
/** Points vega's text measurement (re-exported at runtime from vega-scenegraph, untyped) at our CJK-aware measurer. */
export function installMeasurer(): void {
  if (installed) return;
  const tm: unknown = Reflect.get(vega, "textMetrics");
  if (!isTextMetrics(tm)) throw new Error("vega.textMetrics is missing: the installed vega no longer exposes it, so CJK labels cannot be measured");
  tm.width = measure;
  installed = true;
}

export class ChartCompileError extends Error {
  override name = "ChartCompileError";
}

/** Keeps Vega-Lite's warnings instead of printing them, so a build can fail on them with the chart named. */
export class CollectingLogger implements vega.LoggerInterface {
  messages: string[] = [];
  level(_?: number): number | vega.LoggerInterface {
    return _ === undefined ? vega.Warn : this;
  }
  error(...args: unknown[]): this {
    this.messages.push(args.map(String).join(" "));
    return this;
  }
  warn(...args: unknown[]): this {
    this.messages.push(args.map(String).join(" "));
    return this;
  }
  info(): this {
    return this;
  }
  debug(): this {
    return this;
  }
}

/** Vega-Lite → Vega, failing on any compiler warning (a warning means a spec that does not say what we meant). */
export function toVega(spec: TopLevelSpec, where: string): vega.Spec {
  const logger = new CollectingLogger();
  const out = compile(spec, { logger }).spec;
  if (logger.messages.length) throw new ChartCompileError(`${where}: Vega-Lite compile warnings:\n  ${logger.messages.join("\n  ")}`);
  return out;
}

export interface SvgLabels {
  /** Prefix that makes every id in this SVG unique on a page and stable across builds, e.g. "chart-rtt-ko". */
  idPrefix: string;
  title: string;
  desc: string;
}


/**
 * Renders a spec to a static SVG string with vega's headless "none" renderer, then makes it fit for a page:
 * stable, prefixed ids; role="img" with a localized <title> and <desc>; no opaque background.
 */
export async function renderSvg(spec: TopLevelSpec, labels: SvgLabels): Promise<string> {
  installMeasurer();
  const vg = toVega(spec, labels.idPrefix);
  const view = new vega.View(vega.parse(vg), { renderer: "none", logLevel: vega.Warn });
  try {
    return finishSvg(await view.toSVG(), labels);
  } finally {
    view.finalize();
  }
}

/** Post-processing of vega's SVG; separate so it can be tested on a fixed input. */
export function finishSvg(raw: string, { idPrefix, title, desc }: SvgLabels): string {
  let svg = renumberIds(tidySvg(raw), idPrefix);
  // A transparent background rect adds nothing; dropping it keeps the SVG smaller.
  svg = svg.replace(/<rect width="\d+(?:\.\d+)?" height="\d+(?:\.\d+)?" fill="transparent"\/>/, "");
  const open = svg.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error(`${idPrefix}: vega did not return an <svg> element`);
  const attrs = open[0]
    .replace(/\s(?:version|xmlns:xlink)="[^"]*"/g, "")
    .replace(/\sclass="marks"/, ` class="marks chart-svg" role="img" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc"`);
  const head = `<title id="${idPrefix}-title">${esc(title)}</title><desc id="${idPrefix}-desc">${esc(desc)}</desc>`;
  return attrs + head + svg.slice(open[0].length);
}

/**
 * vega numbers clip paths and gradients from a process-wide counter, so the same chart gets different ids
 * depending on what was rendered before it. Rename every id to prefix-N in order of appearance.
 */
export function renumberIds(svg: string, prefix: string): string {
  const map = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!map.has(m[1])) map.set(m[1], `${prefix}-${map.size + 1}`);
  if (!map.size) return svg;
  const pattern = new RegExp(`(id="|url\\(#|href="#)(${[...map.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?=[")])`, "g");
  return svg.replace(pattern, (_, lead: string, id: string) => lead + map.get(id));
}
