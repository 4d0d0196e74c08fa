import { join } from "node:path";
import { readYaml } from "../yaml.ts";
import { z } from "zod";
import { fromZod } from "../data/errors.ts";

const languageSchema = z.strictObject({
  code: z.string().regex(/^[a-z]{2}$/, "a two-letter language code"),
  html_lang: z.string(),
  intl: z.string(),
  name: z.string(),
  /** Font stack for this language, first the font that draws its script with the right glyph shapes. */
  fonts: z.string(),
});
const languagesSchema = z.strictObject({ default: z.string(), languages: z.array(languageSchema).min(1) });

export type Language = z.infer<typeof languageSchema>;
export interface Languages {
  default: string;
  list: Language[];
}

export function loadLanguages(localesDir: string): Languages {
  const file = join(localesDir, "languages.yaml");
  const parsed = languagesSchema.safeParse(readYaml(file, "locales/languages.yaml"), { reportInput: true });
  if (!parsed.success) throw fromZod("locales/languages.yaml", parsed.error);
  if (!parsed.data.languages.some((l) => l.code === parsed.data.default)) {
    throw new Error(`locales/languages.yaml: default: expected one of the listed codes, got ${JSON.stringify(parsed.data.default)}`);
  }
  return { default: parsed.data.default, list: parsed.data.languages };
}
