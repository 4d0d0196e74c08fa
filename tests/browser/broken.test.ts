// Proves the browser gates can fail: each one, run on the deliberately broken fixture, names what is wrong.
import { browserSuite } from "../helpers/chromium.ts";
import * as assert from "uvu/assert";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { ROOT } from "../helpers/fixture.ts";
import { serve, type Served } from "../helpers/serve.ts";
import { browserPath, launch, newPage } from "./browser.ts";
import { axeProblems, liveChartProblems, overflowProblems, textBoxProblems, vegaRequests, watch } from "./gates.ts";

const BROKEN = join(ROOT, "tests/fixtures/broken");
const exe = browserPath("browser gates on the broken fixture");
const t = browserSuite("broken fixture", exe);
let browser: Browser;
let server: Served;

t.before(async () => {
  server = await serve(BROKEN, "/");
  browser = await launch(exe!);
});
t.after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture page at phone width and hands it, with its Watch, to `check`. */
async function onPage<T>(file: string, check: (page: import("playwright-core").Page, w: ReturnType<typeof watch>) => Promise<T>): Promise<T> {
  const { context, page } = await newPage(browser);
  try {
    const w = watch(page);
    await page.goto(server.url + file, { waitUntil: "load" });
    return await check(page, w);
  } finally {
    await context.close();
  }
}

t("axe names the missing alt text and the low-contrast paragraph", async () => {
  const problems = await onPage("index.html", (page) => axeProblems(page));
  const text = problems.join("\n");
  assert.match(text, /axe critical image-alt: .*\n\s+img/);
  assert.match(text, /axe serious color-contrast: .*\n\s+p <p id="twice" class="faint">/);
});

t("the console gate reports the uncaught exception", async () => {
  const problems = await onPage("index.html", async (_page, w) => w.problems());
  assert.match(problems.join("\n"), /uncaught exception: deliberate failure in the broken fixture/);
});

t("the 360 px gate reports the scroll width and the element that sticks out", async () => {
  const problems = await onPage("index.html", (page) => overflowProblems(page));
  assert.match(problems.join("\n"), /horizontal scroll: scrollWidth \d+ px > innerWidth 360 px; sticking out: div\.too-wide \(right edge \d+ px\)/);
});

t("the label gate reports overlapping labels and a label outside its chart, by chart id and text", async () => {
  const problems = (await onPage("index.html", (page) => textBoxProblems(page))).join("\n");
  assert.match(problems, /chart-broken: text "Scenario A" \[x [\d.]+, y [\d.]+, w [\d.]+, h [\d.]+\] overlaps "Scenario B"/);
  assert.match(problems, /chart-broken: text "cut off at the edge" .* is not inside its SVG/);
});

t("Vega loaded before any click fails the live-chart gate", async () => {
  const problems = await onPage("index.html", (page, w) => liveChartProblems(page, w.requests));
  assert.match(problems.join("\n"), /Vega code requested before any click: .*vendor\/vega\.min\.js/);
  assert.equal(vegaRequests(["http://x/assets/site.js", "http://x/assets/vega-embed.abc.js", "http://x/charts/rtt.vl.json"]), ["http://x/assets/vega-embed.abc.js"]);
});

t("a live-chart button that loads nothing fails the live-chart gate", async () => {
  const problems = await onPage("dead-button.html", (page, w) => liveChartProblems(page, w.requests, 1000));
  assert.match(problems.join("\n"), /clicking the live-chart button did not show a live chart/);
});

if (exe) t.run();
