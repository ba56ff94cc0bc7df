// The record of what Clientele wrote, for "Undo last change": each user action is one change (a
// batch), holding every note's exact text before and after. Kept in memory for this session only;
// the note store does the undoing.
import type { TFile } from "obsidian";
import { foldWrites } from "../core/change/undo";

/** One write: the note (a TFile follows renames), its text before (null: created) and after. */
export interface Write {
  key: TFile;
  before: string | null;
  after: string;
}

/** The writes of one user action, in the order they happened. */
export class Batch {
  readonly writes: Write[] = [];

  constructor(readonly label: string) {}

  record(file: TFile, before: string | null, after: string): void {
    if (before !== after) this.writes.push({ key: file, before, after });
  }
}

/** How many changes can be undone, newest first. */
const KEPT_CHANGES = 20;

export class ChangeJournal {
  private batches: Batch[] = [];

  /** Starts a change; every write recorded into it is undone together. */
  begin(label: string): Batch {
    // Trimmed before the new batch is added: a change just begun has no writes yet and must stay.
    if (this.batches.length >= KEPT_CHANGES * 2) this.batches = this.batches.filter((b) => b.writes.length > 0).slice(-KEPT_CHANGES);
    const batch = new Batch(label);
    this.batches.push(batch);
    return batch;
  }

  /** The newest change that wrote something, or null. */
  last(): Batch | null {
    for (let i = this.batches.length - 1; i >= 0; i--) {
      const b = this.batches[i];
      if (b && b.writes.length > 0) return b;
    }
    return null;
  }

  /**
   * Takes the newest change out of the journal, its writes folded per note and newest first: the
   * order to undo them in. Null when there is nothing to undo.
   */
  takeLast(): { label: string; writes: Write[] } | null {
    const batch = this.last();
    if (!batch) return null;
    this.batches = this.batches.filter((b) => b !== batch);
    return { label: batch.label, writes: foldWrites(batch.writes).reverse() };
  }
}
