import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCopy, copyProject, editJson, remove } from "../helpers/fixture.ts";

const dir = copyProject();
const built = buildCopy(dir);
const page = (p: string) => readFileSync(join(built.site, p), "utf8");

test.after(() => remove(dir));

test("builds the chooser and one report per language", () => {
  assert.is(built.status, 0, built.out);
  for (const p of ["index.html", "en/index.html", "ko/index.html", "zh/index.html"]) assert.ok(existsSync(join(built.site, p)), p);
});

test("each report has the right lang, alternates for all and x-default, and a switcher to the same page", () => {
  const expected = { en: "en", ko: "ko", zh: "zh-Hans" } as const;
  for (const [code, htmlLang] of Object.entries(expected)) {
    const html = page(`${code}/index.html`);
    assert.match(html, `<html lang="${htmlLang}"`);
    for (const [other, otherLang] of Object.entries(expected)) {
      assert.match(html, `<link rel="alternate" hreflang="${otherLang}" href="http://localhost:8080/${other}/">`);
      if (other !== code) assert.match(html, new RegExp(`<a href="/${other}/" hreflang="${otherLang}"`));
    }
    assert.match(html, 'hreflang="x-default" href="http://localhost:8080/en/"');
    assert.match(html, `aria-current="page" lang="${htmlLang}"`);
  }
});

test("figures on the page are formatted per language", () => {
  assert.match(page("en/index.html"), "4,894 µs");
  assert.match(page("ko/index.html"), "4,894 µs");
  assert.match(page("zh/index.html"), "4,894 µs");
});

test("a figure changed in a copy of the results changes on every page", () => {
  const d2 = copyProject();
  try {
    editJson(join(d2, "data/results/scenario-b-cilium-kp.json"), (j) => (j.network.mean_rtt_us = 4321));
    const r = buildCopy(d2);
    assert.is(r.status, 0, r.out);
    for (const code of ["en", "ko", "zh"]) {
      const html = readFileSync(join(r.site, code, "index.html"), "utf8");
      assert.match(html, /4,321/);
      assert.not.match(html, /4,955/);
    }
  } finally {
    remove(d2);
  }
});

test("a key missing from one language stops the build, naming key and language", () => {
  const d2 = copyProject();
  try {
    const p = join(d2, "locales/zh.yaml");
    writeFileSync(p, readFileSync(p, "utf8").replace(/^  skip: .*\n/m, ""));
    const r = buildCopy(d2);
    assert.is.not(r.status, 0);
    assert.match(r.out, 'locales/zh.yaml: missing key "site.skip" (language zh)');
    assert.not.ok(existsSync(r.site));
  } finally {
    remove(d2);
  }
});

test("markup inside a translated string is shown as text", () => {
  const d2 = copyProject();
  try {
    const p = join(d2, "locales/ko.yaml");
    writeFileSync(p, readFileSync(p, "utf8").replace(/^  title: .*$/m, '  title: "<script>alert(document.cookie)</script> <b>x</b>"'));
    const r = buildCopy(d2);
    assert.is(r.status, 0, r.out);
    const html = readFileSync(join(r.site, "ko/index.html"), "utf8");
    assert.not.match(html, "<script>alert(document.cookie)</script>");
    assert.match(html, "&lt;script&gt;alert(document.cookie)&lt;/script&gt;");
  } finally {
    remove(d2);
  }
});

test.run();
