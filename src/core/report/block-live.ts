// A `clientele` block's table kept between index changes. The views that are a sorted list of
// clients, one row each (block-views.ts: listSpec), keep their sorted clients and rows: a changed
// client is taken out and put back where it sorts now, and a client that was not listed and does
// not qualify now changes nothing. Every other view, another day or other settings, or changes
// that are not known compute the whole table again (blockRows). Either way the table is the one
// blockRows gives; unchanged rows keep their objects, so the view can tell them apart by identity.
import { blockRows, type BlockOptions } from "./blocks";
import { compareKeyed, keyer, listSpec, type Keyed, type ListSpec, type RowView } from "./block-views";
import type { BlockCell, BlockTable, BlockView } from "./block-types";
import type { ClienteleSettings } from "../model/settings";
import { clientAtPath, lowerBound } from "../model/order";
import type { ClientStatus, Day } from "../model/types";

const ROW_VIEWS: readonly BlockView[] = ["pipeline", "at-risk", "health", "renewals", "next-actions"];

interface State {
  today: Day;
  settings: ClienteleSettings;
  spec: ListSpec;
  keyOf: (c: ClientStatus) => Keyed;
  qualifies: (c: ClientStatus) => boolean;
  /** The listed clients in the view's order, their rows and the clients alone (same order). */
  keyed: Keyed[];
  rows: BlockCell[][];
  clients: ClientStatus[];
  byPath: Map<string, Keyed>;
  /** The summary line of the view (before the limit's "Showing …"); undefined: compute it again. */
  summary: string | null | undefined;
  /** The table last handed out, while no row and no summary changed since; null: make a new one. */
  last: BlockTable | null;
  /** The summary `last` was made with. */
  lastSummary: string | null;
}

export class LiveBlock {
  private state: State | null = null;

  constructor(readonly options: BlockOptions) {}

  /**
   * The table for `clients` (sorted by path, as the index lists them). `changed`: the paths whose
   * client may differ since the last call, or null when anything may have.
   */
  table(clients: readonly ClientStatus[], changed: ReadonlySet<string> | null, today: Day, settings: ClienteleSettings): BlockTable {
    const { view, segment } = this.options;
    if (!ROW_VIEWS.includes(view) || segment !== null) {
      this.state = null;
      return blockRows(this.options, [...clients], today, settings);
    }
    const s = this.state;
    if (s === null || changed === null || s.today !== today || s.settings !== settings || !this.apply(s, clients, changed)) {
      this.state = this.build(view as RowView, clients, today, settings);
    }
    return this.finish(this.state as State);
  }

  private build(view: RowView, clients: readonly ClientStatus[], today: Day, settings: ClienteleSettings): State {
    const spec = listSpec(view, today, settings, this.options.limit);
    const stages = this.options.stages;
    const keep = spec.keep;
    const qualifies = (c: ClientStatus) => (stages === null || (c.client.stage !== null && stages.includes(c.client.stage))) && (keep === null || keep(c));
    const keyOf = keyer(view, this.options.sort, settings);
    const keyed: Keyed[] = [];
    for (const c of clients) if (qualifies(c)) keyed.push(keyOf(c));
    keyed.sort(compareKeyed);
    const byPath = new Map(keyed.map((k) => [k.c.client.path, k]));
    return { today, settings, spec, keyOf, qualifies, keyed, rows: keyed.map((k) => spec.row(k.c)), clients: keyed.map((k) => k.c), byPath, summary: undefined, last: null, lastSummary: null };
  }

  /** Puts each changed client where it belongs now. False: the state no longer fits (build it again). */
  private apply(s: State, clients: readonly ClientStatus[], changed: ReadonlySet<string>): boolean {
    for (const path of changed) {
      const old = s.byPath.get(path);
      const c = clientAtPath(clients, path);
      const listed = c !== null && s.qualifies(c);
      if (old === undefined && !listed) continue;
      if (old !== undefined && old.c === c) continue;
      let at = -1;
      if (old !== undefined) {
        at = placeOf(s.keyed, old);
        if (s.keyed[at] !== old) return false;
      }
      if (!listed || c === null) {
        remove(s, at);
        s.byPath.delete(path);
        s.summary = undefined;
        s.last = null;
        continue;
      }
      const k = s.keyOf(c);
      const row = s.spec.row(c);
      if (old === undefined || s.spec.sameSummary?.(old.c, c) !== true) s.summary = undefined;
      if (old !== undefined && stays(s.keyed, at, k)) {
        // Same place: keep the row object when its cells are the same.
        s.keyed[at] = k;
        s.clients[at] = c;
        if (!sameCells(s.rows[at] as BlockCell[], row)) {
          s.rows[at] = row;
          s.last = null;
        }
      } else {
        s.last = null;
        if (old !== undefined) remove(s, at);
        const to = placeOf(s.keyed, k);
        s.keyed.splice(to, 0, k);
        s.rows.splice(to, 0, row);
        s.clients.splice(to, 0, c);
      }
      s.byPath.set(path, k);
    }
    return true;
  }

  private finish(s: State): BlockTable {
    if (s.summary === undefined) {
      s.summary = s.spec.summary(s.clients);
      if (s.summary !== s.lastSummary) s.last = null;
    }
    // Nothing the table shows changed: the same object again, so the view can tell at once.
    if (s.last !== null) return s.last;
    s.lastSummary = s.summary;
    const { columns, empty } = s.spec;
    const limit = this.options.limit;
    if (limit === null || s.rows.length <= limit) s.last = { columns, rows: s.rows.slice(), empty, summary: s.summary };
    else {
      const shown = `Showing ${limit} of ${s.rows.length}.`;
      s.last = { columns, rows: s.rows.slice(0, limit), empty, summary: s.summary === null ? shown : `${s.summary} ${shown}` };
    }
    return s.last;
  }
}

function remove(s: State, at: number): void {
  s.keyed.splice(at, 1);
  s.rows.splice(at, 1);
  s.clients.splice(at, 1);
}

/** `k` sorts between the neighbours of position `at`. */
function stays(keyed: readonly Keyed[], at: number, k: Keyed): boolean {
  const before = keyed[at - 1];
  const after = keyed[at + 1];
  return (before === undefined || compareKeyed(before, k) < 0) && (after === undefined || compareKeyed(k, after) < 0);
}

/** The first position whose entry does not sort before `k` (the order is total: names, then paths). */
function placeOf(keyed: readonly Keyed[], k: Keyed): number {
  return lowerBound(keyed, (x) => compareKeyed(x, k) < 0);
}

function sameCells(x: readonly BlockCell[], y: readonly BlockCell[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i] as BlockCell;
    const q = y[i] as BlockCell;
    if (p.text !== q.text || p.link !== q.link || p.tone !== q.tone) return false;
  }
  return true;
}
