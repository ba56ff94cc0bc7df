// The write of today's agenda into the daily note: planned by core from the note as it is at
// write time, in one atomic write of the note store (so undoable), so an edit made meanwhile is
// never overwritten.
import { TFile, type App } from "obsidian";
import type { DueItem } from "../core/agenda/due";
import { planDailyTasks } from "../core/agenda/daily-tasks";
import type { Day } from "../core/model/types";
import type { Batch } from "./change-journal";
import { dailyNoteConfig, dailyNotePath, templateText } from "./daily-note";
import type { NoteStore } from "./note-store";

/**
 * Today's daily note: the file at its path, or one created there (with its folder, from the user's
 * template when there is one) through the note store, recorded in \`batch\`. Throws when a folder
 * is at that path.
 */
export async function openOrCreateDailyNote(app: App, store: NoteStore, day: Day, batch?: Batch): Promise<TFile> {
  const c = dailyNoteConfig(app);
  const path = dailyNotePath(c, day);
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) return existing;
  if (existing) throw new Error(`"${path}" is a folder`);
  const name = path.slice(path.lastIndexOf("/") + 1, -3);
  return store.create({ path, content: await templateText(app, c, name) }, batch);
}

/**
 * Adds the items due on or before `today` that the note does not hold yet under `heading`, and
 * resolves to how many were added (0: the note was left as it was). `linkText` names a client
 * note in its link.
 */
export async function addToDailyNote(
  store: NoteStore,
  file: TFile,
  items: readonly DueItem[],
  today: Day,
  heading: string,
  linkText?: (path: string) => string,
  batch?: Batch,
): Promise<number> {
  let added = 0;
  await store.processText(file, (text) => {
    const plan = planDailyTasks(text, items, today, heading, linkText);
    if ("unchanged" in plan) {
      added = 0;
      return text;
    }
    added = plan.added;
    return plan.text;
  }, batch ?? store.journal.begin(`Add today's agenda to "${file.path}"`));
  return added;
}
