// The write of today's agenda into the daily note: planned by core from the note as it is at
// write time, in one `vault.process` call, so an edit made meanwhile is never overwritten.
import type { App, TFile } from "obsidian";
import type { DueItem } from "../core/agenda/due";
import { planDailyTasks } from "../core/agenda/daily-tasks";
import type { Day } from "../core/model/types";

/**
 * Adds the items due on or before `today` that the note does not hold yet under `heading`, and
 * resolves to how many were added (0: the note was left as it was). `linkText` names a client
 * note in its link.
 */
export async function addToDailyNote(
  app: App,
  file: TFile,
  items: readonly DueItem[],
  today: Day,
  heading: string,
  linkText?: (path: string) => string,
): Promise<number> {
  let added = 0;
  await app.vault.process(file, (text) => {
    const plan = planDailyTasks(text, items, today, heading, linkText);
    if ("unchanged" in plan) {
      added = 0;
      return text;
    }
    added = plan.added;
    return plan.text;
  });
  return added;
}
