/**
 * Text in a string or prose part that is not words for the reader, replaced by spaces so positions are kept: code
 * blocks and spans (commands, Helm values), template expressions, comments, placeholders, link targets and URLs.
 * The typed-figure rule (typed.ts) and the terms rule (terms.ts) both look only at what is left.
 */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const blank = (m: string): string => m.replace(/[^\n]/g, " ");

export function maskNonWords(text: string): string {
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<!--[\s\S]*?-->/g, blank)
    .replace(/\{[a-zA-Z0-9_]+\}/g, blank)
    .replace(/\]\([^)\s]*\)/g, blank)
    .replace(/\bhttps?:\/\/\S+/g, blank);
}
