// Edits of locale files in a project copy, through the yaml Document API so comments and layout survive,
// the way a translator's editor would leave them.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { parse, parseDocument, isMap, isSeq } from "yaml";
import { ROOT } from "../helpers/fixture.ts";
import { TS_NODE_ARGS } from "../helpers/node-args.ts";

export const FIXTURES = join(ROOT, "tests/fixtures/i18n");

function editYaml(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(file, "utf8"));
  edit(doc);
  writeFileSync(file, doc.toString());
}

export function setKey(file: string, key: string, value: string): void {
  editYaml(file, (doc) => {
    if (!doc.hasIn(key.split("."))) throw new Error(`${file}: no key "${key}" to set`);
    doc.setIn(key.split("."), value);
  });
}

export function deleteKey(file: string, key: string): void {
  editYaml(file, (doc) => {
    if (!doc.deleteIn(key.split("."))) throw new Error(`${file}: no key "${key}" to delete`);
  });
}

/** The French overlay: dotted key → text. */
export function frenchStrings(): Record<string, string> {
  return parse(readFileSync(join(FIXTURES, "fr.yaml"), "utf8"));
}

/**
 * Adds the temporary language "fr" to a project copy the way TRANSLATING.md says: copy the English locale file and
 * prose folder, translate some strings, add one entry to locales/languages.yaml. Nothing else changes.
 */
export function addFrench(dir: string): void {
  const fr = join(dir, "locales/fr.yaml");
  cpSync(join(dir, "locales/en.yaml"), fr);
  for (const [key, text] of Object.entries(frenchStrings())) setKey(fr, key, text);
  cpSync(join(dir, "content/en"), join(dir, "content/fr"), { recursive: true });
  const entry = parse(readFileSync(join(FIXTURES, "language.yaml"), "utf8"));
  editYaml(join(dir, "locales/languages.yaml"), (doc) => {
    const list = doc.get("languages");
    if (!isSeq(list)) throw new Error("locales/languages.yaml: languages is not a list");
    list.add(doc.createNode(entry));
  });
  if (!isMap(parseDocument(readFileSync(fr, "utf8")).contents)) throw new Error("fr.yaml did not come out as a map");
}

export interface CliRun {
  status: number;
  out: string;
}

/** Runs `npm run i18n:check` (the CLI itself) on a project folder. */
export function runChecker(dir: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [...TS_NODE_ARGS, join(ROOT, "lib/i18n/check-cli.ts"), "--root", dir, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: r.status ?? 1, out: (r.stdout ?? "") + (r.stderr ?? "") };
}

/** Runs `npm run facts` (the CLI itself) in the project. */
export function runFacts(...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [...TS_NODE_ARGS, join(ROOT, "lib/facts/print-cli.ts"), ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: r.status ?? 1, out: (r.stdout ?? "") + (r.stderr ?? "") };
}
