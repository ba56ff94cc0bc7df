// The agenda (contract section 9): the due items of the coming days, overdue first, and the
// reading of an unmet need's leading day.
import { dayNumber, isDay } from "../model/dates";
import { compareText } from "../model/order";
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

/** An entry with its sort keys computed once (no allocation inside the comparator). */
interface Keyed {
  entry: AgendaEntry;
  name: string;
  rank: number;
  at: number;
  /** Days from today to the item's day (its day, as a number). */
  until: number;
}

function compareKeyed(a: Keyed, b: Keyed): number {
  const x = a.entry;
  const y = b.entry;
  if (x.overdue !== y.overdue) return x.overdue ? -1 : 1;
  return a.until - b.until || compareText(a.name, b.name) || compareText(x.client, y.client) || a.rank - b.rank || a.at - b.at;
}

/**
 * Every item due on or before `today` + `days`, overdue first, then by day, client name (case
 * ignored, then path) and the kind's place in the contract's table. Items of one client and kind on
 * one day keep their order. A negative `days` counts as 0: overdue and today's items still show.
 */
export function agenda(items: readonly DueItem[], today: Day, days: number): AgendaEntry[] {
  const ahead = Math.max(0, days);
  const from = dayNumber(today);
  const keyed: Keyed[] = [];
  const names = new Map<string, string>();
  for (const item of items) {
    const until = dayNumber(item.day) - from;
    if (until > ahead) continue;
    let name = names.get(item.clientName);
    if (name === undefined) names.set(item.clientName, (name = item.clientName.toLowerCase()));
    // Written out rather than spread: the same fields, a good deal faster for thousands of items.
    const entry: AgendaEntry = { client: item.client, clientName: item.clientName, kind: item.kind, day: item.day, text: item.text, source: item.source, overdue: until < 0, daysLate: Math.max(0, -until), inDays: Math.max(0, until) };
    keyed.push({ entry, name, rank: KIND_RANK.get(item.kind) ?? 0, at: keyed.length, until });
  }
  return keyed.sort(compareKeyed).map((k) => k.entry);
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
