// One build of the project, shared by every gate test in this process (uvu runs all test files in one process).
import { buildCopy, copyProject, remove } from "../helpers/fixture.ts";

/** The prefix GitHub Pages gives a project site: building with it catches assets linked without the prefix. */
export const PREFIX = "/cni-report/";

let built: { dir: string; site: string } | null = null;

/** Builds a fresh copy of the project once per process under PREFIX; removed when the process exits. */
export function siteBuild(): string {
  if (built) return built.site;
  const dir = copyProject();
  process.on("exit", () => remove(dir));
  const r = buildCopy(dir, { PATH_PREFIX: PREFIX, SITE_URL: "https://example.github.io" });
  if (r.status !== 0) throw new Error(`site build failed (exit ${r.status}):\n${r.out}`);
  built = { dir, site: r.site };
  return r.site;
}
