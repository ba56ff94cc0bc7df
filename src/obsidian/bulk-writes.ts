// Bulk edits and their undo through the one write layer: every note of a bulk edit is written in
// one change of the journal, so "Undo last change" restores them all, byte for byte.
import { bulkLabel, planBulkChange, type BulkOp } from "../core/change/bulk";
import { undoSummary } from "../core/change/undo";
import { tagPatch, type TagChange } from "../core/intel/tag-rules";
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

/**
 * Applies the tag changes the user confirmed, as one undoable change. Each note is written only
 * while its tags are still those the preview was made from (`clients`, by path); a note whose tags
 * changed meanwhile is left alone and named, so what is written is exactly what was shown.
 */
export async function applyTagChanges(w: WriteContext, changes: readonly TagChange[], clients: readonly ClientStatus[]): Promise<BulkOutcome> {
  const byPath = new Map(clients.map((c) => [c.client.path, c]));
  const n = changes.length;
  const batch = w.store.journal.begin(`Apply tag rules to ${n === 1 ? "1 client" : `${n} clients`}`);
  const out: BulkOutcome = { changed: [], unchanged: [], failed: [] };
  const moved: string[] = [];
  await Promise.all(changes.map(async (change) => {
    const c = byPath.get(change.path);
    if (!c) {
      out.failed.push(change.path);
      return;
    }
    const shown = c.client.tags.join("\n");
    let stale = false;
    const ok = await applyToClient(w, c, (fm) => {
      stale = fresh(w, c, fm).tags.join("\n") !== shown;
      return stale ? null : { patch: tagPatch(change), section: "", lines: [] };
    }, batch);
    if (stale) moved.push(change.path);
    (ok && !stale ? out.changed : out.failed).push(change.path);
  }));
  for (const list of [out.changed, out.failed, moved]) list.sort();
  const done = out.changed.length;
  const tail = moved.length > 0 ? ` Left alone because their tags changed since the preview: ${moved.map((p) => `"${p}"`).join(", ")}.` : "";
  w.notify(`Tag rules: ${done === 1 ? "1 note" : `${done} notes`} changed.${tail}${done > 0 ? ' Run "Undo last change" to restore them.' : ""}`);
  return out;
}

/** Undoes the newest change Clientele made in this session, and says what it did. */
export async function undoLastChange(w: WriteContext): Promise<void> {
  const result = await w.store.undoLast();
  w.notify(result === null ? "Clientele: nothing to undo in this session." : undoSummary(result.label, result.steps, result.effects));
}
