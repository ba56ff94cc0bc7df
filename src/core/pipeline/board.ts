// The pipeline board's model: view state, filter, sort, columns and what each card shows.
// Pure: today and the settings are parameters. The DOM lives in src/views/.
import { matches } from "../intel/segments";
import { isExcludedStage } from "../model/activity";
import { daysBetween } from "../model/dates";
import { plural } from "../model/format";
import { stuckDaysOf } from "../intel/stuck-settings";
import { cardIntel, type CardIntel } from "./card-intel";
import { cardRecords, type CardRecords } from "./card-records";
import { configuredStage, groupByStage } from "./pipeline";
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day } from "../model/types";

/** The board's own sorts, offered in every board's toolbar. */
export const SORT_KEYS = ["name", "health", "inactive", "value", "clv", "due"] as const;
/** `source`: the order the clients were given in (a Bases view's sorted entries); offered only where that order means something. */
export type SortKey = (typeof SORT_KEYS)[number] | "source";

export const SORT_LABELS: Readonly<Record<(typeof SORT_KEYS)[number], string>> = {
  name: "Name",
  health: "Lowest health",
  inactive: "Most inactive",
  value: "Highest value",
  clv: "Highest lifetime value",
  due: "Next action due",
};

/** Renewals this many days ahead (or already passed) show a countdown on the card. */
export const RENEWAL_WINDOW_DAYS = 60;

/** What the board remembers across restarts (the view state). Plain JSON. */
export interface BoardState {
  query: string;
  sort: SortKey;
  hideExcluded: boolean;
  /** Keys (see columnKey) of the collapsed columns. */
  collapsed: string[];
  /** The name of the saved segment whose clients are shown ("" for every client). */
  segment: string;
}

export const DEFAULT_BOARD_STATE: Readonly<BoardState> = { query: "", sort: "name", hideExcluded: false, collapsed: [], segment: "" };

/** The key of a column: its stage, or "" for the "No stage" column (a configured stage is never blank). */
export function columnKey(stage: string | null): string {
  return stage ?? "";
}

/** Reads a stored view state; anything unusable falls back to the default. Never throws. */
export function readBoardState(raw: unknown): BoardState {
  const r = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const sort: SortKey = r.sort === "source" ? "source" : (SORT_KEYS.find((k) => k === r.sort) ?? DEFAULT_BOARD_STATE.sort);
  const collapsed = Array.isArray(r.collapsed) ? (r.collapsed as unknown[]).filter((k): k is string => typeof k === "string") : [];
  return {
    query: typeof r.query === "string" ? r.query.slice(0, 200) : "",
    sort,
    hideExcluded: r.hideExcluded === true,
    collapsed: [...new Set(collapsed)].slice(0, 100),
    segment: typeof r.segment === "string" ? r.segment.slice(0, 200) : "",
  };
}

/**
 * True when every word of the query is found in the company name, the client id or a tag
 * (ignoring case). A word starting with `#` matches tags only; `tier:gold` (or silver, bronze)
 * matches the value tier only.
 */
export function matchesQuery(c: ClientStatus, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "" && w !== "#");
  const name = c.client.name.toLowerCase();
  const id = (c.client.id ?? "").toLowerCase();
  const tags = c.client.tags.map((t) => t.toLowerCase());
  return words.every((w) => {
    if (w.startsWith("#")) return tags.some((t) => t.includes(w.slice(1)));
    if (w.startsWith("tier:") && w.length > 5) return c.tier !== null && c.tier.toLowerCase().startsWith(w.slice(5));
    return name.includes(w) || id.includes(w) || tags.some((t) => t.includes(w));
  });
}

function byName(a: ClientStatus, b: ClientStatus): number {
  const x = a.client.name;
  const y = b.client.name;
  if (x !== y) {
    const lx = x.toLowerCase();
    const ly = y.toLowerCase();
    if (lx !== ly) return lx < ly ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.client.path === b.client.path ? 0 : a.client.path < b.client.path ? -1 : 1;
}

/** Compares two possibly-missing numbers; missing ones go last. */
function nullsLast(x: number | null, y: number | null, descending: boolean): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return descending ? y - x : x - y;
}

/**
 * The order of cards in a column; ties (and the "name" sort) go by name, then path. `rank` gives
 * each client's place in the order it was handed in, for the `source` sort (without it, ties).
 */
export function compareCards(sort: SortKey, rank?: (c: ClientStatus) => number): (a: ClientStatus, b: ClientStatus) => number {
  const first = (a: ClientStatus, b: ClientStatus): number => {
    switch (sort) {
      case "source": return rank ? rank(a) - rank(b) : 0;
      case "health": return nullsLast(a.health.score, b.health.score, false);
      // No recorded activity at all counts as the most inactive.
      case "inactive": return (b.daysInactive ?? Number.MAX_SAFE_INTEGER) - (a.daysInactive ?? Number.MAX_SAFE_INTEGER);
      case "value": return nullsLast(a.client.value, b.client.value, true);
      case "clv": return nullsLast(a.clv, b.clv, true);
      case "due": {
        const x = a.client.nextActionDue;
        const y = b.client.nextActionDue;
        return x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
      }
      default: return 0;
    }
  };
  return (a, b) => first(a, b) || byName(a, b);
}

export interface BoardColumn {
  key: string;
  /** The configured spelling of the stage; null is the "No stage" column. */
  stage: string | null;
  title: string;
  /** The cards shown: filtered and sorted. */
  cards: ClientStatus[];
  /** Every client in the stage, filter or not. */
  total: number;
  collapsed: boolean;
}

/** The stage a client's card is in: the configured spelling, or null. */
export function stageOf(c: ClientStatus, settings: ClienteleSettings): string | null {
  return configuredStage(c.client.stage, settings);
}

export function sortCards(cards: ClientStatus[], sort: SortKey, compare: (a: ClientStatus, b: ClientStatus) => number): ClientStatus[] {
  return sort === "name" ? cards : cards.sort(compare);
}

/** Which clients the board shows (segment and filter), or null when it shows every client. */
export function cardFilter(settings: ClienteleSettings, state: BoardState): ((c: ClientStatus) => boolean) | null {
  // A segment that is no longer saved shows every client (the picker then shows "All clients").
  const name = state.segment.trim().toLowerCase();
  const segment = name === "" ? undefined : settings.segments.find((sg) => sg.name.trim().toLowerCase() === name);
  if (segment === undefined && state.query.trim() === "") return null;
  return (c) => (segment === undefined || matches(c, segment.when)) && (state.query.trim() === "" || matchesQuery(c, state.query));
}

/** One column per configured stage in order (excluded stages left out when hidden), plus "No stage" when needed. */
export function buildBoard(clients: ClientStatus[], settings: ClienteleSettings, state: BoardState, rank?: (c: ClientStatus) => number): BoardColumn[] {
  const compare = compareCards(state.sort, rank);
  const shown = cardFilter(settings, state);
  return groupByStage(clients, settings)
    .filter((col) => !(state.hideExcluded && isExcludedStage(col.stage, settings)))
    .map((col) => {
      const key = columnKey(col.stage);
      return {
        key,
        stage: col.stage,
        title: col.stage ?? "No stage",
        // groupByStage has sorted each column by name already: the name sort needs no second pass.
        cards: sortCards(shown === null ? [...col.clients] : col.clients.filter(shown), state.sort, compare),
        total: col.count,
        collapsed: state.collapsed.includes(key),
      };
    });
}

/** A column's count: `3`, or `2 of 3` while filtering. */
export function columnCount(shown: number, total: number): string {
  return shown === total ? String(total) : `${shown} of ${total}`;
}

/** The stage `delta` steps from `current` in `stages` (the board's visible stages), or null at either end. */
export function adjacentStage(current: string | null, stages: readonly string[], delta: 1 | -1): string | null {
  if (current === null) return delta === 1 ? (stages[0] ?? null) : null;
  const i = stages.findIndex((s) => s.toLowerCase() === current.toLowerCase());
  if (i < 0) return null;
  return stages[i + delta] ?? null;
}

export type BadgeTone = "excellent" | "good" | "risk" | "critical" | "unscored";

export interface CardModel {
  path: string;
  company: string;
  id: string | null;
  badge: { text: string; tone: BadgeTone; title: string };
  /** "41 days inactive" when stale, else null. */
  stale: string | null;
  engagement: string | null;
  nextAction: string | null;
  /** `title` names the due day (the text may leave it out). */
  due: { text: string; title: string; overdue: boolean; today: boolean } | null;
  renewal: { text: string; urgent: boolean } | null;
  /** The related records rolled up (section 7); null when the vault has none or nothing is there. */
  records: CardRecords | null;
  /** Value and risk (section 8): risk badge, tier, time in stage, health sparkline; null when none. */
  intel: CardIntel | null;
  /** A one-line summary for screen readers. */
  label: string;
}

const TONES: Record<string, BadgeTone> = { Excellent: "excellent", Good: "good", "At Risk": "risk", Critical: "critical" };

function badgeOf(c: ClientStatus): CardModel["badge"] {
  const { score, band, complete } = c.health;
  if (score === null || band === null) return { text: "Unscored", tone: "unscored", title: "No valid Health Matrix score" };
  const partial = complete ? "" : " (from fewer than four categories)";
  return { text: `${score} ${band}`, tone: TONES[band] ?? "unscored", title: `Health ${score} (${band})${partial}` };
}

function dueOf(due: Day | null, today: Day): CardModel["due"] {
  if (due === null) return null;
  const days = daysBetween(today, due);
  const title = `Next action due ${due}`;
  if (days < 0) return { text: `Overdue ${plural(-days, "day")}`, title, overdue: true, today: false };
  if (days === 0) return { text: "Due today", title, overdue: false, today: true };
  return { text: days === 1 ? "Due tomorrow" : `Due ${due}`, title, overdue: false, today: false };
}

/** A countdown when the renewal is within RENEWAL_WINDOW_DAYS or already passed (not for excluded stages). */
function renewalOf(c: ClientStatus, today: Day, settings: ClienteleSettings): CardModel["renewal"] {
  const renewal = c.client.renewal;
  if (renewal === null || isExcludedStage(c.client.stage, settings)) return null;
  const days = daysBetween(today, renewal);
  if (days > RENEWAL_WINDOW_DAYS) return null;
  if (days < 0) return { text: `Renewal passed ${plural(-days, "day")} ago`, urgent: true };
  if (days === 0) return { text: "Renews today", urgent: true };
  return { text: `Renews in ${plural(days, "day")}`, urgent: days <= 14 };
}

export function cardModel(c: ClientStatus, today: Day, settings: ClienteleSettings): CardModel {
  const badge = badgeOf(c);
  const stale = !c.stale ? null : c.daysInactive === null ? "No recorded activity" : `${plural(c.daysInactive, "day")} inactive`;
  const due = dueOf(c.client.nextActionDue, today);
  const renewal = renewalOf(c, today, settings);
  const records = cardRecords(c.records);
  const intel = cardIntel(c, stuckDaysOf(settings), (c.client.currency ?? settings.currency).toUpperCase());
  const label = [
    c.client.name,
    c.client.id,
    `health ${badge.text}`,
    ...(intel?.label ?? []),
    stale,
    c.client.engagement,
    c.client.nextAction ? `next: ${c.client.nextAction}` : null,
    due ? (due.overdue ? `${due.text} (due ${c.client.nextActionDue ?? ""})` : due.text) : null,
    renewal?.text ?? null,
    ...(records?.label ?? []),
  ].filter((s): s is string => s !== null && s !== "").join(", ");
  return {
    path: c.client.path,
    company: c.client.name,
    id: c.client.id,
    badge,
    stale,
    engagement: c.client.engagement,
    nextAction: c.client.nextAction,
    due,
    renewal,
    records,
    intel,
    label,
  };
}

/**
 * A fingerprint of everything a card shows and where it goes, to skip unchanged cards. Valid for
 * one day and one set of settings (the board re-renders fully when either changes).
 */
export function cardKey(c: ClientStatus): string {
  // The records' part is what the card shows of them (the roll-up itself holds far more).
  const intel = [c.clv, c.tier, c.risk, c.daysInStage, c.healthScores, c.trend, c.successPlan];
  return JSON.stringify([c.client, c.health.score, c.health.band, c.health.complete, c.daysInactive, c.stale, cardRecords(c.records), intel]);
}
