// What a pipeline card shows of a client's value and risk (contract section 8): the risk badge
// with its breakdown, the value tier, the time in stage (stuck past the stage's limit) and a
// sparkline of the latest health scores, and the success plan's progress (issue 14). Pure: reads only
// the client status, made for the board's day.
import { stuckLimit } from "../intel/stuck-settings";
import { formatMoney, plural } from "../model/format";
import { successPlanTitle } from "../model/success-plan";
import type { ClientStatus, RiskParts } from "../model/types";

export type RiskTone = "low" | "medium" | "high";

export interface CardRisk {
  /** `Risk 62` */
  text: string;
  tone: RiskTone;
  /** `Payment 80 · Churn 45 · Profitability 50` */
  breakdown: string;
  /** The breakdown and the reasons (the tooltip and the badge's aria-label). */
  title: string;
}

export interface CardIntel {
  risk: CardRisk | null;
  tier: { text: string; tone: "gold" | "silver" | "bronze"; title: string } | null;
  /** `12 d in stage`; stuck once over the stage's limit. */
  stage: { text: string; title: string; stuck: boolean } | null;
  /** The latest health scores, oldest first, each with its bar height in percent (0-100). */
  spark: { scores: number[]; heights: number[]; title: string } | null;
  /** `Plan 60%`, titled `Success plan: 3 of 5 goals and milestones done`; null without a plan. */
  plan: { text: string; title: string; complete: boolean } | null;
  /** The words for the card's aria-label. */
  label: string[];
}

const PART_NAMES: readonly [keyof RiskParts, string][] = [["payment", "Payment"], ["churn", "Churn"], ["profitability", "Profitability"]];

/** `Payment 80 · Churn 45 · Profitability 50`; a part without data says so. */
export function riskBreakdown(parts: RiskParts): string {
  return PART_NAMES.map(([key, name]) => `${name} ${parts[key] ?? "not scored"}`).join(" · ");
}

function riskOf(c: ClientStatus): CardRisk | null {
  const { score, level, parts, reasons } = c.risk;
  if (score === null || level === null) return null;
  const breakdown = riskBreakdown(parts);
  const why = reasons.length === 0 ? "" : `. ${reasons.join("; ")}`;
  return { text: `Risk ${score}`, tone: level === "High" ? "high" : level === "Medium" ? "medium" : "low", breakdown, title: `Risk ${score} (${level}): ${breakdown}${why}` };
}

function tierOf(c: ClientStatus, currency: string): CardIntel["tier"] {
  if (c.tier === null || c.clv === null) return null;
  const tone = c.tier === "Gold" ? "gold" : c.tier === "Silver" ? "silver" : "bronze";
  return { text: c.tier, tone, title: `Lifetime value ${formatMoney(c.clv, currency)} (${c.tier})` };
}

function stageOf(c: ClientStatus, stuckDays: Readonly<Record<string, number>>): CardIntel["stage"] {
  const days = c.daysInStage;
  const stage = c.client.stage;
  if (days === null || stage === null) return null;
  const limit = stuckLimit(stage, stuckDays);
  const stuck = limit !== null && days > limit;
  const over = stuck ? `, stuck: over its limit of ${plural(limit, "day")}` : "";
  return { text: `${days} d in stage`, title: `${plural(days, "day")} in ${stage}${over}`, stuck };
}

/** The bar heights of a sparkline: each score (clamped to 0-100) in percent. */
export function sparkHeights(scores: readonly number[]): number[] {
  return scores.map((s) => Math.round(Math.min(100, Math.max(0, s))));
}

function sparkOf(c: ClientStatus): CardIntel["spark"] {
  const scores = c.healthScores;
  if (scores.length < 2) return null;
  const trend = c.trend === null || c.trend === 0 ? "" : ` (${c.trend > 0 ? "+" : ""}${c.trend} since the check before)`;
  return { scores: [...scores], heights: sparkHeights(scores), title: `Health history: ${scores.join(", ")}${trend}` };
}

function planOf(c: ClientStatus): CardIntel["plan"] {
  const p = c.successPlan;
  return p === null ? null : { text: `Plan ${p.percent}%`, title: successPlanTitle(p), complete: p.done === p.total };
}

/** The value and risk part of a card; null when there is nothing to show. */
export function cardIntel(c: ClientStatus, stuckDays: Readonly<Record<string, number>>, currency: string): CardIntel | null {
  const risk = riskOf(c);
  const tier = tierOf(c, currency);
  const stage = stageOf(c, stuckDays);
  const spark = sparkOf(c);
  const plan = planOf(c);
  if (risk === null && tier === null && stage === null && spark === null && plan === null) return null;
  const label = [
    risk === null ? null : `risk ${c.risk.score} ${c.risk.level ?? ""}`.trimEnd(),
    tier === null ? null : `${tier.text} tier`,
    stage?.title ?? null,
    spark === null ? null : spark.title.replace("Health history", "health history"),
    plan === null ? null : plan.title.replace("Success plan", "success plan"),
  ].filter((s): s is string => s !== null);
  return { risk, tier, stage, spark, plan, label };
}
