// Client lifetime value (contract section 8): from the client's paid invoices in its currency,
// CLV = average order value x invoices per month x lifespan - acquisition cost.
import { isDay } from "../model/dates";
import { numberOf, textOf } from "../records/record";
import type { Day, RecordProps, Tier } from "../model/types";
import type { IntelSettings } from "./intel-settings";

export type { Tier } from "../model/types";

export interface ClientValue {
  /** null when the client has no paid invoice in its currency. */
  clv: number | null;
  tier: Tier | null;
  paidInvoices: number;
  aov: number | null;
  perMonth: number | null;
  lifespanMonths: number | null;
}

export interface ValueInput {
  /** The client's currency (its property, else the settings' default). */
  currency: string;
  /** The client's `acquisition_cost`; null counts as 0. */
  acquisitionCost: number | null;
  today: Day;
}

/**
 * Whole calendar months from `from` to `to`: a month counts once its day of the month is reached,
 * e.g. 2026-01-15 -> 2026-11-21 is 10, 2026-01-31 -> 2026-02-28 is 0. Negative when `to` is
 * earlier. Throws on a non-day.
 */
export function monthsBetween(from: Day, to: Day): number {
  if (!isDay(from) || !isDay(to)) throw new RangeError(`not a day (YYYY-MM-DD): ${JSON.stringify(isDay(from) ? to : from)}`);
  if (to < from) return -monthsBetween(to, from);
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** True when the record's money is in the client's currency (a record without one is). */
export function inCurrency(r: RecordProps, currency: string): boolean {
  return (textOf(r, "currency") ?? currency).toUpperCase() === currency.toUpperCase();
}

/** The day a paid invoice counts from: `issued`, else `paid` (it was issued by then at the latest). */
function issueDay(r: RecordProps): Day | null {
  const issued = textOf(r, "issued");
  if (issued !== null && isDay(issued)) return issued;
  const paid = textOf(r, "paid");
  return paid !== null && isDay(paid) ? paid : null;
}

export function tierOf(clv: number, s: IntelSettings): Tier {
  if (clv >= s.tiers.gold) return "Gold";
  return clv >= s.tiers.silver ? "Silver" : "Bronze";
}

export function clientValue(records: readonly RecordProps[], input: ValueInput, s: IntelSettings): ClientValue {
  let n = 0;
  let total = 0;
  let first: Day | null = null;
  for (const r of records) {
    if (r.kind !== "invoice" || r.values.paid === undefined || !inCurrency(r, input.currency)) continue;
    const amount = numberOf(r, "amount");
    const day = issueDay(r);
    if (amount === null || day === null) continue;
    n++;
    total += amount;
    if (first === null || day < first) first = day;
  }
  if (n === 0 || first === null) return { clv: null, tier: null, paidInvoices: 0, aov: null, perMonth: null, lifespanMonths: null };
  const aov = total / n;
  // At least one month, so a first invoice this month (or a future issue day) does not divide by 0.
  const span = Math.max(1, monthsBetween(first, input.today));
  const perMonth = n / span;
  const lifespan = Math.max(span, s.expectedLifespanMonths);
  const clv = Math.round(aov * perMonth * lifespan - (input.acquisitionCost ?? 0));
  return { clv, tier: tierOf(clv, s), paidInvoices: n, aov, perMonth, lifespanMonths: lifespan };
}
