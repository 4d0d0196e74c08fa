// The terms rule: a variant a language's terms list refuses, in its strings or prose, fails `npm run i18n:check`,
// naming the key or part, the text found and the term to use; a longer term to use that contains it does not.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findRefused, loadTermList, type Concept } from "../../lib/i18n/terms.ts";
import { loadStrings } from "../../lib/i18n/strings.ts";
import { copyProject, remove, FIXTURE, FIXTURE_LOCALES } from "../helpers/fixture.ts";
import { runChecker, setKey } from "./edit.ts";

const concept = (use: string, refuse: string[], allow: string[] = []): Concept => ({ concept: `c ${use}`, use, refuse, allow });
const found = (text: string, list: Concept[]) => findRefused(text, list).map((h) => h.found);

test("a term to use that contains a refused variant is not flagged; the bare variant is", () => {
  const list = [concept("기준선", ["기준"]), concept("基线", ["基准"], ["基准测试"])];
  assert.equal(found("A는 기준선입니다. 결과 파일 기준으로 읽습니다.", list), ["기준"]);
  assert.equal(found("本次基准测试以 A 为基线。", list), []);
  assert.equal(found("以 A 为基准。", list), ["基准"]);
});

test("of overlapping refused variants only the longest is reported, once", () => {
  const list = [concept("최대 QPS", ["달성한 최대 QPS", "달성한"])];
  const hits = findRefused("차트: 달성한 최대 QPS", list);
  assert.equal(hits.map((h) => h.found), ["달성한 최대 QPS"]);
  assert.is(hits[0].context, "차트: 달성한 최대 QPS");
});

test("code, Helm values, template expressions, placeholders, links and longer technical names are not read", () => {
  const list = [concept("소켓 수준 로드 밸런싱", ["Socket LB"]), concept("Cilium Agent", ["代理"], ["Envoy 代理"])];
  const text = [
    "`--set socketLB.enabled=true` and socketLB, Socket-LBs",
    '{{ f("socket LB") }} {socket} [docs](https://x.io/Socket-LB/) https://x.io/Socket_LB',
    "```yaml\n# Socket LB 代理\n```",
    "会被 Cilium 的 Envoy 代理拒绝",
  ].join("\n");
  assert.equal(found(text, list), []);
  assert.equal(found("eBPF Service 맵 + connect() 시점의 socket\nLB는", list), ["socket LB"], "any case, across a line break, a particle attached");
  assert.equal(found("Cilium 代理负责", list), ["代理"]);
});

test("a terms list that refuses another concept's term is rejected, naming the file and entry", () => {
  const dir = copyProject();
  try {
    const file = join(dir, "locales/terms/zh.yaml");
    writeFileSync(file, readFileSync(file, "utf8") + "  - concept: x\n    use: 近似\n    refuse: [吞吐量]\n");
    assert.throws(() => loadTermList(dir, "zh"), /locales\/terms\/zh\.yaml: terms\.\d+\.refuse: "吞吐量" is the term to use for "throughput/);
    const r = runChecker(dir);
    assert.is(r.status, 2, r.out);
    assert.match(r.out, "locales/terms/zh.yaml");
  } finally {
    remove(dir);
  }
});

test("a refused variant planted in ko prose and in a zh string fails the check, naming part or key and the term to use", () => {
  // The shipped lists and texts pass as they are, and hold terms that contain refused variants.
  const ko = loadTermList(FIXTURE, "ko")!;
  const zh = loadTermList(FIXTURE, "zh")!;
  assert.ok(ko.some((c) => c.use === "최대 QPS" && c.refuse.includes("최대 달성 QPS")));
  assert.ok(zh.some((c) => c.use === "Agent" && c.refuse.includes("代理")));
  assert.ok(zh.some((c) => c.use === "基线" && c.refuse.includes("基准")));
  assert.match(readFileSync(join(FIXTURE, "content/zh/sections/overview.md"), "utf8"), "基准测试");
  assert.match(loadStrings(FIXTURE_LOCALES, "zh").get("block.dp.agent_cilium")!, "Cilium Agent");

  const dir = copyProject();
  try {
    const clean = runChecker(dir);
    assert.is.not(clean.out.includes(": term "), true, clean.out);

    const prose = join(dir, "content/ko/sections/results.md");
    const text = readFileSync(prose, "utf8");
    const at = text.indexOf("<!-- part: max-qps -->");
    assert.ok(at >= 0, "the max-qps part is in the ko fixture");
    writeFileSync(prose, text.slice(0, at) + text.slice(at).replace("\n", "\n최대 달성 QPS를 봅니다. "));
    setKey(join(dir, "locales/zh.yaml"), "block.dp.agent_cilium", "Cilium 代理，默认设置");

    const r = runChecker(dir);
    assert.is(r.status, 1, r.out);
    const errs = r.out.slice(r.out.indexOf("Errors ("));
    assert.match(errs, /^ko sections\/results\.md#max-qps: term "최대 달성 QPS" in "최대 달성 QPS를 봅니다[^"]*": write "최대 QPS" \(maximum QPS, locales\/terms\/ko\.yaml\)$/m);
    assert.match(errs, /^zh block\.dp\.agent_cilium: term "代理" in "Cilium 代理，默认设置": write "Agent" \(agent, locales\/terms\/zh\.yaml\)$/m);
    assert.is(errs.match(/: term "/g)?.length, 2, errs);
  } finally {
    remove(dir);
  }
});

test.run();
