// `npm start` reloads the site on every save (.eleventy.ts, eleventy.before). A reload hands back the previous model
// and languages when their files did not change, so the charts and facts cached on them are not redone: that keeps a
// locale edit on screen within a second or two. These tests check what is reused and that edits still show.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSite } from "../../lib/site/index.ts";
import { copyProject, editJson, remove } from "../helpers/fixture.ts";
import { setKey } from "./edit.ts";

const dir = copyProject();
test.after(() => remove(dir));

test("a Korean string edit reloads Korean only; model, English and Chinese are the same objects", () => {
  const before = loadSite(dir);
  setKey(join(dir, "locales/ko.yaml"), "site.title", "편집한 제목");
  const after = loadSite(dir, before);
  assert.is(after.i18n("ko").t("site.title"), "편집한 제목");
  assert.is.not(after.i18n("ko"), before.i18n("ko"));
  assert.is(after.model, before.model);
  for (const code of ["en", "zh"]) {
    assert.is(after.i18n(code), before.i18n(code), code);
    assert.is(after.facts.get(code), before.facts.get(code), code);
  }
});

test("a prose edit keeps every language and model, and shows the new prose", () => {
  const before = loadSite(dir);
  const file = join(dir, "content/ko/sections/overview.md");
  writeFileSync(file, readFileSync(file, "utf8").replace(/(<!--\s*part:\s*[a-z0-9-]+\s*-->\n)/, "$1새 문장. "));
  const after = loadSite(dir, before);
  assert.is(after.model, before.model);
  for (const code of ["en", "ko", "zh"]) assert.is(after.i18n(code), before.i18n(code), code);
  assert.ok([...after.prose.get("ko")!.get("overview")!.values()].some((p) => p.startsWith("새 문장.")));
});

test("a data edit reloads the model and the facts of every language", () => {
  const before = loadSite(dir);
  editJson(join(dir, "data/results/scenario-b-cilium-kp.json"), (j) => (j.network.mean_rtt_us = 4321));
  const after = loadSite(dir, before);
  assert.is.not(after.model, before.model);
  assert.is(after.model.results.B.network.meanRttUs, 4321);
  for (const code of ["en", "ko", "zh"]) assert.is.not(after.facts.get(code), before.facts.get(code), code);
});

test("a site loaded from another folder is not reused", () => {
  const before = loadSite(dir);
  const other = copyProject();
  try {
    assert.is.not(loadSite(other, before).model, before.model);
  } finally {
    remove(other);
  }
});

test.run();
