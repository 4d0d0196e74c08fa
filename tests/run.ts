// Runs the whole suite: typecheck, the translation checker, then every tests/**/*.test.ts with uvu.
// Ends with one line "N passed, N failed, N skipped" and exits non-zero when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { TS_NODE_ARGS } from "./helpers/node-args.ts";

// `npm test -- <pattern>` runs the test files whose path matches the pattern (never fixtures or snapshots).
const filter = process.argv[2];
if (filter === "--help" || filter === "-h") {
  console.log("npm test [-- <pattern>]\n\nTypecheck, npm run i18n:check, then every tests/**/*.test.ts (uvu).\n  <pattern>  run only the test files whose path matches (a regular expression); skips typecheck and i18n:check\n  UPDATE=1   rewrite the chart snapshots (tests/charts/__snapshots__) from the fixture locales\n  --help     this text");
  process.exit(0);
}
let passed = 0;
let failed = 0;

function step(name: string, cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: process.env, maxBuffer: 64 * 1024 * 1024 });
  const out = (r.stdout ?? "") + (r.stderr ?? "");
  process.stdout.write(out);
  if (r.status !== 0) console.log(`✘ ${name} failed (exit ${r.status})`);
  return out + `\n__exit ${r.status}`;
}

if (!filter) {
  const tsc = step("typecheck", process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "."]);
  tsc.endsWith("__exit 0") ? passed++ : failed++;
  if (existsSync("lib/i18n/check-cli.ts")) {
    const i18n = step("i18n:check", process.execPath, [...TS_NODE_ARGS, "lib/i18n/check-cli.ts"]);
    i18n.endsWith("__exit 0") ? passed++ : failed++;
  }
}

// uvu runs each file in this one process, so files import what they need and clean up after themselves.
const uvu = step("uvu", process.execPath, [...TS_NODE_ARGS, "node_modules/uvu/bin.js", "tests", filter ? `^(?=.*(?:${filter})).*\\.test\\.ts$` : ".*\\.test\\.ts$"]);
const total = Number(uvu.match(/Total:\s+(\d+)/)?.[1] ?? 0);
const ok = Number(uvu.match(/Passed:\s+(\d+)/)?.[1] ?? 0);
const skipped = Number(uvu.match(/Skipped:\s+(\d+)/)?.[1] ?? 0);
passed += ok;
failed += total - ok - skipped;
if (!uvu.endsWith("__exit 0") && total === ok + skipped) failed++; // a crash outside any test still fails the run
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
