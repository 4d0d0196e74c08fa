// The "since the previous run" section in Chromium: a project copy with the shipped run in data/history and the three
// runs' trend, built for GitHub Pages. Report pages pass axe in light and dark, fit 360 px without horizontal scroll,
// and the history charts open interactively.
import { browserSuite } from "../helpers/chromium.ts";
import * as assert from "uvu/assert";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { serve, type Served } from "../helpers/serve.ts";
import { buildCopy, copyProject, remove, ROOT } from "../helpers/fixture.ts";
import { PREFIX, SITE_URL } from "../publish/build.ts";
import { browserPath, launch, newPage, SCHEMES } from "./browser.ts";
import { axeProblems, liveChartProblems, overflowProblems, watch } from "./gates.ts";

const exe = browserPath("history section checks");
const t = browserSuite("history section in Chromium", exe);
let browser: Browser;
let server: Served;
let site = "";
let dir = "";

t.before(async () => {
  const reruns = join(ROOT, "tests/fixtures/reruns");
  dir = copyProject(join(reruns, "reversed"), { "2026-02-09": "shipped", "2026-11-20": join(reruns, "mild") });
  const r = buildCopy(dir, { REPORT_STRICT: "", PATH_PREFIX: PREFIX, SITE_URL });
  assert.is(r.status, 0, r.out);
  site = r.site;
  server = await serve(site, PREFIX);
  browser = await launch(exe!);
});
t.after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) remove(dir);
});

for (const lang of ["en", "ko", "zh"]) {
  t(`/${lang}/ with history: axe in light and dark, no horizontal scroll at 360 px, no console errors, no italic CJK text`, async () => {
    const { context, page } = await newPage(browser);
    try {
      const w = watch(page);
      await page.goto(`${server.url}${lang}/`, { waitUntil: "load" });
      assert.ok(await page.locator("#history #chart-run-trend").count(), "the trend chart is on the page");
      const problems: string[] = [];
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        const axe = await axeProblems(page, colorScheme === "light" ? [] : ["color-contrast"]);
        for (const m of [...axe, ...(await overflowProblems(page))]) problems.push(`[${colorScheme}] ${m}`);
      }
      problems.push(...w.problems());
      // Han and Hangul have no italics; a slanted CJK glyph anywhere on the page is a typography error.
      const slanted = await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((el) => getComputedStyle(el).fontStyle === "italic" && [...el.childNodes].some((n) => n.nodeType === 3 && /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(n.textContent ?? "")))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`),
      );
      problems.push(...slanted.map((s) => `italic CJK text: ${s}`));
      assert.equal(problems, []);
    } finally {
      await context.close();
    }
  });
}

for (const id of ["run-change", "run-trend"]) {
  t(`${id} opens interactively from the report, with its tooltip`, async () => {
    const { context, page } = await newPage(browser);
    try {
      const w = watch(page);
      await page.goto(`${server.url}en/`, { waitUntil: "load" });
      // The gate clicks the first live-chart button: leave only this chart's.
      await page.evaluate((id) => document.querySelectorAll(`figure.chart:not(#chart-${id}) button[data-chart-live]`).forEach((b) => b.remove()), id);
      assert.equal([...(await liveChartProblems(page, w.requests)), ...w.problems()], []);
    } finally {
      await context.close();
    }
  });
}

if (exe) t.run();
