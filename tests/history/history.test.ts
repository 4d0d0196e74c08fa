// Run history (data/history/<run>/): loading and its errors, the computed changes, the pp rule, the within-variation
// marks and the sentences. Sentences are checked with template strings made here, so a translator's rewording of the
// live locales changes nothing in this file.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { loadModel } from "../../lib/data/load.ts";
import type { Model } from "../../lib/data/model.ts";
import { makeI18n, type I18n } from "../../lib/i18n/index.ts";
import { knownVariation } from "../../lib/history/variation.ts";
import { leadMove, metricMoves, runChanges } from "../../lib/history/compare.ts";
import { changeSigned, moveSentence } from "../../lib/history/words.ts";
import { runChange } from "../../lib/charts/run-change.ts";
import { chartIds } from "../../lib/charts/index.ts";
import { outlineFor } from "../../lib/site/outline.ts";
import { historyBlock } from "../../lib/blocks/history.ts";
import { esc } from "../../lib/html.ts";
import { copyProject, editJson, remove, ROOT } from "../helpers/fixture.ts";
import { i18n } from "../charts/setup.ts";

const RERUNS = join(ROOT, "tests/fixtures/reruns");

/** Loads a project copy: `results` replaces data/results, `history` fills data/history; `edit` changes it first. */
function load(results: string | undefined, history: Record<string, string>, edit: (dir: string) => void = () => {}): Model {
  const dir = copyProject(results, history);
  try {
    edit(dir);
    return loadModel(join(dir, "data"), dir);
  } finally {
    remove(dir);
  }
}
function loadError(results: string | undefined, history: Record<string, string>, edit: (dir: string) => void = () => {}): string {
  try {
    load(results, history, edit);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

const two = load(join(RERUNS, "mild"), { "2026-02-09": "shipped" });
// Folder names sort the other way round from the dates: order must come from the files' timestamps.
const three = load(join(RERUNS, "reversed"), { "b-first": "shipped", "a-second": join(RERUNS, "mild") });

/** An English I18n whose history sentences are bare templates, so assertions see structure, not wording. */
function templated(): I18n {
  const en = i18n("en");
  const strings = new Map(en.strings);
  for (const k of [...strings.keys()].filter((k) => k.startsWith("history.move."))) {
    const name = k.slice("history.move.".length);
    strings.set(k, name.startsWith("within") ? `[${name}${name === "within_some" ? " list={list}" : ""} v={variation}]` : `[${name} m={metric} down={down} up={up} same={same} top={top} size={size}]`);
  }
  return makeI18n(en.lang, strings);
}

test("without data/history nothing of the history exists: no runs, section or charts", () => {
  const m = load(undefined, {});
  assert.equal(m.history, []);
  assert.is(m.run.id, "current");
  assert.not.ok(outlineFor(m).includes("history"));
  assert.not.ok(chartIds(m).some((id) => id.startsWith("run-")));
  assert.equal(runChanges(m), []);
});

test("history runs are ordered by the dates their files carry, not by folder name", () => {
  assert.equal(three.history.map((r) => [r.id, r.date]), [["b-first", "2026-02-09"], ["a-second", "2026-11-20"]]);
  assert.is(three.run.date, "2026-11-24");
  assert.ok(chartIds(three).includes("run-trend"));
  assert.ok(chartIds(two).includes("run-change"));
  assert.not.ok(chartIds(two).includes("run-trend"), "two runs draw no trend");
  assert.equal(outlineFor(two).slice(5, 8), ["results", "history", "conclusion"]);
});

test("changes are computed from both runs' files: percent for figures, percentage points for loss", () => {
  const c = runChanges(two);
  const get = (metric: string, s: string) => c.find((x) => x.metric.id === metric && x.scenario === s)!;
  const tcpA = get("tcp", "A");
  assert.is(tcpA.previous, two.history[0].results.A.network.tcpGbps);
  assert.is(tcpA.current, two.results.A.network.tcpGbps);
  assert.ok(Math.abs(tcpA.change - ((12.38 - 12.41) / 12.41) * 100) < 1e-9);
  const lossA = get("udp_loss", "A");
  assert.ok(lossA.inPoints);
  assert.ok(Math.abs(lossA.change - (18.7 - 20.39)) < 1e-9, "loss changes in points, not percent");
  const en = i18n("en");
  assert.is(changeSigned(en, lossA), en.t("unit.pp", { value: "−1.7" }));
  assert.is(changeSigned(i18n("ko"), lossA), i18n("ko").t("unit.pp", { value: "−1.7" }));
  assert.is(changeSigned(en, get("rtt", "E")), "+8.1%");
});

test("run-to-run variation comes from repeated runs of one scenario; metrics without any have none", () => {
  // p99: kube-proxy keepalive runs of A 5.99 → 2.96 ms is the largest move between runs of one scenario.
  assert.ok(Math.abs(knownVariation(two, "p99_1000")!.size - Math.abs(((2.96 - 5.99) / 5.99) * 100)) < 1e-9);
  // max QPS: E at 4 and at 104 Services, 4,405 → 4,221.
  assert.ok(Math.abs(knownVariation(two, "qps_max")!.size - Math.abs(((4221 - 4405) / 4405) * 100)) < 1e-9);
  for (const id of ["udp_loss", "rtt", "p50_1000"]) assert.is(knownVariation(two, id), null, id);
  const marks = runChanges(two);
  assert.ok(marks.filter((c) => c.metric.id === "rtt").every((c) => c.within === null));
  assert.ok(marks.filter((c) => c.metric.id === "tcp").every((c) => c.within === true));
});

test("a change larger than the known variation is marked beyond it", () => {
  const m = load(join(RERUNS, "mild"), { "2026-02-09": "shipped" }, (dir) =>
    editJson(join(dir, "data/results/scenario-e-eni-tuned.json"), (j) => (j.http.qps_max.actual_qps = 3000)),
  );
  const e = runChanges(m).find((c) => c.metric.id === "qps_max" && c.scenario === "E")!;
  assert.is(e.within, false);
  // Rows run metric by metric, A–E; max QPS is the last metric, so E's row is the last one.
  const rows = runChange.table(m, i18n("en")).rows;
  const cells = rows[rows.length - 1];
  assert.is(cells[1].text, i18n("en").t("scenario.E.short"));
  const v = knownVariation(m, "qps_max")!;
  assert.is(cells[5].text, i18n("en").t("history.variation.beyond", { variation: i18n("en").t("history.plus_minus", { size: i18n("en").f.percent(v.size, 1) }) }));
  assert.is.not(cells[5].tone, "muted");
  assert.is(rows[rows.length - 2][5].text, i18n("en").t("history.variation.within", { variation: i18n("en").t("history.plus_minus", { size: i18n("en").f.percent(v.size, 1) }) }));
});

test("the sentences say the direction in words, name the largest move and the variation verdict", () => {
  const t = templated();
  const moves = metricMoves(two);
  const tcp = moves.find((m) => m.metric.id === "tcp")!;
  // Every scenario's TCP figure fell a little; B's the most (12.34 → 12.30).
  assert.match(moveSentence(t, tcp), /^\[all_down m=TCP throughput .*top=B size=0\.3%.*\] \[within_all .*v=±0\.8%\]$/);
  const rtt = moves.find((m) => m.metric.id === "rtt")!;
  assert.match(moveSentence(t, rtt), /^\[mixed_time .*down=A, B, C, and D up=E /);
  assert.not.match(moveSentence(t, rtt), /within/, "no verdict where no variation is known");
  const loss = moves.find((m) => m.metric.id === "udp_loss")!;
  assert.match(moveSentence(t, loss), /^\[mixed m=UDP loss down=A, C, and D up=B and E /);
  const p99 = moves.find((m) => m.metric.id === "p99_1000")!;
  assert.match(moveSentence(t, p99), /\[within_all /);
});

test("the lead sentence opens with the metric that moved most beyond known variation", () => {
  const lead = leadMove(metricMoves(two))!;
  // RTT, loss and p50 moved in all five scenarios with no known variation; RTT's +8.1% in E is the largest shown change.
  assert.is(lead.metric.id, "rtt");
  // The current run repeats the previous one's figures a day later: nothing moved.
  const flat = load(undefined, { "2026-02-08": "shipped" }, (dir) => {
    for (const f of readdirSync(join(dir, "data/history/2026-02-08"))) editJson(join(dir, "data/history/2026-02-08", f), (j) => (j.timestamp = j.timestamp.replace("2026-02-09", "2026-02-08")));
  });
  assert.match(moveSentence(templated(), metricMoves(flat)[0]), /^\[none /);
});

test("run.yaml: a label names the run; a wrong date or field is an error naming the file", () => {
  const labelled = load(join(RERUNS, "mild"), { "2026-02-09": "shipped" }, (dir) => {
    writeFileSync(join(dir, "data/history/2026-02-09/run.yaml"), "label: Cilium 1.16\neks_version: '1.31'\nnotes:\n  en: <b>first</b> run\n");
    writeFileSync(join(dir, "data/results/run.yaml"), "label: { en: Cilium 1.17, ko: Cilium 1.17, zh: Cilium 1.17 }\neks_version: '1.32'\n");
  });
  assert.is(labelled.history[0].meta.label, "Cilium 1.16");
  assert.is(runChange.table(labelled, i18n("en")).columns[2].text, i18n("en").t("history.run_labelled", { label: "Cilium 1.16", date: "February 9, 2026" }));
  const wrongDate = loadError(join(RERUNS, "mild"), { "2026-02-09": "shipped" }, (dir) => writeFileSync(join(dir, "data/history/2026-02-09/run.yaml"), "date: 2026-03-01\n"));
  assert.match(wrongDate, /data\/history\/2026-02-09\/run\.yaml: date: expected the day the result files were measured, 2026-02-09 .* got 2026-03-01/);
  const unknownField = loadError(join(RERUNS, "mild"), { "2026-02-09": "shipped" }, (dir) => writeFileSync(join(dir, "data/history/2026-02-09/run.yaml"), "kernel: 6.1\n"));
  assert.match(unknownField, /data\/history\/2026-02-09\/run\.yaml: .*unexpected field kernel/);
});

test("the section names both runs and what their run.yaml files say differed", () => {
  const m = load(join(RERUNS, "mild"), { "2026-02-09": "shipped" }, (dir) => {
    writeFileSync(join(dir, "data/history/2026-02-09/run.yaml"), "eks_version: '1.31'\ncilium_version: 1.16.5\n");
    writeFileSync(join(dir, "data/results/run.yaml"), "label: Cilium 1.17\neks_version: '1.32'\ncilium_version: 1.17.0\ninstance_type: m7i.xlarge\n");
  });
  const en = i18n("en");
  const h = historyBlock(m, en);
  assert.match(h, /<dt>EKS version<\/dt><dd>1\.31 → 1\.32<\/dd>/);
  assert.match(h, /<dt>Cilium version<\/dt><dd>1\.16\.5 → 1\.17\.0<\/dd>/);
  assert.match(h, new RegExp(`<dt>Instance type</dt><dd>${en.t("history.not_stated")} → m7i\\.xlarge</dd>`));
  assert.ok(h.includes(esc(en.t("history.run_labelled", { label: "Cilium 1.17", date: "November 20, 2026" }))), "the current run is named by its label");
  assert.not.match(historyBlock(two, en), /<dl/, "no run.yaml, no settings list");
});

test("bad history: two runs on one day, a run newer than the current one, a missing scenario, another Service count", () => {
  const sameDay = loadError(join(RERUNS, "mild"), { "old-a": "shipped", "old-b": "shipped" });
  assert.match(sameDay, /data\/history\/old-b: was measured on 2026-02-09, the same day as data\/history\/old-a/);

  const newer = loadError(undefined, { "2026-11-20": join(RERUNS, "mild") });
  assert.match(newer, /data\/history\/2026-11-20\/scenario-a-vpccni\.json: timestamp: this run \(data\/history\/2026-11-20\) was measured on 2026-11-20, after the current run in data\/results \(2026-02-09\)/);

  const missing = loadError(join(RERUNS, "mild"), { "2026-02-09": "shipped" }, (dir) => rmSync(join(dir, "data/history/2026-02-09/scenario-c-kpless.json")));
  assert.match(missing, /data\/history\/2026-02-09: expected a result file for every scenario, missing C/);

  const otherCount = loadError(join(RERUNS, "mild"), { "2026-02-09": "shipped" }, (dir) =>
    editJson(join(dir, "data/history/2026-02-09/scenario-b-cilium-kp.json"), (j) => {
      j.service_count = 104;
      j.http_httpbin = j.http;
      delete j.http;
    }),
  );
  assert.match(otherCount, /data\/history\/2026-02-09: expected a result file for every scenario, missing B; the report compares runs at the baseline of 4 Services \(B ran at 104 Services only, in data\/history\/2026-02-09\/scenario-b-cilium-kp\.json\)/);

  const empty = loadError(join(RERUNS, "mild"), { "2026-02-09": "shipped" }, (dir) => {
    for (const f of readdirSync(join(dir, "data/history/2026-02-09"))) rmSync(join(dir, "data/history/2026-02-09", f));
  });
  assert.match(empty, /data\/history\/2026-02-09: holds no result files/);
});

test.run();
