// What a `clientele` code block shows, computed once per index revision and day: every block with
// the same source shares one computation, and a block redraws only when what it shows changed.
import { LiveBlock } from "../core/report/block-live";
import type { BlockCell, BlockTable } from "../core/report/block-types";
import { parseBlockOptions, type BlockOptions, type ParsedBlock } from "../core/report/blocks";
import type { NoteError } from "../obsidian/client-index";

/** A message instead of a table (bad options, the index still loading, an error), or a table. */
export type BlockContent =
  | { message: string; warning: boolean }
  | { table: BlockTable; errors: readonly NoteError[] };

/** One cache per registration of the code block (code-block-register.ts), shared by its blocks. */
export class BlockContents {
  private key: string | null = null;
  private readonly contents = new Map<string, BlockContent>();
  /** Each source's table kept between changes (core/report/block-live.ts) and the index list generation it is for. */
  private readonly live = new Map<string, { options: string; block: LiveBlock; generation: number | null }>();
  /** Each source's options as read for these stages: a block's source only changes when it is drawn anew. */
  private readonly parsed = new Map<string, { stages: string; parsed: ParsedBlock }>();

  /** The options of `source` (parseBlockOptions), read again only when the configured stages changed. */
  options(source: string, parseYaml: (s: string) => unknown, stages: readonly string[]): ParsedBlock {
    const key = stages.join("\n"); // stage names are single lines
    const kept = this.parsed.get(source);
    if (kept?.stages === key) return kept.parsed;
    const parsed = parseBlockOptions(source, parseYaml, stages);
    this.parsed.set(source, { stages: key, parsed });
    return parsed;
  }

  /** The live table of `source` with these options (a new one when the options changed). */
  liveFor(source: string, options: BlockOptions): { block: LiveBlock; generation: number | null } {
    const key = JSON.stringify(options);
    let entry = this.live.get(source);
    if (entry?.options !== key) {
      entry = { options: key, block: new LiveBlock(options), generation: null };
      this.live.set(source, entry);
    }
    return entry;
  }

  /** The content for `source` at `key` (index revision and day), computed at most once per key. */
  get(key: string, source: string, compute: () => BlockContent): BlockContent {
    if (key !== this.key) {
      this.key = key;
      this.contents.clear();
    }
    let content = this.contents.get(source);
    if (!content) {
      content = compute();
      this.contents.set(source, content);
    }
    return content;
  }
}

/** Drawing `b` where `a` is drawn would change nothing. */
export function sameContent(a: BlockContent, b: BlockContent): boolean {
  if (a === b) return true;
  if ("message" in a || "message" in b) return "message" in a && "message" in b && a.message === b.message && a.warning === b.warning;
  return sameTable(a.table, b.table) && sameErrors(a.errors, b.errors);
}

export function sameErrors(a: readonly NoteError[], b: readonly NoteError[]): boolean {
  return a.length === b.length && a.every((e, i) => e.path === b[i]?.path && e.message === b[i]?.message);
}

/** Same cells: text, link and tone. */
export function sameRow(x: readonly BlockCell[], y: readonly BlockCell[]): boolean {
  if (x === y) return true; // a live table keeps the row objects of unchanged clients
  if (x.length !== y.length) return false;
  for (let c = 0; c < x.length; c++) {
    const p = x[c];
    const q = y[c];
    if (p?.text !== q?.text || p?.link !== q?.link || p?.tone !== q?.tone) return false;
  }
  return true;
}

/** Same columns, cells, empty text and summary. */
export function sameTable(a: BlockTable, b: BlockTable): boolean {
  if (a === b) return true;
  if (a.empty !== b.empty || a.summary !== b.summary || a.columns.length !== b.columns.length || a.rows.length !== b.rows.length) return false;
  for (let i = 0; i < a.columns.length; i++) if (a.columns[i] !== b.columns[i]) return false;
  for (let r = 0; r < a.rows.length; r++) if (!sameRow(a.rows[r] ?? [], b.rows[r] ?? [])) return false;
  return true;
}
