// What the agenda view shows (contract section 9): the due items of the coming days grouped
// Overdue / Today / Next N days, one row per item with a short day label. Pure: the view passes
// the index's statuses, records, unmet needs and start days.
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day, RecordProps } from "../model/types";
import { dayNumber } from "../model/dates";
import { agenda, type AgendaEntry } from "./agenda";
import { dueItems, type DueItem, type DueKind, type NeedItem } from "./due";

export interface AgendaRow {
  clientName: string;
  /** The client note's path. */
  clientPath: string;
  kind: DueKind;
  day: Day;
  text: string;
  /** "overdue 7 d", "today" or "in 2 d". */
  label: string;
  overdue: boolean;
  /** The record note behind the item (an invoice, a feedback), else null. */
  source: string | null;
}

export type AgendaGroupId = "overdue" | "today" | "ahead";

export interface AgendaGroup {
  id: AgendaGroupId;
  /** "Overdue", "Today", "Next 7 days" (or "Next day"). */
  heading: string;
  rows: AgendaRow[];
}

export interface AgendaModel {
  today: Day;
  days: number;
  /** The three groups in order, empty ones included (the view hides them). */
  groups: AgendaGroup[];
  /** Rows over every group. */
  count: number;
}

export interface AgendaModelInput {
  statuses: readonly ClientStatus[];
  /** Client path -> the records linking it. */
  records: (clientPath: string) => readonly RecordProps[];
  /** Client path -> its dated unmet needs. */
  needs: (clientPath: string) => readonly NeedItem[];
  /** Client path -> the day it began (`created`, else the first history line), when known. */
  since: (clientPath: string) => Day | null;
  today: Day;
  settings: ClienteleSettings;
  /**
   * Due items kept between calls, by client status: for callers whose status objects are replaced
   * whenever the client, its records, needs or start day change (the plugin's index).
   */
  cache?: DueCache;
}

/** Each client's due items for one day and settings object, by its status object. */
export class DueCache {
  private today: Day | null = null;
  private settings: ClienteleSettings | null = null;
  private items = new WeakMap<ClientStatus, readonly DueItem[]>();
  private counts = new WeakMap<ClientStatus, DueCounts>();

  private check(today: Day, settings: ClienteleSettings): void {
    if (today !== this.today || settings !== this.settings) {
      this.today = today;
      this.settings = settings;
      this.items = new WeakMap();
      this.counts = new WeakMap();
    }
  }

  /** The items of `status`, computed by `compute` unless already known for this day and settings. */
  get(status: ClientStatus, today: Day, settings: ClienteleSettings, compute: () => readonly DueItem[]): readonly DueItem[] {
    this.check(today, settings);
    let items = this.items.get(status);
    if (!items) {
      items = compute();
      this.items.set(status, items);
    }
    return items;
  }

  /** How many of the items of `status` are due today and overdue, counted once per day and settings. */
  count(status: ClientStatus, today: Day, settings: ClienteleSettings, compute: (status: ClientStatus) => readonly DueItem[]): DueCounts {
    this.check(today, settings);
    let counts = this.counts.get(status);
    if (!counts) {
      counts = countDue(this.get(status, today, settings, () => compute(status)), dayNumber(today));
      this.counts.set(status, counts);
    }
    return counts;
  }
}

/** How many items are due today and how many are overdue. */
export interface DueCounts {
  today: number;
  overdue: number;
}

function countDue(items: readonly DueItem[], from: number): DueCounts {
  let today = 0;
  let overdue = 0;
  for (const item of items) {
    const until = dayNumber(item.day) - from;
    if (until < 0) overdue++;
    else if (until === 0) today++;
  }
  return { today, overdue };
}

/** The label of an entry, as the CLI prints it. */
export function dayLabel(e: AgendaEntry): string {
  return e.overdue ? `overdue ${e.daysLate} d` : e.inDays === 0 ? "today" : `in ${e.inDays} d`;
}

export function aheadHeading(days: number): string {
  return days === 1 ? "Next day" : `Next ${days} days`;
}

/** Every client's due items, in the order of the statuses. */
function collectItems(input: AgendaModelInput): DueItem[] {
  // One pass over the clients, then one sort in agenda(): no per-client ordering to throw away.
  const items: DueItem[] = [];
  const compute = dueOf(input);
  const cache = input.cache;
  for (const status of input.statuses) {
    const due = cache ? cache.get(status, input.today, input.settings, () => compute(status)) : compute(status);
    for (const item of due) items.push(item);
  }
  return items;
}

/** What computes one client's due items for the input's day and settings. */
function dueOf(input: AgendaModelInput): (status: ClientStatus) => readonly DueItem[] {
  const { today, settings } = input;
  const readNeeds = settings.dueRules["unmet-need"];
  return (status) => {
    const path = status.client.path;
    const needs = readNeeds ? input.needs(path).filter((n) => n.written !== null) : [];
    return dueItems({ status, records: input.records(path), needs, healthCheckDays: settings.healthCheckDays, today, since: input.since(path) }, settings);
  };
}

/**
 * How many items are due today and overdue: what `dueCounts(agendaModel(input))` says, without
 * building the rows. With a cache each client's counts are kept with its items, so a change costs
 * one lookup per client and a count of the changed clients' items.
 */
export function agendaCounts(input: AgendaModelInput): DueCounts {
  const cache = input.cache;
  if (!cache) return countDue(collectItems(input), dayNumber(input.today));
  const countOf = dueCountOf(input, cache);
  let today = 0;
  let overdue = 0;
  for (const status of input.statuses) {
    const c = countOf(status);
    today += c.today;
    overdue += c.overdue;
  }
  return { today, overdue };
}

/** One client's due counts for the input's day and settings, kept in `cache` by status. */
export function dueCountOf(input: AgendaModelInput, cache: DueCache): (status: ClientStatus) => DueCounts {
  const compute = dueOf(input);
  return (status) => cache.count(status, input.today, input.settings, compute);
}

export function agendaModel(input: AgendaModelInput): AgendaModel {
  const { today, settings } = input;
  const days = Math.max(0, settings.agendaDays);
  const items = collectItems(input);
  const overdue: AgendaGroup = { id: "overdue", heading: "Overdue", rows: [] };
  const todays: AgendaGroup = { id: "today", heading: "Today", rows: [] };
  const ahead: AgendaGroup = { id: "ahead", heading: aheadHeading(days), rows: [] };
  const entries = agenda(items, today, days);
  for (const e of entries) {
    const row: AgendaRow = { clientName: e.clientName, clientPath: e.client, kind: e.kind, day: e.day, text: e.text, label: dayLabel(e), overdue: e.overdue, source: e.source };
    (e.overdue ? overdue : e.inDays === 0 ? todays : ahead).rows.push(row);
  }
  return { today, days, groups: [overdue, todays, ahead], count: entries.length };
}
