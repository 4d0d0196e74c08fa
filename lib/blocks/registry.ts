import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { conclusionCards } from "./conclusion.ts";
import { dataplane } from "./dataplane.ts";
import { historyBlock } from "./history.ts";
import { keyFigures } from "./key-figures.ts";
import { packetPath } from "./packet-path.ts";
import { references } from "./references.ts";
import { routing } from "./routing.ts";

/** Every block the outline can place with {% block "id" %}: each a pure (model, i18n) → HTML string. */
export const BLOCKS: Record<string, (m: Model, i18n: I18n) => string> = {
  "conclusion-cards": conclusionCards,
  "key-figures": keyFigures,
  dataplane,
  "packet-path": packetPath,
  routing,
  references,
  history: historyBlock,
};
