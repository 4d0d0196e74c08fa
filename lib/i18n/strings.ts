import { existsSync } from "node:fs";
import { join } from "node:path";
import { readYaml } from "../yaml.ts";

export type Strings = Map<string, string>;

/** Flattens nested YAML maps into dotted keys. Keys starting with "_" are translator notes and are skipped. */
export function flatten(value: unknown, prefix: string, out: Strings, file: string): Strings {
  if (typeof value === "string") {
    out.set(prefix, value);
  } else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith("_")) continue;
      flatten(v, prefix ? `${prefix}.${k}` : k, out, file);
    }
  } else {
    throw new Error(`${file}: ${prefix}: expected a string or a group of strings, got ${value === null ? "nothing" : typeof value === "number" ? `the number ${value} (quote it, and keep figures in data/)` : typeof value}`);
  }
  return out;
}

export function loadStrings(localesDir: string, code: string): Strings {
  const file = join(localesDir, `${code}.yaml`);
  const shown = `locales/${code}.yaml`;
  if (!existsSync(file)) throw new Error(`${shown}: file is missing for language "${code}" listed in locales/languages.yaml`);
  return flatten(readYaml(file, shown) ?? {}, "", new Map(), shown);
}

const PLACEHOLDER = /\{([a-zA-Z0-9_]+)\}/g;

export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

export function interpolate(text: string, params: Record<string, string | number>, where: string): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    if (!(name in params)) throw new Error(`${where}: placeholder {${name}} has no value`);
    return String(params[name]);
  });
}
