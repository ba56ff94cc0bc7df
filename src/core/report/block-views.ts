// The rows of each `clientele` block view. Cells hold plain text; the adapter draws them.
import { isExcludedStage } from "../model/activity";
import type { BlockCell, BlockSort, BlockTable, BlockView, ListView, Tone } from "./block-types";
import { addDaysToDay, daysBetween } from "../model/dates";
import { formatMoney, formatTotals, plural } from "../model/format";
import { compareText } from "../model/order";
import { configuredStage } from "../pipeline/pipeline";
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

export interface Keyed {
  c: ClientStatus;
  key: number | string | null;
  lower: string;
}

export function compareKeyed(a: Keyed, b: Keyed): number {
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

/**
 * A view that lists some clients, one row each, in a total order: which clients (`keep`, null for
 * all), the row of one client, and the line under the table from the sorted clients. Both the full
 * build (buildView) and the live one (block-live.ts) use it, so both give the same table.
 */
export interface ListSpec {
  columns: string[];
  empty: string;
  keep: ((c: ClientStatus) => boolean) | null;
  row(c: ClientStatus): BlockCell[];
  summary(sorted: ClientStatus[]): string | null;
  /** True when the summary stays the same as `a` is replaced by `b` in the same list; absent: compute it again. */
  sameSummary?(a: ClientStatus, b: ClientStatus): boolean;
}

/** The views that are a sorted list of clients, one row each; `review` is not one (its rows are sections). */
export type RowView = Exclude<ListView, "review">;

/** `Lead 3 · Active 2 · total $1,200`: the count per configured stage (then "No stage" when any), as groupByStage counts. */
function pipelineSummary(clients: ClientStatus[], ctx: Ctx): string {
  const { stages } = ctx.settings;
  const first = new Map<string, number>();
  stages.forEach((st, i) => {
    if (!first.has(st)) first.set(st, i);
  });
  const counts = stages.map(() => 0);
  let none = 0;
  for (const c of clients) {
    const stage = configuredStage(c.client.stage, ctx.settings);
    const at = stage === null ? undefined : first.get(stage);
    if (at === undefined) none++;
    else counts[at] = (counts[at] ?? 0) + 1;
  }
  const parts = stages.map((st, i) => `${st} ${counts[i] ?? 0}`);
  if (none > 0) parts.push(`No stage ${none}`);
  return `${parts.join(" · ")} · total ${formatTotals(clients, ctx.settings.currency)}`;
}

function healthRow(c: ClientStatus): BlockCell[] {
  const due = c.healthCheckDue; // the one rule, as in the weekly note, the CLI and the JSON
  return [clientCell(c), stageCell(c), healthCell(c), text(c.client.lastReview ?? (due ? "never" : null), due ? "warn" : undefined), text(c.health.warnings.join("; "), "warn")];
}

function healthSummary(sorted: readonly ClientStatus[], ctx: Ctx): string | null {
  const n = ctx.limit === null ? sorted.length : Math.min(ctx.limit, sorted.length);
  for (let i = 0; i < n; i++) {
    const h = (sorted[i] as ClientStatus).health;
    if (h.score !== null && !h.complete) return "* computed from fewer than four categories";
  }
  return null;
}

function renewalRow(c: ClientStatus, ctx: Ctx, horizon: Day): BlockCell[] {
  const day = c.client.renewal ?? ctx.today;
  const tone: Tone | undefined = day < ctx.today ? "bad" : day <= horizon ? "warn" : undefined;
  return [clientCell(c), { text: day }, text(when(day, ctx.today), tone), valueCell(c, ctx.settings), healthCell(c)];
}

function nextActionRow(c: ClientStatus, ctx: Ctx): BlockCell[] {
  const due = c.client.nextActionDue;
  const tone = due === null ? undefined : dueTone(due, ctx.today);
  return [clientCell(c), text(c.client.nextAction), text(due), due === null ? text(null) : text(when(due, ctx.today), tone)];
}

function atRiskRow(c: ClientStatus): BlockCell[] {
  return [
    clientCell(c), stageCell(c), healthCell(c),
    c.daysInactive === null ? text("never active", "bad") : { text: plural(c.daysInactive, "day"), ...(c.stale ? { tone: "bad" as const } : {}) },
    text(c.reasons.join("; "), "bad"),
  ];
}

/** The spec of a list view for one day, the settings and the block's limit. */
export function listSpec(view: RowView, today: Day, settings: ClienteleSettings, limit: number | null): ListSpec {
  const ctx: Ctx = { today, settings, limit };
  switch (view) {
    case "pipeline":
      return {
        columns: ["Client", "Stage", "Health", "Value", "Next action"], empty: "No clients yet.", keep: null,
        row: (c) => [clientCell(c), stageCell(c), healthCell(c), valueCell(c, settings), text(c.client.nextAction)],
        summary: (sorted) => pipelineSummary(sorted, ctx),
        // The summary reads each listed client's stage, value and currency only.
        sameSummary: (a, b) => a.client.stage === b.client.stage && a.client.value === b.client.value && a.client.currency === b.client.currency,
      };
    case "at-risk":
      return { columns: ["Client", "Stage", "Health", "Inactive", "Reasons"], empty: "No client is at risk.", keep: (c) => c.atRisk, row: atRiskRow, summary: () => null };
    case "health":
      return { columns: ["Client", "Stage", "Health", "Last check", "Warnings"], empty: "No clients yet.", keep: null, row: healthRow, summary: (sorted) => healthSummary(sorted, ctx) };
    case "renewals": {
      const horizon = addDaysToDay(today, RENEWAL_WINDOW_DAYS);
      return { columns: ["Client", "Renewal", "When", "Value", "Health"], empty: "No client has a renewal date.", keep: (c) => listsRenewal(c, ctx), row: (c) => renewalRow(c, ctx, horizon), summary: () => null };
    }
    case "next-actions":
      return { columns: ["Client", "Next action", "Due", "When"], empty: "No next actions written down.", keep: listsNextAction, row: (c) => nextActionRow(c, ctx), summary: () => null };
  }
}

// A passed renewal still matters while the client is in an active stage.
const listsRenewal = (c: ClientStatus, ctx: Ctx) => c.client.renewal !== null && (c.client.renewal >= ctx.today || !isExcludedStage(c.client.stage, ctx.settings));
const listsNextAction = (c: ClientStatus) => c.client.nextAction !== null || c.client.nextActionDue !== null;

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
  // Sort keys computed once per client, not in the comparator.
  const keyOf = keyer(view, sort, settings);
  return clients.map(keyOf).sort(compareKeyed).map((k) => k.c);
}

/** Each client with its sort key for `view` and `sort` (the view's own order when null). */
export function keyer(view: BlockView, sort: BlockSort | null, settings: ClienteleSettings): (c: ClientStatus) => Keyed {
  const by = sort ?? DEFAULT_SORT[view];
  // The first stage of a name counts, as indexOf found it.
  const stages = new Map<string, number>();
  settings.stages.forEach((st, i) => {
    if (!stages.has(st)) stages.set(st, i);
  });
  return (c) => ({ c, key: sortKey(by, c, stages), lower: c.client.name.toLowerCase() });
}

export function buildView(view: ListView, clients: ClientStatus[], sort: BlockSort | null, limit: number | null, today: Day, settings: ClienteleSettings): BlockTable {
  if (view === "review") return review(sortClients(view, clients, sort, settings), { today, settings, limit });
  const spec = listSpec(view, today, settings, limit);
  // Views that list some clients drop the others before the sort (the order is total: the same rows).
  const sorted = sortClients(view, spec.keep ? clients.filter(spec.keep) : clients, sort, settings);
  return { columns: spec.columns, rows: sorted.map((c) => spec.row(c)), empty: spec.empty, summary: spec.summary(sorted) };
}
