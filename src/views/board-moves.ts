// Optimistic moves: a card moved on the board shows its new stage at once, until the note says
// so, the write fails (the card goes back) or, a while after the write, the note still does not.
import type { ClientStatus } from "../core/model/types";

/** How long after a write the board waits for the index to confirm the move. */
const CONFIRM_MS = 3000;

export class PendingMoves {
  /** The stage each card shows until its note says so (an object each: a newer move replaces it). */
  private readonly moves = new Map<string, { stage: string }>();

  /**
   * `replace` puts a card where it belongs when the stage it shows changes; `withValue` gives the
   * client as shown in its new column (by default with that stage; a board grouped by another property
   * marks the column instead).
   */
  constructor(
    private readonly replace: (path: string) => void,
    private readonly withValue: (c: ClientStatus, value: string) => ClientStatus = (c, stage) => ({ ...c, client: { ...c.client, stage } }),
  ) {}

  /** The stage the card of `path` shows while its move is under way. */
  stage(path: string): string | undefined {
    return this.moves.get(path)?.stage;
  }

  /** The client as the board shows it: with its optimistic stage when a move is under way. */
  shown(c: ClientStatus): ClientStatus {
    const p = this.moves.get(c.client.path);
    return p ? this.withValue(c, p.stage) : c;
  }

  /** The note is now in `stage`: when that is where the card was moved, the move is done. */
  confirm(path: string, stage: string | null): void {
    if (this.moves.get(path)?.stage === stage) this.moves.delete(path);
  }

  forget(path: string): void {
    this.moves.delete(path);
  }

  /**
   * Shows the card of `path` in `target` at once (`show`), then writes; when the write fails the
   * card goes back and `failed` hears why (text to append to a sentence, or "").
   */
  run(path: string, target: string, show: () => void, write: () => Promise<boolean>, failed: (why: string) => void): void {
    this.moves.set(path, { stage: target });
    show();
    const undo = (why: string) => {
      if (this.moves.get(path)?.stage === target) this.moves.delete(path);
      this.replace(path);
      failed(why);
    };
    write().then(
      (ok) => {
        if (!ok) return undo("");
        const p = this.moves.get(path);
        if (p?.stage !== target) return;
        // The index normally confirms within a moment; if it never does, show what the note says.
        window.setTimeout(() => {
          if (this.moves.get(path) === p) {
            this.moves.delete(path);
            this.replace(path);
          }
        }, CONFIRM_MS);
      },
      (e: unknown) => undo(`: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
}
