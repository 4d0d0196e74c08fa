// bcp-47-normalize with its answers remembered. Eleventy's I18nPlugin asks it about the same few language tags
// for every page and link (about 0.3 ms a call, a tenth of a rebuild); lib/register-ts.mjs points the plugin's
// import here. The answers are the package's own: the first call for each tag (and options) goes to it.
import { bcp47Normalize as normalize } from "bcp-47-normalize";

const answers = new Map();

export function bcp47Normalize(tag, options) {
  const key = options ? `${tag}\u0000${JSON.stringify(options)}` : tag;
  if (!answers.has(key)) answers.set(key, normalize(tag, options));
  return answers.get(key);
}
