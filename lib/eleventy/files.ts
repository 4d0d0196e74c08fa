/**
 * Files that are not pages (chart SVGs and specs, the vega bundle, the data downloads, the preview images) are
 * written straight into the output after Eleventy has written the pages. As paginated templates each cost a page's
 * work (data cascade, three permalink renders): 158 of them took a fifth of a rebuild.
 *
 *   registerFiles(config, "chart files", () => [{ path: "/en/charts/rtt.svg", body }])
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

export interface OutputFile {
  /** Site path, from the output folder's root (the path prefix is not part of it, as for a permalink). */
  path: string;
  body: string | Buffer | Promise<string | Buffer>;
}

/** Writes `files` under `output`; a path outside it, or one a page already took, is an error naming the path. */
export async function writeFiles(output: string, files: OutputFile[], what: string, pages: readonly string[] = []): Promise<void> {
  const taken = new Set(pages.map((p) => normalize(p)));
  for (const f of files) {
    const file = join(output, f.path);
    if (!f.path.startsWith("/") || f.path.split("/").includes("..")) throw new Error(`${what}: "${f.path}" is not a path inside the site`);
    if (taken.has(normalize(file))) throw new Error(`${what}: ${f.path} is also written by a page; one of them must move`);
    taken.add(normalize(file));
    const body = await f.body;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
}

/** After every build, the files `list` names (read then, so a reloaded site writes its own). */
export function registerFiles(config: any, what: string, list: () => OutputFile[]): void {
  config.on("eleventy.after", async ({ dir, results }: { dir: { output: string }; results?: { outputPath?: string | false }[] }) => {
    const pages = (results ?? []).map((r) => r.outputPath).filter((p): p is string => typeof p === "string");
    await writeFiles(dir.output, list(), what, pages);
  });
}
