// Undo (contract section 10, `undo-last-change`): a change is the list of the exact texts each
// note had before and after Clientele wrote it. Undoing restores the text before, byte for byte,
// only where the note still holds the text after; a note changed since is left alone and named.

/** One note as Clientele wrote it: its text before (null: Clientele created it) and after. */
export interface NoteWrite {
  path: string;
  before: string | null;
  after: string;
}

/** What undoing one write does to a note whose current text is `current` (null: no such note). */
export type UndoStep =
  | { path: string; action: "restore"; text: string }
  | { path: string; action: "delete" }
  | { path: string; action: "skip"; reason: "changed" | "gone" };

/**
 * The step that undoes `write` given the note's text now: restore (or delete a note Clientele
 * created) only when the note is exactly as Clientele left it.
 */
export function undoStep(write: NoteWrite, current: string | null): UndoStep {
  if (current === null) return { path: write.path, action: "skip", reason: "gone" };
  if (current !== write.after) return { path: write.path, action: "skip", reason: "changed" };
  return write.before === null ? { path: write.path, action: "delete" } : { path: write.path, action: "restore", text: write.before };
}

/**
 * The writes of one change folded per note (`key`: the note, which may be renamed meanwhile), in
 * the order the notes were first written: the text before the first write and after the last. A
 * note written twice undoes in one step; a note left as it was is dropped.
 */
export function foldWrites<K, W extends { key: K; before: string | null; after: string }>(writes: readonly W[]): W[] {
  const byKey = new Map<K, W>();
  for (const w of writes) {
    const seen = byKey.get(w.key);
    byKey.set(w.key, seen ? { ...w, before: seen.before } : { ...w });
  }
  return [...byKey.values()].filter((w) => w.before !== w.after);
}

/** What undoing a change that is not a note did (the stage settings of a journey switch). */
export interface EffectUndo {
  label: string;
  /** False: left alone, because it changed since. */
  restored: boolean;
}

/** The outcome of an undo in one sentence for a Notice. */
export function undoSummary(label: string, steps: readonly UndoStep[], effects: readonly EffectUndo[] = []): string {
  const done = steps.filter((s) => s.action === "restore").length;
  const trashed = steps.filter((s) => s.action === "delete").length;
  const changed = steps.filter((s) => s.action === "skip" && s.reason === "changed").map((s) => s.path);
  const gone = steps.filter((s) => s.action === "skip" && s.reason === "gone").map((s) => s.path);
  const parts = [`Undid "${label}": ${done === 1 ? "1 note" : `${done} notes`} restored.`];
  if (trashed > 0) parts.push(`${trashed === 1 ? "1 note it created" : `${trashed} notes it created`} moved to the trash.`);
  if (changed.length > 0) parts.push(`Left alone because they changed since: ${quoted(changed)}.`);
  if (gone.length > 0) parts.push(`No longer there: ${quoted(gone)}.`);
  for (const e of effects) parts.push(e.restored ? `${capital(e.label)} are back as they were.` : `${capital(e.label)} were left as they are: they changed since.`);
  return parts.join(" ");
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function quoted(paths: readonly string[]): string {
  return paths.map((p) => `"${p}"`).join(", ");
}
