/**
 * The browser copy of vega, vega-lite, vega-embed and vega-interpreter that the "interactive chart" button loads,
 * built from node_modules at build time (no CDN) into one classic script. vega-interpreter ships only as an ES
 * module; it is wrapped to read its three helpers from the vega global and to publish window.vegaInterpreter,
 * which vega-embed uses (`ast: true`, `expr`) to evaluate expressions without eval: CSP needs no 'unsafe-eval'.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const PACKAGES = ["vega", "vega-lite", "vega-interpreter", "vega-embed"] as const;

/** The installed package's folder (vega's "exports" hide package.json from require.resolve, so look it up). */
function packageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    if (existsSync(join(base, name, "package.json"))) return join(base, name);
  }
  throw new Error(`node_modules/${name}: not installed (run npm ci); the interactive charts need it`);
}

/** The installed version of a package, from its package.json. */
export function versionOf(name: string): string {
  const pkg: unknown = JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8"));
  const v = typeof pkg === "object" && pkg !== null ? Reflect.get(pkg, "version") : undefined;
  return typeof v === "string" ? v : "unknown";
}

const stripMap = (js: string) => js.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n");

/** vega-interpreter's ES module as a classic script over the vega global. */
export function interpreterScript(): string {
  const file = join(packageDir("vega-interpreter"), "build/vega-interpreter.js");
  const src = readFileSync(file, "utf8");
  const importLine = "import { ascending, isString, DisallowedObjectProperties } from 'vega-util';";
  const exportLine = "export { expression as expressionInterpreter };";
  if (!src.includes(importLine) || !src.includes(exportLine)) {
    throw new Error(`${file}: expected the lines\n  ${importLine}\n  ${exportLine}\nfound another shape (a new vega-interpreter version?); update lib/render/bundle.ts`);
  }
  const body = stripMap(src).replace(importLine, "").replace(exportLine, "");
  return `(function (vega) {\n"use strict";\nconst { ascending, isString, DisallowedObjectProperties } = vega;\n${body}\nwindow.vegaInterpreter = { expressionInterpreter: expression };\n})(window.vega);\n`;
}

let cached: string | undefined;
/** The bundle's text: deterministic for a given set of installed versions. */
export function vegaBundle(): string {
  if (cached) return cached;
  const read = (name: string, file: string) => stripMap(readFileSync(join(packageDir(name), file), "utf8"));
  const banner = `/*! ${PACKAGES.map((p) => `${p} ${versionOf(p)}`).join(", ")}. BSD-3-Clause; licences in vendor/LICENSES.txt. Loaded only when a reader asks for an interactive chart. */\n`;
  cached = [banner, read("vega", "build/vega.min.js"), read("vega-lite", "build/vega-lite.min.js"), interpreterScript(), read("vega-embed", "build/vega-embed.min.js")].join(";\n");
  return cached;
}

/** The licence texts of the bundled packages, served beside the bundle. */
export function vegaLicenses(): string {
  return PACKAGES.map((p) => `${p} ${versionOf(p)}\n${"=".repeat(40)}\n${readFileSync(join(packageDir(p), "LICENSE"), "utf8").trim()}\n`).join("\n");
}
