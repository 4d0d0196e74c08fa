import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { TS_NODE_ARGS } from "./node-args.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..");

/** A throwaway copy of the project's inputs (data, locales, content, templates, public) to break or change. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "cni-report-"));
  for (const d of ["data", "locales", "content", "templates", "public"]) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
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

/** Builds a project copy in a child process (Eleventy caches templates per process) into <dir>/_site. */
export function buildCopy(dir: string, env: Record<string, string> = {}): BuildResult {
  const site = join(dir, "_site");
  const r = spawnSync(
    process.execPath,
    [...TS_NODE_ARGS, join(ROOT, "lib/eleventy/build-cli.ts")],
    { cwd: dir, encoding: "utf8", env: { ...process.env, REPORT_ROOT: dir, OUTPUT_DIR: site, NODE_PATH: join(ROOT, "node_modules"), ...env } },
  );
  return { status: r.status ?? 1, out: (r.stdout ?? "") + (r.stderr ?? ""), site };
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
