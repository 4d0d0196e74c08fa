import type { CellValue, Dataset } from "./types.ts";

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space; quotes doubled. */
export function csvField(v: CellValue): string {
  if (v === null) return "";
  const text = typeof v === "number" ? numberText(v) : String(v);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Plain decimal notation, never "1e-7" or "1,234": what every spreadsheet and parser reads the same way. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`downloads: cannot write ${n} as a CSV number`);
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, "") : s;
}

/** The dataset as CSV: a header of column names, one line per row, CRLF line ends, UTF-8 without BOM. */
export function toCsv(d: Dataset): string {
  const lines = [d.columns.map((c) => csvField(c.name)).join(",")];
  for (const row of d.rows) lines.push(d.columns.map((c) => csvField(row[c.name] ?? null)).join(","));
  return lines.join("\r\n") + "\r\n";
}
