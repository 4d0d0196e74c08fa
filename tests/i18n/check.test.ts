import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkTranslations, errors, formatReport, isTechnical, loadTerms, type CheckResult } from "../../lib/i18n/check.ts";
import { readNotes } from "../../lib/i18n/notes.ts";
import { loadStrings, placeholders } from "../../lib/i18n/strings.ts";
import { copyProject, remove, ROOT } from "../helpers/fixture.ts";
import { deleteKey, runChecker, setKey } from "./edit.ts";

/** Checks a copy of the project after `mutate`, and removes the copy. */
function checkCopy(mutate: (dir: string) => void): CheckResult {
  const dir = copyProject();
  try {
    mutate(dir);
    return checkTranslations(dir);
  } finally {
    remove(dir);
  }
}

const lines = (r: CheckResult, lang: string) => errors(r).filter((p) => p.lang === lang).map((p) => `${p.lang} ${p.key}: ${p.problem}`);
const english = () => loadStrings(join(ROOT, "locales"), "en");

test("a key removed from the Korean file fails the check, naming the key", () => {
  const key = [...loadStrings(join(ROOT, "locales"), "ko").keys()][0];
  const r = checkCopy((dir) => deleteKey(join(dir, "locales/ko.yaml"), key));
  assert.equal(lines(r, "ko").filter((l) => l.startsWith(`ko ${key}: missing`)).length, 1, formatReport(r));
  assert.is(r.coverage.find((c) => c.lang === "ko")!.missing, 1);
});

test("a broken placeholder in Chinese fails the check, naming the key and the placeholder", () => {
  const zh = loadStrings(join(ROOT, "locales"), "zh");
  const [key, text] = [...zh].find(([, t]) => placeholders(t).length > 0)!;
  const name = placeholders(text)[0];
  const r = checkCopy((dir) => setKey(join(dir, "locales/zh.yaml"), key, text.replace(`{${name}}`, `{${name}x}`)));
  const found = lines(r, "zh").filter((l) => l.startsWith(`zh ${key}: placeholder mismatch`));
  assert.is(found.length, 1, formatReport(r));
  assert.match(found[0], `{${name}} missing`);
  assert.match(found[0], `{${name}x} not in English`);
});

test("the command exits non-zero and prints 'language key: problem' when a key is missing", () => {
  const dir = copyProject();
  try {
    deleteKey(join(dir, "locales/ko.yaml"), "site.title");
    const r = runChecker(dir);
    assert.is(r.status, 1, r.out);
    assert.match(r.out, /^ko site\.title: missing/m);
    assert.match(r.out, /^ko\s+\d+\/\d+/m); // the coverage row
  } finally {
    remove(dir);
  }
});

test("empty values and extra keys are errors; a value left in English is a warning", () => {
  const [key, text] = [...english()].find(([k, t]) => k !== "site.title" && /\s/.test(t) && !isTechnical(t, loadTerms(ROOT)))!;
  const r = checkCopy((dir) => {
    const ko = join(dir, "locales/ko.yaml");
    setKey(ko, "site.title", " ");
    setKey(ko, key, text);
    writeFileSync(ko, readFileSync(ko, "utf8") + "\nzz_extra:\n  one: text\n");
  });
  const ko = r.problems.filter((p) => p.lang === "ko");
  assert.ok(ko.some((p) => p.key === "site.title" && p.problem === "empty" && p.severity === "error"), formatReport(r));
  assert.ok(ko.some((p) => p.key === "zz_extra.one" && p.problem.startsWith("extra key") && p.severity === "error"));
  assert.ok(ko.some((p) => p.key === key && p.problem.startsWith("same as English") && p.severity === "warning"));
});

test("a value left blank or typed as a number is named by key, and the rest of the file is still checked", () => {
  const r = checkCopy((dir) => {
    const ko = join(dir, "locales/ko.yaml");
    writeFileSync(ko, readFileSync(ko, "utf8").replace(/^  title: .*$/m, "  title:").replace(/^  skip: .*$/m, "  skip: 42"));
    deleteKey(ko, "site.contents");
  });
  const errs = lines(r, "ko");
  assert.ok(errs.includes("ko site.title: empty"), formatReport(r));
  assert.ok(errs.some((l) => l.startsWith("ko site.skip: expected text, got number 42")));
  assert.ok(errs.some((l) => l.startsWith("ko site.contents: missing")));
});

test("a locale file with broken YAML or a key given twice is named with the line, by the build and by the check", () => {
  const dir = copyProject();
  try {
    const ko = join(dir, "locales", "ko.yaml");
    const text = readFileSync(ko, "utf8");
    writeFileSync(ko, `${text}\nbroken: "unclosed\n`);
    assert.throws(() => loadStrings(join(dir, "locales"), "ko"), /^locales\/ko\.yaml: not valid YAML: line \d+, column \d+: /);
    assert.match(lines(checkTranslations(dir), "ko").join("\n"), /ko locales\/ko\.yaml: not valid YAML: line \d+/);
    const first = text.split("\n").find((l) => /^[a-z_]+:\s*\S/.test(l) || /^[a-z_]+:$/.test(l))!;
    writeFileSync(ko, `${text}\n${first}${first.endsWith(":") ? " x" : ""}\n`);
    assert.throws(() => loadStrings(join(dir, "locales"), "ko"), /locales\/ko\.yaml: not valid YAML: line \d+, column \d+: duplicated mapping key/);
  } finally {
    remove(dir);
  }
});

test("a language listed without its files is reported, not a crash", () => {
  const r = checkCopy((dir) => {
    const file = join(dir, "locales/languages.yaml");
    writeFileSync(file, readFileSync(file, "utf8") + "  - { code: de, html_lang: de, intl: de-DE, name: Deutsch, fonts: sans-serif }\n");
  });
  const errs = lines(r, "de");
  assert.ok(errs.some((l) => l.startsWith("de locales/de.yaml: file missing")), formatReport(r));
  assert.ok(errs.some((l) => l.startsWith("de content/de/sections: missing")));
  assert.is(r.coverage.find((c) => c.lang === "de")!.missing, r.coverage[0].keys);
});

test("a prose part missing or added in one language is an error; a missing section file too", () => {
  const en = readFileSync(join(ROOT, "content/en/sections/overview.md"), "utf8");
  const part = en.match(/<!--\s*part:\s*([a-z0-9-]+)\s*-->/)![1];
  const r = checkCopy((dir) => {
    const ko = join(dir, "content/ko/sections/overview.md");
    writeFileSync(ko, readFileSync(ko, "utf8").replace(new RegExp(`<!--\\s*part:\\s*${part}\\s*-->`), "<!-- part: renamed-part -->"));
    remove(join(dir, "content/zh/sections/results.md"));
  });
  const errs = lines(r, "ko");
  assert.ok(errs.includes(`ko sections/overview.md#${part}: part missing (<!-- part: ${part} -->)`), formatReport(r));
  assert.ok(errs.includes("ko sections/overview.md#renamed-part: extra part, not in English"));
  assert.ok(lines(r, "zh").some((l) => l.startsWith("zh sections/results.md: missing")));
});

test("technical terms, placeholders and figures are not warned about; ordinary words are", () => {
  const terms = ["kube-proxy", "eBPF", "Gbps", "VPC CNI", "p50"];
  assert.ok(isTechnical("{value} Gbps", terms));
  assert.ok(isTechnical("B: VPC CNI + eBPF", terms));
  assert.ok(isTechnical("iptables (kube-proxy)", [...terms, "iptables"]));
  assert.ok(isTechnical("{value}m", terms));
  assert.not.ok(isTechnical("p50 latency", terms));
  assert.not.ok(isTechnical("Skip to the report", terms));
  // a term only counts as a whole word
  assert.not.ok(isTechnical("Gbpsx", terms));
});

test("translator notes: a comment above a key is its note; a comment above a group applies to its keys", () => {
  const dir = mkdtempSync(join(tmpdir(), "notes-"));
  try {
    const file = join(dir, "en.yaml");
    writeFileSync(
      file,
      ["# File header, not a note.", "", "# Chart text", "chart:", "  # Axis title, under 20 characters", "  axis: Time", "  legend: Scenario", "  # Shown below the chart", "  caption: From data", "other: x", ""].join("\n"),
    );
    const notes = readNotes(file);
    assert.equal(notes.get("chart.axis"), ["Chart text", "Axis title, under 20 characters"]);
    assert.equal(notes.get("chart.legend"), ["Chart text"]);
    assert.equal(notes.get("chart.caption"), ["Chart text", "Shown below the chart"]);
    assert.equal(notes.get("other"), []);
  } finally {
    remove(dir);
  }
});

test("--notes lists what is left in a language with its English text and note", () => {
  const notes = readNotes(join(ROOT, "locales/en.yaml"));
  const [key, note] = [...notes].find(([, n]) => n.length > 0)!;
  const dir = copyProject();
  try {
    deleteKey(join(dir, "locales/ko.yaml"), key);
    const r = runChecker(dir, "--notes", "ko");
    const at = r.out.indexOf(`ko ${key}: missing`);
    assert.ok(at >= 0, r.out);
    const block = r.out.slice(at).split(/\n(?=\S)/)[0];
    assert.match(block, `en: ${JSON.stringify(english().get(key))}`);
    assert.match(block, `note: ${note[note.length - 1]}`);
  } finally {
    remove(dir);
  }
});

test.run();
