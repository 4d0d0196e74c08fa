import type { Model } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";
import { aimlTable } from "./aiml.ts";
import { environmentTable, methodTable } from "./environment.ts";
import { glossaryTable } from "./glossary.ts";
import { policyTable } from "./policy.ts";
import { profilesTable, recommendationsTable } from "./recommendations.ts";
import { resourcesTable } from "./resources.ts";
import { kubeProxyScalingTable, serviceScalingTable } from "./scaling.ts";
import { tuningImpactTable, tuningTable } from "./tuning.ts";
import type { Table } from "./types.ts";
import { udpLossReasonsTable, verdictTable } from "./verdict.ts";
import { xdpDriversTable, xdpInstancesTable, xdpRequirementsTable, xdpWithoutTable } from "./xdp.ts";

/** The report's reference tables by id: each a pure (model, i18n) → Table. */
export const REPORT_TABLES: Record<string, (m: Model, i18n: I18n) => Table> = {
  environment: environmentTable,
  method: methodTable,
  resources: resourcesTable,
  "service-scaling": serviceScalingTable,
  "kube-proxy-scaling": kubeProxyScalingTable,
  tuning: tuningTable,
  "tuning-impact": tuningImpactTable,
  "xdp-requirements": xdpRequirementsTable,
  "xdp-drivers": xdpDriversTable,
  "xdp-instances": xdpInstancesTable,
  "xdp-without": xdpWithoutTable,
  policy: policyTable,
  recommendations: recommendationsTable,
  profiles: profilesTable,
  aiml: aimlTable,
  verdict: verdictTable,
  "udp-loss-reasons": udpLossReasonsTable,
  glossary: glossaryTable,
};
