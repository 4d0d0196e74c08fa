import { join } from "node:path";
import { loadModel } from "../data/load.ts";
import type { Model } from "../data/model.ts";
import { buildFacts, type Facts } from "../facts/index.ts";
import { loadCatalog, type Catalog, type I18n } from "../i18n/index.ts";
import { loadProse, type Prose } from "../prose/index.ts";

/** Everything the site is built from, loaded and validated once before Eleventy writes a file. */
export interface Site {
  root: string;
  model: Model;
  catalog: Catalog;
  facts: Map<string, Facts>;
  prose: Map<string, Prose>;
  i18n(code: string): I18n;
}

export function loadSite(root: string): Site {
  const model = loadModel(join(root, "data"), root);
  const catalog = loadCatalog(join(root, "locales"));
  const facts = new Map<string, Facts>();
  const prose = new Map<string, Prose>();
  for (const [code, i18n] of catalog.byCode) {
    facts.set(code, buildFacts(model, i18n));
    prose.set(code, loadProse(join(root, "content", code, "sections"), code));
  }
  return {
    root,
    model,
    catalog,
    facts,
    prose,
    i18n(code) {
      const i = catalog.byCode.get(code);
      if (!i) throw new Error(`unknown language "${code}" (see locales/languages.yaml)`);
      return i;
    },
  };
}
