// The build the gate tests check: the GitHub Pages project-site build that the publishing tests also use
// (tests/publish/build.ts builds it once per test process), so the gates add no build of their own.
import { pagesBuild, PREFIX } from "../publish/build.ts";

/** The prefix GitHub Pages gives a project site: building with it catches assets linked without the prefix. */
export { PREFIX };

/**
 * The built site folder, or the build's error. Returned, not thrown: thrown at import time it would stop uvu before
 * the other test files.
 */
export function siteBuild(): { site: string } | { error: string } {
  const b = pagesBuild();
  return b.error !== undefined ? { error: b.error } : { site: b.site };
}
