// The reference for build time: a bare Eleventy build (no config, one trivial paginated template) writing the same
// number of pages as the real build, so the ratio shows what our data, charts and templates add.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/** Milliseconds for a bare Eleventy build of `pages` pages (process start to exit, like the real build). */
export function bareBuildMs(pages: number): number {
  const dir = mkdtempSync(join(tmpdir(), "bare-eleventy-"));
  try {
    mkdirSync(join(dir, "src", "_data"), { recursive: true });
    writeFileSync(join(dir, "src", "_data", "pages.json"), JSON.stringify(Array.from({ length: pages }, (_, i) => i)));
    writeFileSync(join(dir, "src", "page.njk"), "---\npagination:\n  data: pages\n  size: 1\n  alias: n\npermalink: \"/p/{{ n }}/index.html\"\n---\n<!doctype html><title>{{ n }}</title><p>Page {{ n }}</p>\n");
    const t0 = performance.now();
    // With Node's compile cache on, as our build has it (lib/register-ts.mjs), so the comparison stays fair.
    const env = { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), "bare-eleventy-compile-cache") };
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), "--input=src", "--output=out", "--quiet"], { cwd: dir, encoding: "utf8", env });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`bare Eleventy build failed: ${r.stderr || r.stdout}`);
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
