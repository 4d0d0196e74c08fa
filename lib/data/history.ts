import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseYaml } from "../yaml.ts";
import { runSchema } from "./curated-schema.ts";
import { InputError, fromZod } from "./errors.ts";
import type { Run, RunMeta, ScenarioId, ScenarioResult } from "./model.ts";
import { SCENARIO_IDS } from "./model.ts";
import { readResults, splitMainAndScaling } from "./results.ts";

type Name = (path: string) => string;

/** The day a run's main results began (UTC), and the file that carries that timestamp. */
export function runStart(results: Record<ScenarioId, ScenarioResult>): { date: string; file: string; timestamp: string } {
  const first = SCENARIO_IDS.map((id) => results[id]).sort((a, b) => a.timestamp.localeCompare(b.timestamp))[0];
  return { date: first.timestamp.slice(0, 10), file: first.file, timestamp: first.timestamp };
}

/** A run folder's optional run.yaml; an absent file is an empty description. */
export function readRunMeta(folder: string, name: Name, errors: InputError[]): RunMeta {
  const path = join(folder, "run.yaml");
  if (!existsSync(path)) return {};
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, "utf8"));
  } catch (e) {
    errors.push(new InputError(name(path), "", `not valid YAML: ${(e as Error).message.split("\n")[0]}`));
    return {};
  }
  const parsed = runSchema.safeParse(value ?? {}, { reportInput: true });
  if (!parsed.success) {
    errors.push(...fromZod(name(path), parsed.error).errors);
    return {};
  }
  return parsed.data;
}

/** The run.yaml date, when given, must be the day the files say they were measured: two dates would confuse readers. */
function checkDate(meta: RunMeta, run: Pick<Run, "date">, folder: string, name: Name, errors: InputError[]): void {
  if (meta.date && meta.date !== run.date) {
    errors.push(new InputError(name(join(folder, "run.yaml")), "date", `expected the day the result files were measured, ${run.date} (from their timestamps), got ${meta.date}; fix the date or leave it out`));
  }
}

/** The current run (data/results) as a Run. */
export function currentRun(dataDir: string, results: Record<ScenarioId, ScenarioResult>, name: Name, errors: InputError[]): Run {
  const folder = join(dataDir, "results");
  const meta = readRunMeta(folder, name, errors);
  const run: Run = { id: "current", folder: name(folder), date: runStart(results).date, meta, results };
  checkDate(meta, run, folder, name, errors);
  return run;
}

/**
 * Earlier runs under data/history/<id>/, oldest first by the dates their files carry (not by folder name). Each must
 * hold every scenario at the baseline service count, have a date of its own, and be older than the current run.
 */
export function loadHistory(
  dataDir: string,
  current: Run,
  byResultId: Map<string, ScenarioId>,
  baseline: number,
  name: Name,
  errors: InputError[],
): Run[] {
  const root = join(dataDir, "history");
  if (!existsSync(root)) return [];
  const runs: Run[] = [];
  for (const id of readdirSync(root).sort()) {
    const folder = join(root, id);
    if (!statSync(folder).isDirectory()) continue;
    const before = errors.length;
    const loaded = readResults(folder, byResultId, name, errors);
    if (errors.length > before) continue;
    if (!loaded.length) {
      errors.push(new InputError(name(folder), "", "holds no result files: a run in the history keeps its result files as the scripts wrote them (*.json)"));
      continue;
    }
    const { main } = splitMainAndScaling(loaded, baseline, errors, name(folder));
    if (errors.length > before) continue;
    const meta = readRunMeta(folder, name, errors);
    const start = runStart(main);
    const run: Run = { id, folder: name(folder), date: start.date, meta, results: main };
    checkDate(meta, run, folder, name, errors);
    const currentStart = runStart(current.results);
    if (start.timestamp >= currentStart.timestamp || start.date === current.date) {
      errors.push(
        new InputError(
          start.file,
          "timestamp",
          `this run (${run.folder}) was measured on ${start.date}, ${start.date === current.date ? "the same day as" : "after"} the current run in ${current.folder} (${current.date}); the current run must be the newest: keep the newest files in ${current.folder} and earlier ones in the history`,
        ),
      );
      continue;
    }
    const twin = runs.find((r) => r.date === run.date);
    if (twin) {
      errors.push(new InputError(run.folder, "", `was measured on ${run.date}, the same day as ${twin.folder}: each run in the history needs a day of its own (keep one of the two, or merge them into one folder)`));
      continue;
    }
    runs.push(run);
  }
  return runs.sort((a, b) => runStart(a.results).timestamp.localeCompare(runStart(b.results).timestamp));
}
