// The Health Matrix: four categories scored 1-5, a weighted 0-100 score, its band and warnings.
import { daysBetween } from "./dates";
import type { Band, Day, Health, HealthCategory } from "./types";

export const HEALTH_CATEGORIES: readonly HealthCategory[] = ["profitability", "communication", "strategic_fit", "growth"];

/** The frontmatter key of each category. */
export const HEALTH_KEYS: Readonly<Record<HealthCategory, string>> = {
  profitability: "health_profitability",
  communication: "health_communication",
  strategic_fit: "health_strategic_fit",
  growth: "health_growth",
};

/** How each category is named in words (warnings, forms, the dashboard). */
export const CATEGORY_LABELS: Readonly<Record<HealthCategory, string>> = {
  profitability: "Profitability",
  communication: "Communication",
  strategic_fit: "Strategic fit",
  growth: "Growth potential",
};

/** The question a consultant asks when a category raises a warning. */
export const WARNING_QUESTIONS: Readonly<Record<HealthCategory, string>> = {
  profitability: "Are you over-servicing this client for the fee?",
  communication: "Do they answer within two working days and show up prepared?",
  strategic_fit: "Does this work build the expertise you want to be known for?",
  growth: "Is there a credible next project or upsell in the next six months?",
};

/** A category score is valid from 1 to 5 inclusive; decimals are allowed. */
export function isValidCategoryScore(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 && value <= 5;
}

/** The band of a 0-100 score (inclusive lower bounds 80, 60, 40). */
export function bandOf(score: number): Band {
  if (score >= 80) return "Excellent";
  if (score >= 60) return "Good";
  if (score >= 40) return "At Risk";
  return "Critical";
}

/**
 * Rounds half up. The tolerance absorbs binary floating-point error, so a value that is
 * exactly x.5 on paper (computed as x.4999999999) still rounds up.
 */
function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5 + 1e-9);
}

function sameScores(a: Partial<Record<HealthCategory, number>>, b: Partial<Record<HealthCategory, number>>): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k as HealthCategory] === b[k as HealthCategory]);
}

/**
 * The Health Matrix score of the valid categories in `input`: round_half_up(100 x sum(w x (s - 1)) /
 * (4 x sum(w))). Invalid values are ignored (counted as missing); a negative or non-finite weight
 * counts as 0. No valid category, or all their weights 0: score and band are null.
 */
export function computeHealth(input: Partial<Record<HealthCategory, number>>, weights: Record<HealthCategory, number>): Health {
  let scores: Partial<Record<HealthCategory, number>> = {};
  const warnings: string[] = [];
  let weighted = 0;
  let totalWeight = 0;
  for (const category of HEALTH_CATEGORIES) {
    const s = input[category];
    if (!isValidCategoryScore(s)) continue;
    scores[category] = s;
    if (s <= 2) warnings.push(`${CATEGORY_LABELS[category]} is ${s}/5`);
    const w = weights[category];
    const weight = typeof w === "number" && Number.isFinite(w) && w > 0 ? w : 0;
    weighted += weight * (s - 1);
    totalWeight += weight;
  }
  const complete = HEALTH_CATEGORIES.every((c) => scores[c] !== undefined);
  // When every input is a valid category (as parseClient gives), the scores are the input: share
  // it rather than hold a second copy per client. Nothing changes either object afterwards.
  if (sameScores(input, scores)) scores = input;
  // slice(): trimmed to its length (a pushed-to array keeps room for 16 more).
  if (totalWeight === 0) return { score: null, band: null, complete, scores, warnings: warnings.slice() };
  const score = Math.min(100, Math.max(0, roundHalfUp((100 * weighted) / (4 * totalWeight))));
  return { score, band: bandOf(score), complete, scores, warnings: warnings.slice() };
}

/** A Health Check is due when there is no last review, or it was `intervalDays` or more days ago. */
export function healthCheckDue(lastReview: Day | null, today: Day, intervalDays: number): boolean {
  if (lastReview === null) return true;
  return daysBetween(lastReview, today) >= intervalDays;
}
