// Computed comparison sentences (lib/facts/changes.ts and the who/extremes/than_pair parts of findings.ts): the
// sentence follows the data, whichever way a re-run moves each figure. The wording is set here, as marked templates,
// so a translator's rewording of the locale files changes nothing.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadModel } from "../../lib/data/load.ts";
import type { Model } from "../../lib/data/model.ts";
import { CHANGE_SETS, changeSentence } from "../../lib/facts/changes.ts";
import { buildFacts } from "../../lib/facts/index.ts";
import { loadCatalog, makeI18n, type I18n } from "../../lib/i18n/index.ts";
import { METRICS } from "../../lib/domain/metrics.ts";
import { FIXTURE, FIXTURE_DATA, FIXTURE_LOCALES } from "../helpers/fixture.ts";

const model = loadModel(FIXTURE_DATA, FIXTURE);
const en = loadCatalog(FIXTURE_LOCALES).byCode.get("en")!;
const copy = (edit: (m: Model) => void): Model => {
  const m = structuredClone(model);
  edit(m);
  return m;
};

/** The fixture's English with every key these sentences use replaced by a marked template. */
function marked(): I18n {
  const strings = new Map(en.strings);
  for (const kind of ["clause", "points"]) {
    for (const way of ["down", "up", "same"]) {
      for (const place of ["and", "and2", "last"]) strings.set(`changes.${kind}.${way}.${place}`, `[${kind} ${way} {subject} {from}>{to} {pct} ${place}]`);
    }
  }
  for (const m of METRICS) strings.set(`changes.subject.${m.id}`, m.id);
  strings.set("changes.join", " + ");
  strings.set("changes.join_last", " & ");
  strings.set("changes.contrast", "{better} BUT {worse}");
  for (const side of ["lowest", "highest"]) {
    for (const id of ["rtt", "p99_1000", "qps_max"]) {
      strings.set(`finding.${id}_${side}_who.one`, `${side} one {list}`);
      strings.set(`finding.${id}_${side}_who.tie`, `${side} tie {list}`);
    }
  }
  strings.set("finding.udp_loss_extremes", "low {low} {low_value}, high {high} {high_value}");
  strings.set("finding.each", "{value} each");
  for (const w of ["lower", "higher", "time_lower", "time_higher", "same"]) {
    strings.set(`dir.than_lead.${w}`, `lead ${w} {ref} {pct}`);
    strings.set(`dir.than.${w}`, `${w} {ref} {pct}`);
  }
  strings.set("dir.than_pair.same", "{first} AND {second}");
  strings.set("dir.than_pair.contrast", "{first} YET {second}");
  return makeI18n(en.lang, strings);
}
const t = marked();

test("D → E on the shipped data: the three that improved, then p99, which got worse, after the contrast", () => {
  assert.is(
    changeSentence(model, t, CHANGE_SETS.tuning),
    "[points down udp_loss 20.42%>0.03% 20.4 percentage points and] + [clause down rtt 4,453 µs>3,135 µs 30% and2] & [clause up qps_max 4,026.4 QPS>4,181.9 QPS 3.9% last]" +
      " BUT [clause up p99_1000 8.75 ms>9.89 ms 13% last]",
  );
});

test("when a re-run lowers E's p99 below D's, the contrast goes and every change joins one list", () => {
  const m = copy((x) => {
    x.results.E.http.qps1000.p99Ms = 8.0;
  });
  const s = changeSentence(m, t, CHANGE_SETS.tuning);
  assert.not.match(s, /BUT/);
  assert.match(s, /\[clause down p99_1000 8\.75 ms>8\.00 ms 8\.6% last\]$/);
  assert.match(s, /^\[points down udp_loss/);
});

test("when every change is for the worse there is no contrast either; a metric a scenario lacks is left out", () => {
  const m = copy((x) => {
    x.results.E.network.udpLossPct = 25;
    x.results.E.network.meanRttUs = 5000;
    x.results.E.http.qpsMax.actualQps = 3000;
    x.results.E.http.qps1000.p99Ms = null;
  });
  const s = changeSentence(m, t, CHANGE_SETS.tuning);
  assert.not.match(s, /BUT|p99_1000/);
  assert.is(s.split(/ \+ | & /).length, 3);
  assert.match(s, /\[points up udp_loss 20\.42%>25\.00% 4\.6 percentage points and\]/, s);
});

test("a figure that rounds to no change reads as the same, not as a 0% move", () => {
  const m = copy((x) => {
    x.results.E.network.meanRttUs = x.results.D.network.meanRttUs + 1;
  });
  assert.match(changeSentence(m, t, CHANGE_SETS.tuning), /\[clause same rtt /);
});

test("after the figures, only who: one scenario, or a tie listed", () => {
  const facts = buildFacts(model, t);
  assert.is(facts.get("finding.rtt.lowest_who"), "lowest one E");
  assert.is(facts.get("finding.qps_max.highest_who"), "highest one E");
  const tied = buildFacts(copy((x) => void (x.results.A.network.meanRttUs = x.results.E.network.meanRttUs)), t);
  assert.is(tied.get("finding.rtt.lowest_who"), `lowest tie ${t.list(["A", "E"])}`);
});

test("loss at both ends in one sentence; a tie says each", () => {
  assert.is(buildFacts(model, t).get("finding.udp_loss.extremes"), "low E 0.03%, high D 20.42%");
  const tied = buildFacts(copy((x) => void (x.results.C.network.udpLossPct = x.results.E.network.udpLossPct)), t);
  assert.is(tied.get("finding.udp_loss.extremes"), `low ${t.list(["C", "E"])} 0.03% each, high D 20.42%`);
});

test("one figure against two: a contrast when they point opposite ways; p99 is lower or higher, the round trip shorter or longer", () => {
  const facts = buildFacts(model, t);
  assert.is(facts.get("p99_1000.than_pair.A.D.E"), "lead lower A 9.4% YET higher D 13%");
  assert.is(facts.get("rtt.than_pair.A.D.E"), "lead time_lower A 36% AND time_lower D 30%");
});

test.run();
