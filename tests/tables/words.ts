// Shared by tests/tables and tests/blocks: finds Latin-script words in Korean or Chinese output that are not
// technical names. Technical names are the fixed list in lang.ts plus every literal string in the data files.
import type { Model } from "../../lib/data/model.ts";
import { TECHNICAL } from "./lang.ts";

const WORD = /[A-Za-z][A-Za-z0-9]*/g;

function literals(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === "string") for (const w of value.match(WORD) ?? []) out.add(w);
  else if (Array.isArray(value)) value.forEach((v) => literals(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => literals(v, out));
  return out;
}

/** Words the data itself spells in Latin letters: instance types, images, Helm values, hop names, publishers. */
export function dataWords(model: Model): Set<string> {
  const out = new Set<string>();
  literals(model.environment, out);
  literals(model.tuning, out);
  literals(model.xdp, out);
  literals(model.networkPolicy.features.map((f) => [f.cilium.literal, f.vpc_cni.literal]), out);
  literals(model.aiml.pipeline_hops, out);
  literals(model.glossary.terms.map((t) => t.term), out);
  literals(model.references.links.map((l) => l.publisher), out);
  literals([model.report.source.repository, model.report.source.licence], out);
  return out;
}

/** Latin words of two letters or more that are neither technical names nor data literals. */
export function strayEnglish(text: string, model: Model): string[] {
  const allowed = dataWords(model);
  return [...new Set((text.match(WORD) ?? []).filter((w) => w.length > 1 && !TECHNICAL.has(w) && !allowed.has(w)))];
}
