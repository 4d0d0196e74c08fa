// A drawing thread of lib/render/pool.ts: takes one job at a time and answers with the SVG or PNG, or the error.
import module from "node:module";
import { parentPort } from "node:worker_threads";
import { runJob, type Job } from "./pool.ts";

// As in the main thread (lib/register-ts.mjs): vega's modules compile from the disk cache after the first build.
module.enableCompileCache?.();

parentPort!.on("message", async (job: Job) => {
  try {
    const ok = await runJob(job);
    parentPort!.postMessage({ ok });
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    parentPort!.postMessage({ error: { name: error.name, message: error.message } });
  }
});
