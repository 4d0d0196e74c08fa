// A language added from files alone: a copy of locales/en.yaml with a few strings translated, a copy of content/en,
// and one entry in locales/languages.yaml. No code changes: the build, the alternates, the switchers, the sitemap
// and the checker all have to pick it up.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTranslations, errors, formatReport } from "../../lib/i18n/check.ts";
import { buildCopy, copyProject, remove } from "../helpers/fixture.ts";
import { builtPages } from "../site/pages.ts";
import { addFrench, deleteKey, frenchStrings, runChecker } from "./edit.ts";

const SITE_URL = "https://example.github.io";
const dir = copyProject();
addFrench(dir);
const built = buildCopy(dir, { SITE_URL });
const read = (file: string) => readFileSync(join(built.site, file), "utf8");
const pages = built.status === 0 ? builtPages(built.site) : [];

test.after(() => remove(dir));

test("the build succeeds and /fr/ is a report page with <html lang=\"fr\">", () => {
  assert.is(built.status, 0, built.out);
  const html = read("fr/index.html");
  assert.match(html, /<html lang="fr"[ >]/);
  assert.match(html, `<title>${frenchStrings()["site.title"]}</title>`);
});

test("every English page has a French twin in French", () => {
  const en = pages.filter((p) => p.lang === "en");
  assert.ok(en.length > 0);
  for (const p of en) {
    const twin = p.file.replace(/^en\//, "fr/");
    assert.ok(existsSync(join(built.site, twin)), `${twin} is missing`);
    assert.match(read(twin), /<html lang="fr"[ >]/, twin);
  }
});

test("every page with hreflang alternates lists the French one, pointing at the French twin", () => {
  const withAlternates = pages.filter((p) => /<link rel="alternate" hreflang="en"/.test(read(p.file)));
  for (const lang of ["en", "ko", "zh", "fr"]) assert.ok(withAlternates.some((p) => p.type === "report" && p.lang === lang), `no alternates on the ${lang} report`);
  for (const p of withAlternates) {
    const path = p.lang ? p.path.replace(/^[a-z]{2}\//, "fr/") : "fr/";
    assert.match(read(p.file), `<link rel="alternate" hreflang="fr" href="${SITE_URL}/${path}">`, p.file);
  }
});

test("every page that offers English offers French too (switchers, chooser, 404)", () => {
  // A language link is <a … hreflang="en"> or, on the page's own language, <span aria-current="page" lang="en">.
  const offers = (html: string, lang: string) => new RegExp(`<a [^>]*hreflang="${lang}"|aria-current="page" lang="${lang}"`).test(html);
  const offering = pages.filter((p) => offers(read(p.file), "en"));
  for (const lang of ["en", "ko", "zh", "fr"]) assert.ok(offering.some((p) => p.type === "report" && p.lang === lang), `no switcher on the ${lang} report`);
  assert.ok(offering.some((p) => p.type === "chooser"), "the chooser at / lists no languages");
  for (const p of offering) assert.ok(offers(read(p.file), "fr"), `${p.file} offers English but not French`);
  assert.match(read("en/index.html"), /<a href="\/fr\/" hreflang="fr"/);
});

test("the sitemap lists every French page, with the French alternates", () => {
  const file = join(built.site, "sitemap.xml");
  assert.ok(existsSync(file), "the site has a sitemap");
  const xml = readFileSync(file, "utf8");
  const fr = pages.filter((p) => p.lang === "fr" && !/<meta name="robots" content="noindex">/.test(read(p.file)));
  assert.ok(fr.length > 0);
  for (const p of fr) assert.match(xml, `<loc>${SITE_URL}/${p.path}</loc>`, `sitemap.xml has no <loc> for /${p.path}`);
  assert.match(xml, `hreflang="fr" href="${SITE_URL}/fr/"`);
});

test("the checker passes with the untranslated French strings as warnings counted in coverage", () => {
  const r = checkTranslations(dir);
  assert.equal(errors(r), [], formatReport(r));
  const translated = Object.keys(frenchStrings());
  const fr = r.problems.filter((p) => p.lang === "fr" && p.problem.startsWith("same as English"));
  assert.ok(fr.length > 0);
  assert.ok(fr.every((p) => p.severity === "warning"));
  assert.ok(fr.some((p) => p.key === "site.description"), formatReport(r));
  for (const key of translated) assert.not.ok(fr.some((p) => p.key === key), `${key} is translated but warned about`);
  const cov = r.coverage.find((c) => c.lang === "fr")!;
  assert.is(cov.sameAsDefault, fr.length);
  assert.ok(cov.translated >= translated.length);
  assert.is(cov.translated + cov.sameAsDefault + cov.missing + cov.broken, cov.keys);
  assert.is(cov.partsSameAsDefault, cov.parts); // the prose is a plain copy of English
});

test("--notes fr lists an untranslated key with its English text", () => {
  const r = runChecker(dir, "--notes", "fr");
  assert.is(r.status, 0, r.out);
  assert.match(r.out, /^fr site\.description: same as English\n {4}en: "/m);
});

test("a key missing from the French file is an error for the checker and the build", () => {
  const d2 = copyProject();
  try {
    addFrench(d2);
    deleteKey(join(d2, "locales/fr.yaml"), "site.description");
    const check = runChecker(d2);
    assert.is(check.status, 1, check.out);
    assert.match(check.out, /^fr site\.description: missing/m);
    const b = buildCopy(d2);
    assert.is.not(b.status, 0);
    assert.match(b.out, 'locales/fr.yaml: missing key "site.description"');
  } finally {
    remove(d2);
  }
});

test.run();
