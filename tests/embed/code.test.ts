import { test } from "uvu";
import * as assert from "uvu/assert";
import { CAPTION_ROOM, defaultEmbedHeight, embedCode, embedLayout, svgSize } from "../../lib/embed/code.ts";
import { scrollable } from "../../lib/eleventy/chartpages.ts";

test("the embed code is a lazy iframe with a title and a height, plus the optional script", () => {
  const code = embedCode({ src: "https://o.github.io/r/ko/embed/rtt/", script: "https://o.github.io/r/assets/embed-resize.js", title: 'Pod 간 "왕복" <시간>', height: 412.4 });
  assert.match(code, '<iframe src="https://o.github.io/r/ko/embed/rtt/" loading="lazy" title="Pod 간 &quot;왕복&quot; &lt;시간&gt;" style="width:100%;border:0" height="412"></iframe>');
  assert.match(code, '<script src="https://o.github.io/r/assets/embed-resize.js" async></script>');
});

test("the default height fits the chart scaled to a typical column, plus its caption", () => {
  assert.is(defaultEmbedHeight(624, 300), 300 + CAPTION_ROOM);
  assert.ok(defaultEmbedHeight(1248, 600) < 600, "a wide chart is drawn smaller");
  assert.ok(defaultEmbedHeight(400, 200) > 200 + CAPTION_ROOM, "a narrow chart grows to the column");
  assert.is(defaultEmbedHeight(300, 300), 300 * 1.3 + CAPTION_ROOM, "but no more than charts.css lets it grow");
  assert.throws(() => defaultEmbedHeight(0, 10), /no size/);
});

test("a frame of the typical width shows the narrow drawing, a wider one the wide drawing", () => {
  assert.is(embedLayout(), "narrow");
  assert.is(embedLayout(1000), "wide");
});

test("svgSize reads the root element's width and height", () => {
  assert.equal(svgSize('<svg class="x" width="417" height="200.5" viewBox="0 0 417 200.5"><g width="9"/></svg>'), { width: 417, height: 200.5 });
});

test("scrollable gives the chart view a minimum width and a keyboard-reachable label, or fails loudly", () => {
  const out = scrollable('<figure><div class="chart-view"><svg/></div></figure>', 'A "b"', 500);
  assert.match(out, '<div class="chart-view chart-scroll" style="--chart-min:400px" tabindex="0" role="region" aria-label="A &quot;b&quot;">');
  assert.throws(() => scrollable("<figure></figure>", "x", 500), /has no <div class="chart-view">/);
});

test.run();
