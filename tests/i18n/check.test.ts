import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkTranslations, errors, formatReport, isTechnical, loadTerms, type CheckResult } from "../../lib/i18n/check.ts";
import { readNotes, readNoteLayers } from "../../lib/i18n/notes.ts";
import { displayWidth, limitOf } from "../../lib/i18n/width.ts";
import { loadStrings, placeholders } from "../../lib/i18n/strings.ts";
import { copyProject, remove, ROOT, FIXTURE, FIXTURE_LOCALES } from "../helpers/fixture.ts";
import { deleteKey, runChecker, runFacts, setKey } from "./edit.ts";

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
const english = () => loadStrings(FIXTURE_LOCALES, "en");

test("a key removed from the Korean file fails the check, naming the key", () => {
  const key = [...loadStrings(FIXTURE_LOCALES, "ko").keys()][0];
  const r = checkCopy((dir) => deleteKey(join(dir, "locales/ko.yaml"), key));
  assert.equal(lines(r, "ko").filter((l) => l.startsWith(`ko ${key}: missing`)).length, 1, formatReport(r));
  assert.is(r.coverage.find((c) => c.lang === "ko")!.missing, 1);
});

test("a broken placeholder in Chinese fails the check, naming the key and the placeholder", () => {
  const zh = loadStrings(FIXTURE_LOCALES, "zh");
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
  const [key, text] = [...english()].find(([k, t]) => k !== "site.title" && /\s/.test(t) && !isTechnical(t, loadTerms(FIXTURE)))!;
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
  const en = readFileSync(join(FIXTURE, "content/en/sections/overview.md"), "utf8");
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
  const notes = readNotes(join(FIXTURE_LOCALES, "en.yaml"));
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


test("the report groups warnings by kind, prints errors last with their count, and exits 1 only on errors", () => {
  const dir = copyProject();
  try {
    const en = english();
    const plain = [...en].filter(([k, t]) => /\s/.test(t) && !isTechnical(t, loadTerms(FIXTURE)) && !/\{/.test(t)).slice(0, 30);
    for (const [k, t] of plain) setKey(join(dir, "locales/ko.yaml"), k, t);
    const warnOnly = runChecker(dir);
    assert.is(warnOnly.status, 0, warnOnly.out);
    assert.match(warnOnly.out, /^Warnings \(30\), by kind/m);
    assert.match(warnOnly.out, /^\s+30  string same as English \(ko 30\)$/m);
    assert.not.match(warnOnly.out, `ko ${plain[0][0]}: same as English`, "details only on request");
    assert.ok(warnOnly.out.trim().split("\n").length < 30, warnOnly.out);
    assert.match(runChecker(dir, "--verbose").out, `ko ${plain[0][0]}: same as English`);
    assert.match(runChecker(dir, "--lang", "ko", "--verbose").out, `ko ${plain[0][0]}: same as English`);
    assert.match(runChecker(dir, "--lang", "ko").out, /^\s+30  string same as English \(ko 30\)$/m);
    assert.not.match(runChecker(dir, "--lang", "zh").out, /^ko /m);

    deleteKey(join(dir, "locales/zh.yaml"), "site.title");
    const r = runChecker(dir);
    assert.is(r.status, 1, r.out);
    const lines = r.out.trim().split("\n");
    assert.match(lines[lines.length - 1], /^✘ 1 error\(s\), 30 warning\(s\)/);
    assert.ok(lines.indexOf("Errors (1):") > lines.findIndex((l) => l.startsWith("Coverage against")), r.out);
    assert.match(lines[lines.length - 3], /^zh site\.title: missing/);
    const only = runChecker(dir, "--errors-only");
    assert.not.match(only.out, /Warnings|Coverage/);
    assert.match(only.out, /^zh site\.title: missing/m);
  } finally {
    remove(dir);
  }
});

test("every command a translator runs has --help, and an unknown option is named, not a crash", () => {
  const help = runChecker(ROOT, "--help");
  assert.is(help.status, 0);
  for (const flag of ["--verbose", "--lang", "--errors-only", "--notes"]) assert.match(help.out, flag);
  const bad = runChecker(ROOT, "--colour");
  assert.is(bad.status, 2);
  assert.match(bad.out, 'unknown option "--colour"');
  assert.not.match(bad.out, /\n\s+at /);
  const facts = runFacts("--help");
  assert.is(facts.status, 0, facts.out);
  assert.match(facts.out, /npm run facts \[-- <lang>\]/);
  const unknown = runFacts("xx");
  assert.is(unknown.status, 2);
  assert.match(unknown.out, /unknown language "xx"; listed in locales\/languages\.yaml: en, ko, zh/);
  assert.not.match(unknown.out, /\n\s+at /);
});

test("a length limit is counted in display width, full-width characters as two, and a wider string is a warning", () => {
  assert.is(displayWidth("A: VPC CNI"), 10);
  assert.is(displayWidth("A: 기준선"), 9);
  assert.is(displayWidth("基准（A）"), 9);
  assert.is(displayWidth("{value} Gbps"), 5 + 5);
  assert.is(limitOf("scenario.A.short", ["Scenario names (short: under 14 characters)."], []), 14);
  assert.is(limitOf("scenario.A.name", ["Scenario names (short: under 14 characters)."], []), undefined);
  assert.is(limitOf("pkt.a", ["Boxes: keep each under 18 characters."], []), 18);
  assert.is(limitOf("pkt.alt", ["Boxes: keep each under 18 characters.", "Read out: no length limit."], ["Read out: no length limit."]), undefined);
  assert.is(limitOf("x.y", ["Captions under 90 characters. Headers: under 24 characters."], []), undefined, "two loose limits name no key");
  const r = checkCopy((dir) => setKey(join(dir, "locales/ko.yaml"), "scenario.A.short", "A: 기본 VPC CNI 구성 기준선"));
  const w = r.problems.find((p) => p.lang === "ko" && p.key === "scenario.A.short");
  assert.ok(w, formatReport(r));
  assert.is(w!.severity, "warning");
  assert.match(w!.problem, /^27 columns wide, the note asks for under 19 \(full-width characters count 2\)/);
});

test("--notes prints a group's note once, above its first key, and each key's own note under it", () => {
  const dir = copyProject();
  try {
    const ko = join(dir, "locales/ko.yaml");
    for (const k of ["A", "B", "C"]) deleteKey(ko, `scenario.${k}.name`);
    const out = runChecker(dir, "--notes", "ko").out;
    const group = readNoteLayers(join(FIXTURE_LOCALES, "en.yaml")).all.get("scenario.A.name")![0];
    assert.is(out.split(group).length - 1, 1, out);
    assert.ok(out.indexOf(group) < out.indexOf("ko scenario.A.name: missing"));
  } finally {
    remove(dir);
  }
});

test.run();
