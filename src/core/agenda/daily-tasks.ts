// Today's due items (contract section 9) as tasks in a daily note, in the Tasks plugin's format:
// `- [ ] <sentence> [[<client note>]] 📅 YYYY-MM-DD 🆔 <id>` under one heading. Pure and linear.
//
// Each item is known by a key (kind, client path, due day) written as Tasks' own id field
// (`🆔 <id>`, a short hash of the key). Tasks keeps that field when a task is ticked (`- [x] …
// ✅ day`), re-ordered or edited, and Clientele looks for it anywhere in the note, so a line that
// was ticked, moved or reworded is never added a second time. Matching on the line text instead
// would add the item again as soon as the user edited the sentence or Tasks appended its done date.
import { daysBetween } from "../model/dates";
import { contentHash } from "../model/hash";
import type { Day } from "../model/types";
import { inertText, noteBasename, noteLink } from "../note/markdown";
import { appendToSection } from "../note/sections";
import { DEFAULT_DAILY_HEADING } from "./daily-note-settings";
import type { DueItem } from "./due";
import { inAgendaOrder } from "./vault-agenda";

export { DEFAULT_DAILY_HEADING };

export type DailyTasksPlan = { text: string; added: number } | { unchanged: true };

/** Tasks' id field: its sign, then the id (letters, digits, `-` and `_`), as Tasks reads it. */
const TASK_ID = /🆔\uFE0F? *([A-Za-z0-9_-]+)/gu;

/**
 * The signs Tasks reads as fields (dates, priority, recurrence, id, dependencies) at the end of a
 * task: taken out of note text, so a client name cannot set a date or an id on the task.
 */
const TASKS_SIGNS = /[📅⏳🛫➕✅❌🔁🏁🆔⛔⏫🔼🔽🔺⏬]\uFE0F?/gu;

/** The key of an item: one per kind, client and due day. */
export function dailyTaskKey(item: Pick<DueItem, "kind" | "client" | "day">): string {
  return `${item.kind}\u0000${item.client}\u0000${item.day}`;
}

/** The Tasks id written for an item: `cl` and the 8 hex digits of the key's hash. */
export function dailyTaskId(item: Pick<DueItem, "kind" | "client" | "day">): string {
  const hash = contentHash(dailyTaskKey(item));
  return `cl${hash.slice(hash.indexOf(":") + 1)}`;
}

/** Every Tasks id written anywhere in the note. Linear: each match consumes what it read. */
export function taskIdsIn(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(TASK_ID)) if (m[1] !== undefined) ids.add(m[1]);
  return ids;
}

/** Note text as inert task text: no links, HTML or code, and no Tasks field signs. */
function taskText(text: string): string {
  return inertText(text).replace(TASKS_SIGNS, "").replace(/ {2,}/g, " ").trim();
}

/** The task line of an item (without line break). */
export function dailyTaskLine(item: DueItem, linkText: (path: string) => string = noteBasename): string {
  const sentence = taskText(item.text);
  // Clientele's own link: a wikilink, or a Markdown link with an encoded path when the name would break one.
  const link = noteLink(item.client, linkText(item.client));
  return `- [ ] ${sentence === "" ? "Due" : sentence} ${link} 📅 ${item.day} 🆔 ${dailyTaskId(item)}`;
}

/**
 * The note with the items due on or before `today` that it does not hold yet appended, as task
 * lines in agenda order, at the end of the section under `heading` (added at the end of the note,
 * after a blank line, when missing). Every other byte stays as it was, in the note's line ending.
 * An item counts as held when its id is anywhere in the note (ticked, moved or edited). `linkText`
 * names a client note in its link (default: the file name). Throws when `heading` is not a
 * Markdown heading line.
 */
export function planDailyTasks(
  noteText: string,
  items: readonly DueItem[],
  today: Day,
  heading: string = DEFAULT_DAILY_HEADING,
  linkText?: (path: string) => string,
): DailyTasksPlan {
  const held = taskIdsIn(noteText);
  const lines: string[] = [];
  for (const item of inAgendaOrder(items, today)) {
    if (daysBetween(today, item.day) > 0) continue;
    const id = dailyTaskId(item);
    if (held.has(id)) continue;
    held.add(id);
    lines.push(dailyTaskLine(item, linkText));
  }
  if (lines.length === 0) return { unchanged: true };
  return { text: appendToSection(noteText, heading, lines), added: lines.length };
}
