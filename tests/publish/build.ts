// The builds the publishing tests share within one test process (uvu runs every file in one process).
// Failures are returned, never thrown at import time, so a broken build fails these tests and not the whole run.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { buildCopy, copyProject, remove } from "../helpers/fixture.ts";

/** What a GitHub Pages project site "owner/cni-report" is built with. */
export const PREFIX = "/cni-report/";
export const SITE_URL = "https://example.github.io";

export type Built = { site: string; error?: undefined } | { site?: undefined; error: string };

const builds = new Map<string, Built>();

/** One build of a fresh project copy per environment and process; the copy is removed when the process exits. */
export function build(env: Record<string, string>): Built {
  const key = JSON.stringify(env);
  let b = builds.get(key);
  if (!b) {
    const dir = copyProject();
    process.on("exit", () => remove(dir));
    const r = buildCopy(dir, env);
    b = r.status === 0 ? { site: r.site } : { error: `build with ${key} failed (exit ${r.status}):\n${r.out}` };
    builds.set(key, b);
  }
  return b;
}

/** The build for the project site: PATH_PREFIX=/cni-report/, SITE_URL=https://example.github.io. */
export const pagesBuild = () => build({ PATH_PREFIX: PREFIX, SITE_URL });
/** The build with the defaults (prefix /, SITE_URL http://localhost:8080). */
export const defaultBuild = () => build({});

/** Site directory of a build, or an assertion-ready error. */
export function siteOf(b: Built): string {
  if (b.error !== undefined) throw new Error(b.error);
  return b.site;
}

/** Every file under dir as a relative path with forward slashes, sorted; `ext` keeps only names ending in it. */
export function filesUnder(dir: string, ext = ""): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext)) out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}
