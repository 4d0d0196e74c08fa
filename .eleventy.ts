import { HtmlBasePlugin, I18nPlugin } from "@11ty/eleventy";
import { loadOrExit, reloadOrKeep } from "./lib/eleventy/load.ts";
import { readDeploy } from "./lib/eleventy/env.ts";
import { globalData } from "./lib/eleventy/data.ts";
import { registerHead } from "./lib/eleventy/head.ts";
import { registerFilters, registerShortcodes } from "./lib/eleventy/filters.ts";
import { TABLES } from "./lib/eleventy/tables.ts";
import { registerBlocks, registerCompare } from "./lib/eleventy/blocks.ts";
import { registerDownloads } from "./lib/eleventy/downloads.ts";
import { registerChartPages } from "./lib/eleventy/chartpages.ts";
import { registerCharts } from "./lib/eleventy/charts.ts";
import { registerPreviews } from "./lib/eleventy/previews.ts";
import { registerAssets } from "./lib/eleventy/assets.ts";
import { md } from "./lib/prose/render.ts";

// Wiring only. Loading the site validates every data and locale file and checks every claim in the prose, so bad
// input (or, in strict mode, an unsupported passage) stops the build before any write.
export default function (config: any) {
  const root = process.env.REPORT_ROOT ?? process.cwd();
  let site = loadOrExit(root);
  const deploy = readDeploy();
  // During `npm start`, locale, prose and data edits are picked up on the next rebuild without a restart.
  config.on("eleventy.before", ({ runMode }: { runMode: string }) => {
    if (runMode === "serve" || runMode === "watch") site = reloadOrKeep(root, site);
  });
  const current = () => site;

  config.addPlugin(I18nPlugin, { defaultLanguage: site.catalog.languages.default, errorMode: "allow-fallback" });
  config.addPlugin(HtmlBasePlugin);
  config.setLibrary("md", md);
  config.addGlobalData("site", () => globalData(current(), deploy));
  registerHead(config, current, deploy);
  registerFilters(config, current);
  registerShortcodes(config, current, TABLES);
  registerBlocks(config, current);
  registerCompare(config, current);
  registerDownloads(config, current, deploy);
  registerChartPages(config, current, deploy);
  registerCharts(config, current, deploy);
  registerPreviews(config, current, deploy);
  registerAssets(config, root);

  config.addPassthroughCopy({ "public/": "/" });
  config.ignores.add("content/*/sections/**");
  config.addWatchTarget("./locales/");
  config.addWatchTarget("./data/");
  config.addWatchTarget("./content/");
  config.setServerOptions({ port: 8080 });

  return {
    dir: { input: "content", includes: "../templates", layouts: "../templates/layouts", data: "_data", output: process.env.OUTPUT_DIR ?? "_site" },
    pathPrefix: deploy.pathPrefix,
    templateFormats: ["njk", "md"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: false,
  };
}
