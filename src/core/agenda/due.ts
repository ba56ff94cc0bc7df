// Due items (contract section 9): the rules that turn one client, its records and its unmet needs
// into dated items. Items are computed for a day, never stored.
import { addDaysToDay, isDay } from "../model/dates";
import type { ClientRecords, ClientStatus, Day, RecordProps } from "../model/types";
import { textOf } from "../records/record";
import { rollUp } from "../records/rollup";
import type { AgendaSettings } from "./agenda-settings";

import type { DueKind } from "./due-kinds";

export { DUE_KINDS, type DueKind } from "./due-kinds";

export interface DueItem {
  /** The client note's path. */
  client: string;
  clientName: string;
  kind: DueKind;
  day: Day;
  /** A sentence, e.g. "Health check due for Acme Robotics". */
  text: string;
  /** The path of the record note behind the item, else null. */
  source: string | null;
}

/** An item under the master note's unmet needs. */
export interface NeedItem {
  text: string;
  /** Its leading `YYYY-MM-DD:` day, else the day Clientele first saw it; null when unknown (no item). */
  written: Day | null;
}

export interface DueInput {
  status: ClientStatus;
  /** The client's own related records. */
  records: readonly RecordProps[];
  needs: readonly NeedItem[];
  healthCheckDays: number;
  today: Day;
  /**
   * The day the client began (its `created` property or first history line), when known. With no
   * contact at all the touchpoint falls due this day + the cadence (so a new client is not due at
   * once, as in section 4), else today.
   */
  since?: Day | null;
}

/** Without a contract, the renewal item falls due this many days before `renewal`. */
export const RENEWAL_LEAD_DAYS = 60;
/** A feedback waits this many days for its first response. */
export const FEEDBACK_RESPONSE_DAYS = 2;
/** An unmet need waits this many days for a deal. */
export const UNMET_NEED_DAYS = 30;

/** A day property as written, or null when it is not a real day. */
function dayValue(v: unknown): Day | null {
  return typeof v === "string" && isDay(v.trim()) ? v.trim() : null;
}

/** `n` days after `day`, or null past the years 0000-9999 (a far-off day makes no item, not an error). */
function shift(day: Day, n: number): Day | null {
  try {
    return addDaysToDay(day, n);
  } catch {
    return null;
  }
}

function recordDay(r: RecordProps, key: string): Day | null {
  return dayValue(textOf(r, key));
}

/** The cadence of a stage: its own key, else one spelled alike in another case; undefined when none is set. */
export function cadenceOf(stage: string | null, cadence: Readonly<Record<string, number | null>>): number | null | undefined {
  if (stage === null) return undefined;
  if (Object.prototype.hasOwnProperty.call(cadence, stage)) return cadence[stage];
  const want = stage.trim().toLowerCase();
  const key = Object.keys(cadence).find((k) => k.trim().toLowerCase() === want);
  return key === undefined ? undefined : cadence[key];
}

/** A record's words, e.g. "INV-0004", else its note name. */
function label(r: { id?: string | null; name: string }): string {
  return r.id ?? r.name;
}

/** Adds an item; a null day (out of range) adds none. */
type Push = (kind: DueKind, day: Day | null, text: string, source: string | null) => void;

function healthCheck(input: DueInput, push: Push, name: string): void {
  const review = input.status.client.lastReview;
  push("health-check", review === null ? input.today : shift(review, input.healthCheckDays), `Health check due for ${name}`, null);
}

function touchpoint(input: DueInput, rolled: ClientRecords, s: AgendaSettings, push: Push, name: string): void {
  const cadence = cadenceOf(input.status.client.stage, s.cadenceDays);
  // No stage, a stage without a cadence, or a null cadence (an excluded stage): no touchpoint.
  if (cadence === undefined || cadence === null) return;
  // The status's last contact (section 4), or a contact's when the status was read without records.
  const own = input.status.lastContact;
  const last = own === null || (rolled.lastContact !== null && rolled.lastContact > own) ? rolled.lastContact : own;
  const since = input.since ?? null;
  const day = last !== null ? shift(last, cadence) : since !== null ? shift(since, cadence) : input.today;
  push("touchpoint", day, last === null ? `First contact due with ${name}` : `Touchpoint due with ${name} (last contact ${last})`, null);
}

function nextAction(input: DueInput, push: Push, name: string): void {
  const c = input.status.client;
  if (c.nextActionDue === null) return;
  push("next-action", c.nextActionDue, c.nextAction === null ? `Next action due for ${name}` : `Next action for ${name}: ${c.nextAction}`, null);
}

function renewal(input: DueInput, rolled: ClientRecords, push: Push, name: string): void {
  const contract = rolled.contract;
  if (contract !== null) {
    const id = input.records.find((r) => r.path === contract.path)?.id;
    push("renewal", contract.noticeDeadline, `Renewal notice deadline for ${name}: contract ${label({ id, name: contract.name })} ends ${contract.end}`, contract.path);
    return;
  }
  const day = input.status.client.renewal;
  if (day !== null) push("renewal", shift(day, -RENEWAL_LEAD_DAYS), `Renewal of ${name} on ${day}`, null);
}

function invoices(input: DueInput, rolled: ClientRecords, push: Push): void {
  // The roll-up keeps no ids: look them up by path, once.
  const ids = new Map(input.records.map((r) => [r.path, r.id] as const));
  for (const inv of rolled.invoices.overdueList) {
    const day = shift(inv.due, 1);
    push("invoice", day, `Invoice ${label({ id: ids.get(inv.path), name: inv.name })} overdue since ${day ?? inv.due}`, inv.path);
  }
}

function feedback(input: DueInput, push: Push, name: string): void {
  for (const r of input.records) {
    if (r.kind !== "feedback" || r.values.first_response !== undefined || r.values.resolved !== undefined) continue;
    const opened = recordDay(r, "opened");
    if (opened === null) continue; // no day to count from
    push("feedback", shift(opened, FEEDBACK_RESPONSE_DAYS), `Feedback ${label(r)} from ${name} awaits a first response`, r.path);
  }
}

function unmetNeeds(input: DueInput, push: Push, name: string): void {
  // The latest day a deal was opened: a need is met by any deal opened on or after its day.
  let lastOpened: Day | null = null;
  for (const r of input.records) {
    const opened = r.kind === "deal" ? recordDay(r, "opened") : null;
    if (opened !== null && (lastOpened === null || opened > lastOpened)) lastOpened = opened;
  }
  for (const need of input.needs) {
    const written = dayValue(need.written);
    if (written === null || (lastOpened !== null && lastOpened >= written)) continue;
    push("unmet-need", shift(written, UNMET_NEED_DAYS), `Unmet need of ${name} since ${written}: ${need.text}`, null);
  }
}

/** The client's snooze day, when its `snooze_until` property is a day. */
export function snoozeUntil(status: ClientStatus): Day | null {
  return dayValue(status.client.extra?.snooze_until);
}

/**
 * The items of one client for `input.today`, in the order of the rules. None while the client is
 * snoozed (today before `snooze_until`); they are back on that day. The contract and overdue
 * invoices come from the status's roll-up, or from `input.records` when the status has none.
 */
export function dueItems(input: DueInput, s: AgendaSettings): DueItem[] {
  const { status, today } = input;
  const snooze = snoozeUntil(status);
  if (snooze !== null && today < snooze) return [];
  const c = status.client;
  const out: DueItem[] = [];
  const push: Push = (kind, day, text, source) => {
    if (day !== null) out.push({ client: c.path, clientName: c.name, kind, day, text, source });
  };
  const on = s.dueRules;
  const rolled = on.touchpoint || on.renewal || on.invoice ? (status.records ?? rollUp(input.records, { currency: c.currency ?? "", rolesMatter: false, today })) : null;
  if (on["health-check"]) healthCheck(input, push, c.name);
  if (on.touchpoint && rolled !== null) touchpoint(input, rolled, s, push, c.name);
  if (on["next-action"]) nextAction(input, push, c.name);
  if (on.renewal && rolled !== null) renewal(input, rolled, push, c.name);
  if (on.invoice && rolled !== null) invoices(input, rolled, push);
  if (on.feedback) feedback(input, push, c.name);
  if (on["unmet-need"]) unmetNeeds(input, push, c.name);
  return out;
}
