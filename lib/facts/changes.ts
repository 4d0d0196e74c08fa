/**
 * Several changes between two scenarios as one computed sentence, in each language's own words:
 *   changes.tuning → "UDP loss fell from 20.42% to 0.03%, mean RTT fell 30% (4,453 µs → 3,135 µs) and maximum QPS
 *   rose 3.9% (…), while HTTP p99 at 1,000 QPS rose 13% (…)"
 * Changes for the better come first, those for the worse after a contrast ("while", "반면", "不过"), so the sentence
 * is right whichever way a re-run moves them. A percentage (loss) changes from one figure to the other, not by a
 * percent of itself. Prose names a set as {{ f("changes.tuning") }} and ends the sentence itself.
 */
import type { Model, ScenarioId } from "../data/model.ts";
import { metric, series, type Metric } from "../domain/metrics.ts";
import type { I18n } from "../i18n/index.ts";
import { shownPercent } from "./findings.ts";

/** The comparisons the prose states, each from one scenario to another, metrics in the order the prose lists them. */
export const CHANGE_SETS: Record<string, { from: ScenarioId; to: ScenarioId; metrics: string[] }> = {
  // Taking kube-proxy out.
  kube_proxy: { from: "B", to: "C", metrics: ["rtt", "p99_1000", "dns_p99"] },
  // Leaving the overlay for ENI mode.
  overlay: { from: "C", to: "D", metrics: ["rtt", "tcp", "p99_1000", "udp_loss"] },
  // Adding the tuning.
  tuning: { from: "D", to: "E", metrics: ["udp_loss", "rtt", "qps_max", "p99_1000"] },
};

type Way = "down" | "up" | "same";

interface Clause {
  m: Metric;
  way: Way;
  worse: boolean;
  params: Record<string, string>;
}

function clause(model: Model, i18n: I18n, id: string, from: ScenarioId, to: ScenarioId): Clause | undefined {
  const m = metric(id);
  const values = new Map(series(model, id).map((r) => [r.key, r.value]));
  const a = values.get(from);
  const b = values.get(to);
  // A scenario without this figure (a failed HTTP run): the sentence leaves the metric out.
  if (a === undefined || b === undefined) return undefined;
  // Rounded as the page prints it; a percentage moves in percentage points, never by a percent of itself.
  const { pct, sign } = shownPercent(i18n, a, b, m);
  const way: Way = sign === 0 ? "same" : sign < 0 ? "down" : "up";
  const worse = way !== "same" && (way === "down") === (m.better === "higher");
  const qps = i18n.f.number(m.label.qps ?? 0);
  return {
    m,
    way,
    worse,
    params: {
      subject: i18n.t(`changes.subject.${m.id}`, { qps }),
      from: i18n.unit(a, m.unit, m.digits),
      to: i18n.unit(b, m.unit, m.digits),
      pct,
    },
  };
}

/** A group of clauses joined as the language joins them, each ending as its place asks ("줄었고", "늘었으며", "늘었습니다"). */
function group(i18n: I18n, clauses: Clause[]): string {
  return clauses
    .map((c, i) => {
      // Each clause in the form its place asks for: Korean alternates 고 and 으며 and ends on 습니다.
      const place = i === clauses.length - 1 ? "last" : i % 2 === 0 ? "and" : "and2";
      const text = i18n.t(`changes.${c.m.unit === "percent" ? "points" : "clause"}.${c.way}.${place}`, c.params);
      return i === 0 ? text : `${i18n.t(i === clauses.length - 1 ? "changes.join_last" : "changes.join")}${text}`;
    })
    .join("");
}

export function changeSentence(model: Model, i18n: I18n, set: { from: ScenarioId; to: ScenarioId; metrics: string[] }): string {
  const clauses = set.metrics.map((id) => clause(model, i18n, id, set.from, set.to)).filter((c): c is Clause => !!c);
  const better = clauses.filter((c) => !c.worse);
  const worse = clauses.filter((c) => c.worse);
  if (better.length && worse.length) return i18n.t("changes.contrast", { better: group(i18n, better), worse: group(i18n, worse) });
  return group(i18n, clauses);
}

export function changeFacts(model: Model, i18n: I18n, put: (k: string, v: string) => void): void {
  for (const [name, set] of Object.entries(CHANGE_SETS)) put(`changes.${name}`, changeSentence(model, i18n, set));
}
