// Charts on the report pages: no Vega code before interaction, every label of the ko and zh charts whole and apart,
// and the live chart loading on click with a tooltip on hover.
import { browserSuite } from "../helpers/chromium.ts";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { serve, type Served } from "../helpers/serve.ts";
import { siteBuild, PREFIX } from "../site/build.ts";
import { builtPages } from "../site/pages.ts";
import { browserPath, DESKTOP, launch, newPage } from "./browser.ts";
import { liveChartProblems, LIVE_BUTTON, textBoxProblems, vegaRequests, watch } from "./gates.ts";

const exe = browserPath("browser chart checks");
const t = browserSuite("charts in Chromium", exe);
let browser: Browser;
let server: Served;

const build = exe ? siteBuild() : { error: "" };
const site = "site" in build ? build.site : "";
if ("error" in build && exe) t("the site builds", () => assert.unreachable(build.error));
const all = site ? builtPages(site) : [];
const reports = all.filter((p) => p.type === "report");
/** Pages that may offer the live chart: the reports and the first chart and embed page. */
const interactive = [...reports, ...(["chart", "embed"] as const).flatMap((type) => all.filter((p) => p.type === type).slice(0, 1))];

t.before(async () => {
  if (!site) return;
  server = await serve(site, PREFIX);
  browser = await launch(exe!);
});
t.after(async () => {
  await browser?.close();
  await server?.close();
});

for (const p of interactive) {
  t(`/${p.path}: no Vega code is requested before interaction`, async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    try {
      const w = watch(page);
      await page.goto(server.url + p.path, { waitUntil: "networkidle" });
      // Scrolling through the page triggers anything loaded lazily on visibility.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState("networkidle"); // whatever the scroll set off has been requested by now
      assert.equal(vegaRequests(w.requests), [], "Vega code was requested before any click");
    } finally {
      await context.close();
    }
  });
}

for (const p of reports.filter((r) => r.lang === "ko" || r.lang === "zh")) {
  for (const viewport of [DESKTOP, { width: 360, height: 740 }]) {
    t(`/${p.path} at ${viewport.width} px: every chart label lies inside its chart and overlaps no other`, async () => {
      const { context, page } = await newPage(browser, viewport);
      try {
        await page.goto(server.url + p.path, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready);
        const charts = await page.locator("main svg:not(svg svg)").count();
        const texts = await page.locator("main svg text").count();
        const problems = await textBoxProblems(page);
        console.log(`  /${p.path} ${viewport.width} px: ${charts} SVGs, ${texts} labels checked, ${problems.length} problems`);
        assert.ok(problems.length === 0, `${problems.length} label problems on /${p.path} at ${viewport.width} px:\n  ${problems.slice(0, 30).join("\n  ")}`);
      } finally {
        await context.close();
      }
    });
  }
}

for (const p of interactive) {
  t(`/${p.path}: the interactive chart loads on click and shows a tooltip on hover`, async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    try {
      const w = watch(page);
      await page.goto(server.url + p.path, { waitUntil: "load" });
      assert.ok((await page.locator(LIVE_BUTTON).count()) > 0, `/${p.path}: no interactive-chart button (${LIVE_BUTTON})`);
      const problems = [...(await liveChartProblems(page, w.requests, 10_000, (line) => console.log(`  /${p.path}: ${line}`))), ...w.problems()];
      assert.ok(problems.length === 0, `/${p.path}:\n  ${problems.join("\n  ")}`);
    } finally {
      await context.close();
    }
  });
}

if (exe) t.run();
