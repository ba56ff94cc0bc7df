// The shapes of a `clientele` code block shared by its options (blocks.ts) and its views
// (block-views.ts): both import from here, so neither imports the other back.
export const BLOCK_VIEWS = ["pipeline", "at-risk", "health", "renewals", "next-actions", "review", "records", "client", "risk", "top-value"] as const;
export type BlockView = (typeof BLOCK_VIEWS)[number];
/** The views of related records (section 7), drawn by block-records.ts. */
export type RecordView = "records" | "client";
/** The views of value and risk (section 8), drawn by block-intel.ts. */
export type IntelView = "risk" | "top-value";
/** The views listing clients, drawn by block-views.ts. */
export type ListView = Exclude<BlockView, RecordView | IntelView>;
export const BLOCK_SORTS = ["name", "stage", "health", "value", "inactive", "due", "renewal"] as const;
export type BlockSort = (typeof BLOCK_SORTS)[number];

export type Tone = "good" | "warn" | "bad" | "muted";

export interface BlockCell {
  text: string;
  /** Path of the client note the cell links to. */
  link?: string;
  tone?: Tone;
}

export interface BlockTable {
  columns: string[];
  rows: BlockCell[][];
  /** What to say when there are no rows. */
  empty: string;
  /** A line under the table (totals, "showing 10 of 14"), or null. */
  summary: string | null;
}
