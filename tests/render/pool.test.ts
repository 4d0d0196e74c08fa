// Drawing threads (lib/render/pool.ts): what a worker draws is byte for byte what the build's own thread draws, a
// failed drawing reaches the caller with its message, and DRAW_WORKERS is read strictly.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CHARTS } from "../../lib/charts/index.ts";
import { createDrawer, workerCount } from "../../lib/render/pool.ts";
import { renderSvg } from "../../lib/render/svg.ts";
import { i18n, model } from "../charts/setup.ts";

const labels = (id: string) => ({ idPrefix: `pool-${id}`, title: `title ${id}`, desc: `desc ${id}` });

test("two workers draw the same SVGs as this thread, each answer to its own request", async () => {
  const drawer = createDrawer(2);
  try {
    const jobs = (["rtt", "throughput", "udp-loss"] as const).flatMap((id) => ["en", "ko"].map((lang) => ({ id, spec: CHARTS[id].build(model, i18n(lang)) })));
    // All at once, so the two workers answer out of order.
    const drawn = await Promise.all(jobs.map((j) => drawer.svg(j.spec, labels(j.id))));
    for (const [k, j] of jobs.entries()) assert.is(drawn[k], await renderSvg(j.spec, labels(j.id)), `${j.id}: the worker's SVG differs`);
  } finally {
    await drawer.close();
  }
});

test("a spec Vega-Lite warns about fails in the worker with the chart named, and the worker goes on", async () => {
  const drawer = createDrawer(1);
  try {
    // A bar chart asked for a shape channel: Vega-Lite drops it with a warning, which the build treats as an error.
    const bad = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", data: { values: [{ a: 1 }] }, mark: "bar", encoding: { x: { field: "a", type: "quantitative" }, shape: { field: "a", type: "nominal" } } } as never;
    try {
      await drawer.svg(bad, labels("broken"));
      assert.unreachable("a bad spec was drawn");
    } catch (e) {
      assert.instance(e, Error);
      assert.match((e as Error).message, /^pool-broken: Vega-Lite compile warnings:/);
      assert.is((e as Error).name, "ChartCompileError");
    }
    assert.match(await drawer.svg(CHARTS.rtt.build(model, i18n("en")), labels("rtt")), /^<svg /);
  } finally {
    await drawer.close();
  }
});

test("with no workers, jobs are drawn in this thread one after another", async () => {
  const drawer = createDrawer(0);
  const specs = ["rtt", "throughput"].map((id) => CHARTS[id as "rtt"].build(model, i18n("zh")));
  const drawn = await Promise.all(specs.map((s, k) => drawer.svg(s, labels(String(k)))));
  for (const [k, s] of specs.entries()) assert.is(drawn[k], await renderSvg(s, labels(String(k))));
});

test("warming starts the workers and loads their libraries; they then draw as before", async () => {
  const drawer = createDrawer(1);
  try {
    await drawer.warm();
    const spec = CHARTS.rtt.build(model, i18n("en"));
    assert.is(await drawer.svg(spec, labels("rtt")), await renderSvg(spec, labels("rtt")));
  } finally {
    await drawer.close();
  }
});

test("DRAW_WORKERS sets the number of threads; a value that is not a count is an error naming it", () => {
  assert.is(workerCount({ DRAW_WORKERS: "0" }, 8, true), 0);
  assert.is(workerCount({ DRAW_WORKERS: "3" }, 1, false), 3);
  assert.is(workerCount({}, 1, true), 0, "a single core draws in the build's own thread");
  assert.is(workerCount({}, 2, true), 2);
  assert.is(workerCount({}, 16, true), 4);
  assert.is(workerCount({}, 8, false), 0, "through tsx each worker would compile the render code again");
  assert.throws(() => workerCount({ DRAW_WORKERS: "many" }, 2), /DRAW_WORKERS.*"many"/);
  assert.throws(() => workerCount({ DRAW_WORKERS: "-1" }, 2), /DRAW_WORKERS/);
});

test.run();
