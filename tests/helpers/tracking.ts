import type { I18n } from "../../lib/i18n/index.ts";

/** Records every locale key a builder asks for, so the missing-key test can take each one away. */
export function tracking(i18n: I18n): { i18n: I18n; used: Set<string> } {
  const used = new Set<string>();
  return { used, i18n: { ...i18n, t: (k, p) => (used.add(k), i18n.t(k, p)) } };
}
