// The risk score of a client (contract section 8): payment, churn and profitability parts, each
// 0-100, weighted by the settings. 0 is no risk.
import { asIs, kept, NONE, words, type Intern } from "../model/compact";
import { addDaysToDay, daysBetween, isDay } from "../model/dates";
import { plural } from "../model/format";
import { numberOf, textOf } from "../records/record";
import type { Day, RecordProps, Risk, RiskLevel } from "../model/types";
import type { IntelSettings } from "./intel-settings";
import { lastTwo, type ScoredDay } from "./trend";
import { inCurrency } from "./value";

export type { Risk, RiskLevel, RiskParts } from "../model/types";

export interface RiskInput {
  records: readonly RecordProps[];
  /** The client's currency (its property, else the settings' default). */
  currency: string;
  /** The client's last contact (section 4). */
  lastContact: Day | null;
  /** The contact threshold in days (section 4). */
  contactThreshold: number;
  /** The scored `## Health history` lines, in any order. */
  health: readonly ScoredDay[];
  /** `health_profitability` 1-5; null when missing or invalid. */
  profitability: number | null;
  today: Day;
  /** Shares equal reason strings between clients (core/model/compact.ts); each as it is when absent. */
  intern?: Intern;
}

/** A part with the words that explain it (empty when the part is 0 or null). */
interface Part {
  value: number | null;
  reasons: readonly string[];
}

const DAYS_FOR_FULL_PAYMENT_RISK = 90;
const HEALTH_DECLINE_RISK = 25;

export function riskLevel(score: number): RiskLevel {
  if (score < 30) return "Low";
  return score <= 60 ? "Medium" : "High";
}

/**
 * Overdue days: every overdue invoice counts, whatever its currency (days are not money, and the
 * roll-up counts them the same way); amounts only in the client's currency, as they are summed.
 */
function paymentPart(input: RiskInput): Part {
  const { today, currency } = input;
  const yearAgo = addDaysToDay(today, -365);
  let invoices = 0;
  let overdue = 0;
  let oldest = 0;
  let overdueAmount = 0;
  let invoiced = 0;
  for (const r of input.records) {
    if (r.kind !== "invoice") continue;
    invoices++;
    const amount = inCurrency(r, currency) ? numberOf(r, "amount") : null;
    const issued = textOf(r, "issued");
    // An invoice without `issued` cannot be placed in the last year, so it is not in the total.
    if (amount !== null && issued !== null && isDay(issued) && issued >= yearAgo && issued <= today) invoiced += amount;
    const due = textOf(r, "due");
    if (r.values.paid !== undefined || due === null || !isDay(due) || due >= today) continue;
    overdue++;
    oldest = Math.max(oldest, daysBetween(due, today));
    overdueAmount += amount ?? 0;
  }
  if (invoices === 0) return { value: null, reasons: NONE };
  if (overdue === 0) return { value: 0, reasons: NONE };
  const byDays = Math.min(100, Math.round((oldest * 100) / DAYS_FOR_FULL_PAYMENT_RISK));
  const byAmount = invoiced === 0 ? 0 : Math.min(100, Math.round((100 * overdueAmount) / invoiced));
  const pieces: (string | number)[] = overdue === 1 ? ["1 invoice overdue by ", plural(oldest, "day")] : [overdue, " invoices overdue, oldest ", plural(oldest, "day")];
  if (byAmount > byDays) pieces.push(", ", byAmount, "% of the last year's invoicing");
  return { value: Math.max(byDays, byAmount), reasons: [words(...pieces)] };
}

/**
 * No contact date but a health history: the contact share is 0, as nothing says contact lapsed
 * (section 4 flags a missing contact date by the client's age, which is not known here).
 */
function churnPart(input: RiskInput): Part {
  const { lastContact, health, today } = input;
  const contact = lastContact !== null && isDay(lastContact) ? lastContact : null;
  if (contact === null && health.length === 0) return { value: null, reasons: NONE };
  const reasons: string[] = [];
  let value = 0;
  if (contact !== null) {
    const days = Math.max(0, daysBetween(contact, today));
    // A threshold under a day would divide by 0 or flip the sign: one day is the least.
    const threshold = Math.max(1, input.contactThreshold);
    value = Math.min(100, Math.round((100 * days) / (2 * threshold)));
    if (value > 0) reasons.push(words("No contact for ", plural(days, "day")));
  }
  const two = lastTwo(health);
  if (two !== null && two.latest.score < two.before.score) {
    value = Math.min(100, value + HEALTH_DECLINE_RISK);
    reasons.push(words("Health fell from ", two.before.score, " to ", two.latest.score));
  }
  return { value, reasons: kept(reasons) };
}

function profitabilityPart(s: number | null): Part {
  if (s === null || !Number.isFinite(s) || s < 1 || s > 5) return { value: null, reasons: NONE };
  const value = Math.round((5 - s) * 25);
  return { value, reasons: value > 0 ? [words("Profitability ", s, " of 5")] : NONE };
}

/** The weighted risk; null when every part is null or the parts that are not weigh nothing. */
export function riskScore(input: RiskInput, s: IntelSettings): Risk {
  const payment = paymentPart(input);
  const churn = churnPart(input);
  const profitability = profitabilityPart(input.profitability);
  const weighted: [Part, number][] = [[payment, s.riskWeights.payment], [churn, s.riskWeights.churn], [profitability, s.riskWeights.profitability]];
  let sum = 0;
  let weights = 0;
  for (const [part, w] of weighted) {
    if (part.value === null) continue;
    sum += w * part.value;
    weights += w;
  }
  const score = weights > 0 ? Math.round(sum / weights) : null;
  return {
    score,
    level: score === null ? null : riskLevel(score),
    parts: { payment: payment.value, churn: churn.value, profitability: profitability.value },
    // One list of exactly its length, or the shared empty one.
    reasons: kept([...payment.reasons, ...churn.reasons, ...profitability.reasons].map(input.intern ?? asIs)),
  };
}
