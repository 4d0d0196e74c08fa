// Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU) over the report pages of a built site, served
// gzip-compressed as GitHub Pages serves them (tests/helpers/serve.ts).
// Used by bench/run.ts; also runs alone: `node --import ./lib/register-ts.mjs bench/lighthouse.ts [siteDir] [--check]`
// (siteDir defaults to _site, served under PATH_PREFIX or "/").
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CHROMIUM_ARGS, findChromium } from "../tests/helpers/chromium.ts";
import { serve } from "../tests/helpers/serve.ts";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "node_modules/lighthouse/cli/index.js");

export interface LighthouseScore {
  page: string;
  /** 0–100, or null when Lighthouse could not score the category. */
  performance: number | null;
  accessibility: number | null;
  /** Accessibility audits that failed, and performance audits scoring under 0.9: "id (score)". */
  weak: string[];
  /** Lighthouse's measure of this machine's CPU (a fast desktop scores ~1500+); low values inflate simulated timings. */
  benchmarkIndex?: number;
  error?: string;
  /** Performance of every run, when the page was run more than once. */
  runs?: (number | null)[];
}

export interface LighthouseBudget {
  name: string;
  value: number | null;
  limit: number;
  /** Accessibility is decided by the markup alone and gates; performance depends on the machine, so it is reported. */
  gated: boolean;
  ok: boolean;
}

/** Why Lighthouse cannot run here, or null when it can. */
export function lighthouseUnavailable(): string | null {
  if (!existsSync(CLI)) return "the lighthouse package is not installed (npm ci)";
  if (!findChromium()) return "no Chromium found (set CHROME_PATH or apt-get install chromium)";
  return null;
}

/**
 * Runs the Lighthouse CLI `runs` times per page path ("en/") of siteDir, served under prefix, and keeps the run with
 * the median performance score: single runs vary by a few points with the machine's load, and Lighthouse's own
 * guidance is to take the median of several.
 */
export async function runLighthouse(siteDir: string, prefix: string, paths: string[], runs = Number(process.env.LIGHTHOUSE_RUNS) || 3): Promise<LighthouseScore[]> {
  const why = lighthouseUnavailable();
  if (why) throw new Error(`Lighthouse cannot run: ${why}`);
  const server = await serve(siteDir, prefix);
  const out = mkdtempSync(join(tmpdir(), "lighthouse-"));
  try {
    const scores: LighthouseScore[] = [];
    // One page at a time: parallel runs would compete for the CPU that Lighthouse's timings measure.
    for (const [i, path] of paths.entries()) {
      const tries: LighthouseScore[] = [];
      for (let n = 0; n < runs; n++) {
        const report = join(out, `${i}-${n}.json`);
        const args = [CLI, server.url + path, "--output=json", `--output-path=${report}`, "--only-categories=performance,accessibility", "--quiet", `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`];
        const r = await run(args, { ...process.env, CHROME_PATH: findChromium() ?? "" });
        tries.push(
          r.status === 0 && existsSync(report)
            ? score(path, JSON.parse(readFileSync(report, "utf8")))
            : { page: path, performance: null, accessibility: null, weak: [], error: `lighthouse exit ${r.status}: ${r.output.trim().slice(-600)}` },
        );
      }
      scores.push(medianRun(tries));
    }
    return scores;
  } finally {
    rmSync(out, { recursive: true, force: true });
    await server.close();
  }
}

/** Runs node asynchronously: the page server lives in this process, so a blocking spawn would starve it. */
function run(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (status) => {
      clearTimeout(timer);
      done({ status, output });
    });
  });
}

/** The run with the median performance score; a failed run counts as the lowest, so an error is never hidden. */
export function medianRun(tries: LighthouseScore[]): LighthouseScore {
  const sorted = [...tries].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
  const m = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...m, runs: tries.map((t) => t.performance) };
}

interface LhrAudit {
  id: string;
  score: number | null;
  scoreDisplayMode: string;
}
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhrAudit>;
  runtimeError?: { message: string };
  environment?: { benchmarkIndex?: number };
}

function score(page: string, lhr: Lhr): LighthouseScore {
  const pct = (c: string) => (lhr.categories[c]?.score == null ? null : Math.round((lhr.categories[c].score ?? 0) * 100));
  const weak: string[] = [];
  for (const [category, threshold] of [["accessibility", 1], ["performance", 0.9]] as const) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (a && ref.weight > 0 && a.score !== null && a.score < threshold && a.scoreDisplayMode !== "notApplicable") weak.push(`${category}/${a.id} (${a.score})`);
    }
  }
  return { page, performance: pct("performance"), accessibility: pct("accessibility"), weak, benchmarkIndex: lhr.environment?.benchmarkIndex, error: lhr.runtimeError?.message };
}

/** The budgets: performance ≥ 98 (reported) and accessibility 100 (gated), per page. */
export function lighthouseBudgets(scores: LighthouseScore[]): LighthouseBudget[] {
  return scores.flatMap((s) => [
    { name: `Lighthouse performance /${s.page}`, value: s.performance, limit: 98, gated: false, ok: s.performance !== null && s.performance >= 98 },
    { name: `Lighthouse accessibility /${s.page}`, value: s.accessibility, limit: 100, gated: true, ok: s.accessibility === 100 },
  ]);
}

/** A printable table of scores and the audits that held them back. */
export function formatLighthouse(scores: LighthouseScore[]): string {
  const lines = ["page        performance  accessibility  CPU benchmarkIndex  runs"];
  for (const s of scores) {
    lines.push(`/${s.page.padEnd(10)} ${String(s.performance ?? "–").padStart(11)}  ${String(s.accessibility ?? "–").padStart(13)}  ${String(Math.round(s.benchmarkIndex ?? 0) || "–").padStart(18)}  ${(s.runs ?? []).map((r) => r ?? "–").join(" ")}`);
    if (s.error) lines.push(`  error: ${s.error}`);
    for (const w of s.weak) lines.push(`  weak: ${w}`);
  }
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const siteDir = resolve(args.find((a) => !a.startsWith("--")) ?? "_site");
  const prefix = process.env.PATH_PREFIX?.replace(/^\/?/, "/").replace(/\/?$/, "/") ?? "/";
  const why = lighthouseUnavailable();
  if (why) {
    console.log(`Lighthouse skipped: ${why}`);
    process.exit(args.includes("--check") && process.env.CI === "true" ? 1 : 0);
  }
  const paths = ["en", "ko", "zh"].filter((l) => existsSync(join(siteDir, l, "index.html"))).map((l) => `${l}/`);
  const scores = await runLighthouse(siteDir, prefix, paths);
  console.log(formatLighthouse(scores));
  const failed = lighthouseBudgets(scores).filter((b) => !b.ok);
  for (const b of failed) console.log(`${b.gated ? "FAIL" : "note"}: ${b.name} = ${b.value ?? "–"} (budget ${b.limit})`);
  if (args.includes("--check") && failed.some((b) => b.gated)) process.exit(1);
}
