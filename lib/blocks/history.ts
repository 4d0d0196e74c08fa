import type { Model, Run } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { leadMove, metricMoves, previousRun } from "../history/compare.ts";
import { localized, metricName, moveSentence, runName, sentences } from "../history/words.ts";
import { esc } from "../html.ts";

/** What run.yaml can say differed between two runs, with the locale key of its name. */
const SETTINGS = [
  { field: "eks_version", key: "history.setting.eks" },
  { field: "cilium_version", key: "history.setting.cilium" },
  { field: "instance_type", key: "history.setting.instance" },
] as const;

/** "EKS: 1.31 → 1.32" for each setting either run's run.yaml names; a side that does not say is "not stated". */
function settings(i18n: I18n, prev: Run, cur: Run): string {
  const rows = SETTINGS.flatMap(({ field, key }) => {
    const a = prev.meta[field], b = cur.meta[field];
    if (a === undefined && b === undefined) return [];
    const shown = (v: string | undefined) => (v === undefined ? i18n.t("history.not_stated") : v);
    const value = a === b ? i18n.t("history.setting_same", { value: shown(a) }) : `${shown(a)} → ${shown(b)}`;
    return [`<dt>${esc(i18n.t(key))}</dt><dd>${esc(value)}</dd>`];
  });
  return rows.length ? `<dl class="history-settings">${rows.join("")}</dl>` : "";
}

/** The runs' own notes (run.yaml `notes`), as text: an author's words are shown, never run as markup. */
function notes(i18n: I18n, runs: Run[]): string {
  const items = runs.flatMap((r) => {
    const text = localized(i18n, r.meta.notes);
    return text ? [`<li><strong>${esc(runName(i18n, r))}</strong>: ${esc(text)}</li>`] : [];
  });
  return items.length ? `<p class="history-notes-title">${esc(i18n.t("history.notes"))}</p><ul class="history-notes">${items.join("")}</ul>` : "";
}

/**
 * "Since the previous run": a computed lead sentence, which runs are compared and what their run.yaml says differed,
 * how each metric moved, and what "within run-to-run variation" rests on. The chart, table and downloads follow it.
 */
export function historyBlock(model: Model, i18n: I18n): string {
  const prev = previousRun(model);
  if (!prev) return "";
  const moves = metricMoves(model);
  const lead = leadMove(moves);
  const rest = moves.filter((m) => m !== lead);
  const earlier = model.history.length - 1;
  const unknown = moves.filter((m) => m.variation === null).map((m) => metricName(i18n, m));
  const intro = sentences(i18n.t("history.intro", { previous: runName(i18n, prev), current: runName(i18n, model.run) }), earlier > 0 && i18n.t("history.earlier", { count: i18n.f.integer(earlier) }));
  return [
    `<p class="history-lead">${esc(lead ? moveSentence(i18n, lead) : i18n.t("history.no_common"))}</p>`,
    `<p>${esc(intro)}</p>`,
    settings(i18n, prev, model.run),
    notes(i18n, [prev, model.run]),
    rest.length ? `<ul class="history-moves">${rest.map((m) => `<li>${esc(moveSentence(i18n, m))}</li>`).join("")}</ul>` : "",
    `<p class="table-note">${esc(sentences(i18n.t("history.variation_note"), unknown.length > 0 && i18n.t("history.variation_unknown", { list: i18n.list(unknown) })))}</p>`,
  ].filter(Boolean).join("\n");
}

