/** HTML helpers for the blocks: every piece of text passes through esc(), so markup in a locale string shows as text. */
export const esc = (s: string | number): string =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Class attribute for a tone, matching the table cells' classes (tone-good, tone-bad, tone-muted). */
export const toneClass = (tone: string | undefined): string => (tone ? ` tone-${tone}` : "");

/** A link whose text and address are both escaped. */
export const link = (href: string, text: string): string => `<a href="${esc(href)}">${esc(text)}</a>`;
