// Screenshots for looking at, not a test: `node --import ./lib/register-ts.mjs tests/browser/screenshots.ts [outDir]`.
// The report in each language at 1600, 1280, 1024 and 360 px, light and dark: full page, first screen, the first screen of
// each section, and each figure on its own. Files are overwritten, never the folder removed (others use it too).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve } from "../helpers/serve.ts";
import { siteBuild, PREFIX } from "../site/build.ts";
import { browserPath, DESKTOP, launch, newPage, PHONE, SCHEMES } from "./browser.ts";

const out = process.argv[2] ?? "/tmp/shots";
const exe = browserPath("screenshots");
if (!exe) process.exit(1);
const build = siteBuild();
if ("error" in build) {
  console.error(build.error);
  process.exit(1);
}
for (const d of ["figures", "sections"]) mkdirSync(join(out, d), { recursive: true });
const server = await serve(build.site, PREFIX);
const browser = await launch(exe);
try {
  for (const lang of ["en", "ko", "zh"]) {
    for (const viewport of [{ width: 1600, height: 900 }, DESKTOP, { width: 1024, height: 800 }, PHONE]) {
      for (const scheme of SCHEMES) {
        const { context, page } = await newPage(browser, viewport, scheme);
        await page.goto(`${server.url}${lang}/`, { waitUntil: "networkidle" });
        await page.evaluate(() => document.fonts.ready);
        const name = `${lang}-${viewport.width}-${scheme}`;
        await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
        await page.screenshot({ path: join(out, `${name}-top.png`) });
        // The first screen of each section (sections far below may skip rendering until scrolled near).
        const sections = await page.locator("main section[id]").evaluateAll((els) => els.map((e) => e.id));
        for (const id of sections) {
          await page.locator(`section#${id}`).evaluate((e) => e.scrollIntoView());
          await page.waitForTimeout(100);
          await page.screenshot({ path: join(out, "sections", `${name}-${id}.png`) });
        }
        const figures = page.locator("main figure");
        const count = await figures.count();
        for (let i = 0; i < count; i++) {
          const f = figures.nth(i);
          const id = (await f.getAttribute("id")) ?? `figure-${i + 1}`;
          await f.screenshot({ path: join(out, "figures", `${name}-${id}.png`) });
        }
        await context.close();
        console.log(`${name}: ${count} figures`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
