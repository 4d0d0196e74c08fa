import { test } from "uvu";
import * as assert from "uvu/assert";
import { measure, textWidth, vegaEstimate, wrap } from "../../lib/charts/measure.ts";

test("Hangul and Han get a wider box than vega's 0.8 em estimate; Latin does not balloon", () => {
  for (const text of ["평균 왕복 시간", "平均往返时间", "측정 안 함", "网卡上限"]) {
    assert.ok(measure({ fontSize: 12 }, text) > vegaEstimate(text, { fontSize: 12 }), text);
  }
  assert.is(measure({ fontSize: 10 }, "가나다"), 30);
  const latin = "Mean round-trip time";
  assert.ok(measure({ fontSize: 12 }, latin) < 1.1 * vegaEstimate(latin, { fontSize: 12 }));
});

test("bold text is wider; a missing font size is vega's default 11", () => {
  assert.ok(textWidth("TCP", { fontSize: 12, fontWeight: "bold" }) > textWidth("TCP", { fontSize: 12 }));
  assert.ok(textWidth("TCP", { fontSize: 12, fontWeight: 600 }) > textWidth("TCP", { fontSize: 12, fontWeight: 400 }));
  assert.is(measure({}, "가"), 11);
});

test("a label with a limit never measures wider than the limit, so truncation and layout agree", () => {
  const long = "연결 설정 시간이 아주 길게 늘어난 라벨입니다";
  assert.is(measure({ fontSize: 12, limit: 60 }, long), 60);
  assert.is(measure({ fontSize: 12, limit: 500 }, "가나"), 24);
  assert.is(measure({ fontSize: 12, limit: 0 }, "가나"), 24);
});

test("wrap keeps every line within the width and loses no text", () => {
  const cases: [string, RegExp][] = [
    ["iperf3's mean RTT with 1-byte messages over 10 s. Shorter is better. No percentiles were recorded.", /\s+/g],
    ["1바이트 메시지로 10초 동안 잰 iperf3 평균 RTT입니다. 짧을수록 좋습니다. 백분위수는 기록하지 않았습니다.", /\s+/g],
    ["用 1 字节消息测量 10 秒得到的 iperf3 平均 RTT，越短越好。没有记录百分位数。", /\s+/g],
  ];
  for (const [text, space] of cases) {
    const lines = wrap(text, 200, 12);
    assert.ok(lines.length > 1, text);
    for (const l of lines) assert.ok(textWidth(l, { fontSize: 12 }) <= 200, `too wide: ${l}`);
    assert.is(lines.join("").replace(space, ""), text.replace(space, ""));
  }
});

test("wrap never starts a line with closing punctuation and balances the lines", () => {
  const lines = wrap("每个分图都有各自从零开始的刻度，越低越好。", 100, 12);
  for (const l of lines.slice(1)) assert.not.match(l, /^[，。）]/);
  const widths = wrap("one two three four five six seven eight nine ten", 200, 12).map((l) => textWidth(l, { fontSize: 12 }));
  assert.ok(Math.max(...widths) - Math.min(...widths) < 60, `unbalanced: ${widths}`);
});

test.run();
