// A failed build leaves the previous site exactly as it was: bad data, a strict-mode narrative failure and a template
// error that strikes while Eleventy is already writing. npm run build writes into a staging folder and swaps it in.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCopy, copyProject, editJson, remove } from "../helpers/fixture.ts";
import { filesUnder } from "./build.ts";

const digest = (dir: string): Map<string, string> =>
  new Map(filesUnder(dir).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));

const dir = copyProject();
const first = buildCopy(dir, { REPORT_STRICT: "" });
const before = first.status === 0 ? digest(first.site) : new Map<string, string>();

function failsAndKeepsSite(name: string, breakIt: () => void, env: Record<string, string> = {}, expect: RegExp) {
  test(`${name}: the build fails and the previous _site is byte-identical`, () => {
    assert.is(first.status, 0, first.out);
    assert.ok(before.size > 100, "the first build wrote the site");
    breakIt();
    const r = buildCopy(dir, { REPORT_STRICT: "", ...env });
    assert.is.not(r.status, 0, "the build should fail");
    assert.match(r.out, /Build failed; _site\/ was left as it was\./);
    assert.match(r.out, expect);
    assert.not.match(r.out, /    at .*\.ts:\d+/, "no stack trace into lib/");
    assert.equal(digest(r.site), before);
    assert.not.ok(existsSync(join(dir, "._site.next")), "the half-written staging folder is gone");
  });
}

const A = () => join(dir, "data/results/scenario-a-vpccni.json");
let saved = "", savedC = "";
failsAndKeepsSite("bad data", () => {
  saved = readFileSync(A(), "utf8");
  savedC = readFileSync(join(dir, "data/results/scenario-c-kpless.json"), "utf8");
  editJson(A(), (j) => (j.network.mean_rtt_us = "fast"));
}, {}, /scenario-a-vpccni\.json: network\.mean_rtt_us: expected a number, got "fast"/);

failsAndKeepsSite("a passage the data no longer supports, in strict mode", () => {
  writeFileSync(A(), saved);
  // Without the p99 spikes at the high load (in A and C), the passage explaining them no longer holds.
  for (const f of [A(), join(dir, "data/results/scenario-c-kpless.json")]) editJson(f, (j) => (j.http.qps_5000.p99_ms = j.http.qps_max.p99_ms));
}, { REPORT_STRICT: "1" }, /part http-anomaly/);

failsAndKeepsSite("a template error while pages are being written", () => {
  writeFileSync(A(), saved);
  writeFileSync(join(dir, "data/results/scenario-c-kpless.json"), savedC);
  appendFileSync(join(dir, "content/zh/sections/notes.md"), '\n{{ f("no.such.figure") }}\n');
}, {}, /content\/zh\/sections\/notes\.md \(part [a-z-]+\): unknown figure "no\.such\.figure"/);

test("clean up", () => remove(dir));

test.run();
