// Every page type of the built site, at phone width, in light and dark: no serious/critical axe violations, no console
// errors, no horizontal scroll. Pages are found in the build, so new page types are checked as soon as they exist.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { serve, type Served } from "../helpers/serve.ts";
import { siteBuild, PREFIX } from "../site/build.ts";
import { builtPages, pagesToVisit } from "../site/pages.ts";
import { browserPath, launch, newPage, SCHEMES } from "./browser.ts";
import { axeProblems, overflowProblems, watch } from "./gates.ts";

const exe = browserPath("browser page checks");
const t = suite("pages in Chromium");
let browser: Browser;
let server: Served;

const build = exe ? siteBuild() : { error: "" };
const site = "site" in build ? build.site : "";
if ("error" in build && exe) t("the site builds", () => assert.unreachable(build.error));
const pages = site ? pagesToVisit(builtPages(site)) : [];

t.before(async () => {
  if (!site) return;
  server = await serve(site, PREFIX);
  browser = await launch(exe!);
});
t.after(async () => {
  await browser?.close();
  await server?.close();
});

if (site) t("the build has the chooser and a report page per language", () => {
  const types = pages.map((p) => `${p.type}${p.lang ? `:${p.lang}` : ""}`);
  for (const want of ["chooser", "report:en", "report:ko", "report:zh"]) assert.ok(types.includes(want), `missing ${want}; found ${types.join(", ")}`);
  console.log(`  visiting ${pages.length} pages: ${pages.map((p) => p.path || "/").join(" ")}`);
});

for (const p of pages) {
  t(`${p.type} /${p.path}: axe, console and 360 px width in ${SCHEMES.join(" and ")}`, async () => {
    const { context, page } = await newPage(browser);
    try {
      const url = server.url + p.path;
      const w = watch(page, p.type === "404" ? url : undefined);
      const response = await page.goto(url, { waitUntil: "load" });
      if (p.type === "404") assert.is(response?.status(), 404, `${url} should be answered by 404.html with status 404`);
      const problems: string[] = [];
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        for (const m of [...(await axeProblems(page)), ...(await overflowProblems(page))]) problems.push(`[${colorScheme}] ${m}`);
      }
      problems.push(...w.problems());
      assert.ok(problems.length === 0, `/${p.path}: ${problems.length} problems\n  ${problems.join("\n  ")}`);
    } finally {
      await context.close();
    }
  });
}

if (exe) t.run();
