// The agenda (contract section 9): the due items of the coming days, overdue first, and the
// reading of an unmet need's leading day.
import { daysBetween, isDay } from "../model/dates";
import type { Day } from "../model/types";
import { DUE_KINDS, type DueItem, type NeedItem } from "./due";

export interface AgendaEntry extends DueItem {
  /** Due before today. */
  overdue: boolean;
  /** Whole days past the due day; 0 when not overdue. */
  daysLate: number;
  /** Whole days until the due day; 0 when due today or overdue. */
  inDays: number;
}

const KIND_RANK = new Map(DUE_KINDS.map((k, i) => [k, i] as const));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEntries(a: AgendaEntry, b: AgendaEntry): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return (
    compareText(a.day, b.day) ||
    compareText(a.clientName.toLowerCase(), b.clientName.toLowerCase()) ||
    compareText(a.client, b.client) ||
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0)
  );
}

/**
 * Every item due on or before `today` + `days`, overdue first, then by day, client name (case
 * ignored, then path) and the kind's place in the contract's table. Items of one client and kind on
 * one day keep their order. A negative `days` counts as 0: overdue and today's items still show.
 */
export function agenda(items: readonly DueItem[], today: Day, days: number): AgendaEntry[] {
  const ahead = Math.max(0, days);
  const out: AgendaEntry[] = [];
  for (const item of items) {
    const until = daysBetween(today, item.day);
    if (until > ahead) continue;
    out.push({ ...item, overdue: until < 0, daysLate: Math.max(0, -until), inDays: Math.max(0, until) });
  }
  return out.sort(compareEntries); // Array.prototype.sort is stable
}

// A leading day, then the rest; `:` ends the day so the two parts cannot overlap (linear time).
const DATED_NEED = /^\s*(\d{4}-\d{2}-\d{2})\s*:(.*)$/s;

/**
 * An unmet need's text and the day it was written: its leading `YYYY-MM-DD:` when that is a real
 * day (the day is taken off the text), else null and the text as written.
 */
export function parseNeedLine(line: string): NeedItem {
  const m = DATED_NEED.exec(line);
  const day = m?.[1] ?? "";
  if (!isDay(day)) return { text: line.trim(), written: null };
  const rest = (m?.[2] ?? "").trim();
  // A bare day is still a need; keep the line so it has words.
  return { text: rest === "" ? line.trim() : rest, written: day };
}
