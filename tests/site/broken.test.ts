// Proves the site gates can fail: each one, run on the deliberately broken fixture, names what is wrong.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import { ROOT } from "../helpers/fixture.ts";
import { htmlProblems } from "./gates.ts";
import { builtPages, classify } from "./pages.ts";

const BROKEN = join(ROOT, "tests/fixtures/broken");

test("html-validate names the duplicate id and the image without alt, with file and line", async () => {
  const problems = await htmlProblems(BROKEN);
  const text = problems.join("\n");
  assert.match(text, /index\.html:\d+:\d+ no-dup-id: Duplicate ID "twice"/);
  assert.match(text, /index\.html:\d+:\d+ wcag\/h37: .*alt/);
});

test("page discovery classifies every URL shape of the contract", () => {
  assert.equal(classify("index.html").visit, "#choose");
  assert.equal(classify("ko/index.html"), { file: "ko/index.html", path: "ko/", visit: "ko/", type: "report", lang: "ko" });
  assert.equal(classify("zh/charts/rtt/index.html"), { file: "zh/charts/rtt/index.html", path: "zh/charts/rtt/", visit: "zh/charts/rtt/", type: "chart", lang: "zh", id: "rtt" });
  assert.equal(classify("en/embed/udp-loss/index.html").type, "embed");
  assert.equal(classify("404.html").visit, "no-such-page/");
  assert.equal(builtPages(BROKEN).map((p) => p.file), ["dead-button.html", "index.html"]);
});

test.run();
