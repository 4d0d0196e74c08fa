// One build of the project, shared by every gate test in this process (uvu runs all test files in one process).
import { renameSync } from "node:fs";
import { join } from "node:path";
import { buildCopy, copyProject, remove } from "../helpers/fixture.ts";

/** The prefix GitHub Pages gives a project site: building with it catches assets linked without the prefix. */
export const PREFIX = "/cni-report/";
const ENV = { PATH_PREFIX: PREFIX, SITE_URL: "https://example.github.io" };

type Built = { site: string; dir: string } | { error: string };
let built: Built | null = null;

/**
 * Builds a fresh copy of the project once per process under PREFIX (removed when the process exits).
 * A failed build is returned, not thrown: thrown at import time it would stop uvu before the other test files.
 */
export function siteBuild(): Built {
  if (built) return built;
  const dir = copyProject();
  process.on("exit", () => remove(dir));
  const r = buildCopy(dir, ENV);
  built = r.status === 0 ? { site: r.site, dir } : { error: `the site build failed (exit ${r.status}):\n${r.out}` };
  return built;
}

/**
 * Moves the shared build aside and builds the same copy again into an empty output folder.
 * Returns both output folders; the second becomes the shared build.
 */
export function rebuildFromClean(): { first: string; second: string } | { error: string } {
  const b = siteBuild();
  if ("error" in b) return b;
  const first = join(b.dir, "_site-first");
  renameSync(b.site, first);
  const r = buildCopy(b.dir, ENV);
  if (r.status !== 0) return { error: `the second build failed (exit ${r.status}):\n${r.out}` };
  return { first, second: r.site };
}
