/**
 * Text width without a canvas. vega guesses 0.8 em per character, which is about 20% short for Hangul and Han
 * (they are a full em wide) and generous for Latin. This measurer uses per-script widths of a sans-serif face,
 * rounded up, so labels get the room they need: none clipped, none overlapping, no wide empty margins.
 */

export interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

/** Full-width scripts: Hangul, CJK ideographs and punctuation, kana, full-width forms. */
const WIDE = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3130-\u318f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NARROW = /[ijlI.,:;'!|`]/;
const SEMI = /[frt()[\]{}\-\s/]/;
const BROAD = /[mwMW%@]/;
const UPPER = /[A-Z]/;

// Every label of every chart is measured character by character, often many times while vega fits it; five regular
// expressions per character add up, so each character's width is worked out once.
const widths = new Map<string, number>();

/** Width of one character in em. */
export function charEm(ch: string): number {
  let w = widths.get(ch);
  if (w === undefined) widths.set(ch, (w = classify(ch)));
  return w;
}

function classify(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === "—" || ch === "…") return 1;
  // Latin widths of a wide sans (DejaVu Sans, the fallback of system-ui on many Linux desktops), so narrower faces
  // such as Segoe UI, SF or Noto Sans only ever get a little spare room.
  if (NARROW.test(ch)) return 0.34;
  if (SEMI.test(ch)) return 0.41;
  if (BROAD.test(ch)) return 0.98;
  if (UPPER.test(ch)) return 0.76;
  return 0.65; // digits, lower case, µ, ×, ~, +, –
}

export function fontSizeOf(item: TextItem): number {
  return item.fontSize != null ? Number(item.fontSize) || 0 : 11;
}

const isBold = (w: TextItem["fontWeight"]) => w === "bold" || w === "bolder" || (typeof w === "number" && w >= 600) || (typeof w === "string" && Number(w) >= 600);

/** Width in pixels of `text` set in the item's font size and weight. */
export function textWidth(text: string, item: TextItem): number {
  let em = 0;
  for (const ch of text.trim()) em += charEm(ch);
  return em * fontSizeOf(item) * (isBold(item.fontWeight) ? 1.08 : 1);
}

/**
 * The replacement for vega's textMetrics.width(item, text). vega truncates a label to `item.limit` with an
 * ellipsis and measures substrings through this same function while doing so, so a truncated label's width is
 * at most the limit: returning min(width, limit) keeps both the truncation search and the layout consistent.
 */
export function measure(item: TextItem, text: unknown): number {
  const s = text == null ? "" : String(text);
  const w = textWidth(s, item);
  const limit = Number(item.limit);
  return limit > 0 ? Math.min(w, limit) : w;
}

/** vega's own estimate, for comparison in tests. */
export function vegaEstimate(text: string, item: TextItem): number {
  return Math.floor(0.8 * text.trim().length * fontSizeOf(item));
}

/** Characters that must not start a line: closing punctuation (full-width or not), or an arrow continuing a series. */
const NO_START = /^[，。、；：！？）」』】〉》,.;:!?)\]%→]/;

/**
 * Breaks text into lines no wider than `maxWidth` px, for chart titles and subtitles (vega does not wrap them; it
 * would cut them off with an ellipsis). Breaks at spaces, and between Han characters, which need no spaces.
 */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  // Greedy lines at full width, then the narrowest width that needs no more lines: balanced lines, no lone word.
  const lines = greedy(text, maxWidth, fontSize);
  if (lines.length < 2) return lines;
  let lo = maxWidth / lines.length;
  let hi = maxWidth;
  while (hi - lo > 2) {
    const mid = (lo + hi) / 2;
    if (greedy(text, mid, fontSize).length > lines.length) lo = mid;
    else hi = mid;
  }
  return greedy(text, hi, fontSize);
}

function greedy(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/\s+|[\u2e80-\u2fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][，。、；：！？）」』】〉》]*|[^\s\u2e80-\u2fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g) ?? [];
  const item = { fontSize };
  const lines: string[] = [];
  let line = "";
  for (const tok of tokens) {
    const next = line + tok;
    if (line.trim() && textWidth(next, item) > maxWidth && !/^\s+$/.test(tok) && !NO_START.test(tok)) {
      lines.push(line.trim());
      line = tok;
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}
