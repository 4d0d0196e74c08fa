// The bench's Lighthouse summary: the median of several runs, failures never hidden, and which budget gates.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { lighthouseBudgets, medianRun, type LighthouseScore } from "../../bench/lighthouse.ts";

const run = (performance: number | null, error?: string): LighthouseScore => ({ page: "en/", performance, accessibility: performance === null ? null : 100, weak: [], error });

test("keeps the run with the median performance score and lists every run", () => {
  const m = medianRun([run(97), run(100), run(99)]);
  assert.is(m.performance, 99);
  assert.equal(m.runs, [97, 100, 99]);
  assert.is(medianRun([run(90), run(100)]).performance, 90, "with an even count, the lower middle");
});

test("a failed run counts as the lowest: with most runs failing, the summary is a failure", () => {
  assert.is(medianRun([run(null, "boom"), run(100), run(null, "boom")]).error, "boom");
  assert.is(medianRun([run(null, "boom"), run(100), run(99)]).performance, 99);
});

test("accessibility below 100 fails a gated budget; performance below 98 is reported, not gated", () => {
  const [perf, a11y] = lighthouseBudgets([{ ...run(95), accessibility: 96 }]);
  assert.equal([perf.ok, perf.gated, a11y.ok, a11y.gated], [false, false, false, true]);
  const [perf2, a11y2] = lighthouseBudgets([run(98)]);
  assert.equal([perf2.ok, a11y2.ok], [true, true]);
});

test.run();
