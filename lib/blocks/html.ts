/** HTML helpers for the blocks; every piece of text passes through the site's one esc() (lib/html.ts). */
import { esc } from "../html.ts";

/** Class attribute for a tone, matching the table cells' classes (tone-good, tone-bad, tone-muted). */
export const toneClass = (tone: string | undefined): string => (tone ? ` tone-${tone}` : "");

/** The space between a label and what follows it: none after a full-width colon ("来源：…"), one after "Sources:". */
export const afterLabel = (label: string): string => (/[：）]$/.test(label) ? "" : " ");

/** A link whose text and address are both escaped. */
export const link = (href: string, text: string): string => `<a href="${esc(href)}">${esc(text)}</a>`;
