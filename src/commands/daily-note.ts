// "Add today's agenda to the daily note": today's and overdue due items as Tasks lines in today's
// daily note (created when missing), each item once however often the command runs.
import type { DueItem } from "../core/agenda/due";
import { dailyNoteSettingsOf } from "../core/agenda/daily-note-settings";
import { noteBasename } from "../core/note/markdown";
import type { Deps } from "../deps";
import { todaysDailyNotePath } from "../obsidian/daily-note";
import { addToDailyNote, openOrCreateDailyNote } from "../obsidian/daily-writes";
import { pluginAgenda } from "../views/agenda-view";

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The index's items due today or before, in agenda order. */
function dueByToday(deps: Deps): DueItem[] {
  const model = pluginAgenda(deps);
  return model.groups
    .filter((g) => g.id !== "ahead")
    .flatMap((g) => g.rows.map((r) => ({ client: r.clientPath, clientName: r.clientName, kind: r.kind, day: r.day, text: r.text, source: null })));
}

export async function addAgendaToDailyNote(deps: Deps): Promise<void> {
  if (!deps.index.ready) {
    deps.notify("Clientele: still reading your client notes; try again in a moment.");
    return;
  }
  const { app } = deps;
  const today = deps.today();
  const items = dueByToday(deps);
  const path = todaysDailyNotePath(app, today);
  // No empty daily note is created for nothing.
  if (items.length === 0 && app.vault.getFileByPath(path) === null) {
    deps.notify("Nothing new for today");
    return;
  }
  try {
    // One change for undo: the note (when it had to be created) and its lines.
    const batch = deps.store.journal.begin("Add today's agenda to the daily note");
    const file = await openOrCreateDailyNote(app, deps.store, today, batch);
    const linkText = (p: string) => {
      const client = app.vault.getFileByPath(p);
      return client ? app.metadataCache.fileToLinktext(client, file.path, true) : noteBasename(p);
    };
    const added = await addToDailyNote(deps.store, file, items, today, dailyNoteSettingsOf(deps.settings()).dailyNoteHeading, linkText, batch);
    deps.notify(added === 0 ? "Nothing new for today" : `Added ${added} ${added === 1 ? "item" : "items"} to ${file.path}`);
  } catch (e) {
    deps.notify(`Clientele: could not add today's agenda to "${path}": ${message(e)}`);
  }
}
