import { test } from "uvu";
import * as assert from "uvu/assert";
import { renameSync } from "node:fs";
import { join } from "node:path";
import { buildCopy, copyProject, remove } from "../helpers/fixture.ts";
import { treeDifferences } from "./gates.ts";

test("two builds from clean output are byte-identical", () => {
  const dir = copyProject();
  try {
    const first = buildCopy(dir);
    assert.is(first.status, 0, first.out);
    renameSync(first.site, join(dir, "_site-first"));
    const second = buildCopy(dir);
    assert.is(second.status, 0, second.out);
    const diffs = treeDifferences(join(dir, "_site-first"), second.site);
    assert.ok(diffs.length === 0, `the two builds differ in ${diffs.length} places:\n  ${diffs.slice(0, 10).join("\n  ")}`);
  } finally {
    remove(dir);
  }
});

test.run();
