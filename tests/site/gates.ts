// Checks over a built site. Each returns readable problems; an empty list means the gate passes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { ROOT } from "../helpers/fixture.ts";
import { htmlFiles } from "./pages.ts";

const CONFIG = join(ROOT, ".htmlvalidate.json");

/** html-validate with the project's .htmlvalidate.json over every .html file under siteDir: "file:line:col rule: message". */
export async function htmlProblems(siteDir: string, config: ConfigData = JSON.parse(readFileSync(CONFIG, "utf8"))): Promise<string[]> {
  const validator = new HtmlValidate(config);
  const problems: string[] = [];
  for (const file of htmlFiles(siteDir)) {
    const report = await validator.validateString(readFileSync(join(siteDir, file), "utf8"), file);
    for (const r of report.results) {
      for (const m of r.messages) {
        if (m.severity < 2) continue;
        problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (at ${m.selector})` : ""}`);
      }
    }
  }
  return problems;
}

/** Every file under dir, relative, with forward slashes, sorted. */
function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, r)).isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk("");
  return out.sort();
}

/** Where two output trees differ: files only in one, and for changed files the first differing byte with context. */
export function treeDifferences(a: string, b: string): string[] {
  const fa = allFiles(a);
  const fb = allFiles(b);
  const inB = new Set(fb);
  const inA = new Set(fa);
  const problems: string[] = [];
  for (const f of fa) if (!inB.has(f)) problems.push(`${f}: only in the first build`);
  for (const f of fb) if (!inA.has(f)) problems.push(`${f}: only in the second build`);
  for (const f of fa) {
    if (!inB.has(f)) continue;
    const x = readFileSync(join(a, f));
    const y = readFileSync(join(b, f));
    if (x.equals(y)) continue;
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString("utf8"));
    problems.push(`${f}: differs at byte ${i} (sizes ${x.length} and ${y.length})\n    first:  ${around(x)}\n    second: ${around(y)}`);
  }
  return problems;
}
