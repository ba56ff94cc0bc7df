// The write of "Move inline fields to properties": every note of the confirmed preview in one
// undoable change. Each note is planned again from its text inside the atomic write and written
// only when that plan is the previewed one, so what is written is exactly what was shown; the
// frontmatter is edited line by line (comments kept) and the moved fields leave the body in the
// same write, so a value is never in neither place.
import { parseYaml } from "obsidian";
import { applyInlineMoves, planInlineMoves, samePlan, type InlineNotePlan } from "../core/change/inline-move";
import type { WriteContext } from "./writes";

export interface InlineMoveOutcome {
  /** Notes written, by path. */
  changed: string[];
  /** Notes left alone, with the reason. */
  left: { path: string; reason: string }[];
}

/** Plans one note's move from its text (the preview, and the check at write time). */
export function planNoteMove(w: WriteContext, path: string, text: string): InlineNotePlan {
  return planInlineMoves(path, text, { stages: w.settings().stages, parse: parseYaml });
}

/** Applies the previewed plans, as one change "Move inline fields to properties". */
export async function moveInlineFields(w: WriteContext, previews: readonly InlineNotePlan[]): Promise<InlineMoveOutcome> {
  const n = previews.length;
  const batch = w.store.journal.begin(`Move inline fields to properties in ${n === 1 ? "1 note" : `${n} notes`}`);
  const out: InlineMoveOutcome = { changed: [], left: [] };
  await Promise.all(previews.map(async (preview) => {
    const file = w.app.vault.getFileByPath(preview.path);
    if (!file) {
      out.left.push({ path: preview.path, reason: "it no longer exists" });
      return;
    }
    let reason: string | null = null;
    const changed = await w.store.processText(file, (text) => {
      const now = planNoteMove(w, preview.path, text);
      if (!samePlan(now, preview)) {
        reason = "it changed since the preview";
        return text;
      }
      const result = applyInlineMoves(text, now, parseYaml);
      if ("text" in result) return result.text;
      reason = result.problem;
      return text;
    }, batch);
    if (changed) out.changed.push(preview.path);
    else out.left.push({ path: preview.path, reason: reason ?? "nothing to change" });
  }));
  out.changed.sort();
  out.left.sort((a, b) => a.path.localeCompare(b.path));
  const done = out.changed.length;
  const tail = out.left.length > 0 ? ` Left alone: ${out.left.map((l) => `"${l.path}" (${l.reason})`).join(", ")}.` : "";
  w.notify(`Moved inline fields to properties in ${done === 1 ? "1 note" : `${done} notes`}.${tail}${done > 0 ? ' Run "Undo last change" to restore them.' : ""}`);
  return out;
}
