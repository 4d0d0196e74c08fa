import MarkdownIt from "markdown-it";
import type { Model } from "../data/model.ts";
import type { Facts } from "../facts/index.ts";
import { requireClaim } from "../facts/claims.ts";

/** Prose never carries raw HTML: anything that looks like markup is shown as text. */
export const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Code snippets scroll sideways on a narrow screen, and a scrollable region has to be reachable from the keyboard.
const fence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env, self) => fence(tokens, idx, options, env, self).replace(/^<pre>/, '<pre tabindex="0">');

// The only two forms prose may use. A small expander instead of Nunjucks: compiling each of the ~240 parts as a
// template took a sixth of the build, and anything else between braces is now a clear error, not a silent feature.
const TAG = /\{\{\s*(f|requires)\(\s*(["'])([^"'\n]*)\2\s*\)\s*\}\}/g;
const OTHER = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/;

/**
 * Renders one prose part: first the figures ({{ f("rtt.E") }}) and claims ({{ requires("e-lowest-rtt") }}),
 * then Markdown. Unknown figures or claims, or any other {{ … }}, stop the build with the file and part named.
 */
export function renderProse(source: string, where: string, facts: Facts, model: Model, inline = false): string {
  const stray = OTHER.exec(source.replace(TAG, ""));
  if (stray) throw new Error(`${where}: ${JSON.stringify(stray[0])} is neither a figure nor a claim; write {{ f("figure.name") }} or {{ requires("claim-name") }}`);
  const text = source.replace(TAG, (_, fn: string, _q: string, name: string) => {
    if (fn === "requires") {
      requireClaim(model, name, where);
      return "";
    }
    const v = facts.get(name);
    if (v === undefined) throw new Error(`${where}: unknown figure "${name}" (run npm run facts for the list)`);
    return v;
  });
  return inline ? md.renderInline(text) : md.render(text);
}
