import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { TS_NODE_ARGS } from "./node-args.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..");
/**
 * A frozen copy of the shipped data/ (results and curated files). Tests read it, never the live data/, so an author
 * who drops a new run into data/results/ still passes npm test. Refresh it only on purpose: `npm run fixture:update`.
 */
export const FIXTURE = join(ROOT, "tests/fixtures/shipped");
export const FIXTURE_DATA = join(FIXTURE, "data");

/**
 * A throwaway copy of the project's inputs to break or change: locales, content, templates and public from the
 * project, data from the frozen fixture (or from `results`, a folder of result files, in place of its results).
 */
export function copyProject(results?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cni-report-"));
  for (const d of ["locales", "content", "templates", "public"]) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  cpSync(FIXTURE_DATA, join(dir, "data"), { recursive: true });
  if (results) {
    rmSync(join(dir, "data/results"), { recursive: true });
    cpSync(results, join(dir, "data/results"), { recursive: true });
  }
  return dir;
}

export function editJson(path: string, edit: (j: any) => void): void {
  const j = JSON.parse(readFileSync(path, "utf8"));
  edit(j);
  writeFileSync(path, JSON.stringify(j, null, 2));
}

export interface BuildResult {
  status: number;
  out: string;
  site: string;
}

let sharedCache: string | undefined;
/**
 * One chart and preview cache for every build of this test process (removed when it exits): the copies differ only
 * where a test changes an input, and the cache is keyed on the inputs, so a build draws only what its change
 * touched. tests/render/cache.test.ts and tests/publish/determinism.test.ts check the cache itself, with their own.
 */
function testCache(): string {
  if (!sharedCache) {
    const dir = mkdtempSync(join(tmpdir(), "cni-report-cache-"));
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
    sharedCache = dir;
  }
  return sharedCache;
}

/**
 * Builds a project copy in a child process (Eleventy caches templates per process) into <dir>/_site, the way
 * `npm run build` does, and in strict mode unless `env` says otherwise: the shipped narrative must hold in full.
 */
export function buildCopy(dir: string, env: Record<string, string> = {}): BuildResult {
  const site = join(dir, "_site");
  const r = spawnSync(
    process.execPath,
    [...TS_NODE_ARGS, join(ROOT, "lib/eleventy/build-cli.ts")],
    { cwd: dir, encoding: "utf8", env: { ...process.env, REPORT_STRICT: "1", REPORT_ROOT: dir, OUTPUT_DIR: site, NODE_PATH: join(ROOT, "node_modules"), CHART_CACHE_DIR: testCache(), ...env } },
  );
  return { status: r.status ?? 1, out: (r.stdout ?? "") + (r.stderr ?? ""), site };
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
