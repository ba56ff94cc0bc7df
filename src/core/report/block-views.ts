// The rows of each `clientele` block view. Cells hold plain text; the adapter draws them.
import { isExcludedStage } from "../model/activity";
import type { BlockCell, BlockSort, BlockTable, BlockView, ListView, Tone } from "./block-types";
import { addDaysToDay, daysBetween } from "../model/dates";
import { formatMoney, formatTotals, plural } from "../model/format";
import { compareText } from "../model/order";
import { groupByStage } from "../pipeline/pipeline";
import { RENEWAL_WINDOW_DAYS } from "./review";
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day } from "../model/types";

/** Next actions due within this many days are highlighted. */
const DUE_SOON_DAYS = 7;

interface Ctx {
  today: Day;
  settings: ClienteleSettings;
  /** The rows the block will show at most (the limit option), or null for all. */
  limit: number | null;
}

const DEFAULT_SORT: Record<BlockView, BlockSort> = {
  pipeline: "stage",
  "at-risk": "inactive",
  health: "health",
  renewals: "renewal",
  "next-actions": "due",
  review: "name",
  records: "name",
  client: "name",
  // Their own order (block-intel.ts) unless a sort is given.
  risk: "name",
  "top-value": "name",
};

/** A client's key for `sort`, computed once per sort: null sorts last; ascending otherwise. */
function sortKey(sort: BlockSort, c: ClientStatus, stages: ReadonlyMap<string, number>): number | string | null {
  switch (sort) {
    case "name":
      return 0;
    case "stage":
      return c.client.stage === null ? null : stages.get(c.client.stage) ?? null;
    case "health":
      return c.health.score;
    case "value":
      return c.client.value === null ? null : -c.client.value; // highest first
    case "inactive":
      // Never active at all is the most inactive; then the longest inactive first.
      return c.daysInactive === null ? -Infinity : -c.daysInactive;
    case "due":
      return c.client.nextActionDue;
    case "renewal":
      return c.client.renewal;
  }
}

interface Keyed {
  c: ClientStatus;
  key: number | string | null;
  lower: string;
}

function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.key !== b.key) {
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    if (a.key < b.key) return -1;
    if (a.key > b.key) return 1;
  }
  // Then by name ignoring case, name as written and path (order.ts: byClientName).
  return compareText(a.lower, b.lower) || compareText(a.c.client.name, b.c.client.name) || compareText(a.c.client.path, b.c.client.path);
}

/** `today`, `in 3 days`, `2 days ago`. */
export function when(day: Day, today: Day): string {
  const n = daysBetween(today, day);
  if (n === 0) return "today";
  return n > 0 ? `in ${plural(n, "day")}` : `${plural(-n, "day")} ago`;
}

export const clientCell = (c: ClientStatus): BlockCell => ({ text: c.client.name, link: c.client.path });
export const stageCell = (c: ClientStatus): BlockCell => (c.client.stage === null ? { text: "No stage", tone: "muted" } : { text: c.client.stage });
/** A cell of text; none (null or blank) is a muted dash. */
export const text = (t: string | null, tone?: Tone): BlockCell => (t === null || t === "" ? { text: "—", tone: "muted" } : tone ? { text: t, tone } : { text: t });

export function healthCell(c: ClientStatus): BlockCell {
  const h = c.health;
  if (h.score === null || h.band === null) return { text: "Unscored", tone: "muted" };
  const tone: Tone = h.band === "Critical" ? "bad" : h.band === "At Risk" ? "warn" : "good";
  return { text: `${h.score}${h.complete ? "" : "*"} ${h.band}`, tone };
}

function valueCell(c: ClientStatus, settings: ClienteleSettings): BlockCell {
  return c.client.value === null ? text(null) : { text: formatMoney(c.client.value, c.client.currency ?? settings.currency) };
}

function dueTone(day: Day, today: Day): Tone | undefined {
  if (day < today) return "bad";
  return daysBetween(today, day) <= DUE_SOON_DAYS ? "warn" : undefined;
}

function pipeline(clients: ClientStatus[], ctx: Ctx): BlockTable {
  const counts = groupByStage(clients, ctx.settings).map((col) => `${col.stage ?? "No stage"} ${col.count}`);
  return {
    columns: ["Client", "Stage", "Health", "Value", "Next action"],
    rows: clients.map((c) => [clientCell(c), stageCell(c), healthCell(c), valueCell(c, ctx.settings), text(c.client.nextAction)]),
    empty: "No clients yet.",
    summary: `${counts.join(" · ")} · total ${formatTotals(clients, ctx.settings.currency)}`,
  };
}

function atRisk(clients: ClientStatus[]): BlockTable {
  return {
    columns: ["Client", "Stage", "Health", "Inactive", "Reasons"],
    rows: clients.filter((c) => c.atRisk).map((c) => [
      clientCell(c), stageCell(c), healthCell(c),
      c.daysInactive === null ? text("never active", "bad") : { text: plural(c.daysInactive, "day"), ...(c.stale ? { tone: "bad" as const } : {}) },
      text(c.reasons.join("; "), "bad"),
    ]),
    empty: "No client is at risk.",
    summary: null,
  };
}

function health(clients: ClientStatus[], ctx: Ctx): BlockTable {
  const shown = ctx.limit === null ? clients : clients.slice(0, ctx.limit);
  const incomplete = shown.some((c) => c.health.score !== null && !c.health.complete);
  return {
    columns: ["Client", "Stage", "Health", "Last check", "Warnings"],
    rows: clients.map((c) => {
      const due = c.healthCheckDue; // the one rule, as in the weekly note, the CLI and the JSON
      return [clientCell(c), stageCell(c), healthCell(c), text(c.client.lastReview ?? (due ? "never" : null), due ? "warn" : undefined), text(c.health.warnings.join("; "), "warn")];
    }),
    empty: "No clients yet.",
    summary: incomplete ? "* computed from fewer than four categories" : null,
  };
}

/** The clients a view lists at all, or null for every client. */
function keepOnly(view: ListView, ctx: Ctx): ((c: ClientStatus) => boolean) | null {
  switch (view) {
    case "at-risk":
      return (c) => c.atRisk;
    case "renewals":
      return (c) => listsRenewal(c, ctx);
    case "next-actions":
      return listsNextAction;
    default:
      return null;
  }
}

// A passed renewal still matters while the client is in an active stage.
const listsRenewal = (c: ClientStatus, ctx: Ctx) => c.client.renewal !== null && (c.client.renewal >= ctx.today || !isExcludedStage(c.client.stage, ctx.settings));
const listsNextAction = (c: ClientStatus) => c.client.nextAction !== null || c.client.nextActionDue !== null;

function renewals(clients: ClientStatus[], ctx: Ctx): BlockTable {
  const horizon = addDaysToDay(ctx.today, RENEWAL_WINDOW_DAYS);
  const listed = clients.filter((c) => listsRenewal(c, ctx));
  return {
    columns: ["Client", "Renewal", "When", "Value", "Health"],
    rows: listed.map((c) => {
      const day = c.client.renewal ?? ctx.today;
      const tone: Tone | undefined = day < ctx.today ? "bad" : day <= horizon ? "warn" : undefined;
      return [clientCell(c), { text: day }, text(when(day, ctx.today), tone), valueCell(c, ctx.settings), healthCell(c)];
    }),
    empty: "No client has a renewal date.",
    summary: null,
  };
}

function nextActions(clients: ClientStatus[], ctx: Ctx): BlockTable {
  const listed = clients.filter(listsNextAction);
  return {
    columns: ["Client", "Next action", "Due", "When"],
    rows: listed.map((c) => {
      const due = c.client.nextActionDue;
      const tone = due === null ? undefined : dueTone(due, ctx.today);
      return [clientCell(c), text(c.client.nextAction), text(due), due === null ? text(null) : text(when(due, ctx.today), tone)];
    }),
    empty: "No next actions written down.",
    summary: null,
  };
}

/** The weekly checklist, live: at risk, overdue actions, health checks due, renewals soon. */
function review(clients: ClientStatus[], ctx: Ctx): BlockTable {
  const { today } = ctx;
  const horizon = addDaysToDay(today, RENEWAL_WINDOW_DAYS);
  const row = (check: string, c: ClientStatus, detail: string, tone: Tone): BlockCell[] => [{ text: check }, clientCell(c), { text: detail, tone }];
  const rows: BlockCell[][] = [];
  for (const c of clients) if (c.atRisk) rows.push(row("At risk", c, c.reasons.join("; "), "bad"));
  for (const c of clients) {
    const due = c.client.nextActionDue;
    if (due !== null && due < today) rows.push(row("Overdue action", c, `${c.client.nextAction ?? "Next action"} (due ${due}, ${when(due, today)})`, "bad"));
  }
  for (const c of clients) {
    if (!c.healthCheckDue) continue; // the one rule, as in the weekly note, the CLI and the JSON
    rows.push(row("Health check due", c, c.client.lastReview === null ? "never checked" : `last check ${when(c.client.lastReview, today)}`, "warn"));
  }
  for (const c of clients) {
    const r = c.client.renewal;
    if (r !== null && r >= today && r <= horizon) rows.push(row("Renewal", c, `renews ${r} (${when(r, today)})`, "warn"));
  }
  return { columns: ["Check", "Client", "Detail"], rows, empty: "Nothing needs you this week.", summary: null };
}

/** The line over the list of notes Clientele could not read (ClientIndex.errors()), for blocks and the board. */
export function unreadableNotesTitle(count: number): string {
  return `Clientele could not read ${plural(count, "note")}; fix ${count === 1 ? "its" : "their"} properties (YAML):`;
}

/** The clients in the order `sort` names, else the view's own. */
export function sortClients(view: BlockView, clients: readonly ClientStatus[], sort: BlockSort | null, settings: ClienteleSettings): ClientStatus[] {
  const by = sort ?? DEFAULT_SORT[view];
  // The first stage of a name counts, as indexOf found it.
  const stages = new Map<string, number>();
  settings.stages.forEach((st, i) => {
    if (!stages.has(st)) stages.set(st, i);
  });
  // Sort keys computed once per client, not in the comparator.
  const keyed: Keyed[] = clients.map((c) => ({ c, key: sortKey(by, c, stages), lower: c.client.name.toLowerCase() }));
  return keyed.sort(compareKeyed).map((k) => k.c);
}

export function buildView(view: ListView, clients: ClientStatus[], sort: BlockSort | null, limit: number | null, today: Day, settings: ClienteleSettings): BlockTable {
  const ctx: Ctx = { today, settings, limit };
  // Views that list some clients drop the others before the sort (the order is total: the same rows).
  const keep = keepOnly(view, ctx);
  const sorted = sortClients(view, keep ? clients.filter(keep) : clients, sort, settings);
  switch (view) {
    case "pipeline":
      return pipeline(sorted, ctx);
    case "at-risk":
      return atRisk(sorted);
    case "health":
      return health(sorted, ctx);
    case "renewals":
      return renewals(sorted, ctx);
    case "next-actions":
      return nextActions(sorted, ctx);
    case "review":
      return review(sorted, ctx);
  }
}
