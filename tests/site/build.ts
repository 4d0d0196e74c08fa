// One build of the project, shared by every gate test in this process (uvu runs all test files in one process).
import { buildCopy, copyProject, remove } from "../helpers/fixture.ts";

/** The prefix GitHub Pages gives a project site: building with it catches assets linked without the prefix. */
export const PREFIX = "/cni-report/";

let built: { site: string } | { error: string } | null = null;

/**
 * Builds a fresh copy of the project once per process under PREFIX (removed when the process exits).
 * A failed build is returned, not thrown: thrown at import time it would stop uvu before the other test files.
 */
export function siteBuild(): { site: string } | { error: string } {
  if (built) return built;
  const dir = copyProject();
  process.on("exit", () => remove(dir));
  const r = buildCopy(dir, { PATH_PREFIX: PREFIX, SITE_URL: "https://example.github.io" });
  built = r.status === 0 ? { site: r.site } : { error: `the site build failed (exit ${r.status}):\n${r.out}` };
  return built;
}
