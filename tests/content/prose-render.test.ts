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

test("a figure value with markup or Markdown characters is shown as text", () => {
  assert.is(render(`x {{ f("odd") }}`), "<p>x a &lt;b&gt; &amp; <em>c</em></p>\n");
});

test("an unknown figure names the part and the figure", () => {
  assert.throws(() => render(`{{ f("rtt.Z") }}`), (e: Error) => e.message === `${where}: unknown figure "rtt.Z" (run npm run facts for the list)`);
});

test("a claim prints nothing when the data supports it, and stops the build naming the claim when it does not", () => {
  assert.is(render(`{{ requires("e-lowest-rtt") }}E is lowest.`), "<p>E is lowest.</p>\n");
  const m = structuredClone(model);
  m.results.C.network.meanRttUs = 1;
  assert.throws(() => render(`{{ requires("e-lowest-rtt") }}E is lowest.`, m), /e-lowest-rtt/);
});

test("any other template syntax is an error, not a silent feature", () => {
  for (const src of ["{{ rtt.E }}", "{{ f(rtt) }}", "{% if x %}y{% endif %}", "{# note #}", '{{ f("rtt.E") | upper }}'])
    assert.throws(() => render(src), (e: Error) => e.message.startsWith(`${where}: `) && e.message.includes("neither a figure nor a claim"), src);
});

test("raw HTML in prose is shown as text", () => {
  assert.is(render("<script>alert(1)</script>"), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
});

test.run();
