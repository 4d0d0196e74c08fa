import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { type Table, cell, head } from "./types.ts";

/** Term → short definition, in data/glossary.yaml order; technical names stay as written, other names are translated. */
export function glossaryTable(model: Model, i18n: I18n): Table {
  return {
    id: "glossary",
    caption: i18n.t("tbl.glossary.caption"),
    columns: [cell(i18n.t("tbl.glossary.term")), cell(i18n.t("tbl.glossary.meaning"))],
    rows: model.glossary.terms.map((g) => [head(g.term ?? i18n.t(`glossary.${g.id}.term`)), cell(i18n.t(`glossary.${g.id}.def`))]),
  };
}
