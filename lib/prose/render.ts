import MarkdownIt from "markdown-it";
import nunjucks from "nunjucks";
import type { Model } from "../data/model.ts";
import type { Facts } from "../facts/index.ts";
import { requireClaim } from "../facts/claims.ts";

/** Prose never carries raw HTML: anything that looks like markup is shown as text. */
export const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Code snippets scroll sideways on a narrow screen, and a scrollable region has to be reachable from the keyboard.
const fence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env, self) => fence(tokens, idx, options, env, self).replace(/^<pre>/, '<pre tabindex="0">');

const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });

/**
 * Renders one prose part: first the figures ({{ f("rtt.E") }}) and claims ({{ requires("e-lowest-rtt") }}),
 * then Markdown. Unknown figures or claims stop the build with the file and part named.
 */
export function renderProse(source: string, where: string, facts: Facts, model: Model, inline = false): string {
  const ctx = {
    f(name: string) {
      const v = facts.get(name);
      if (v === undefined) throw new Error(`${where}: unknown figure "${name}" (run npm run facts for the list)`);
      return v;
    },
    requires(name: string) {
      requireClaim(model, name, where);
      return "";
    },
  };
  let text: string;
  try {
    text = env.renderString(source, ctx);
  } catch (e) {
    const msg = (e as Error).message;
    throw new Error(msg.includes(where) ? msg.replace(/^.*?(content\/)/s, "$1") : `${where}: ${msg}`);
  }
  return inline ? md.renderInline(text) : md.render(text);
}
