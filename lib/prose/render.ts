import MarkdownIt from "markdown-it";
import type { Model } from "../data/model.ts";
import type { Facts } from "../facts/index.ts";
import type { I18n } from "../i18n/index.ts";
import { brokenClaims, type Broken } from "../narrative/check.ts";
import { guardsOf, withoutClaims } from "../narrative/guards.ts";
import type { NarrativeMode } from "../narrative/mode.ts";
import { esc } from "../html.ts";

/** Prose never carries raw HTML: anything that looks like markup is shown as text. */
export const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Code snippets scroll sideways on a narrow screen, and a scrollable region has to be reachable from the keyboard.
const fence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env, self) => fence(tokens, idx, options, env, self).replace(/^<pre>/, '<pre tabindex="0">');

// The only two forms prose may use. A small expander instead of Nunjucks: compiling each of the ~240 parts as a
// template took a sixth of the build, and anything else between braces is now a clear error, not a silent feature.
const FIGURE = /\{\{\s*f\(\s*(["'])([^"'\n]*)\1\s*\)\s*\}\}/g;
const TAG = /\{\{\s*(f|requires)\(\s*(["'])([^"'\n]*)\2\s*\)\s*\}\}/g;
const OTHER = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/;

export interface ProseOptions {
  mode?: NarrativeMode;
  /** English formats for the figures shown beside a marked passage (preview only). */
  en?: I18n;
}

function figures(source: string, where: string, facts: Facts): string {
  return source.replace(FIGURE, (_, _q: string, name: string) => {
    const v = facts.get(name);
    if (v === undefined) throw new Error(`${where}: unknown figure "${name}" (run npm run facts for the list)`);
    return v;
  });
}

/** The author's view of a passage the published page leaves out: in place, framed, with the reason. */
function marked(html: string, broken: Broken[]): string {
  const why = broken.map((b) => `<li><code>${esc(b.claim)}</code>: ${esc(b.says)}<br><span class="left-out-figures">${esc(b.figures)}</span></li>`).join("");
  return `<div class="left-out"><p class="left-out-note">Left out of the published page: the data no longer supports</p><ul class="left-out-claims">${why}</ul>${html}</div>`;
}

/**
 * Renders one prose part: figures ({{ f("rtt.E") }}) are filled in, and passages guarded by a claim
 * ({{ requires("e-lowest-rtt") }}, see lib/narrative/guards.ts) are kept only while the data supports them, or shown
 * marked in preview. Unknown figures or claims, or any other {{ … }}, stop the build with the file and part named.
 */
export function renderProse(source: string, where: string, facts: Facts, model: Model, opts: ProseOptions = {}): string {
  const mode = opts.mode ?? "publish";
  const stray = OTHER.exec(source.replace(TAG, ""));
  if (stray) throw new Error(`${where}: ${JSON.stringify(stray[0])} is neither a figure nor a claim; write {{ f("figure.name") }} or {{ requires("claim-name") }}`);
  let guards;
  try {
    guards = guardsOf(source);
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }
  const check = (names: string[]) => brokenClaims(model, names, where, opts.en);
  const render = (text: string) => md.render(figures(withoutClaims(text), where, facts));

  const whole = check(guards.part);
  if (whole.length && mode !== "preview") return "";
  let html = "";
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) html += render(pending.join("\n\n"));
    pending = [];
  };
  for (const b of guards.blocks) {
    const broken = check(b.claims);
    if (!broken.length) pending.push(b.source);
    else if (mode === "preview") {
      flush();
      html += marked(render(b.source), broken);
    }
  }
  flush();
  return whole.length ? marked(html, whole) : html;
}
