/** A table ready to render: every cell already formatted for one language. */
export interface Cell {
  text: string;
  /** Right-align figures; header cells label their row. */
  numeric?: boolean;
  header?: boolean;
  /** Technical names (Helm values, commands) are set in code type. */
  code?: boolean;
  tone?: "good" | "bad" | "muted";
}

export interface Table {
  id: string;
  caption: string;
  columns: Cell[];
  rows: Cell[][];
  note?: string;
}

export const cell = (text: string, extra: Omit<Cell, "text"> = {}): Cell => ({ text, ...extra });
export const num = (text: string, extra: Omit<Cell, "text"> = {}): Cell => ({ text, numeric: true, ...extra });
export const head = (text: string): Cell => ({ text, header: true });
