import { pathToFileURL } from "node:url";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/** Node flags that let a child process run the project's TypeScript: native type stripping, or tsx on Node 20. */
export const TS_NODE_ARGS = ["--import", pathToFileURL(join(ROOT, "lib/register-ts.mjs")).href];
