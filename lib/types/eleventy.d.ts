// Eleventy ships no types; these are the few exports the config and tests use.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: unknown;
  export const I18nPlugin: unknown;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    disableLogger(): void;
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string; content: string }>>;
  }
}
