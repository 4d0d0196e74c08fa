// npm run bench [-- --check]: builds the site and prints build time, ms per chart render, and the report pages'
// weight. With --check it enforces the deterministic budgets of the quality-gates issue and exits non-zero when one
// fails: JS at load ≤ 20 KB gzip, no Vega code at load, HTML+CSS+JS ≤ 100 KB gzip per report page. Timings (build
// time and its ratio to a bare Eleventy build of as many pages, render times, Lighthouse performance) are reported,
// not gated: they depend on the machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { CHARTS, chartIds } from "../lib/charts/index.ts";
import { loadModel } from "../lib/data/load.ts";
import { loadCatalog } from "../lib/i18n/index.ts";
import { vegaBundle } from "../lib/render/bundle.ts";
import { workerCount } from "../lib/render/pool.ts";
import { renderSvg } from "../lib/render/svg.ts";
import { TS_NODE_ARGS } from "../tests/helpers/node-args.ts";
import { bareBuildMs } from "./bare.ts";
import { formatLighthouse, lighthouseBudgets, lighthouseUnavailable, runLighthouse } from "./lighthouse.ts";
import { kb, pageWeight, sum, type PageWeight } from "./weight.ts";

const ROOT = resolve(import.meta.dirname, "..");
if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log("npm run bench [-- --check]\n\nBuilds the site and prints build time, render times and page weight.\n  --check   exit non-zero when a size budget fails\n  --help    this text");
  process.exit(0);
}
const check = process.argv.includes("--check");
const KB = 1024;
const BUDGET = { jsAtLoadGzip: 20 * KB, pageGzip: 100 * KB, coldRatio: 3, warmRatio: 2 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pad = (s: string | number, n: number) => String(s).padStart(n);
const table = (head: string[], rows: (string | number)[][]) => {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r: (string | number)[]) => r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : pad(c, w[i]))).join("  ");
  return [line(head), w.map((n) => "─".repeat(n)).join("  "), ...rows.map(line)].join("\n");
};

function countFiles(dir: string, ext: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(join(dir, e.name), ext) : e.name.endsWith(ext) ? 1 : 0;
  return n;
}

// 1. Full builds, in a child process like `npm run build`, into a temporary folder: with an empty chart cache (cold:
//    every chart and image is drawn), again with the cache that build filled (warm: a rebuild, nothing changed),
//    and bare Eleventy. Rounds interleave the three, so a machine that slows down for a while slows all of them;
//    each ratio is taken within a round and the median ratio reported (single runs here vary by ±20 %).
const out = mkdtempSync(join(tmpdir(), "bench-site-"));
process.on("exit", () => rmSync(out, { recursive: true, force: true }));
const site = join(out, "_site");
const prefix = "/";
function timedBuild(cache: string, env: Record<string, string> = {}): number {
  const t = performance.now();
  const build = spawnSync(process.execPath, [...TS_NODE_ARGS, "lib/eleventy/build-cli.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, OUTPUT_DIR: site, PATH_PREFIX: prefix, CHART_CACHE: "on", CHART_CACHE_DIR: join(out, cache), ...env },
  });
  if (build.status !== 0) {
    console.error(`the site build failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
    process.exit(1);
  }
  return performance.now() - t;
}
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3;
const rounds: { cold: number; oneThread: number; warm: number; bare: number }[] = [];
let pages = 0;
for (let r = 0; r < ROUNDS; r++) {
  const cold = timedBuild(`cache-${r}`);
  // The same cold build with every drawing in the build's own thread (DRAW_WORKERS=0), to show what the threads add here.
  const oneThread = timedBuild(`cache-one-${r}`, { DRAW_WORKERS: "0" });
  const warm = timedBuild(`cache-${r}`);
  // Bare Eleventy writes as many files as our build does (everything in the output but the copies of public/).
  pages ||= countFiles(site, "") - countFiles(join(ROOT, "public"), "");
  rounds.push({ cold, oneThread, warm, bare: bareBuildMs(pages) });
}
const buildMs = median(rounds.map((r) => r.cold));
const oneThreadMs = median(rounds.map((r) => r.oneThread));
const warmMs = median(rounds.map((r) => r.warm));
const bareMs = median(rounds.map((r) => r.bare));
const coldRatio = median(rounds.map((r) => r.cold / r.bare));
const warmRatio = median(rounds.map((r) => r.warm / r.bare));

/** The preview images the build wrote (/{lang}/preview.png, /{lang}/charts/{id}.png): count, average and largest size. */
function previewSizes(): string {
  const sizes = langs.flatMap((l) => [join(site, l, "preview.png"), ...readdirSync(join(site, l, "charts")).filter((f) => f.endsWith(".png")).map((f) => join(site, l, "charts", f))]).map((f) => statSync(f).size);
  return sizes.length ? `${sizes.length}, ${kb(sizes.reduce((a, b) => a + b, 0) / sizes.length)}, ${kb(Math.max(...sizes))}` : "none";
}
// 2. Chart renders: the spec is built once; each render is timed after one warm-up, median of five.
const model = loadModel(join(ROOT, "data"), ROOT);
const catalog = loadCatalog(join(ROOT, "locales"));
const langs = catalog.languages.list.map((l) => l.code);
const RUNS = 5;
const t0 = performance.now();
await renderSvg(CHARTS.rtt.build(model, catalog.byCode.get("en")!), { idPrefix: "cold", title: "", desc: "" });
const coldMs = performance.now() - t0;
const renderRows: (string | number)[][] = [];
const allMedians: number[] = [];
for (const id of chartIds(model)) {
  const perLang: number[] = [];
  for (const lang of langs) {
    const spec = CHARTS[id].build(model, catalog.byCode.get(lang)!);
    const labels = { idPrefix: `chart-${id}-${lang}`, title: id, desc: id };
    await renderSvg(spec, labels);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await renderSvg(spec, labels);
      times.push(performance.now() - s);
    }
    perLang.push(median(times));
  }
  allMedians.push(...perLang);
  renderRows.push([id, ...perLang.map((m) => m.toFixed(1))]);
}

// 3. Report page weight, per language.
const weights: PageWeight[] = langs.map((l) => pageWeight(site, l, prefix));
const bundle = Buffer.from(vegaBundle());

console.log(`\nBuild\n${table(["measure", "value"], [
  [`full build, empty chart cache (${workerCount()} drawing threads)`, `${(buildMs / 1000).toFixed(2)} s`],
  ["full build, empty chart cache, drawn in one thread", `${(oneThreadMs / 1000).toFixed(2)} s`],
  ["full build, charts cached (rebuild)", `${(warmMs / 1000).toFixed(2)} s`],
  [`bare Eleventy, ${pages} files`, `${(bareMs / 1000).toFixed(2)} s`],
  ["ratio cold / warm (targets ≤ 3× / ≤ 2×, reported)", `${coldRatio.toFixed(2)}× / ${warmRatio.toFixed(2)}×`],
  ["rounds (medians; each ratio within its round)", ROUNDS],
  ["Node, cores", `${process.version}, ${availableParallelism()}`],
  ["files written", countFiles(site, "")],
  ["link-preview PNGs (count, average, largest)", previewSizes()],
])}`);
console.log(`\nChart render, ms (median of ${RUNS} after a warm-up; first render in the process: ${coldMs.toFixed(0)} ms)\n${table(["chart", ...langs], renderRows)}\nmedian over all: ${median(allMedians).toFixed(1)} ms`);
console.log(`\nReport page weight at load (before any interaction)\n${table(
  ["page", "HTML raw", "HTML gz", "CSS raw", "CSS gz", "JS raw", "JS gz", "total gz", "Vega at load"],
  weights.map((w) => [w.page + "/", kb(w.html.raw), kb(w.html.gzip), kb(sum(w.css, "raw")), kb(sum(w.css, "gzip")), kb(sum(w.js, "raw")), kb(sum(w.js, "gzip")), kb(w.html.gzip + sum(w.css, "gzip") + sum(w.js, "gzip")), w.vega.length ? w.vega.join(" ") : "none"]),
)}`);
console.log(`scripts at load: ${[...new Set(weights.flatMap((w) => w.js.map((a) => a.path)))].join(", ") || "none"}`);
console.log(`on demand (interactive chart click): vega bundle ${kb(bundle.length)} raw, ${kb(gzipSync(bundle, { level: 9 }).length)} gzip; one spec per chart ~${kb(statSync(join(site, langs[0], "charts", "rtt.vl.json")).size)}`);

// 4. Budgets.
interface Budget { name: string; ok: boolean; detail: string; gated: boolean }
const budgets: Budget[] = weights.flatMap((w) => {
  const js = sum(w.js, "gzip");
  const total = w.html.gzip + sum(w.css, "gzip") + js;
  return [
    { name: `/${w.page}/ JS at load ≤ 20 KB gzip`, ok: js <= BUDGET.jsAtLoadGzip, detail: kb(js), gated: true },
    { name: `/${w.page}/ no Vega code at load`, ok: w.vega.length === 0, detail: w.vega.join(", ") || "none", gated: true },
    { name: `/${w.page}/ HTML+CSS+JS ≤ 100 KB gzip`, ok: total <= BUDGET.pageGzip, detail: kb(total), gated: true },
  ];
});
budgets.push({ name: "build time ≤ 3× bare Eleventy (empty chart cache)", ok: coldRatio <= BUDGET.coldRatio, detail: `${coldRatio.toFixed(2)}×`, gated: false });
budgets.push({ name: "build time ≤ 2× bare Eleventy (charts cached)", ok: warmRatio <= BUDGET.warmRatio, detail: `${warmRatio.toFixed(2)}×`, gated: false });

// ── Lighthouse hook (bench/lighthouse.ts): runs when the lighthouse package and a Chromium are present. ──────────
const why = lighthouseUnavailable();
if (why) {
  console.log(`\nLighthouse skipped: ${why}`);
} else {
  const scores = await runLighthouse(site, prefix, langs.map((l) => `${l}/`));
  console.log(`\nLighthouse (mobile)\n${formatLighthouse(scores)}`);
  for (const b of lighthouseBudgets(scores)) budgets.push({ name: b.name, ok: b.ok, detail: String(b.value ?? "–"), gated: b.gated });
}
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

console.log(`\nBudgets${check ? "" : " (npm run bench -- --check enforces the gated ones)"}`);
for (const b of budgets) console.log(`${b.ok ? "ok  " : b.gated ? "FAIL" : "note"}  ${b.name}: ${b.detail}${b.gated ? "" : " (reported, not gated)"}`);
const failed = budgets.filter((b) => b.gated && !b.ok);
if (check && failed.length) {
  console.log(`\n${failed.length} budget(s) failed.`);
  process.exit(1);
}
