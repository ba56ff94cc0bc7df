// One flat row per client for the API's `rows()`: only text, numbers, booleans and nulls, so
// Dataview's `dv.table` (and any other caller) can show and sort it without reaching into nested
// objects. Pure: the plugin passes the statuses and the agenda of the same day.
import type { Band, ClientStatus, Day, RiskLevel, Tier } from "../model/types";

export interface FlatRow {
  /** Display name (company, else the note's name). */
  name: string;
  /** The client note's vault path, with `.md` (in dataviewjs: `dv.fileLink(row.path)`). */
  path: string;
  id: string | null;
  /** The configured spelling of the stage; null when missing or unknown. */
  stage: string | null;
  /** Health Matrix score 0-100; null when unscored. */
  score: number | null;
  band: Band | null;
  atRisk: boolean;
  /** The at-risk reasons joined with "; " (empty when not at risk). */
  why: string;
  /** Risk score 0-100 (contract section 8); null when no part could be computed. */
  risk: number | null;
  riskLevel: RiskLevel | null;
  clv: number | null;
  tier: Tier | null;
  /** Latest health history score minus the one before; null with fewer than two. */
  trend: number | null;
  daysInStage: number | null;
  lastContact: Day | null;
  daysSinceContact: number | null;
  nextAction: string | null;
  nextActionDue: Day | null;
  value: number | null;
  currency: string | null;
  renewal: Day | null;
  /** Number of overdue invoices (0 when the vault has no records). */
  overdueInvoices: number;
  /** Their total, in the client's currency (0 when none). */
  overdueAmount: number;
  /** Agenda items of this client (due on or before today + the agenda's days). */
  due: number;
  /** Of those, the ones already overdue. */
  overdue: number;
}

/** The part of an agenda item a row counts. */
export interface DueCount {
  client: string;
  overdue: boolean;
}

/** One row for `status`; `items` are the agenda items of every client (only this client's are counted). */
export function apiRow(status: ClientStatus, items: readonly DueCount[]): FlatRow {
  const c = status.client;
  const inv = status.records?.invoices;
  let due = 0;
  let overdue = 0;
  for (const item of items) {
    if (item.client !== c.path) continue;
    due++;
    if (item.overdue) overdue++;
  }
  return {
    name: c.name,
    path: c.path,
    id: c.id,
    stage: c.stage,
    score: status.health.score,
    band: status.health.band,
    atRisk: status.atRisk,
    why: status.reasons.join("; "),
    risk: status.risk.score,
    riskLevel: status.risk.level,
    clv: status.clv,
    tier: status.tier,
    trend: status.trend,
    daysInStage: status.daysInStage,
    lastContact: status.lastContact,
    daysSinceContact: status.daysSinceContact,
    nextAction: c.nextAction,
    nextActionDue: c.nextActionDue,
    value: c.value,
    currency: c.currency,
    renewal: c.renewal,
    overdueInvoices: inv?.overdueCount ?? 0,
    overdueAmount: inv?.overdue ?? 0,
    due,
    overdue,
  };
}

/** A row per client, in the order of `statuses` (the index's: by path); linear in clients + items. */
export function apiRows(statuses: readonly ClientStatus[], items: readonly DueCount[]): FlatRow[] {
  const byClient = new Map<string, DueCount[]>();
  for (const item of items) {
    const list = byClient.get(item.client);
    if (list) list.push(item);
    else byClient.set(item.client, [item]);
  }
  return statuses.map((s) => apiRow(s, byClient.get(s.client.path) ?? []));
}
