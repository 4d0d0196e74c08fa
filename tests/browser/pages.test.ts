// Every page type of the built site, at phone width, in light and dark: no serious/critical axe violations, no console
// errors, no horizontal scroll. Pages are found in the build, so new page types are checked as soon as they exist.
import { browserSuite } from "../helpers/chromium.ts";
import * as assert from "uvu/assert";
import { availableParallelism } from "node:os";
import type { Browser } from "playwright-core";
import { serve, type Served } from "../helpers/serve.ts";
import { siteBuild, PREFIX } from "../site/build.ts";
import { builtPages, pagesToVisit, type BuiltPage } from "../site/pages.ts";
import { browserPath, launch, newPage, SCHEMES } from "./browser.ts";
import { axeProblems, overflowProblems, watch } from "./gates.ts";

const exe = browserPath("browser page checks");
const t = browserSuite("pages in Chromium", exe);
let browser: Browser;
let server: Served;

const build = exe ? siteBuild() : { error: "" };
const site = "site" in build ? build.site : "";
if ("error" in build && exe) t("the site builds", () => assert.unreachable(build.error));
const pages = site ? pagesToVisit(builtPages(site)) : [];

/** Problems per page, found before the tests run, a few pages at a time (each test then reports its own page). */
const found = new Map<BuiltPage, Promise<string[]>>();

async function check(p: BuiltPage): Promise<string[]> {
  const { context, page } = await newPage(browser);
  try {
    const url = server.url + p.visit;
    const w = watch(page, p.type === "404" ? url : undefined);
    const response = await page.goto(url, { waitUntil: "load" });
    const problems: string[] = [];
    if (p.type === "404" && response?.status() !== 404) problems.push(`${url} should be answered by 404.html with status 404, got ${response?.status()}`);
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      // Only colours change with the scheme: after the full run in light, dark needs the contrast rule alone.
      const axe = await axeProblems(page, colorScheme === "light" ? [] : ["color-contrast"]);
      for (const m of [...axe, ...(await overflowProblems(page))]) problems.push(`[${colorScheme}] ${m}`);
    }
    return [...problems, ...w.problems()];
  } catch (e) {
    return [`could not check the page: ${(e as Error).message}`];
  } finally {
    await context.close();
  }
}

t.before(async () => {
  if (!site) return;
  server = await serve(site, PREFIX);
  browser = await launch(exe!);
  // Pages are independent; a small pool uses the spare cores without starving Chromium.
  const queue = [...pages];
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const result = check(p);
      found.set(p, result);
      await result;
    }
  };
  await Promise.all(Array.from({ length: Math.min(3, availableParallelism()) }, worker));
});
t.after(async () => {
  await browser?.close();
  await server?.close();
});

if (site) {
  t("the build has the chooser and a report page per language", () => {
    const types = pages.map((p) => `${p.type}${p.lang ? `:${p.lang}` : ""}`);
    for (const want of ["chooser", "report:en", "report:ko", "report:zh"]) assert.ok(types.includes(want), `missing ${want}; found ${types.join(", ")}`);
    console.log(`  checked ${pages.length} pages in ${SCHEMES.join(" and ")}: ${pages.map((p) => "/" + p.visit).join(" ")}`);
  });
}

for (const p of pages) {
  t(`${p.type} /${p.visit}: axe, console and 360 px width in ${SCHEMES.join(" and ")}`, async () => {
    const problems = await found.get(p)!;
    assert.ok(problems.length === 0, `/${p.visit}: ${problems.length} problems\n  ${problems.join("\n  ")}`);
  });
}

if (exe) t.run();
