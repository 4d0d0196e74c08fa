// One YAML reader for data/ and locales/. js-yaml with the YAML 1.2 core schema: the same values as the `yaml`
// package for these files (dates stay strings, duplicate keys are errors) at a quarter of the parse time, which
// matters because every build reads ~150 KB of locale files first.
import { readFileSync } from "node:fs";
import jsyaml from "js-yaml";

/** Parses YAML text; a syntax error becomes "line L, column C: reason". */
export function parseYaml(text: string): unknown {
  try {
    return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch (e) {
    if (e instanceof jsyaml.YAMLException && e.mark) throw new Error(`line ${e.mark.line + 1}, column ${e.mark.column + 1}: ${e.reason}`);
    throw e;
  }
}

/** Reads and parses a YAML file; errors name the file as the reader knows it (`shown`, e.g. locales/ko.yaml). */
export function readYaml(file: string, shown: string): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${shown}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
}
