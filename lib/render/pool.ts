/**
 * Drawing on every core. A cache miss (a chart SVG, a preview PNG) is handed to worker threads, one per core up to
 * four, so a build with nothing cached draws in parallel instead of one chart after another. Workers start on the
 * first miss (a rebuild with everything cached starts none), keep vega and the fonts loaded between jobs (so a
 * locale edit under `npm start` redraws without loading them again) and never hold the process open when idle.
 *
 *   const drawer = sharedDrawer();
 *   await drawer.svg(spec, labels)                                  → the same string renderSvg() returns
 *   await drawer.preview({ input, chart: { svg } | { spec, labels }, language })   → PNG bytes
 *
 * DRAW_WORKERS=0 draws in the calling thread, one job after another (as on a single core or Node 20); DRAW_WORKERS=n
 * sets the count.
 * A job's error reaches the caller with its message and name, as if the job had run here.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { TopLevelSpec } from "../charts/spec.ts";
import type { Language } from "../i18n/languages.ts";
import type { PreviewInput } from "./preview.ts";
import type { SvgLabels } from "./svg.ts";

export interface PreviewJob {
  input: Omit<PreviewInput, "chart">;
  /** The chart as drawn already, or the spec to draw it from (a preview lays small multiples out differently). */
  chart: { svg: string } | { spec: TopLevelSpec; labels: SvgLabels };
  language: Language;
}

export type Job = { kind: "svg"; spec: TopLevelSpec; labels: SvgLabels } | ({ kind: "preview" } & PreviewJob) | { kind: "warm" };

export interface Drawer {
  svg(spec: TopLevelSpec, labels: SvgLabels): Promise<string>;
  preview(job: PreviewJob): Promise<Buffer>;
  /** Starts the workers and loads vega and the image libraries in them, so the next miss draws at once. */
  warm(): Promise<void>;
}

/** Runs one job in this thread; the worker (lib/render/worker.ts) calls the same function. */
export async function runJob(job: Job): Promise<string | Uint8Array> {
  const { renderSvg } = await import("./svg.ts");
  if (job.kind === "warm") return (await (await import("./fonts.ts")).loadPreviewLibraries(), await import("@resvg/resvg-js"), "");
  if (job.kind === "svg") return renderSvg(job.spec, job.labels);
  const [{ renderPreview }, { previewFonts }] = await Promise.all([import("./preview.ts"), import("./fonts.ts")]);
  const chart = "svg" in job.chart ? job.chart.svg : await renderSvg(job.chart.spec, job.chart.labels);
  return renderPreview({ ...job.input, chart }, fontsFor(job.language, previewFonts));
}

// One PreviewFonts per language and thread: it holds the opened faces and every glyph outline drawn so far.
const fonts = new Map<string, import("./fonts.ts").PreviewFonts>();
function fontsFor(language: Language, open: typeof import("./fonts.ts").previewFonts) {
  let f = fonts.get(language.code);
  if (!f) fonts.set(language.code, (f = open(language)));
  return f;
}

/**
 * Workers to start: DRAW_WORKERS, or one per core up to four; none on a single core, nor on a Node that runs the
 * TypeScript through tsx (Node 20), where every worker would compile the render code again (measured: slower).
 */
export function workerCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), native = !!process.features.typescript): number {
  const set = env.DRAW_WORKERS?.trim();
  if (set) {
    const n = Number(set);
    if (!Number.isInteger(n) || n < 0) throw new Error(`DRAW_WORKERS must be a whole number of worker threads (0 draws in the build's own thread); found "${set}"`);
    return n;
  }
  return cores > 1 && native ? Math.min(cores, 4) : 0;
}

interface Pending {
  job: Job;
  resolve: (v: string | Uint8Array) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy?: Pending;
}

/** An error from a worker, rebuilt with its name and message (the stack stays in the worker). */
function revive(e: { name: string; message: string }): Error {
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}

export function createDrawer(count = workerCount()): Drawer & { close(): Promise<void> } {
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let inline: Promise<unknown> = Promise.resolve();

  const start = (): Slot => {
    const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), { execArgv: [] });
    const slot: Slot = { worker };
    worker.on("message", (m: { ok?: string | Uint8Array; error?: { name: string; message: string } }) => {
      const done = slot.busy!;
      slot.busy = undefined;
      if (m.error) done.reject(revive(m.error));
      else done.resolve(m.ok!);
      next(slot);
    });
    worker.on("error", (e: Error) => {
      // A worker that dies (out of memory, a crash in a native library) fails its job and is replaced.
      slot.busy?.reject(e);
      slot.busy = undefined;
      slots.splice(slots.indexOf(slot), 1);
      if (queue.length) next(start());
    });
    worker.unref();
    slots.push(slot);
    return slot;
  };

  // An idle worker takes the oldest job; a worker holds the process open only while it has one.
  const next = (slot: Slot) => {
    const p = queue.shift();
    if (!p) return void slot.worker.unref();
    slot.busy = p;
    slot.worker.ref();
    slot.worker.postMessage(p.job);
  };

  const run = (job: Job): Promise<string | Uint8Array> => {
    if (count === 0) {
      // vega and the text measurer are process-wide state: in this thread, one drawing at a time.
      const r = inline.then(() => runJob(job));
      inline = r.catch(() => undefined);
      return r;
    }
    return new Promise((resolve, reject) => {
      queue.push({ job, resolve, reject });
      while (slots.length < count) start();
      const idle = slots.find((s) => !s.busy);
      if (idle) next(idle);
    });
  };

  return {
    svg: async (spec, labels) => (await run({ kind: "svg", spec, labels })) as string,
    preview: async (job) => Buffer.from((await run({ kind: "preview", ...job })) as Uint8Array),
    async warm() {
      await Promise.all(Array.from({ length: Math.max(count, 1) }, () => run({ kind: "warm" })));
    },
    async close() {
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}

let shared: ReturnType<typeof createDrawer> | undefined;
/** The build's drawer, shared by the charts and the previews so they queue on the same workers. */
export function sharedDrawer(): Drawer {
  return (shared ??= createDrawer());
}
