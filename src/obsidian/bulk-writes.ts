// Bulk edits and their undo through the one write layer: every note of a bulk edit is written in
// one change of the journal, so "Undo last change" restores them all, byte for byte.
import { bulkLabel, planBulkChange, type BulkOp } from "../core/change/bulk";
import { undoSummary } from "../core/change/undo";
import type { ClientStatus } from "../core/model/types";
import { applyToClient, fresh, type WriteContext } from "./writes";

export interface BulkOutcome {
  /** The clients whose notes changed, by path. */
  changed: string[];
  /** Already as the operation would leave them. */
  unchanged: string[];
  /** Not written (a Notice said why). */
  failed: string[];
}

/** Applies `op` to each client's note (planned from the note at write time) as one undoable change. */
export async function bulkEdit(w: WriteContext, clients: readonly ClientStatus[], op: BulkOp): Promise<BulkOutcome> {
  const label = bulkLabel(op, clients.length);
  const batch = w.store.journal.begin(label);
  const out: BulkOutcome = { changed: [], unchanged: [], failed: [] };
  await Promise.all(clients.map(async (c) => {
    let planned = false;
    const ok = await applyToClient(w, c, (fm) => {
      const change = planBulkChange(op, fresh(w, c, fm), fm, w.today(), w.settings());
      planned = change !== null;
      return change;
    }, batch);
    (ok ? (planned ? out.changed : out.unchanged) : out.failed).push(c.client.path);
  }));
  for (const list of [out.changed, out.unchanged, out.failed]) list.sort();
  const n = out.changed.length;
  const tail = out.unchanged.length > 0 ? ` ${out.unchanged.length} already were.` : "";
  w.notify(`${label}: ${n === 1 ? "1 note" : `${n} notes`} changed.${tail}${n > 0 ? ' Run "Undo last change" to restore them.' : ""}`);
  return out;
}

/** Undoes the newest change Clientele made in this session, and says what it did. */
export async function undoLastChange(w: WriteContext): Promise<void> {
  const result = await w.store.undoLast();
  w.notify(result === null ? "Clientele: nothing to undo in this session." : undoSummary(result.label, result.steps));
}
