// Loading the site for Eleventy: every input validated (data, locales, prose, the figure rule), the narrative
// reported. Under `npm start` a bad input is told once, as the file and what to fix, never as a stack trace into
// lib/ (DEBUG=1 brings the trace back).
import { loadSite, type Site } from "../site/index.ts";
import { refuseTypedFigures } from "../site/figures.ts";
import { reportNarrative } from "./narrative.ts";

export function loadChecked(root: string, previous?: Site): Site {
  const site = loadSite(root, previous);
  refuseTypedFigures(site);
  reportNarrative(site);
  return site;
}

export const serving = () => process.argv.includes("--serve") || process.argv.includes("--watch");

/** The first load: a bad input ends `npm start` with its message alone (the build CLI reports its own way). */
export function loadOrExit(root: string): Site {
  try {
    return loadChecked(root);
  } catch (e) {
    if (!serving() || process.env.DEBUG) throw e;
    console.error(`npm start could not load the report's inputs:\n\n${(e as Error).message}\n\nFix the file named above and run npm start again.`);
    process.exit(1);
  }
}

/** A reload after a save: a bad input keeps the last good site, so the open page stays as it was. */
export function reloadOrKeep(root: string, site: Site): Site {
  try {
    return loadChecked(root, site);
  } catch (e) {
    if (process.env.DEBUG) throw e;
    console.error(`\nYour last save was not applied; the browser keeps the last good page:\n\n${(e as Error).message}\n\nSave a fix and the page rebuilds.\n`);
    return site;
  }
}
