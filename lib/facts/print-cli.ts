// Prints every named figure prose can use, with its value in one language: `npm run facts -- ko`.
import { loadSite } from "../site/index.ts";

const lang = process.argv[2] ?? "en";
const site = loadSite(process.cwd());
const facts = site.facts.get(lang);
if (!facts) throw new Error(`unknown language "${lang}"`);
for (const [k, v] of [...facts].sort(([a], [b]) => a.localeCompare(b))) {
  if (/\.(change|diff|ratio)\.[A-E]\.[A-E]$/.test(k) && !process.argv.includes("--all")) continue;
  console.log(`${k.padEnd(34)} ${v}`);
}
console.log("\n(pairwise rtt.change.A.E / .diff. / .ratio. facts exist for every metric and scenario pair; --all lists them)");
