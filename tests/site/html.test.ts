import { test } from "uvu";
import * as assert from "uvu/assert";
import { siteBuild } from "./build.ts";
import { builtPages } from "./pages.ts";
import { htmlProblems } from "./gates.ts";

test("every built page passes html-validate (standard, document and a11y presets)", async () => {
  const build = siteBuild();
  if ("error" in build) return assert.unreachable(build.error);
  const site = build.site;
  const pages = builtPages(site);
  assert.ok(pages.length >= 4, `expected the chooser and three reports at least, found ${pages.length} pages`);
  const problems = await htmlProblems(site);
  console.log(`  html-validate: ${pages.length} pages, ${problems.length} errors`);
  assert.ok(problems.length === 0, `html-validate found ${problems.length} errors:\n  ${problems.join("\n  ")}`);
});

test.run();
