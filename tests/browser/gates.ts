// Checks run in a browser page. Each returns readable problems; an empty list means the gate passes.
// Functions handed to page.evaluate run inside the page: they must not use anything from this module's scope.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "../helpers/fixture.ts";

const AXE_SOURCE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

export interface Watch {
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  problems(): string[];
}

/**
 * Records requests and errors from now on. `expectedStatus` names a URL whose error status is the point of the page
 * (the 404 page is served with status 404, which Chromium also logs as a console error).
 */
export function watch(page: Page, expectedStatus?: string): Watch {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const at = m.location().url;
    if (new URL(at || "about:blank").pathname === "/favicon.ico") return; // Chromium asks the origin root by itself
    if (expectedStatus && at === expectedStatus && /status of 404/.test(m.text())) return;
    problems.push(`console error: ${m.text()}${at ? ` (at ${at}:${m.location().lineNumber})` : ""}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? "unknown"})`));
  page.on("response", (r) => {
    if (new URL(r.url()).pathname === "/favicon.ico") return;
    if (r.status() >= 400 && r.url() !== expectedStatus) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  return { requests, problems: () => [...new Set(problems)] };
}

interface AxeNode {
  target: string;
  html: string;
  summary: string;
}
interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: AxeNode[];
}

/**
 * axe-core violations of the given impacts: "axe serious color-contrast: <help>" and the first few offending elements.
 * `rules` limits the run to those rule ids (all rules when empty).
 */
export async function axeProblems(page: Page, rules: string[] = [], impacts: string[] = ["serious", "critical"]): Promise<string[]> {
  // Evaluated over CDP, not as a <script> tag: the page's CSP (script-src 'self') would block an inline script.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (rules: string[]): Promise<AxeViolation[]> => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"], ...(rules.length ? { runOnly: { type: "rule", values: rules } } : {}) });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(" "), html: n.html.replace(/\s+/g, " ").slice(0, 100), summary: (n.failureSummary ?? "").replace(/\s+/g, " ").trim() })),
    }));
  }, rules);
  return violations
    .filter((v) => impacts.includes(v.impact))
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => `\n      ${n.target} ${n.html} — ${n.summary}`).join("");
      const more = v.nodes.length > 3 ? `\n      … and ${v.nodes.length - 3} more` : "";
      return `axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} elements)${nodes}${more}`;
    });
}

/** Horizontal scrolling of the page, with the elements that stick out past the viewport (not those inside a scroller). */
export async function overflowProblems(page: Page): Promise<string[]> {
  const r = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = window.innerWidth;
    const culprits: string[] = [];
    const clipped = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    const name = (el: Element) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + [...el.classList].map((c) => `.${c}`).join("");
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 0.5 || box.width === 0 || clipped(el)) continue;
      // Report the innermost element that sticks out, not every ancestor around it.
      const child = [...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5);
      if (!child) culprits.push(`${name(el)} (right edge ${Math.round(box.right)} px)`);
    }
    return { scrollWidth: root.scrollWidth, width, culprits };
  });
  if (r.scrollWidth <= r.width) return [];
  return [`horizontal scroll: scrollWidth ${r.scrollWidth} px > innerWidth ${r.width} px; sticking out: ${r.culprits.slice(0, 5).join(", ") || "(none found)"}`];
}

interface TextBox {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
interface ChartTexts {
  chart: string;
  svg: TextBox;
  texts: TextBox[];
}

/** Tolerance in CSS px: glyph boxes of neighbouring lines may touch by a hair without any ink overlapping. */
const EPS = 1;

/**
 * Every visible <text> in every chart SVG (an <svg> holding text, not nested in another) lies inside its SVG and
 * overlaps no other text. Chart id = the id of the closest element that has one.
 */
export async function textBoxProblems(page: Page, scope = "main"): Promise<string[]> {
  const charts = await page.evaluate((scope: string): ChartTexts[] => {
    const box = (el: Element, text: string) => {
      const b = el.getBoundingClientRect();
      return { text, x: b.x, y: b.y, w: b.width, h: b.height };
    };
    const out: ChartTexts[] = [];
    const root = document.querySelector(scope) ?? document.body;
    for (const svg of root.querySelectorAll("svg")) {
      if (svg.parentElement?.closest("svg")) continue;
      const texts = [...svg.querySelectorAll("text")].filter((t) => {
        const style = getComputedStyle(t);
        const b = t.getBoundingClientRect();
        return (t.textContent ?? "").trim() !== "" && style.visibility !== "hidden" && style.display !== "none" && Number(style.opacity) > 0 && b.width > 0;
      });
      if (!texts.length) continue;
      const id = svg.closest("[id]")?.id ?? svg.querySelector("title")?.textContent ?? `svg ${out.length + 1}`;
      out.push({ chart: id, svg: box(svg, ""), texts: texts.map((t) => box(t, (t.textContent ?? "").trim())) });
    }
    return out;
  }, scope);
  const fmt = (b: TextBox) => `[x ${b.x.toFixed(1)}, y ${b.y.toFixed(1)}, w ${b.w.toFixed(1)}, h ${b.h.toFixed(1)}]`;
  const problems: string[] = [];
  for (const c of charts) {
    const s = c.svg;
    for (const t of c.texts) {
      if (t.x < s.x - EPS || t.y < s.y - EPS || t.x + t.w > s.x + s.w + EPS || t.y + t.h > s.y + s.h + EPS) {
        problems.push(`${c.chart}: text "${t.text}" ${fmt(t)} is not inside its SVG ${fmt(s)}`);
      }
    }
    for (let i = 0; i < c.texts.length; i++) {
      for (let j = i + 1; j < c.texts.length; j++) {
        const a = c.texts[i];
        const b = c.texts[j];
        const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (w > EPS && h > EPS) problems.push(`${c.chart}: text "${a.text}" ${fmt(a)} overlaps "${b.text}" ${fmt(b)}`);
      }
    }
  }
  return problems;
}

/** Requests for Vega code (vega, vega-lite, vega-embed bundles) among `urls`. */
export function vegaRequests(urls: string[]): string[] {
  return urls.filter((u) => /vega/i.test(new URL(u).pathname.split("/").pop() ?? "") && /\.m?js$/.test(new URL(u).pathname));
}

/** The buttons that swap a static chart for the live one. */
/** The button lib/eleventy/charts.ts writes into every chart figure. */
export const LIVE_BUTTON = "figure.chart button[data-chart-live]";

/**
 * Clicking the first live-chart button loads Vega and a live chart; hovering its marks shows vega-embed's tooltip.
 * `requests` is the page's Watch.requests, used to prove no Vega code came before the click.
 */
export async function liveChartProblems(page: Page, requests: string[], timeout = 10_000, note: (line: string) => void = () => {}): Promise<string[]> {
  const button = page.locator(LIVE_BUTTON).first();
  if ((await button.count()) === 0) return [`no live-chart button (${LIVE_BUTTON})`];
  const early = vegaRequests(requests);
  if (early.length) return [`Vega code requested before any click: ${early.join(", ")}`];
  const figure = button.locator("xpath=ancestor::figure[1]");
  const scope = (await figure.count()) ? figure : page.locator("body");
  await button.scrollIntoViewIfNeeded();
  await button.click();
  try {
    await page.waitForFunction(() => !!document.querySelector(".vega-embed svg, .vega-embed canvas"), undefined, { timeout });
  } catch {
    return [`clicking the live-chart button did not show a live chart (.vega-embed) within ${timeout / 1000} s`];
  }
  const late = vegaRequests(requests);
  if (!late.length) return ["a live chart appeared but no Vega code was requested: is it really the live chart?"];
  const live = scope.locator(".vega-embed").first();
  await live.scrollIntoViewIfNeeded();
  const tooltip = page.locator("#vg-tooltip-element.visible");
  const shown = async () => {
    try {
      await tooltip.waitFor({ state: "visible", timeout: 400 });
      return true;
    } catch {
      return false;
    }
  };
  // SVG renderer: hover the marks themselves. Canvas renderer: sweep the pointer over the chart.
  const marks = live.locator(".mark-rect path, .mark-symbol path, .mark-rect > *, .mark-symbol > *");
  const count = Math.min(await marks.count(), 5);
  for (let i = 0; i < count; i++) {
    await marks.nth(i).hover({ force: true });
    if (await shown()) break;
  }
  let seen = await tooltip.isVisible();
  const area = await live.boundingBox();
  for (let gy = 1; !seen && area && gy < 8; gy++) {
    for (let gx = 1; !seen && gx < 10; gx++) {
      await page.mouse.move(area.x + (area.width * gx) / 10, area.y + (area.height * gy) / 8);
      seen = await tooltip.isVisible();
    }
  }
  if (!seen) seen = await shown();
  if (!seen) return ["hovering the live chart's marks showed no tooltip (#vg-tooltip-element.visible)"];
  const text = (await tooltip.textContent())?.replace(/\s+/g, " ").trim() ?? "";
  note(`live chart after click: ${late.map((u) => new URL(u).pathname).join(", ")}; tooltip "${text.slice(0, 80)}"`);
  return text ? [] : ["vega-embed's tooltip appeared but is empty"];
}
