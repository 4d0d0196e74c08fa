import type { Model, ScenarioId } from "../data/model.ts";
import * as d from "../derive/index.ts";
import type { I18n } from "../i18n/index.ts";
import { formatPointChange, shownChange } from "./change.ts";
import { METRICS, series, type Metric } from "../domain/metrics.ts";
import { udpLossGroups } from "./report.ts";

/**
 * Sentence parts that rank or compare scenarios, computed from the data in each language's own words, so a re-run
 * rewords them by itself instead of breaking a claim. Prose names them like any figure:
 * - {metric}.lowest.all / .highest.all: every scenario that shares the extreme ("A and D" on a tie);
 * - {metric}.than.{a}.{b}: b against a ("12% lower than in A", "A보다 12% 짧았습니다", "比 A 低 12%");
 * - {metric}.move.{a}.{b}: the change from a to b as a verb ("fell 12%", "12% 줄었습니다", "降低 12%");
 * - {metric}.move_and.{a}.{b}: the same as a clause another follows ("fell 12%", "12% 줄었고", "降低 12%");
 * - finding.*: whole sentences whose wording depends on the data (a tie, an empty group).
 */
export function findingFacts(model: Model, i18n: I18n, put: (k: string, v: string) => void): void {
  const list = (keys: readonly string[]) => i18n.list(keys);
  for (const m of METRICS) {
    const rows = series(model, m.id);
    if (!rows.length) continue;
    const low = d.allLowest(rows);
    const high = rows.filter((r) => r.value === d.highest(rows).value).map((r) => r.key);
    put(`${m.id}.lowest.all`, list(low));
    put(`${m.id}.highest.all`, list(high));
    for (const a of rows) {
      for (const b of rows) {
        if (a.key === b.key) continue;
        put(`${m.id}.than.${a.key}.${b.key}`, than(i18n, m, a.value, b.value, a.key));
        put(`${m.id}.move.${a.key}.${b.key}`, move(i18n, m, a.value, b.value));
        // The same change as a clause that another one follows ("7.6% 줄었고", so Korean can join two changes).
        put(`${m.id}.move_and.${a.key}.${b.key}`, moveWords(i18n, a.value, b.value, m.unit === "percent", "dir.move_and"));
      }
    }
    const extreme = (keys: ScenarioId[], value: number, kind: string) =>
      i18n.t(`finding.${kind}.${keys.length > 1 ? "tie" : "one"}`, { list: list(keys), value: i18n.unit(value, m.unit, m.digits) });
    if (i18n.has(`finding.${m.id}_lowest.one`)) put(`finding.${m.id}.lowest`, extreme(low, d.lowest(rows).value, `${m.id}_lowest`));
    if (i18n.has(`finding.${m.id}_highest.one`)) put(`finding.${m.id}.highest`, extreme(high, d.highest(rows).value, `${m.id}_highest`));
    // After a sentence that gave the figures: who, without the value again ("D had the lowest.").
    for (const [side, keys] of [["lowest", low], ["highest", high]] as const) {
      const key = `finding.${m.id}_${side}_who`;
      if (i18n.has(`${key}.one`)) put(`finding.${m.id}.${side}_who`, i18n.t(`${key}.${keys.length > 1 ? "tie" : "one"}`, { list: list(keys) }));
    }
    // Both ends in one sentence ("E lost the least, 0.03%, and D the most, 20.42%"); a tie says "each".
    if (i18n.has(`finding.${m.id}_extremes`)) {
      const value = (keys: ScenarioId[], v: number) => (keys.length > 1 ? i18n.t("finding.each", { value: i18n.unit(v, m.unit, m.digits) }) : i18n.unit(v, m.unit, m.digits));
      put(`finding.${m.id}.extremes`, i18n.t(`finding.${m.id}_extremes`, { low: list(low), low_value: value(low, d.lowest(rows).value), high: list(high), high_value: value(high, d.highest(rows).value) }));
    }
    // b against two references in one clause, with a contrast when they point opposite ways ("9.4% lower than in A
    // but 13% higher than in D", "A보다 9.4% 낮았지만, D보다 13% 높았습니다").
    // The two references in A–E order ("than_pair.A.D.E", not "…D.A.E"): one name per comparison.
    for (const b of rows) {
      for (const a of rows) {
        for (const c of rows) {
          if (a.key === b.key || c.key === b.key || a.key >= c.key) continue;
          put(`${m.id}.than_pair.${a.key}.${c.key}.${b.key}`, thanPair(i18n, m, a, c, b));
        }
      }
    }
  }
  put("finding.udp.groups", udpGroups(model, i18n));
  // The same split again, briefly, for a later section that refers back to it.
  put("finding.udp.split", udpGroups(model, i18n, "finding.udp_split"));
}

/**
 * Rounded as the page prints it, so a change that shows as "0%" reads "the same", never "0% lower". A percentage
 * (loss) changes in percentage points.
 */
export function shownPercent(i18n: I18n, from: number, to: number, m: Metric): { pct: string; sign: number } {
  const inPoints = m.unit === "percent";
  const c = shownChange(from, to, inPoints);
  return { pct: inPoints ? formatPointChange(i18n, from, to, false) : i18n.f.percent(c.size, c.digits), sign: c.sign };
}

/** A duration a language may call shorter or longer (the round trip); latencies such as p99 are lower or higher. */
const isTime = (m: Metric) => m.id === "rtt";

/** `value` against `ref` in this language's words ("36% lower than in A", "A보다 36% 짧았습니다", "比 A 低 36%"). */
export function thanWords(i18n: I18n, m: Metric, ref: number, value: number, refKey: string): string {
  return than(i18n, m, ref, value, refKey);
}

function than(i18n: I18n, m: Metric, ref: number, value: number, refKey: string): string {
  const { word, pct } = thanWord(i18n, m, ref, value);
  return i18n.t(`dir.than.${word}`, { pct, ref: refKey });
}

/** The direction word of `value` against `ref` ("lower", "time_higher", "same") and the change without sign. */
function thanWord(i18n: I18n, m: Metric, ref: number, value: number): { word: string; pct: string; sign: number } {
  const { pct, sign } = shownPercent(i18n, ref, value, m);
  const word = sign === 0 ? "same" : sign < 0 ? "lower" : "higher";
  return { word: sign !== 0 && isTime(m) ? `time_${word}` : word, pct, sign };
}

function thanPair(i18n: I18n, m: Metric, a: { key: string; value: number }, c: { key: string; value: number }, b: { key: string; value: number }): string {
  const first = thanWord(i18n, m, a.value, b.value);
  const second = thanWord(i18n, m, c.value, b.value);
  const kind = first.sign !== 0 && second.sign !== 0 && first.sign !== second.sign ? "contrast" : "same";
  return i18n.t(`dir.than_pair.${kind}`, {
    first: i18n.t(`dir.than_lead.${first.word}`, { pct: first.pct, ref: a.key }),
    second: i18n.t(`dir.than.${second.word}`, { pct: second.pct, ref: c.key }),
  });
}

function move(i18n: I18n, m: Metric, from: number, to: number): string {
  return moveWords(i18n, from, to, m.unit === "percent");
}

/** A change from one figure to another as a verb in this language ("fell 7.6%", "7.6% 줄었습니다", "下降 7.6%"). */
export function moveWords(i18n: I18n, from: number, to: number, inPoints = false, keys = "dir.move"): string {
  const c = shownChange(from, to, inPoints);
  const pct = inPoints ? formatPointChange(i18n, from, to, false) : i18n.f.percent(c.size, c.digits);
  const word = c.sign === 0 ? "same" : c.sign < 0 ? "down" : "up";
  return i18n.t(`${keys}.${word}`, { pct });
}

/** How the scenarios group by UDP loss: two groups either side of the high-loss line, or one when nobody crossed it. */
function udpGroups(model: Model, i18n: I18n, keys = "finding.udp_groups"): string {
  const g = udpLossGroups(model);
  const pick = (id: string, keys: ScenarioId[]) => series(model, id).filter((r) => keys.includes(r.key)).map((r) => r.value);
  const range = (values: number[], unit: "gbps" | "percent") => i18n.range(Math.min(...values), Math.max(...values), unit, 2);
  const side = (keys: ScenarioId[]) => ({ list: i18n.list(keys), sent: range(pick("udp", keys), "gbps"), lost: range(pick("udp_loss", keys), "percent"), max: i18n.unit(Math.max(...pick("udp_loss", keys)), "percent", 2) });
  if (g.high.length && g.low.length) {
    const h = side(g.high), l = side(g.low);
    return i18n.t(`${keys}.two`, { high: h.list, high_sent: h.sent, high_lost: h.lost, low: l.list, low_sent: l.sent, low_max: l.max });
  }
  const all = side([...g.high, ...g.low]);
  return i18n.t(`${keys}.one`, { sent: all.sent, lost: all.lost });
}
