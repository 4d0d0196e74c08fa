// `npm run build`: Eleventy writes into a fresh folder beside the output, which replaces the output only when the
// whole build succeeded. A failure of any kind (bad data, strict narrative, a template error) leaves the previous
// site exactly as it was, and is reported once, without a stack trace into lib/ (DEBUG=1 adds it).
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";

// The project's config, also when building a copy of the inputs from another folder (tests, bench).
const CONFIG = resolve(import.meta.dirname, "../../.eleventy.ts");
if (process.argv.includes("--strict")) process.env.REPORT_STRICT = "1";
const output = resolve(process.env.OUTPUT_DIR ?? "_site");
const staging = join(dirname(output), `.${basename(output)}.next`);
const retired = join(dirname(output), `.${basename(output)}.old`);

/** The first message in an error's cause chain that names an input, not Eleventy's wrapper around it. */
function rootMessage(error: unknown): string {
  let e: unknown = error;
  const seen: string[] = [];
  while (e instanceof Error) {
    seen.push(e.message);
    e = (e as { cause?: unknown }).cause ?? (e as { originalError?: unknown }).originalError;
  }
  return seen[seen.length - 1] ?? String(error);
}

let pagesWritten = 0;
let filesWritten = 0;

/** Files under `dir`, all depths. */
function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name)) : 1), 0);
}

async function build(): Promise<void> {
  rmSync(staging, { recursive: true, force: true });
  process.env.OUTPUT_DIR = staging;
  const eleventy = new Eleventy(undefined, undefined, { configPath: CONFIG, quietMode: true });
  eleventy.disableLogger(); // it would print each error again, with a stack trace; ours names the input once
  const [, pages] = (await eleventy.write()) as [unknown[], unknown[]];
  pagesWritten = pages.length;
  filesWritten = countFiles(staging);
  rmSync(retired, { recursive: true, force: true });
  if (existsSync(output)) renameSync(output, retired);
  renameSync(staging, output);
  rmSync(retired, { recursive: true, force: true });
}

const HELP = `npm run build [-- --strict]

Builds the report into _site/ (OUTPUT_DIR changes it) from data/, locales/ and content/. A failed build leaves the
previous _site/ untouched and names the file, key or part to fix.

  --strict   fail, instead of leaving them out, on passages whose claims the data no longer supports
  --help     this text
  DEBUG=1    add the stack trace to a failure (for developers)`;

if ((import.meta.main ?? process.argv[1] === import.meta.filename) && (process.argv.includes("--help") || process.argv.includes("-h"))) {
  console.log(HELP);
} else if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  const t0 = performance.now();
  build().then(
    () => console.log(`Wrote ${pagesWritten} pages (${filesWritten} files in all) to ${basename(output)}/ in ${((performance.now() - t0) / 1000).toFixed(2)} s`),
    (error) => {
      console.error(`Build failed; ${basename(output)}/ was left as it was.\n\n${rootMessage(error)}`);
      if (process.env.DEBUG) console.error(`\n(DEBUG) ${(error as Error)?.stack ?? error}`);
      process.exitCode = 1;
      // Templates still rendering when the error came finish writing first; the half-built folder goes after them.
      process.on("exit", () => rmSync(staging, { recursive: true, force: true }));
    },
  );
}
