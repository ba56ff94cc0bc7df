// Activity, contact, staleness and "at risk" for one client on one day (contract section 4).
import { asIs, kept, words, type Intern } from "./compact";
import { daysBetween } from "./dates";
import { computeHealth, healthCheckDue } from "./health";
import { clientIntel, type IntelInput } from "../intel/client-intel";
import type { LinkedDays } from "./linked-notes";
import type { ClienteleSettings } from "./settings";
import type { ClientProps, ClientRecords, ClientStatus, Day, Diagnostic } from "./types";

export interface ActivityContext {
  today: Day;
  /** The calendar day of the note's modification time in the local time zone, when known. */
  modifiedDay: Day | null;
  /** The client's related records rolled up for `today`, when the vault has any (section 7). */
  records?: ClientRecords | null;
  /** The note's last edit from the edit record; counts when `activitySource` is `edits`. */
  lastEdit?: Day | null;
  /** When the client began (its `created` property, else its first history line), when known. */
  created?: Day | null;
  /** Dated notes by the paths they link to; counted as contact when `linkedNotesCount` is on. */
  linked?: LinkedDays;
  /** The client's records and history lines, for value, risk and trend (section 8). */
  intel?: IntelInput;
  /** Shares equal words (reasons, warnings) between clients; the index keeps one pool (core/model/compact.ts). */
  intern?: Intern;
}

function sameStage(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function byStage(stage: string | null, table: Record<string, number>, fallback: number): number {
  if (stage === null) return fallback;
  const key = Object.keys(table).find((k) => k === stage) ?? Object.keys(table).find((k) => sameStage(k, stage));
  return key === undefined ? fallback : (table[key] ?? fallback);
}

/** The staleness threshold of a stage: its per-stage setting (matched case-insensitively) or `staleDays`. */
export function staleThreshold(stage: string | null, settings: ClienteleSettings): number {
  return byStage(stage, settings.staleDaysByStage, settings.staleDays);
}

/** The contact threshold of a stage: its per-stage setting (matched case-insensitively) or `contactDays`. */
export function contactThreshold(stage: string | null, settings: ClienteleSettings): number {
  return byStage(stage, settings.contactDaysByStage, settings.contactDays);
}

export function isExcludedStage(stage: string | null, settings: ClienteleSettings): boolean {
  return stage !== null && settings.excludedStages.some((s) => sameStage(s, stage));
}

/** Collects days, leaving out (with a diagnostic) those after today: days never come from the future. */
class Days {
  best: Day | null = null;
  constructor(private readonly today: Day, private readonly diagnostics: Diagnostic[]) {}

  add(day: Day | null | undefined, field: string, what: string): void {
    if (day === null || day === undefined) return;
    if (day > this.today) {
      this.diagnostics.push({ field, message: `${what} ${day} is after today; not counted as activity` });
      return;
    }
    if (this.best === null || day > this.best) this.best = day;
  }
}

function plural(n: number): string {
  return `${n} ${n === 1 ? "day" : "days"}`;
}

/** The latest contact: `last_contact`, the contacts' `last_contact` and the dated notes linking the client or a contact. */
function contactDays(client: ClientProps, ctx: ActivityContext, settings: ClienteleSettings, diagnostics: Diagnostic[]): Day | null {
  const days = new Days(ctx.today, diagnostics);
  days.add(client.lastContact, "last_contact", "last_contact");
  const contacts = ctx.records?.contacts ?? [];
  for (const c of contacts) days.add(c.lastContact, "contact", `${c.name}: last_contact`);
  if (settings.linkedNotesCount && ctx.linked) {
    for (const target of [client.path, ...contacts.map((c) => c.path)]) {
      for (const note of ctx.linked.get(target) ?? []) days.add(note.day, "linked note", `${note.path} is dated`);
    }
  }
  return days.best;
}

/**
 * Evaluates one client on `ctx.today`. Last contact is the latest of `last_contact`, the contacts'
 * `last_contact` and the dated notes linking the client or a contact; last activity the latest of
 * the note's own activity (its last edit, or its modification day, by `activitySource`), last
 * contact, `last_review` and `stage_changed`. Days after today are left out with a diagnostic.
 */
export function evaluateClient(client: ClientProps, ctx: ActivityContext, settings: ClienteleSettings): ClientStatus {
  const intern = ctx.intern ?? asIs;
  const health = computeHealth(client.healthInput, settings.healthMatrix, intern);
  const records = ctx.records ?? null;
  const future: Diagnostic[] = [];
  const lastContact = contactDays(client, ctx, settings, future);
  const activity = new Days(ctx.today, future);
  if (settings.activitySource === "edits") activity.add(ctx.lastEdit, "last edit", "The last edit");
  if (settings.activitySource === "mtime") activity.add(ctx.modifiedDay, "modified", "The modification day");
  activity.add(lastContact, "last_contact", "last_contact");
  activity.add(client.lastReview, "last_review", "last_review");
  activity.add(client.stageChanged, "stage_changed", "stage_changed");
  const lastActivity = activity.best;
  const daysInactive = lastActivity === null ? null : daysBetween(lastActivity, ctx.today);
  const excluded = isExcludedStage(client.stage, settings);
  const stale = !excluded && (daysInactive === null || daysInactive >= staleThreshold(client.stage, settings));

  const daysSinceContact = lastContact === null ? null : daysBetween(lastContact, ctx.today);
  const contactLimit = contactThreshold(client.stage, settings);
  const created = ctx.created ?? null;
  const age = created === null || created > ctx.today ? null : daysBetween(created, ctx.today);
  const outOfTouch = !excluded && (daysSinceContact === null ? age !== null && age >= contactLimit : daysSinceContact >= contactLimit);

  const currency = (client.currency ?? settings.currency).toUpperCase();
  const intel = clientIntel(client, ctx.intel ?? {}, { today: ctx.today, currency, lastContact, contactThreshold: contactLimit, intern }, settings);

  // Each reason one flat string, shared with every client that has the same words (compact.ts).
  const { risk } = intel;
  const reasons: string[] = [];
  if (stale) reasons.push(daysInactive === null ? "No recorded activity" : intern(words("No activity for ", plural(daysInactive))));
  if (outOfTouch) reasons.push(daysSinceContact === null ? "No recorded contact" : intern(words("No contact for ", plural(daysSinceContact))));
  if (health.score !== null && (health.band === "At Risk" || health.band === "Critical")) {
    reasons.push(intern(words("Health ", health.score, " (", health.band, ")")));
  }
  // An excluded stage (Sunset) is winding down on purpose: its churn risk puts it at risk no more than its silence does.
  if (risk.level === "High" && !excluded) {
    // What drives the risk, less what the reasons above already say ("No contact for 52 days").
    const drivers = risk.reasons.filter((r) => !reasons.includes(r));
    reasons.push(intern(drivers.length > 0 ? words("Risk ", String(risk.score), " (High): ", drivers.join("; ")) : words("Risk ", String(risk.score), " (High)")));
  }
  // Every field written out (no spread): the object holds them all itself, with no second store for the rest.
  return {
    client: future.length === 0 ? client : { ...client, diagnostics: [...client.diagnostics, ...future] },
    health,
    lastActivity,
    daysInactive,
    stale,
    healthCheckDue: healthCheckDue(client.lastReview, ctx.today, settings.healthCheckDays),
    lastContact,
    daysSinceContact,
    outOfTouch,
    records,
    clv: intel.clv,
    tier: intel.tier,
    risk,
    trend: intel.trend,
    healthScores: intel.healthScores,
    daysInStage: intel.daysInStage,
    successPlan: intel.successPlan,
    atRisk: reasons.length > 0,
    reasons: kept(reasons), // trimmed to its length, or the shared empty list
  };
}
