import type { Model } from "../data/model.ts";
import { aimlDataset, networkPolicyDataset, recommendationProfilesDataset, recommendationsDataset, tuningDataset, xdpDataset, xdpInstancesDataset, xdpRequirementsDataset } from "./curated.ts";
import { resultsDataset } from "./results.ts";
import { runsDataset } from "./runs.ts";
import { cniResourcesDataset, kubeProxyScalingDataset, serviceScalingDataset } from "./scaling.ts";
import { aimlContextDataset, environmentDataset, xdpContextDataset } from "./settings.ts";
import type { Dataset } from "./types.ts";

export type { Dataset, Column, Row, MetricCode } from "./types.ts";
export { toCsv } from "./csv.ts";
export { toJson, type Describe } from "./json.ts";

/** Every downloadable dataset, in the order the data page lists them. Each becomes /data/{id}.csv and .json. */
const BUILDERS: ((m: Model) => Dataset | null)[] = [
  resultsDataset,
  // Only with earlier runs in data/history: without them the site has no runs file at all.
  (m) => (m.history.length ? runsDataset(m) : null),
  serviceScalingDataset,
  kubeProxyScalingDataset,
  cniResourcesDataset,
  tuningDataset,
  xdpDataset,
  xdpInstancesDataset,
  xdpRequirementsDataset,
  xdpContextDataset,
  networkPolicyDataset,
  recommendationsDataset,
  recommendationProfilesDataset,
  aimlDataset,
  aimlContextDataset,
  environmentDataset,
];

export function buildDatasets(model: Model): Dataset[] {
  const all = BUILDERS.map((b) => b(model)).filter((d): d is Dataset => d !== null).map(checked);
  const ids = all.map((d) => d.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`lib/downloads: dataset id "${twice}" is used twice`);
  return all;
}

export function datasetById(datasets: Dataset[], id: string): Dataset {
  const d = datasets.find((x) => x.id === id);
  if (!d) throw new Error(`unknown dataset "${id}"; known: ${datasets.map((x) => x.id).join(", ")}`);
  return d;
}

/** A builder bug (a row with a column the header lacks, or a value of the wrong type) stops the build here. */
function checked(d: Dataset): Dataset {
  const names = new Set(d.columns.map((c) => c.name));
  d.rows.forEach((row, i) => {
    for (const k of Object.keys(row)) if (!names.has(k)) throw new Error(`lib/downloads/${d.id}: row ${i + 1} has column "${k}", not in the header`);
    for (const c of d.columns) {
      const v = row[c.name] ?? null;
      const ok = v === null || (c.type === "string-or-number" ? typeof v === "string" || typeof v === "number" : typeof v === c.type);
      if (!ok) throw new Error(`lib/downloads/${d.id}: row ${i + 1}, column ${c.name}: expected ${c.type}, found ${JSON.stringify(v)}`);
    }
  });
  return d;
}
