// `npm run fixture:update`: refreshes the frozen copy the tests read (tests/fixtures/shipped) from the live data/,
// locales/ and content/<lang>/sections. Run it on purpose, after a change the tests should follow (a new locale key
// the code uses, a new result file), then `UPDATE=1 npm test -- charts` if the charts changed. A translator never
// needs it: tests do not read the live translations, so rewording one changes no test.
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { FIXTURE, ROOT } from "./fixture.ts";

for (const d of ["data", "locales", "content"]) rmSync(join(FIXTURE, d), { recursive: true, force: true });
cpSync(join(ROOT, "data"), join(FIXTURE, "data"), { recursive: true });
cpSync(join(ROOT, "locales"), join(FIXTURE, "locales"), { recursive: true });
for (const lang of readdirSync(join(ROOT, "content"))) {
  const sections = join(ROOT, "content", lang, "sections");
  if (existsSync(sections)) cpSync(sections, join(FIXTURE, "content", lang, "sections"), { recursive: true });
}
console.log(`Refreshed ${FIXTURE} from data/, locales/ and content/*/sections.`);
