// Prints every named figure prose can use, with its value in one language: `npm run facts -- ko`.
import { loadSite } from "../site/index.ts";

const HELP = `npm run facts [-- <lang>] [--all]

Lists every figure prose can name as {{ f("name") }}, with the value it shows in that language (default: en).
Use it to find the figure for a number you see on the page: search the value, copy the name.

  <lang>     a code from locales/languages.yaml (en, ko, zh, …)
  --all      also list the pairwise comparisons (rtt.change.A.E, .diff., .ratio.) for every scenario pair
  --help     this text`;

function main(argv: string[]): number {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith("-") && a !== "--all");
  if (unknown.length) {
    console.error(`facts: unknown option ${unknown.join(", ")} (see --help)`);
    return 2;
  }
  const lang = argv.find((a) => !a.startsWith("-")) ?? "en";
  let site;
  try {
    site = loadSite(process.cwd());
  } catch (e) {
    console.error(`facts: the figures could not be computed:\n${(e as Error).message}`);
    return 1;
  }
  const facts = site.facts.get(lang);
  if (!facts) {
    console.error(`facts: unknown language "${lang}"; listed in locales/languages.yaml: ${[...site.facts.keys()].join(", ")}`);
    return 2;
  }
  for (const [k, v] of [...facts].sort(([a], [b]) => a.localeCompare(b))) {
    if (/\.(change|diff|ratio)\.[A-E]\.[A-E]$/.test(k) && !argv.includes("--all")) continue;
    console.log(`${k.padEnd(34)} ${v}`);
  }
  console.log("\n(pairwise rtt.change.A.E / .diff. / .ratio. facts exist for every metric and scenario pair; --all lists them)");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
