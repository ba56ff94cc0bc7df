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

/**
 * A change of one user action that is not a note's text (the stage settings a journey switch
 * saved), with its own undo: it resolves to whether it put things back (false: left alone, say why
 * with `label`), and checks by itself that nothing changed since.
 */
export interface BatchEffect {
  /** What it changed, as undo names it: "the stage settings". */
  label: string;
  undo: () => Promise<boolean>;
}

/** The writes of one user action, in the order they happened. */
export class Batch {
  readonly writes: Write[] = [];
  readonly effects: BatchEffect[] = [];

  constructor(readonly label: string) {}

  record(file: TFile, before: string | null, after: string): void {
    if (before !== after) this.writes.push({ key: file, before, after });
  }

  /** Records a change that is not a note, undone with the notes (after them). */
  also(effect: BatchEffect): void {
    this.effects.push(effect);
  }

  /** Whether undoing it would do anything. */
  get changedSomething(): boolean {
    return this.writes.length > 0 || this.effects.length > 0;
  }
}

/** How many changes can be undone, newest first. */
const KEPT_CHANGES = 20;

export class ChangeJournal {
  private batches: Batch[] = [];

  /** Starts a change; every write recorded into it is undone together. */
  begin(label: string): Batch {
    // Trimmed before the new batch is added: a change just begun has no writes yet and must stay.
    if (this.batches.length >= KEPT_CHANGES * 2) this.batches = this.batches.filter((b) => b.changedSomething).slice(-KEPT_CHANGES);
    const batch = new Batch(label);
    this.batches.push(batch);
    return batch;
  }

  /** The newest change that wrote something, or null. */
  last(): Batch | null {
    for (let i = this.batches.length - 1; i >= 0; i--) {
      const b = this.batches[i];
      if (b?.changedSomething) return b;
    }
    return null;
  }

  /**
   * Takes the newest change out of the journal, its writes folded per note and newest first: the
   * order to undo them in. Null when there is nothing to undo.
   */
  takeLast(): { label: string; writes: Write[]; effects: BatchEffect[] } | null {
    const batch = this.last();
    if (!batch) return null;
    this.batches = this.batches.filter((b) => b !== batch);
    return { label: batch.label, writes: foldWrites(batch.writes).reverse(), effects: [...batch.effects].reverse() };
  }
}
