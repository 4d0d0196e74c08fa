// The figure rule: a number typed into prose or a string, a figure the English gives and a translation drops, or a
// placeholder a translation loses, fails both `npm run i18n:check` and the build, naming language, file, part or key
// and the figure to write instead.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { typedNumbers, digitsOf, figuresShowing, figureRule, sameFigure, type Allowed } from "../../lib/i18n/typed.ts";
import { buildCopy, copyProject, remove } from "../helpers/fixture.ts";
import { runChecker, setKey } from "./edit.ts";

const nums = (text: string, lang = "en", allowed?: Allowed) => typedNumbers(text, lang, allowed).map((t) => t.number);

test("typed numbers are found in any script; technical names, code, figures and placeholders are not", () => {
  assert.equal(nums("At QPS 1,000 the p99 was 9.89 ms, −9 %."), ["1,000", "9.89", "9"]);
  assert.equal(nums("시나리오 5개, 第３个", "ko"), ["5", "３"]);
  assert.equal(nums('iperf3, p99, L3/L4, m6i.xlarge, ap-northeast-2a, HTTP/2, p99는 {{ f("rtt.E") }} {value}µs', "ko"), []);
  assert.equal(nums("```bash\nkubectl top --since 30s\n```\n[docs](https://x.io/v1/2) `--set x=3`\n1. first\n2) second"), []);
  assert.equal(nums("<!-- part: p2 -->\nnothing typed"), []);
});

test("the allow-list lets listed phrases and versioned names through, in their language only", () => {
  const allowed: Allowed = { versioned: ["EKS"], phrases: new Map([["all", ["O(1)"]], ["ko", ["10GbE"]]]) };
  assert.equal(nums("EKS 1.31 on 10GbE, O(1)", "ko", allowed), []);
  assert.equal(nums("EKS 1.31 on 10GbE, O(1)", "zh", allowed), ["10"]);
  assert.equal(nums("EKS 3 nodes", "en", allowed), ["3"], "a version needs a dot; a count after a name is a figure");
});

test("a typed number is matched to the figure that shows it, the figures the English part uses first", () => {
  const facts = new Map([["a.x", "1,000 QPS"], ["b.y", "1.000 s"], ["load.low", "1,000"], ["rtt.change.A.E", "1,000%"]]);
  assert.is(digitsOf("１，０００"), "1000");
  assert.equal(figuresShowing("1000", facts, ["load.low"]), ["load.low", "a.x"]);
});

test("a figure typed into ko prose and a zh string, and a number beside a figure in en, fail the check and the build", () => {
  const dir = copyProject();
  try {
    const ko = join(dir, "content/ko/sections/overview.md");
    const koText = readFileSync(ko, "utf8");
    assert.match(koText, 'f("env.nodes")');
    writeFileSync(ko, koText.replace(/\{\{ f\("env\.nodes"\) \}\}/, "3"));
    setKey(join(dir, "locales/zh.yaml"), "metric.p99_at", "1,000 QPS 时的 HTTP p99");
    const en = join(dir, "content/en/sections/overview.md");
    writeFileSync(en, readFileSync(en, "utf8").replace('{{ f("p99_1000.E") }}', '{{ f("p99_1000.E") }} (1,000 QPS)'));

    const check = runChecker(dir);
    assert.is(check.status, 1, check.out);
    const errorsAt = check.out.indexOf("Errors (");
    assert.ok(errorsAt > check.out.indexOf("Coverage against"), "errors come after the coverage table");
    const errs = check.out.slice(errorsAt);
    assert.match(errs, /^ko sections\/overview\.md#intro: figure "env\.nodes" \(3\) is used in English but not here/m);
    assert.match(errs, /^ko sections\/overview\.md#intro: typed number "3" in "[^"]*3[^"]*": write \{\{ f\("env\.nodes"\) \}\}/m);
    assert.match(errs, /^zh metric\.p99_at: typed number "1,000" in "1,000 QPS[^"]*": write \{qps\} instead/m);
    assert.match(errs, /^en sections\/overview\.md#key-figures: typed number "1,000" in ".*\(1,000 QPS\).*": write \{\{ f\("load\.low"\) \}\}/m);

    const build = buildCopy(dir);
    assert.is.not(build.status, 0, build.out);
    assert.match(build.out, "ko content/ko/sections/overview.md#intro: typed number \"3\"");
    assert.match(build.out, 'write {{ f("env.nodes") }}');
    assert.match(build.out, "zh locales/zh.yaml metric.p99_at: placeholder {qps} is missing");
    assert.match(build.out, 'zh locales/zh.yaml metric.p99_at: typed number "1,000"');
    assert.match(build.out, 'en content/en/sections/overview.md#key-figures: typed number "1,000"');
    assert.match(build.out, "npm run facts -- <lang>");
    assert.not.match(build.out, /\n\s+at .*\.ts:\d+/, "no stack trace");
  } finally {
    remove(dir);
  }
});

test("a change given as a joining clause (move_and) is the same figure as the English move", () => {
  assert.is(sameFigure("rtt.move_and.C.D"), "rtt.move.C.D");
  assert.is(sameFigure("svc.p99.move_and"), "svc.p99.move");
  assert.is(sameFigure("rtt.C"), "rtt.C");
  const prose = (en: string, ko: string) => (lang: string) => new Map([["analysis.md", new Map([["x", lang === "en" ? en : ko]])]]);
  const run = (ko: string) =>
    figureRule({ langs: ["en", "ko"], defaultLang: "en", strings: () => new Map(), prose: prose('RTT {{ f("rtt.move.C.D") }}.', ko), facts: () => new Map([["rtt.move.C.D", "fell 13%"]]), allowed: { versioned: [], phrases: new Map() } } as never);
  assert.equal(run('왕복 시간은 {{ f("rtt.move_and.C.D") }}, …'), []);
  assert.match(JSON.stringify(run("왕복 시간은 줄었습니다.")), /rtt\.move\.C\.D/, "dropping the figure altogether is still an error");
});

test.run();
