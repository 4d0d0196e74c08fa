import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { TS_NODE_ARGS } from "./node-args.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..");
/**
 * A frozen copy of the shipped inputs: data/ (results and curated files), locales/ and content/<lang>/sections. Tests
 * read it, never the live files, so an author who drops a new run into data/results/, or a translator who rewords a
 * string or adds a language, still passes npm test; the live translations are held to rules by `npm run i18n:check`
 * (which npm test runs), not compared byte for byte. Refresh it only on purpose: `npm run fixture:update`.
 */
export const FIXTURE = join(ROOT, "tests/fixtures/shipped");
export const FIXTURE_DATA = join(FIXTURE, "data");
export const FIXTURE_LOCALES = join(FIXTURE, "locales");

/**
 * A throwaway copy of the project's inputs to break or change: templates, public and the page templates in content/
 * from the project; data, locales and prose from the frozen fixture (data from `results`, a folder of result files,
 * in place of its results when given).
 * `history` maps run folders under data/history to folders of result files ("shipped" is the fixture's own results).
 */
export function copyProject(results?: string, history: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "cni-report-"));
  for (const d of ["templates", "public"]) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  const prose = /[\\/]content[\\/][a-z]{2}([\\/]|$)/;
  cpSync(join(ROOT, "content"), join(dir, "content"), { recursive: true, filter: (src) => !prose.test(src.slice(ROOT.length)) });
  cpSync(join(FIXTURE, "content"), join(dir, "content"), { recursive: true });
  cpSync(FIXTURE_LOCALES, join(dir, "locales"), { recursive: true });
  cpSync(FIXTURE_DATA, join(dir, "data"), { recursive: true });
  if (results) {
    rmSync(join(dir, "data/results"), { recursive: true });
    cpSync(results, join(dir, "data/results"), { recursive: true });
  }
  for (const [id, from] of Object.entries(history)) {
    cpSync(from === "shipped" ? join(FIXTURE_DATA, "results") : from, join(dir, "data/history", id), { recursive: true });
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
