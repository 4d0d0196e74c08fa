// Every chart builder, in every language: a stable snapshot of the spec, valid against Vega-Lite's JSON schema,
// compiled without a warning, and written in the page's language.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { CHART_IDS, CHARTS } from "../../lib/charts/index.ts";
import { toVega } from "../../lib/render/svg.ts";
import { LAYOUTS } from "../../lib/charts/layout.ts";
import { ROOT } from "../helpers/fixture.ts";
import { LANGS, englishWords, i18n, model, modelFor, sortedJson, visibleStrings } from "./setup.ts";

const SNAPSHOTS = join(ROOT, "tests/charts/__snapshots__");
const schema = JSON.parse(readFileSync(join(ROOT, "node_modules/vega-lite/build/vega-lite-schema.json"), "utf8"));
const ajv = new Ajv({ strict: false, validateFormats: false, logger: false });
const validate = ajv.compile(schema);

const POSITION_ONLY = new Set(["run-change", "run-trend"]);
const HANGUL = /[\uac00-\ud7af]/;
const HAN = /[\u4e00-\u9fff]/;

test("a 'not measured' label is italic in English only: Korean and Chinese stay upright", () => {
  const italic = (lang: string) => /"fontStyle":\s*"italic"/.test(JSON.stringify(CHARTS["cni-resources"].build(model, i18n(lang))));
  assert.ok(italic("en"), "the English label is set in italics (so the check above can fail)");
  assert.not.ok(italic("ko"));
  assert.not.ok(italic("zh"));
});

test("the registry has one builder per chart id, each under its own id", () => {
  assert.equal(Object.keys(CHARTS), [...CHART_IDS]);
  for (const id of CHART_IDS) assert.is(CHARTS[id].id, id);
});

for (const id of CHART_IDS) {
  for (const lang of LANGS) {
    const spec = CHARTS[id].build(modelFor(id), i18n(lang));

    // Snapshots are written only on request (UPDATE=1 npm test -- charts); a missing one fails, in CI and out.
    // The wide layout (the default) is <id>.<lang>.json, the narrow one <id>.<lang>.narrow.json.
    for (const layout of LAYOUTS) {
      const name = `${id}.${lang}${layout === "wide" ? "" : `.${layout}`}.json`;
      test(`${id} (${lang}, ${layout}): spec matches its snapshot`, () => {
        const file = join(SNAPSHOTS, name);
        const now = sortedJson(CHARTS[id].build(modelFor(id), i18n(lang), layout));
        if (process.env.UPDATE === "1") writeFileSync(file, now);
        assert.ok(existsSync(file), `tests/charts/__snapshots__/${name} is missing; if the chart is new, run UPDATE=1 npm test -- charts`);
        assert.fixture(now, readFileSync(file, "utf8"), `tests/charts/__snapshots__/${name} differs; if the change is intended, run UPDATE=1 npm test -- charts`);
      });
    }

    test(`${id} (${lang}): the default layout is the wide one`, () => {
      assert.equal(spec, CHARTS[id].build(modelFor(id), i18n(lang), "wide"));
    });

    test(`${id} (${lang}): both layouts valid against vega-lite-schema.json and compile without warnings`, () => {
      for (const layout of LAYOUTS) {
        const drawn = CHARTS[id].build(modelFor(id), i18n(lang), layout);
        const ok = validate(drawn);
        assert.ok(ok, `${layout}: schema errors: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        toVega(drawn, `${id} (${lang}, ${layout})`);
      }
    });

    test(`${id} (${lang}): every quantitative scale starts at zero and data is inline`, () => {
      const scales: { name: string; type?: string; zero?: unknown }[] = [];
      const walk = (o: unknown): void => {
        if (!o || typeof o !== "object") return;
        const scalesHere = (o as { scales?: unknown }).scales;
        if (Array.isArray(scalesHere)) scales.push(...scalesHere);
        for (const v of Object.values(o)) walk(v);
      };
      walk(toVega(spec, `${id} (${lang})`));
      const quantitative = scales.filter((x) => ["linear", "sqrt", "pow", "log", "symlog"].includes(x.type ?? ""));
      assert.ok(quantitative.length > 0, "no quantitative scale found to check");
      // Bars encode a figure as a length, so they start at zero; the history charts' dots and lines encode position
      // only (a change between runs), and a zero-based axis would flatten a 0.3 % move into nothing.
      if (!POSITION_ONLY.has(id)) for (const x of quantitative) assert.is(x.zero, true, `${x.name} (${x.type}) does not start at zero`);
      const json = JSON.stringify(spec);
      assert.not.match(json, /"url":/);
      assert.match(json, /"values":\[/);
    });

    if (lang !== "en") {
      test(`${id} (${lang}): text is in the page's language, English only in technical names`, () => {
        const texts = visibleStrings(spec);
        const all = texts.join(" ");
        if (lang === "ko") assert.match(all, HANGUL);
        if (lang === "zh") {
          assert.match(all, HAN);
          assert.not.match(all, HANGUL);
        }
        assert.equal(englishWords(texts), [], `English words in the ${lang} spec`);
        assert.not.match(JSON.stringify(spec), /"fontStyle":\s*"italic"/, "Han and Hangul are never slanted");
      });
    }
  }
}

test("the schema check rejects a spec Vega-Lite would not accept", () => {
  const spec = CHARTS.rtt.build(model, i18n("en"));
  assert.not.ok(validate({ ...spec, columns: "two" }));
  assert.not.ok(validate({ ...spec, concat: [{ mark: "barz" }] }));
});

test("the English check catches an English word in a Korean spec", () => {
  const spec = CHARTS.rtt.build(model, i18n("ko"));
  assert.equal(englishWords([...visibleStrings(spec), "평균 latency"]), ["latency"]);
});

test("the config carries each language's fonts and Intl grouping", () => {
  for (const lang of LANGS) {
    const spec = CHARTS.rtt.build(model, i18n(lang));
    assert.is(spec.config?.font, i18n(lang).lang.fonts);
    assert.is(spec.config?.locale?.number?.thousands, new Intl.NumberFormat(i18n(lang).lang.intl).formatToParts(1234).find((p) => p.type === "group")?.value);
  }
});

test.run();
