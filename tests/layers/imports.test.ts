// Imports in lib/ go one way, from the inputs up to Eleventy; a test fails when one goes the other way.
// Type-only imports are free (they vanish at run time), and the command-line entry points (*-cli.ts) sit on top.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ROOT } from "../helpers/fixture.ts";

const LIB = join(ROOT, "lib");

/** The layer order, lowest first. A module may import from its own layer or any layer below. */
export const LAYERS: string[][] = [
  ["yaml.ts", "html.ts", "types"],
  ["data"],
  ["derive", "i18n"],
  ["domain"],
  ["facts", "history"],
  ["narrative"],
  ["prose"],
  ["charts", "tables"],
  ["blocks", "render", "downloads", "embed"],
  ["site", "i18n/check.ts", "i18n/notes.ts"],
  ["eleventy"],
];

function layerOf(file: string): number {
  const rel = relative(LIB, file);
  const exact = LAYERS.findIndex((l) => l.includes(rel));
  if (exact >= 0) return exact;
  const top = rel.split("/")[0];
  const i = LAYERS.findIndex((l) => l.includes(top));
  if (i < 0) throw new Error(`lib/${rel}: not in any layer of tests/layers/imports.test.ts`);
  return i;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs)$/.test(f) && !f.endsWith(".d.ts") ? [p] : [];
  });
}

/** Every runtime import of a lib/ module by another lib/ module, with the layers of both. */
function upwardImports(): string[] {
  const bad: string[] = [];
  for (const file of files(LIB)) {
    if (/-cli\.ts$|register-ts\.mjs$/.test(file)) continue;
    const src = readFileSync(file, "utf8");
    for (const m of src.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)";/gm)) {
      if (m[1]) continue;
      const target = resolve(dirname(file), m[2]);
      if (!target.startsWith(LIB)) continue;
      const from = layerOf(file), to = layerOf(target);
      if (to > from) bad.push(`lib/${relative(LIB, file)} (layer ${from}) imports lib/${relative(LIB, target)} (layer ${to})`);
    }
  }
  return bad;
}

test("every lib/ module imports only from its own layer or below", () => {
  assert.equal(upwardImports(), []);
});

test("the check sees an upward import: a lower layer reaching into Eleventy", () => {
  const probe = join(LIB, "data", "zz-probe.ts");
  const src = 'import { langOf } from "../eleventy/filters.ts";\nexport const probe = langOf;\n';
  try {
    writeFileSync(probe, src);
    assert.ok(upwardImports().some((b) => b.startsWith("lib/data/zz-probe.ts")));
  } finally {
    rmSync(probe, { force: true });
  }
});

test.run();
