// The review report: exactly the JSON of contract section 6 (`clientele review VAULT --json`).
import { HEALTH_CATEGORIES } from "../model/health";
import { pipelineCounts } from "../pipeline/pipeline";
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day, Diagnostic, Health, HealthCategory } from "../model/types";

/** One client in the report; the field order is the contract's (JSON keeps insertion order). */
export interface ReportClient extends Pick<ClientStatus, "lastActivity" | "daysInactive" | "stale" | "healthCheckDue" | "atRisk" | "reasons"> {
  path: string;
  id: string | null;
  name: string;
  stage: string | null;
  health: Health;
  diagnostics: Diagnostic[];
}

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

export function reportClient(s: ClientStatus): ReportClient {
  const scores: Partial<Record<HealthCategory, number>> = {};
  for (const c of HEALTH_CATEGORIES) {
    const v = s.health.scores[c];
    if (v !== undefined) scores[c] = v;
  }
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
  };
}

/**
 * Builds the report: clients sorted by path (plain code-unit order), every configured stage in
 * `pipeline`, errors sorted by path. The result is a fresh plain object with the contract's key order.
 */
export function buildReport(today: Day, clients: ClientStatus[], errors: ReportError[], settings: ClienteleSettings): Report {
  return {
    today,
    clients: clients.map(reportClient).sort(byPath),
    pipeline: pipelineCounts(clients, settings),
    errors: errors.map((e) => ({ path: e.path, message: e.message })).sort(byPath),
  };
}
