// The evaluated client list the views ask for, sorted by path. It is kept between changes: a
// changed, added or removed note is spliced in or out of a copy of the last list, so one edit
// costs one evaluation and a binary search, not a re-list and re-sort of the portfolio.
import { dayOfTimestamp } from "../core/model/dates";
import type { NoteActivity } from "../core/model/linked-notes";
import type { NoteInput } from "../core/model/portfolio";
import type { ClientStatus } from "../core/model/types";
import type { RecordIndex } from "./record-index";
import { inSlices } from "./slices";

/** One client note in the index: Obsidian's parsed frontmatter, the file time, its evaluation. */
export interface IndexEntry {
  frontmatter: Record<string, unknown>;
  mtime: number;
  /** The day and settings generation `status` was evaluated for; reused until the entry is replaced. */
  statusKey?: string;
  status?: ClientStatus | null;
}

/** More stale paths than this share of the portfolio: evaluate and sort everything instead. */
const FULL_SHARE = 0.125;

export type Evaluate = (path: string, entry: IndexEntry) => ClientStatus | null;

export class ClientList {
  /** The last list handed out; never changed once handed out (a change makes a new array). */
  private list: ClientStatus[] = [];
  /** The entry key and index revision `list` is for; null: build it from scratch. */
  private builtFor: string | null = null;
  private revision = -1;
  /** Paths whose entry was replaced, removed or invalidated since `list` was made. */
  private readonly stale = new Set<string>();

  constructor(private readonly entries: ReadonlyMap<string, IndexEntry>) {}

  /** The entry at `path` changed, appeared or went. */
  mark(path: string): void {
    if (this.builtFor !== null) this.stale.add(path);
  }

  /** The entry's evaluation is out of date (its records or its note's text changed). */
  invalidate(path: string): void {
    const e = this.entries.get(path);
    if (e) e.statusKey = undefined;
    this.mark(path);
  }

  /** Everything changed (a rebuild): the next list is made from scratch. */
  reset(): void {
    this.builtFor = null;
    this.stale.clear();
  }

  /** Evaluates the entry for `entryKey` unless it already is. */
  ensure(path: string, e: IndexEntry, entryKey: string, evaluate: Evaluate): ClientStatus | null {
    if (e.statusKey !== entryKey) {
      e.statusKey = entryKey;
      e.status = evaluate(path, e);
    }
    return e.status ?? null;
  }

  /** Evaluates every entry, `size` per main-thread task, then calls `done` (the first build). */
  evaluateInSlices(size: number, entryKey: () => string, evaluate: Evaluate, done: () => void, stopped: () => boolean): void {
    const each = (path: string) => {
      const e = this.entries.get(path);
      if (e) this.ensure(path, e, entryKey(), evaluate);
    };
    inSlices([...this.entries.keys()], size, each, done, stopped);
  }

  /** Every client evaluated for `entryKey` (day, settings generation, records present), sorted by path. */
  get(revision: number, entryKey: string, evaluate: Evaluate): ClientStatus[] {
    if (this.revision === revision && this.builtFor === entryKey) return this.list;
    if (this.builtFor !== entryKey || this.stale.size > this.entries.size * FULL_SHARE) this.full(entryKey, evaluate);
    else if (this.stale.size > 0) this.splice(entryKey, evaluate);
    this.builtFor = entryKey;
    this.revision = revision;
    return this.list;
  }

  private full(entryKey: string, evaluate: Evaluate): void {
    const list: ClientStatus[] = [];
    for (const [path, e] of this.entries) {
      const s = this.ensure(path, e, entryKey, evaluate);
      if (s) list.push(s);
    }
    list.sort((a, b) => (a.client.path < b.client.path ? -1 : a.client.path > b.client.path ? 1 : 0));
    this.list = list;
    this.stale.clear();
  }

  private splice(entryKey: string, evaluate: Evaluate): void {
    const list = this.list.slice();
    for (const path of this.stale) {
      const e = this.entries.get(path);
      const s = e ? this.ensure(path, e, entryKey, evaluate) : null;
      const at = search(list, path);
      const found = at < list.length && (list[at] as ClientStatus).client.path === path;
      if (s && found) list[at] = s;
      else if (s) list.splice(at, 0, s);
      else if (found) list.splice(at, 1);
    }
    this.list = list;
    this.stale.clear();
  }
}

/** The first position whose path is not before `path` (the list is sorted by path). */
function search(list: readonly ClientStatus[], path: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as ClientStatus).client.path < path) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What `evaluateNote` reads of one index entry. */
export function noteInput(path: string, e: IndexEntry, records: RecordIndex, activity: (path: string) => NoteActivity | undefined): NoteInput {
  const input: NoteInput = { path, frontmatter: e.frontmatter, modifiedDay: e.mtime > 0 ? dayOfTimestamp(e.mtime) : null };
  // A vault without records evaluates as before records existed: no roll-up, no role warnings.
  if (records.size() > 0) input.records = records.of(path);
  const a = activity(path);
  if (a) input.activity = a;
  return input;
}
