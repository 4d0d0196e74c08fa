import { test } from "uvu";
import * as assert from "uvu/assert";
import * as d from "../../lib/derive/index.ts";

test("percentChange: signed relative change", () => {
  assert.is(Math.round(d.percentChange(4894, 3135) * 10) / 10, -35.9);
  assert.is(d.percentChange(100, 150), 50);
  assert.throws(() => d.percentChange(0, 5), /zero/);
});

test("ratio", () => {
  assert.is(Math.round(d.ratio(99, 10059)), 102);
  assert.throws(() => d.ratio(0, 1), /zero/);
});

test("lowest / highest / allLowest, ties not hidden", () => {
  const rows = [{ key: "A", value: 3 }, { key: "B", value: 1 }, { key: "C", value: 1 }, { key: "D", value: 9 }];
  assert.is(d.lowest(rows).key, "B");
  assert.is(d.highest(rows).key, "D");
  assert.equal(d.allLowest(rows), ["B", "C"]);
  assert.throws(() => d.lowest([]), /no rows/);
});

test("spreadPercent", () => {
  assert.is(Math.round(d.spreadPercent([12.41, 12.34, 12.4]) * 100) / 100, 0.56);
  assert.is(d.spreadPercent([2, 2, 2]), 0);
});

test("shareOf", () => {
  assert.is(Math.round(d.shareOf(12.5, 12.34)), 99);
});

test.run();
