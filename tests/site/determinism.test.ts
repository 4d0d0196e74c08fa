import { test } from "uvu";
import * as assert from "uvu/assert";
import { rebuildFromClean } from "./build.ts";
import { treeDifferences } from "./gates.ts";

test("two builds from clean output are byte-identical", () => {
  const r = rebuildFromClean();
  if ("error" in r) return assert.unreachable(r.error);
  const diffs = treeDifferences(r.first, r.second);
  assert.ok(diffs.length === 0, `the two builds differ in ${diffs.length} places:\n  ${diffs.slice(0, 10).join("\n  ")}`);
});

test.run();
