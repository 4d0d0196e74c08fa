/**
 * A disk cache of rendered chart SVGs, so a rebuild whose charts did not change skips Vega entirely (loading and
 * running vega + vega-lite is most of a build's time). An entry is keyed on everything that shapes the SVG: the
 * spec (its data and localized strings included), the title, description and id prefix, the source of the render
 * code, and the installed vega and vega-lite versions. Entries are only written after a render succeeded, so a
 * cached chart has passed the same checks (no compile warnings) as a fresh one.
 *
 *   const cache = chartCache(root);              // <root>/.cache/charts, or CHART_CACHE_DIR; CHART_CACHE=off disables
 *   cache.get(key) ?? cache.set(key, await render())
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { versionOf } from "./bundle.ts";

export interface ChartCache {
  /** Where entries live; undefined when the cache is off. */
  dir: string | undefined;
  get(key: string): string | undefined;
  set(key: string, svg: string): string;
  /** Removes the least recently used entries beyond `keep`, so a cache carried from build to build stays small. */
  sweep(keep?: number): void;
}

let codeDigest: string | undefined;
/** The render code and the libraries it drives: a change to either makes every entry stale. */
export function rendererDigest(): string {
  if (codeDigest) return codeDigest;
  const h = createHash("sha256");
  const here = import.meta.dirname;
  for (const f of readdirSync(here).filter((f) => f.endsWith(".ts")).sort()) h.update(f).update(readFileSync(join(here, f)));
  // The text measurer lives with the chart builders (they wrap labels with it) but shapes every drawn label too.
  h.update("measure.ts").update(readFileSync(join(here, "../charts/measure.ts")));
  for (const p of ["vega", "vega-lite", "vega-scenegraph"]) h.update(`${p}@${versionOf(p)}`);
  return (codeDigest = h.digest("hex"));
}

/** The key of one render: the spec and labels as JSON, and the renderer digest. */
export function renderKey(spec: unknown, labels: { idPrefix: string; title: string; desc: string }): string {
  return createHash("sha256").update(rendererDigest()).update(JSON.stringify([spec, labels])).digest("hex");
}

/** No disk cache: tests and library callers render afresh; the site build passes chartCache(root). */
export const NO_CACHE: ChartCache = { dir: undefined, get: () => undefined, set: (_, svg) => svg, sweep: () => {} };

/** Entries kept by sweep(): several builds' worth (a build of three languages uses 54: nine charts, two layouts). */
export const KEEP = 300;

export function chartCache(root: string, env: NodeJS.ProcessEnv = process.env): ChartCache {
  if (/^(off|0|false|no)$/i.test(env.CHART_CACHE ?? "")) return NO_CACHE;
  const dir = env.CHART_CACHE_DIR || join(root, ".cache", "charts");
  const file = (key: string) => join(dir, `${key}.svg`);
  return {
    dir,
    get(key) {
      try {
        const svg = readFileSync(file(key), "utf8");
        // A truncated or foreign file is treated as a miss and rewritten.
        if (!svg.startsWith("<svg") || !svg.endsWith("</svg>")) return undefined;
        const now = new Date();
        utimesSync(file(key), now, now); // marks it used, for sweep()
        return svg;
      } catch {
        return undefined;
      }
    },
    set(key, svg) {
      writeEntry(dir, file(key), svg);
      return svg;
    },
    sweep(keep = KEEP) {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      const entries = names
        .filter((n) => n.endsWith(".svg") || n.endsWith(".tmp"))
        .map((n) => ({ path: join(dir, n), tmp: n.endsWith(".tmp"), used: statSync(join(dir, n)).mtimeMs }))
        .sort((a, b) => b.used - a.used);
      const svgs = entries.filter((e) => !e.tmp);
      // Leftovers of a build stopped mid-write, and the least recently used entries beyond `keep`.
      for (const e of [...entries.filter((e) => e.tmp), ...svgs.slice(keep)]) rmSync(e.path, { force: true });
    },
  };
}

export interface PreviewCache {
  dir: string | undefined;
  get(key: string): Buffer | undefined;
  set(key: string, png: Buffer): Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * The preview images (lib/render/preview.ts) beside the charts, in <chart cache>/previews, under the same switch
 * (CHART_CACHE=off) and written the same way (temporary file, then rename). The chart sweep leaves the folder alone;
 * a build writes at most a few dozen images, each replaced only when its inputs change.
 */
export function previewCache(root: string, env: NodeJS.ProcessEnv = process.env): PreviewCache {
  const charts = chartCache(root, env).dir;
  if (!charts) return { dir: undefined, get: () => undefined, set: (_, png) => png };
  const dir = join(charts, "previews");
  const file = (key: string) => join(dir, `${key}.png`);
  return {
    dir,
    get(key) {
      try {
        const png = readFileSync(file(key));
        // A truncated or foreign file is a miss.
        if (!png.subarray(0, 8).equals(PNG_SIGNATURE) || !png.subarray(-8).equals(PNG_END)) return undefined;
        return png;
      } catch {
        return undefined;
      }
    },
    set(key, png) {
      writeEntry(dir, file(key), png);
      return png;
    },
  };
}

/**
 * Writes a cache entry through a temporary file and a rename, so a build stopped halfway never leaves half an entry
 * under the real name. A read-only checkout still builds; it just draws every time.
 */
function writeEntry(dir: string, path: string, data: string | Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch {
    // Not writable: the entry is simply not kept.
  }
}
