// What completes an agenda item (contract section 9, issue 14): the one action per kind, its label,
// the record key a record item sets, the item's record note, the due counts the status bar and the
// once-a-day Notice show, and whether that Notice is due. Pure: the view runs the actions.
import type { Day } from "../model/types";
import type { AgendaModel, DueCounts } from "./agenda-model";
import type { DueItem, DueKind } from "./due";

export type AgendaActionId = "log-touchpoint" | "health-check" | "log-follow-up" | "mark-paid" | "mark-answered" | "open-note";

export interface AgendaAction {
  id: AgendaActionId;
  /** The button's text and the menu item's title. */
  label: string;
  icon: string;
}

const ACTIONS: Readonly<Record<AgendaActionId, AgendaAction>> = {
  "log-touchpoint": { id: "log-touchpoint", label: "Log touchpoint", icon: "message-square" },
  "health-check": { id: "health-check", label: "Health check", icon: "activity" },
  "log-follow-up": { id: "log-follow-up", label: "Log and set follow-up", icon: "calendar-plus" },
  "mark-paid": { id: "mark-paid", label: "Mark paid", icon: "banknote" },
  "mark-answered": { id: "mark-answered", label: "Mark answered", icon: "reply" },
  "open-note": { id: "open-note", label: "Open note", icon: "file-text" },
};

const BY_KIND: Readonly<Record<DueKind, AgendaActionId>> = {
  touchpoint: "log-touchpoint",
  "health-check": "health-check",
  "next-action": "log-follow-up",
  invoice: "mark-paid",
  feedback: "mark-answered",
  renewal: "open-note",
  "unmet-need": "open-note",
};

/** The action that completes an item of this kind. */
export function completingAction(kind: DueKind): AgendaAction {
  return ACTIONS[BY_KIND[kind]];
}

export type RecordDayKey = "paid" | "first_response";

/** The record kind and key a record action sets to today, or null for an action on the client. */
export function recordDayOf(id: AgendaActionId): { kind: "invoice" | "feedback"; key: RecordDayKey } | null {
  if (id === "mark-paid") return { kind: "invoice", key: "paid" };
  if (id === "mark-answered") return { kind: "feedback", key: "first_response" };
  return null;
}

/** The quick snooze choices of a row's menu, in days from today; "Snooze until…" asks for a day. */
export const ROW_SNOOZE_CHOICES: readonly { label: string; days: number }[] = [
  { label: "Snooze 1 day", days: 1 },
  { label: "Snooze 1 week", days: 7 },
];

/** What a row is, as a screen reader says it: "Acme Robotics: Health check due for Acme Robotics, overdue 7 d". */
export function rowLabel(row: { clientName: string; text: string; label: string }): string {
  return `${row.clientName}: ${row.text}, ${row.label}`;
}

/**
 * The record note behind a row: the `source` of the item of the same kind, day and sentence among
 * the client's items (one pass), else null.
 */
export function sourceOf(items: readonly DueItem[], row: { kind: DueKind; day: Day; text: string }): string | null {
  for (const i of items) if (i.kind === row.kind && i.day === row.day && i.text === row.text) return i.source;
  return null;
}

export type { DueCounts };

/** How many of the agenda's items are due today and how many are overdue. */
export function dueCounts(model: AgendaModel): DueCounts {
  let today = 0;
  let overdue = 0;
  for (const g of model.groups) {
    if (g.id === "today") today += g.rows.length;
    else if (g.id === "overdue") overdue += g.rows.length;
  }
  return { today, overdue };
}

function items(n: number): string {
  return n === 1 ? "1 item" : `${n} items`;
}

/** The once-a-day Notice: "Clientele: 3 items due today, 2 overdue. Open the agenda…". */
export function agendaNoticeText(c: DueCounts): string {
  return `Clientele: ${items(c.today)} due today, ${c.overdue} overdue. Open the agenda…`;
}

/** The status bar's words: "5 due" (today and overdue together). */
export function dueStatusText(c: DueCounts): string {
  return `${c.today + c.overdue} due`;
}

/** The status bar's label: "3 due today, 2 overdue: open the agenda". */
export function dueStatusLabel(c: DueCounts): string {
  return `${items(c.today)} due today, ${c.overdue} overdue: open the agenda`;
}

/**
 * Whether the once-a-day Notice is due: it is switched on and the day it was last shown (as stored,
 * anything) is not today.
 */
export function noticeDue(enabled: boolean, lastShown: unknown, today: Day): boolean {
  return enabled && lastShown !== today;
}
