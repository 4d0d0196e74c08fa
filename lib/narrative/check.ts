import type { Model } from "../data/model.ts";
import { claims, type Claim } from "../facts/claims.ts";
import { metric, series } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import type { Prose } from "../prose/index.ts";
import { guardsOf } from "./guards.ts";

/** A claim the data no longer supports, with the figures that show it. */
export interface Broken {
  claim: string;
  says: string;
  figures: string;
}

/** A passage left out of the published page because a claim it rests on no longer holds. */
export interface Omission {
  lang: string;
  file: string;
  part: string;
  /** "whole part", or the paragraph's number within the part (1-based). */
  scope: string;
  broken: Broken[];
}

function lookup(name: string, where: string): Claim {
  const c = claims[name];
  if (!c) throw new Error(`${where}: unknown claim "${name}"; known: ${Object.keys(claims).join(", ")}`);
  return c;
}

/** The figures a claim rests on, written for the author (English number formats). */
export function figuresOf(model: Model, c: Claim, en?: I18n): string {
  if (c.shows) return c.shows(model);
  return (c.uses ?? [])
    .map((id: string) => {
      const m = metric(id);
      const show = (v: number) => (en ? en.unit(v, m.unit, m.digits) : String(v));
      return `${id}: ${series(model, id).map((r) => `${r.key} ${show(r.value)}`).join(", ")}`;
    })
    .join("; ");
}

/** Whether a claim holds; a claim that cannot even be evaluated (a figure is "N/A") does not. */
export function holds(model: Model, c: Claim): boolean {
  try {
    return c.holds(model);
  } catch {
    return false;
  }
}

/** The claims among `names` that the data no longer supports. Unknown names are an author's error, not an omission. */
export function brokenClaims(model: Model, names: string[], where: string, en?: I18n): Broken[] {
  return names.flatMap((name) => {
    const c = lookup(name, where);
    return holds(model, c) ? [] : [{ claim: name, says: c.says, figures: figuresOf(model, c, en) }];
  });
}

/** Every passage in every language that the data no longer supports, found before anything is written. */
export function checkNarrative(model: Model, prose: Map<string, Prose>, en: I18n): Omission[] {
  const out: Omission[] = [];
  for (const [lang, sections] of prose) {
    for (const [section, parts] of sections) {
      const file = `content/${lang}/sections/${section}.md`;
      for (const [part, source] of parts) {
        const where = `${file} (part ${part})`;
        let guards;
        try {
          guards = guardsOf(source);
        } catch (e) {
          throw new Error(`${where}: ${(e as Error).message}`);
        }
        const whole = brokenClaims(model, guards.part, where, en);
        if (whole.length) {
          out.push({ lang, file, part, scope: "whole part", broken: whole });
          continue;
        }
        guards.blocks.forEach((b, i) => {
          const broken = brokenClaims(model, b.claims, where, en);
          if (broken.length) out.push({ lang, file, part, scope: `paragraph ${i + 1}`, broken });
        });
      }
    }
  }
  return out;
}

/**
 * One summary of everything left out, for the build log and the strict-mode error. A passage that breaks the same way
 * in several languages is listed once, with its languages.
 */
export function formatOmissions(omissions: Omission[]): string {
  if (!omissions.length) return "";
  const groups = new Map<string, { langs: string[]; o: Omission }>();
  for (const o of omissions) {
    const key = [o.file.replace(`content/${o.lang}/`, ""), o.part, o.scope, o.broken.map((b) => b.claim + b.figures).join()].join("|");
    const g = groups.get(key);
    if (g) g.langs.push(o.lang);
    else groups.set(key, { langs: [o.lang], o });
  }
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const langs = [...new Set(omissions.map((o) => o.lang))].join(", ");
  const lines = [`${n(groups.size, "passage", "passages")} (${n(omissions.length, "in one language", "across languages")}: ${langs}) rest on claims the data no longer supports:`];
  for (const { langs, o } of groups.values()) {
    lines.push(`  ${o.file.replace(`content/${o.lang}/`, `content/{${langs.join(",")}}/`)}  part ${o.part}, ${o.scope}`);
    for (const b of o.broken) lines.push(`      ${b.claim}: ${b.says}`, `        ${b.figures}`);
  }
  return lines.join("\n");
}
