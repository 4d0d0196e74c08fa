import { test } from "uvu";
import * as assert from "uvu/assert";
import { csvField, numberText, toCsv } from "../../lib/downloads/csv.ts";
import type { Dataset } from "../../lib/downloads/types.ts";
import { parseCsv } from "./csv.ts";

test("fields with commas, quotes, line breaks or edge spaces are quoted; quotes doubled", () => {
  assert.is(csvField("plain"), "plain");
  assert.is(csvField("c5.metal, m6i.metal"), '"c5.metal, m6i.metal"');
  assert.is(csvField('say "hi"'), '"say ""hi"""');
  assert.is(csvField("two\nlines"), '"two\nlines"');
  assert.is(csvField(" padded"), '" padded"');
  assert.is(csvField(null), "");
  assert.is(csvField(true), "true");
});

test("numbers are plain decimals: no exponent, no grouping", () => {
  assert.is(numberText(10059), "10059");
  assert.is(numberText(0.0000001), "0.0000001");
  assert.is(numberText(12.41), "12.41");
  assert.throws(() => numberText(Number.NaN), /cannot write NaN/);
});

test("a dataset round-trips through a CSV reader", () => {
  const d: Dataset = {
    id: "t",
    source: [],
    columns: [{ name: "a", type: "string" }, { name: "b", type: "number" }, { name: "c", type: "boolean" }],
    rows: [
      { a: 'x, "y"', b: 1.5, c: true },
      { a: "line\nbreak", b: null, c: false },
    ],
  };
  const text = toCsv(d);
  assert.ok(text.endsWith("\r\n"), "CRLF after the last row");
  assert.equal(parseCsv(text), [["a", "b", "c"], ['x, "y"', "1.5", "true"], ["line\nbreak", "", "false"]]);
});

test.run();
