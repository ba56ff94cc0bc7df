// The evaluated client list the views ask for, sorted by path. It is kept between changes: a
// changed, added or removed note is spliced in or out of a copy of the last list, so one edit
// costs one evaluation and a binary search, not a re-list and re-sort of the portfolio.
import { dayOfTimestamp } from "../core/model/dates";
import type { NoteActivity } from "../core/model/linked-notes";
import { lowerBound } from "../core/model/order";
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
/** How many list generations `changedSince` can look back over. */
const LOG_SIZE = 32;

export type Evaluate = (path: string, entry: IndexEntry) => ClientStatus | null;

export class ClientList {
  /** The last list handed out; never changed once handed out (a change makes a new array). */
  private list: ClientStatus[] = [];
  /** The entry key and index revision `list` is for; null: build it from scratch. */
  private builtFor: string | null = null;
  private revision = -1;
  /** Paths whose entry was replaced, removed or invalidated since `list` was made. */
  private readonly stale = new Set<string>();
  /** Counts the lists handed out; the log says which paths each one changed (null: all may have). */
  private generation = 0;
  private readonly log: { generation: number; paths: ReadonlySet<string> | null }[] = [];

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
    const same = this.builtFor === entryKey;
    if (!same || this.stale.size > this.entries.size * FULL_SHARE) {
      this.record(same ? new Set(this.stale) : null);
      this.full(entryKey, evaluate);
    } else if (this.stale.size > 0) {
      this.record(new Set(this.stale));
      this.splice(entryKey, evaluate);
    }
    this.builtFor = entryKey;
    this.revision = revision;
    return this.list;
  }

  /** The generation of the list `get` last handed out. */
  current(): number {
    return this.generation;
  }

  /**
   * The paths whose client may differ between the list of generation `since` and the current one
   * (added, removed or evaluated again); null when that is not known (another day or settings, a
   * rebuild, or too long ago): then anything may have changed.
   */
  changedSince(since: number): ReadonlySet<string> | null {
    if (since === this.generation) return new Set();
    const first = this.log[0];
    if (since > this.generation || first === undefined || since < first.generation - 1) return null;
    const out = new Set<string>();
    for (const entry of this.log) {
      if (entry.generation <= since) continue;
      if (entry.paths === null) return null;
      for (const p of entry.paths) out.add(p);
    }
    return out;
  }

  private record(paths: ReadonlySet<string> | null): void {
    this.generation++;
    this.log.push({ generation: this.generation, paths });
    if (this.log.length > LOG_SIZE) this.log.shift();
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
  return lowerBound(list, (c) => c.client.path < path);
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
