// The chart render cache: a hit returns exactly what a fresh render would, any change to the input misses, and a
// damaged or disabled cache never breaks a build.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CHARTS } from "../../lib/charts/index.ts";
import { chartCache, renderKey } from "../../lib/render/cache.ts";
import { renderChart } from "../../lib/render/index.ts";
import { i18n, modelCopy } from "../charts/setup.ts";

const dir = mkdtempSync(join(tmpdir(), "chart-cache-"));
const env = { CHART_CACHE_DIR: dir };
const labels = { idPrefix: "chart-rtt-en", title: "t", desc: "d" };

test.after(() => rmSync(dir, { recursive: true, force: true }));

test("the key changes with the spec, the title, the description and the id prefix, and only with them", () => {
  const spec = CHARTS.rtt.build(modelCopy(), i18n("en"));
  const key = renderKey(spec, labels);
  assert.is(renderKey(structuredClone(spec), { ...labels }), key);
  assert.is.not(renderKey({ ...spec, description: "another" }, labels), key);
  assert.is.not(renderKey(spec, { ...labels, title: "u" }), key);
  assert.is.not(renderKey(spec, { ...labels, desc: "e" }), key);
  assert.is.not(renderKey(spec, { ...labels, idPrefix: "chart-rtt-ko" }), key);
  assert.is.not(renderKey(CHARTS.rtt.build(modelCopy(), i18n("ko")), labels), key);
});

test("a cached chart is byte-identical to a fresh render, and a second build reads it instead of drawing", async () => {
  const fresh = await renderChart(modelCopy(), i18n("zh"), "udp-loss");
  const cache = chartCache("", env);
  const first = await renderChart(modelCopy(), i18n("zh"), "udp-loss", cache);
  assert.is(first.svg, fresh.svg);
  assert.is(first.narrow.svg, fresh.narrow.svg);
  // One entry per layout.
  const files = readdirSync(dir).filter((f) => f.endsWith(".svg"));
  assert.is(files.length, 2);
  const wide = files.find((f) => readFileSync(join(dir, f), "utf8") === fresh.svg);
  assert.ok(wide, "the wide drawing is cached as drawn");
  assert.ok(files.some((f) => readFileSync(join(dir, f), "utf8") === fresh.narrow.svg), "the narrow drawing is cached as drawn");
  // Mark the entry: if the next render returns the mark, it came from the cache, not from vega.
  const marked = fresh.svg.replace("<title", "<!--cached--><title");
  writeFileSync(join(dir, wide), marked);
  const second = await renderChart(modelCopy(), i18n("zh"), "udp-loss", cache);
  assert.is(second.svg, marked);
});

test("a changed figure misses the cache and draws the new value", async () => {
  const cache = chartCache("", env);
  const before = await renderChart(modelCopy(), i18n("en"), "rtt", cache);
  const n = readdirSync(dir).length;
  const changed = modelCopy();
  changed.results.C.network.meanRttUs = 2447;
  const after = await renderChart(changed, i18n("en"), "rtt", cache);
  assert.is(readdirSync(dir).length, n + 2, "new entries (wide and narrow) beside the old ones");
  assert.is.not(after.svg, before.svg);
  const again = modelCopy();
  again.results.C.network.meanRttUs = 2447;
  assert.is(after.svg, (await renderChart(again, i18n("en"), "rtt")).svg, "the same as drawing it without a cache");
});

test("a truncated entry is a miss and is rewritten; CHART_CACHE=off neither reads nor writes", async () => {
  const cache = chartCache("", env);
  const spec = CHARTS["udp-loss"].build(modelCopy(), i18n("en"));
  const key = renderKey(spec, labels);
  writeFileSync(join(dir, `${key}.svg`), "<svg><g>");
  assert.is(cache.get(key), undefined);
  cache.set(key, "<svg></svg>");
  assert.is(cache.get(key), "<svg></svg>");
  const off = chartCache("", { ...env, CHART_CACHE: "off" });
  assert.is(off.dir, undefined);
  assert.is(off.get(key), undefined);
  assert.is(chartCache("/somewhere").dir, join("/somewhere", ".cache", "charts"));
});

test("sweep keeps the most recently used entries and removes half-written files; a hit counts as a use", () => {
  const own = mkdtempSync(join(tmpdir(), "chart-sweep-"));
  try {
    const cache = chartCache("", { CHART_CACHE_DIR: own });
    const keys = ["a", "b", "c", "d"].map((k) => k.repeat(64));
    keys.forEach((k, i) => {
      cache.set(k, `<svg>${i}</svg>`);
      const t = new Date(Date.UTC(2026, 0, 1 + i));
      utimesSync(join(own, `${k}.svg`), t, t);
    });
    writeFileSync(join(own, `${keys[0]}.svg.123.tmp`), "<svg>");
    assert.is(cache.get(keys[0]), "<svg>0</svg>", "the oldest entry is used again");
    cache.sweep(2);
    assert.equal(readdirSync(own).sort(), [keys[0], keys[3]].map((k) => `${k}.svg`).sort());
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});

test.run();
