// Checks over a built site. Each returns readable problems; an empty list means the gate passes.
import { readFileSync } from "node:fs";
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
