// The remembering bcp-47-normalize (lib/vendor) that lib/register-ts.mjs gives Eleventy's I18nPlugin: the package's
// own answers, and the plugin's import really goes to it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import module from "node:module";
import { join } from "node:path";
import { bcp47Normalize as original } from "bcp-47-normalize";
import { bcp47Normalize as remembered } from "../../lib/vendor/bcp-47-normalize.mjs";
import { TS_NODE_ARGS } from "../helpers/node-args.ts";

test("the same answer as the package, asked once or twice, with or without options", () => {
  for (const tag of ["en", "ko", "zh", "zh-hans-cn", "EN-us", "content", "charts", "x", "", "i-klingon", "zh-Hant-TW"]) {
    assert.is(remembered(tag), original(tag), tag);
    assert.is(remembered(tag), original(tag), `${tag}, asked again`);
    assert.is(remembered(tag, { forgiving: true }), original(tag, { forgiving: true }), `${tag}, forgiving`);
  }
});

test("an import of bcp-47-normalize from Eleventy's folder gets the remembering copy where Node has module hooks", () => {
  // Inside the project, so the probe's bare import finds the package when no hook redirects it.
  const cache = join(import.meta.dirname, "../../.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "tags-"));
  try {
    // A stand-in for a module of Eleventy's: only its folder name matters to the hook.
    const plugin = join(dir, "node_modules", "@11ty", "eleventy", "src");
    mkdirSync(plugin, { recursive: true });
    writeFileSync(join(plugin, "probe.mjs"), 'export { bcp47Normalize } from "bcp-47-normalize";\n');
    const script = `const a = await import(${JSON.stringify(join(plugin, "probe.mjs"))}); const b = await import(${JSON.stringify(new URL("../../lib/vendor/bcp-47-normalize.mjs", import.meta.url).href)}); console.log(a.bcp47Normalize === b.bcp47Normalize ? "remembering" : "original");`;
    const r = spawnSync(process.execPath, [...TS_NODE_ARGS, "--input-type=module", "-e", script], { encoding: "utf8" });
    assert.is(r.status, 0, r.stderr);
    // Node 20 has no synchronous module hooks: there the plugin keeps the package itself (slower, same answers).
    assert.is(r.stdout.trim(), "registerHooks" in module ? "remembering" : "original");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
