// Activity, staleness and "at risk" for one client on one day (contract section 4).
import { daysBetween } from "./dates";
import { computeHealth, healthCheckDue } from "./health";
import type { ClienteleSettings } from "./settings";
import type { ClientProps, ClientRecords, ClientStatus, Day } from "./types";

export interface ActivityContext {
  today: Day;
  /** The calendar day of the note's modification time in the local time zone, when known. */
  modifiedDay: Day | null;
  /** The client's related records rolled up for `today`, when the vault has any (section 7). */
  records?: ClientRecords | null;
}

function sameStage(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The staleness threshold of a stage: its per-stage setting (matched case-insensitively) or `staleDays`. */
export function staleThreshold(stage: string | null, settings: ClienteleSettings): number {
  if (stage === null) return settings.staleDays;
  const byStage = settings.staleDaysByStage;
  const key = Object.keys(byStage).find((k) => k === stage) ?? Object.keys(byStage).find((k) => sameStage(k, stage));
  return key === undefined ? settings.staleDays : (byStage[key] ?? settings.staleDays);
}

export function isExcludedStage(stage: string | null, settings: ClienteleSettings): boolean {
  return stage !== null && settings.excludedStages.some((s) => sameStage(s, stage));
}

/** The latest of the days given (`YYYY-MM-DD` strings sort like the days they name). */
function latest(days: (Day | null)[]): Day | null {
  let best: Day | null = null;
  for (const day of days) if (day !== null && (best === null || day > best)) best = day;
  return best;
}

/**
 * Evaluates one client on `ctx.today`. Last activity is the latest of the modification day (only
 * when `settings.useModifiedTime`) and `last_contact`, `last_review`, `stage_changed`. A last
 * activity in the future is reported as written but counts as today: `daysInactive` is never
 * below 0.
 */
export function evaluateClient(client: ClientProps, ctx: ActivityContext, settings: ClienteleSettings): ClientStatus {
  const health = computeHealth(client.healthInput, settings.weights);
  const records = ctx.records ?? null;
  const lastContact = latest([client.lastContact, records?.lastContact ?? null]);
  const lastActivity = latest([
    settings.useModifiedTime ? ctx.modifiedDay : null,
    lastContact,
    client.lastReview,
    client.stageChanged,
  ]);
  const daysInactive = lastActivity === null ? null : Math.max(0, daysBetween(lastActivity, ctx.today));
  const excluded = isExcludedStage(client.stage, settings);
  const stale = !excluded && (daysInactive === null || daysInactive >= staleThreshold(client.stage, settings));

  const reasons: string[] = [];
  if (stale) reasons.push(daysInactive === null ? "No recorded activity" : `No activity for ${daysInactive} ${daysInactive === 1 ? "day" : "days"}`);
  if (health.score !== null && (health.band === "At Risk" || health.band === "Critical")) {
    reasons.push(`Health ${health.score} (${health.band})`);
  }
  return {
    client,
    health,
    lastActivity,
    daysInactive,
    stale,
    healthCheckDue: healthCheckDue(client.lastReview, ctx.today, settings.healthCheckDays),
    lastContact,
    records,
    atRisk: reasons.length > 0,
    reasons: reasons.slice(), // trimmed to its length, as in parseClient
  };
}
