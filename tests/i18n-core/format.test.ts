import { test } from "uvu";
import * as assert from "uvu/assert";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCatalog } from "../../lib/i18n/index.ts";
import { interpolate, placeholders } from "../../lib/i18n/strings.ts";
import { FIXTURE_LOCALES } from "../helpers/fixture.ts";

const catalog = loadCatalog(FIXTURE_LOCALES);
const en = catalog.byCode.get("en")!;
const ko = catalog.byCode.get("ko")!;
const zh = catalog.byCode.get("zh")!;

test("units follow each language's pattern, numbers follow Intl", () => {
  assert.is(en.unit(4894, "us", 0), "4,894 µs");
  assert.is(ko.unit(4894, "us", 0), "4,894 µs");
  assert.is(ko.unit(30, "s", 0), "30초", "Korean writes seconds as a suffix");
  assert.is(en.unit(30, "s", 0), "30 s");
  assert.is(ko.unit(104, "services", 0), "Service 104개", "Korean counts after the noun");
  assert.is(en.unit(12.4, "gbps", 2), "12.40 Gbps");
  assert.is(en.f.percent(-35.94, 0, true), "−36%");
  assert.is(en.f.percent(13.03, 0, true), "+13%");
});

test("quantities: approximate, range, not measured", () => {
  assert.is(en.quantity({ kind: "approx", value: 130 }, "ms", 0), "~130 ms");
  assert.is(ko.quantity({ kind: "approx", value: 130 }, "ms", 0), "약 130 ms");
  assert.is(en.quantity({ kind: "range", min: 4, max: 6 }, "millicores", 0), "4–6m");
  assert.match(zh.quantity({ kind: "not-measured", reason: "not_collected" }, "mib", 0), "未测量");
});

test("t throws on a missing key, naming key and language", () => {
  assert.throws(() => ko.t("no.such.key"), /locales\/ko\.yaml: missing key "no\.such\.key" \(language ko\)/);
});

test("placeholders must be given", () => {
  assert.equal(placeholders("a {x} b {y}"), ["x", "y"]);
  assert.throws(() => interpolate("a {x}", {}, "where"), /placeholder \{x\} has no value/);
});

test("a language missing a key fails the catalog, naming key and language", () => {
  const dir = mkdtempSync(join(tmpdir(), "locales-"));
  try {
    cpSync(FIXTURE_LOCALES, dir, { recursive: true });
    const ko = readFileSync(join(dir, "ko.yaml"), "utf8");
    const without = ko.replace(/^( {2}title: .*\n)/m, "");
    assert.is.not(without, ko, "the fixture removed ko's site.title");
    writeFileSync(join(dir, "ko.yaml"), without);
    assert.throws(() => loadCatalog(dir), (e: Error) => e.message.includes('locales/ko.yaml: missing key "site.title" (language ko)'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
