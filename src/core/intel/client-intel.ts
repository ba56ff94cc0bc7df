// A client's value, risk, trend and time in stage for one day (contract section 8), from its
// properties, its records and its history lines. Called by the activity evaluation, so the risk
// level can put a client at risk.
import type { ClientProps, Day, RecordProps, Risk, Tier } from "../model/types";
import type { SuccessPlan } from "../model/success-plan";
import type { Intern } from "../model/compact";
import type { IntelSettings } from "./intel-settings";
import { riskScore } from "./risk";
import { daysInStage, healthTrend, recentScores, type ScoredDay } from "./trend";
import { clientValue } from "./value";

/** What an adapter read besides the properties: the client's records and its history lines. */
export interface IntelInput {
  records?: readonly RecordProps[];
  /** The scored `## Health history` lines, when the note's text was read. */
  health?: readonly ScoredDay[];
  /** The days of the `## Stage history` lines, when the note's text was read. */
  stageDays?: readonly Day[];
  /** The `## Success plan` checkboxes, when the note's text was read. */
  successPlan?: SuccessPlan | null;
}

export interface ClientIntel {
  clv: number | null;
  tier: Tier | null;
  risk: Risk;
  trend: number | null;
  /** The latest health history scores (at most RECENT_SCORES), oldest first. */
  healthScores: readonly number[];
  daysInStage: number | null;
  successPlan: SuccessPlan | null;
}

export interface IntelContext {
  today: Day;
  currency: string;
  lastContact: Day | null;
  contactThreshold: number;
  /** Shares equal reason strings between clients (core/model/compact.ts). */
  intern?: Intern;
}

function acquisitionCost(client: ClientProps): number | null {
  const v = client.extra?.acquisition_cost;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function clientIntel(client: ClientProps, input: IntelInput, ctx: IntelContext, s: IntelSettings): ClientIntel {
  const records = input.records ?? [];
  const health = input.health ?? [];
  const value = clientValue(records, { currency: ctx.currency, acquisitionCost: acquisitionCost(client), today: ctx.today }, s);
  const profitability = client.healthInput.profitability ?? null;
  const risk = riskScore({ records, currency: ctx.currency, lastContact: ctx.lastContact, contactThreshold: ctx.contactThreshold, health, profitability, today: ctx.today, intern: ctx.intern }, s);
  return {
    clv: value.clv,
    tier: value.tier,
    risk,
    trend: healthTrend(health),
    healthScores: recentScores(health),
    daysInStage: daysInStage(client.stageChanged, input.stageDays ?? [], ctx.today),
    successPlan: input.successPlan ?? null,
  };
}
