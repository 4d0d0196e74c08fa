import { dirname, join } from "node:path";
import { loadModel } from "../data/load.ts";
import type { Model } from "../data/model.ts";
import { buildFacts, type Facts } from "../facts/index.ts";
import { loadCatalog, type Catalog, type I18n } from "../i18n/index.ts";
import { loadProse, type Prose } from "../prose/index.ts";
import { checkNarrative, type Omission } from "../narrative/check.ts";
import { dataWarnings } from "../data/warnings.ts";
import { digestDir, keepUnchangedLanguages } from "./reuse.ts";

/** Everything the site is built from, loaded and validated once before Eleventy writes a file. */
export interface Site {
  root: string;
  model: Model;
  catalog: Catalog;
  facts: Map<string, Facts>;
  prose: Map<string, Prose>;
  /** Passages, in every language, whose claims the data no longer supports (lib/narrative). */
  omissions: Omission[];
  /** Figures the curated data makes implausible (lib/data/warnings.ts). */
  warnings: string[];
  i18n(code: string): I18n;
}

const dataDigests = new WeakMap<Site, string>();

/**
 * Loads and validates everything. With `previous` (a reload during `npm start`), parts whose files did not change are
 * the previous objects, so caches keyed on them stay warm (see reuse.ts); those were validated when first loaded.
 */
export function loadSite(root: string, previous?: Site, dataDir = join(root, "data")): Site {
  const digest = digestDir(dataDir);
  const prev = previous?.root === root ? previous : undefined;
  const model = prev && dataDigests.get(prev) === digest ? prev.model : loadModel(dataDir, dirname(dataDir));
  const catalog = loadCatalog(join(root, "locales"));
  if (prev) keepUnchangedLanguages(catalog, prev.catalog);
  const facts = new Map<string, Facts>();
  const prose = new Map<string, Prose>();
  for (const [code, i18n] of catalog.byCode) {
    const unchanged = prev?.model === model && prev.catalog.byCode.get(code) === i18n;
    facts.set(code, unchanged ? prev!.facts.get(code)! : buildFacts(model, i18n));
    prose.set(code, loadProse(join(root, "content", code, "sections"), code));
  }
  const en = catalog.byCode.get(catalog.languages.default) ?? [...catalog.byCode.values()][0];
  const site: Site = {
    root,
    model,
    catalog,
    facts,
    prose,
    omissions: checkNarrative(model, prose, en),
    warnings: dataWarnings(model),
    i18n(code) {
      const i = catalog.byCode.get(code);
      if (!i) throw new Error(`unknown language "${code}" (see locales/languages.yaml)`);
      return i;
    },
  };
  dataDigests.set(site, digest);
  return site;
}
