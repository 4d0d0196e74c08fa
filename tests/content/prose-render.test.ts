// Prose parts: figures and claims are expanded, anything else between template braces stops the build with the
// part named, and markup in a translation is shown as text.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { renderProse } from "../../lib/prose/render.ts";
import { model } from "../charts/setup.ts";

const facts = new Map([["rtt.E", "3,135 µs"], ["odd", "a <b> & *c*"]]);
const where = "content/ko/sections/results.md#rtt";
const render = (src: string, m = model) => renderProse(src, where, facts, m);

test("figures are replaced by their formatted value, in either quote style and spacing", () => {
  assert.is(render(`RTT {{ f("rtt.E") }}, {{f('rtt.E')}}.`), "<p>RTT 3,135 µs, 3,135 µs.</p>\n");
});

test("markup in a figure value is shown as text (Markdown emphasis in it still renders)", () => {
  assert.is(render(`x {{ f("odd") }}`), "<p>x a &lt;b&gt; &amp; <em>c</em></p>\n");
});

test("an unknown figure names the part and the figure", () => {
  assert.throws(() => render(`{{ f("rtt.Z") }}`), (e: Error) => e.message === `${where}: unknown figure "rtt.Z" (run npm run facts for the list)`);
});

test("a claim prints nothing while the data supports it; when it does not, its paragraph is left out", () => {
  const src = `Figures first.\n\n{{ requires("e-lowest-rtt") }}E is lowest.\n\nAfter.`;
  assert.is(render(src), "<p>Figures first.</p>\n<p>E is lowest.</p>\n<p>After.</p>\n");
  const m = structuredClone(model);
  m.results.C.network.meanRttUs = 1;
  assert.is(render(src, m), "<p>Figures first.</p>\n<p>After.</p>\n");
});

test("a claim alone on the first line guards the whole part, lists included", () => {
  const src = `{{ requires("e-lowest-rtt") }}\nLead-in:\n\n- one\n- two`;
  assert.is(render(src), "<p>Lead-in:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
  const m = structuredClone(model);
  m.results.C.network.meanRttUs = 1;
  assert.is(render(src, m), "");
});

test("in preview the left-out paragraph stays in place, marked with the claim and its figures", () => {
  const m = structuredClone(model);
  m.results.C.network.meanRttUs = 1;
  const html = renderProse(`{{ requires("e-lowest-rtt") }}E is lowest.`, where, facts, m, { mode: "preview" });
  assert.match(html, /^<div class="left-out"><p class="left-out-note">Left out of the published page/);
  assert.match(html, /<code>e-lowest-rtt<\/code>: scenario E has the lowest mean RTT/);
  assert.match(html, /rtt: A 4894, B 4955, C 1, D 4453, E 3135/);
  assert.match(html, /<p>E is lowest.<\/p>\n<\/div>$/);
});

test("a claim inside a paragraph, or an unknown claim, is an error naming the part", () => {
  assert.throws(() => render(`E is {{ requires("e-lowest-rtt") }}lowest.`), (e: Error) => e.message.startsWith(`${where}: requires("e-lowest-rtt") must open its paragraph`));
  assert.throws(() => render(`{{ requires("no-such-claim") }}x`), (e: Error) => e.message.startsWith(`${where}: unknown claim "no-such-claim"`));
});

test("any other template syntax is an error, not a silent feature", () => {
  for (const src of ["{{ rtt.E }}", "{{ f(rtt) }}", "{% if x %}y{% endif %}", "{# note #}", '{{ f("rtt.E") | upper }}'])
    assert.throws(() => render(src), (e: Error) => e.message.startsWith(`${where}: `) && e.message.includes("neither a figure nor a claim"), src);
});

test("raw HTML in prose is shown as text", () => {
  assert.is(render("<script>alert(1)</script>"), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
});

test.run();
