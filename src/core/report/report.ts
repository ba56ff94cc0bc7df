// The review report: the JSON of contract section 6 (`clientele review VAULT --json`), with the
// per-client keys v2 adds (section 10) after the v1 ones.
import { HEALTH_CATEGORIES } from "../model/health";
import { pipelineCounts } from "../pipeline/pipeline";
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day, Diagnostic, Health, HealthCategory, RecordKind } from "../model/types";
import type { DueItem } from "../agenda/due";
import { inAgendaOrder } from "../agenda/vault-agenda";

/** One client in the report; the field order is the contract's (JSON keeps insertion order). */
export interface ReportClient extends Pick<ClientStatus, "lastActivity" | "daysInactive" | "stale" | "healthCheckDue" | "atRisk" | "reasons">,
  Pick<ClientStatus, "lastContact" | "daysSinceContact" | "outOfTouch" | "clv" | "tier" | "risk" | "trend" | "daysInStage"> {
  path: string;
  id: string | null;
  name: string;
  stage: string | null;
  health: Health;
  diagnostics: Diagnostic[];
  /** Records by kind (section 10); null when the vault has no records. */
  records: Record<RecordKind, number> | null;
  /** The client's due items (section 9), every one whatever its day, in the agenda's order. */
  due: ReportDue[];
}

/** One due item of a client in the report. */
export type ReportDue = Pick<DueItem, "kind" | "day" | "text" | "source">;

export interface ReportError {
  path: string;
  message: string;
}

export interface Report {
  today: Day;
  clients: ReportClient[];
  pipeline: Record<string, number>;
  errors: ReportError[];
}

function byPath(a: { path: string }, b: { path: string }): number {
  if (a.path === b.path) return 0;
  return a.path < b.path ? -1 : 1;
}

/** The client's items as the report lists them: in the agenda's order, only the keys of the report. */
function reportDue(items: readonly DueItem[], today: Day): ReportDue[] {
  return inAgendaOrder(items, today).map(({ kind, day, text, source }) => ({ kind, day, text, source }));
}

/** One client's entry; `due` are its due items for `today` (none when not given). */
export function reportClient(s: ClientStatus, today: Day, due: readonly DueItem[] = []): ReportClient {
  // The valid scores of the configured categories: the default four in their order, then the
  // others as computeHealth gave them (the Health Matrix's order).
  const scores: Partial<Record<HealthCategory, number>> = {};
  for (const c of HEALTH_CATEGORIES) {
    const v = s.health.scores[c];
    if (v !== undefined) scores[c] = v;
  }
  for (const [c, v] of Object.entries(s.health.scores)) if (v !== undefined && !Object.prototype.hasOwnProperty.call(scores, c)) scores[c] = v;
  return {
    path: s.client.path,
    id: s.client.id,
    name: s.client.name,
    stage: s.client.stage,
    health: {
      score: s.health.score,
      band: s.health.band,
      complete: s.health.complete,
      scores,
      warnings: [...s.health.warnings],
    },
    lastActivity: s.lastActivity,
    daysInactive: s.daysInactive,
    stale: s.stale,
    healthCheckDue: s.healthCheckDue,
    atRisk: s.atRisk,
    reasons: [...s.reasons],
    diagnostics: s.client.diagnostics.map((d) => ({ field: d.field, message: d.message })),
    // v2 (section 10): after the v1 keys, so a reader of the v1 shape finds its keys where they were.
    lastContact: s.lastContact,
    daysSinceContact: s.daysSinceContact,
    outOfTouch: s.outOfTouch,
    clv: s.clv,
    tier: s.tier,
    risk: { score: s.risk.score, level: s.risk.level, parts: { ...s.risk.parts }, reasons: [...s.risk.reasons] },
    trend: s.trend,
    daysInStage: s.daysInStage,
    records: s.records === null ? null : { ...s.records.counts },
    due: due.length === 0 ? [] : reportDue(due, today),
  };
}

/**
 * Builds the report: clients sorted by path (plain code-unit order), every configured stage in
 * `pipeline`, errors sorted by path. The result is a fresh plain object with the contract's key order.
 * `due` holds the due items by client path (dueByClient); a client missing from it gets `due: []`.
 */
export function buildReport(today: Day, clients: ClientStatus[], errors: ReportError[], settings: ClienteleSettings, due?: ReadonlyMap<string, readonly DueItem[]>): Report {
  return {
    today,
    clients: clients.map((c) => reportClient(c, today, due?.get(c.client.path) ?? [])).sort(byPath),
    pipeline: pipelineCounts(clients, settings),
    errors: errors.map((e) => ({ path: e.path, message: e.message })).sort(byPath),
  };
}
