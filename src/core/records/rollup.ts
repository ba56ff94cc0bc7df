// One client's related records rolled up for one day (contract section 7): the stakeholder map,
// deals, the contract's renewal and notice deadline, invoices, purchase orders and feedback.
// Money in another currency than the client's is listed but never summed.
import { addDaysToDay, daysBetween } from "../model/dates";
import type { ClientRecords, Day, RecordKind, RecordProps, RecordRef } from "../model/types";
import { numberOf, RECORD_KINDS, textOf } from "./record";

export type { ClientRecords, OverdueInvoice, RecordDiagnostic, RecordRef } from "../model/types";

export interface RollupInput {
  /** The client's currency (its property, else the settings' default). */
  currency: string;
  /** True when the client is in Proposal or a later stage: missing champion and decision maker warn. */
  rolesMatter: boolean;
  /** The client note names a champion itself (its `champion` property). */
  championNamed?: boolean;
  today: Day;
}

const ROLES = ["champion", "decision maker", "influencer", "user", "billing", "blocker"];

function byPath(a: RecordRef, b: RecordRef): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function average(values: number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
}

/**
 * The overdue invoices' amounts by currency (contract section 7: listed, never summed across
 * currencies): `own` is the sum in the client's currency, null when none of those has an amount;
 * `other` the sum per other currency, by currency code.
 */
export function overdueByCurrency(r: ClientRecords): { own: number | null; other: [string, number][] } {
  const mine = r.currency.toUpperCase();
  let own: number | null = null;
  const other = new Map<string, number>();
  for (const i of r.invoices.overdueList) {
    if (i.amount === null) continue;
    if (i.currency === mine) own = (own ?? 0) + i.amount;
    else other.set(i.currency, (other.get(i.currency) ?? 0) + i.amount);
  }
  return { own, other: [...other].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
}

/** Rolls up `records` (each already resolved to this client) for `input.today`. */
export function rollUp(records: readonly RecordProps[], input: RollupInput): ClientRecords {
  const { today, currency } = input;
  const out: ClientRecords = {
    currency,
    counts: Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>,
    contacts: [], byRole: {}, lastContact: null,
    deals: { open: 0, openValue: 0, weightedValue: 0, pastClose: [] },
    contract: null,
    invoices: { open: 0, overdue: 0, paid: 0, openCount: 0, overdueCount: 0, paidCount: 0, oldestOverdueDays: null, overdueList: [] },
    pos: { unbilledCount: 0, unbilledAmount: 0 },
    feedback: { open: 0, avgDaysToFirstResponse: null, avgDaysToResolve: null, oldestOpenDays: null },
    warnings: [], diagnostics: [],
  };
  /** The amount when it may be summed: in the client's currency; otherwise null with a diagnostic. */
  const money = (r: RecordProps, key: string): number | null => {
    const amount = numberOf(r, key);
    if (amount === null) return null;
    const cur = (textOf(r, "currency") ?? currency).toUpperCase();
    if (cur === currency.toUpperCase()) return amount;
    out.diagnostics.push({ path: r.path, field: "currency", message: `${r.name}: ${key} ${amount} ${cur} is not in the client's currency ${currency}; listed, not summed` });
    return null;
  };
  const firstResponse: number[] = [];
  const resolve: number[] = [];
  const sorted = [...records].sort(byPath);
  for (const r of sorted) {
    out.counts[r.kind]++;
    if (r.kind === "contact") readContact(out, r);
    else if (r.kind === "deal") readDeal(out, r, money, today);
    else if (r.kind === "contract") readContract(out, r, today);
    else if (r.kind === "invoice") readInvoice(out, r, money, today, currency);
    else if (r.kind === "po") {
      if (r.values.invoice === undefined) {
        out.pos.unbilledCount++;
        out.pos.unbilledAmount += money(r, "amount") ?? 0;
      }
    } else readFeedback(out, r, today, firstResponse, resolve);
  }
  out.feedback.avgDaysToFirstResponse = average(firstResponse);
  out.feedback.avgDaysToResolve = average(resolve);
  out.invoices.overdueList.sort((a, b) => b.days - a.days || byPath(a, b));
  out.deals.pastClose.sort((a, b) => b.days - a.days || byPath(a, b));
  if (input.rolesMatter) {
    if (!out.byRole.champion && input.championNamed !== true) out.warnings.push("No champion");
    if (!out.byRole["decision maker"]) out.warnings.push("No decision maker");
  }
  const byRole: Record<string, string[]> = {};
  for (const role of ROLES) if (out.byRole[role]) byRole[role] = out.byRole[role];
  out.byRole = byRole;
  return out;
}

function readContact(out: ClientRecords, r: RecordProps): void {
  const roles = Array.isArray(r.values.role) ? r.values.role : [];
  const lastContact = textOf(r, "last_contact");
  out.contacts.push({ path: r.path, name: r.name, roles, lastContact });
  for (const role of roles) (out.byRole[role] ??= []).push(r.name);
  if (lastContact !== null && (out.lastContact === null || lastContact > out.lastContact)) out.lastContact = lastContact;
}

type Money = (r: RecordProps, key: string) => number | null;

function readDeal(out: ClientRecords, r: RecordProps, money: Money, today: Day): void {
  if ((textOf(r, "status") ?? "open") !== "open") return;
  out.deals.open++;
  const value = money(r, "value");
  if (value !== null) {
    out.deals.openValue += value;
    out.deals.weightedValue += Math.round(value * (numberOf(r, "probability") ?? 0)) / 100;
  }
  const expectedClose = textOf(r, "expected_close");
  if (expectedClose !== null && expectedClose < today) out.deals.pastClose.push({ path: r.path, name: r.name, expectedClose, days: daysBetween(expectedClose, today) });
}

function readContract(out: ClientRecords, r: RecordProps, today: Day): void {
  const end = textOf(r, "end");
  if (textOf(r, "status") !== "signed" || end === null) return;
  if (out.contract !== null && out.contract.end <= end) return;
  const noticeDeadline = addDaysToDay(end, -(numberOf(r, "notice_days") ?? 0));
  out.contract = { path: r.path, name: r.name, end, noticeDeadline, daysToNotice: daysBetween(today, noticeDeadline), autoRenew: r.values.auto_renew === true };
}

function readInvoice(out: ClientRecords, r: RecordProps, money: Money, today: Day, currency: string): void {
  const amount = money(r, "amount");
  const inv = out.invoices;
  if (r.values.paid !== undefined) {
    inv.paidCount++;
    inv.paid += amount ?? 0;
    return;
  }
  const due = textOf(r, "due");
  if (due !== null && due < today) {
    const days = daysBetween(due, today);
    inv.overdueCount++;
    inv.overdue += amount ?? 0;
    inv.overdueList.push({ path: r.path, name: r.name, amount: numberOf(r, "amount"), currency: (textOf(r, "currency") ?? currency).toUpperCase(), due, days });
    if (inv.oldestOverdueDays === null || days > inv.oldestOverdueDays) inv.oldestOverdueDays = days;
  } else {
    inv.openCount++;
    inv.open += amount ?? 0;
  }
}

function readFeedback(out: ClientRecords, r: RecordProps, today: Day, firstResponse: number[], resolve: number[]): void {
  const opened = textOf(r, "opened");
  const first = textOf(r, "first_response");
  const resolved = textOf(r, "resolved");
  if (opened !== null && first !== null) firstResponse.push(Math.max(0, daysBetween(opened, first)));
  if (opened !== null && resolved !== null) resolve.push(Math.max(0, daysBetween(opened, resolved)));
  if (resolved !== null) return;
  out.feedback.open++;
  if (opened !== null) {
    const days = Math.max(0, daysBetween(opened, today));
    if (out.feedback.oldestOpenDays === null || days > out.feedback.oldestOpenDays) out.feedback.oldestOpenDays = days;
  }
}
