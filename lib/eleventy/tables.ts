import type { Site } from "../site/index.ts";
import type { Table } from "../tables/types.ts";
import { dnsTable, httpTable, networkTable, scenarioTable } from "../tables/results.ts";
import { REPORT_TABLES } from "../tables/registry.ts";

/** Every table the outline can place, by id. */
export const TABLES: Record<string, (s: Site, lang: string) => Table> = {
  scenarios: (s, l) => scenarioTable(s.model, s.i18n(l)),
  network: (s, l) => networkTable(s.model, s.i18n(l)),
  http: (s, l) => httpTable(s.model, s.i18n(l)),
  dns: (s, l) => dnsTable(s.model, s.i18n(l)),
  ...Object.fromEntries(Object.entries(REPORT_TABLES).map(([id, make]) => [id, (s: Site, l: string) => make(s.model, s.i18n(l))])),
};
