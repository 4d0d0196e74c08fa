// Shared by the chart and render tests: the real data and every language, loaded once per process.
import { join } from "node:path";
import { loadModel } from "../../lib/data/load.ts";
import type { Model } from "../../lib/data/model.ts";
import { loadCatalog, type I18n } from "../../lib/i18n/index.ts";
import { ROOT, FIXTURE_DATA, FIXTURE, FIXTURE_LOCALES, copyProject, remove } from "../helpers/fixture.ts";
import { TECHNICAL } from "../helpers/technical.ts";

export { TECHNICAL };

export const model: Model = loadModel(FIXTURE_DATA, FIXTURE);

/** The shipped run kept in data/history, plus the "mild" and "reversed" re-runs: what the history charts need. */
function withHistory(results: string, history: Record<string, string>): Model {
  const dir = copyProject(join(ROOT, "tests/fixtures/reruns", results), history);
  try {
    return loadModel(join(dir, "data"), dir);
  } finally {
    remove(dir);
  }
}
export const historyModel: Model = withHistory("mild", { "2026-02-09": "shipped" });
export const threeRunModel: Model = withHistory("reversed", { "2026-02-09": "shipped", "2026-11-20": join(ROOT, "tests/fixtures/reruns/mild") });

/** The model a chart is tested with: the history charts need earlier runs, every other chart the shipped data. */
export function modelFor(id: string): Model {
  return id === "run-trend" ? threeRunModel : id === "run-change" ? historyModel : model;
}
// The frozen locales, not the live ones: a translator rewording a chart string changes no snapshot.
export const catalog = loadCatalog(FIXTURE_LOCALES);
export const LANGS = catalog.languages.list.map((l) => l.code);
export const i18n = (code: string): I18n => catalog.byCode.get(code)!;

/** A deep copy of the model to change without touching the shared one. */
export function modelCopy(): Model {
  return structuredClone(model);
}

/** JSON with object keys sorted at every level, so a snapshot only changes when the content does. */
export function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, sort(x)])) : v;
  return JSON.stringify(sort(value), null, 2) + "\n";
}

/** Text a reader sees in a spec: titles, axis and legend titles, tooltip titles, labels and category values. */
export function visibleStrings(spec: unknown): string[] {
  const out: string[] = [];
  const VISIBLE = new Set(["text", "subtitle", "title", "category", "scenario"]);
  const take = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(take);
  };
  const walk = (v: unknown, key: string) => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key));
    if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if ((VISIBLE.has(k) || k === "domain" || k === "sort") && (typeof x === "string" || (Array.isArray(x) && x.every((y) => typeof y === "string")))) take(x);
        else walk(x, k);
      }
    }
    return key;
  };
  walk(spec, "");
  return out;
}



/** Latin words (two letters or more) that are not technical names. */
export function englishWords(texts: string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []))].filter((w) => !TECHNICAL.has(w)).sort();
}
