import { BLOCKS } from "../blocks/registry.ts";
import type { Site } from "../site/index.ts";
import { compareTable, scenarioId } from "../tables/compare.ts";
import { langOf, renderTable, type Ctx } from "./filters.ts";


/**
 * {% htmlblock "id" %}: one of the report's HTML blocks (cards, diagrams, reference list) in the page's language.
 * Not "block": Nunjucks reserves {% block %} for template inheritance and parses it before any shortcode.
 */
export function registerBlocks(config: any, current: () => Site): void {
  config.addShortcode("htmlblock", function (this: Ctx, id: string) {
    const make = BLOCKS[id];
    if (!make) throw new Error(`unknown block "${id}"; known: ${Object.keys(BLOCKS).join(", ")}`);
    const site = current();
    return make(site.model, site.i18n(langOf(this)));
  });
}

/** {% compare "B", "C", "tcp,udp,rtt" %}: two scenarios side by side on the named metrics, with the computed change. */
export function registerCompare(config: any, current: () => Site): void {
  config.addShortcode("compare", function (this: Ctx, a: string, b: string, metrics: string) {
    const where = `{% compare "${a}", "${b}", "${metrics}" %}`;
    const ids = String(metrics ?? "").split(",").map((m) => m.trim()).filter(Boolean);
    const site = current();
    try {
      return renderTable(compareTable(site.model, site.i18n(langOf(this)), scenarioId(a, where), scenarioId(b, where), ids));
    } catch (e) {
      const msg = (e as Error).message;
      throw new Error(msg.startsWith(where) ? msg : `${where}: ${msg}`);
    }
  });
}
