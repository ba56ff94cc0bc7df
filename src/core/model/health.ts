// The Health Matrix: the configured categories scored 1-5, a weighted 0-100 score, its band and
// warnings. The categories are a setting (health-matrix.ts); the default is seed 000's four.
import { asIs, kept, words, type Intern } from "./compact";
import { daysBetween } from "./dates";
import { DEFAULT_HEALTH_MATRIX, healthKey, matrixFromWeights, type HealthCategoryDef, type HealthMatrix } from "./health-matrix";
import type { Band, Day, Health, HealthCategory } from "./types";

/** The ids of the default matrix (seed 000), for the code that names them. */
export type DefaultHealthCategory = "profitability" | "communication" | "strategic_fit" | "growth";

/** The default matrix's ids, in order. */
export const HEALTH_CATEGORIES: readonly DefaultHealthCategory[] = ["profitability", "communication", "strategic_fit", "growth"];

function byDefaultId<T>(value: (c: HealthCategoryDef) => T): Readonly<Record<DefaultHealthCategory, T>> {
  const out = {} as Record<DefaultHealthCategory, T>;
  HEALTH_CATEGORIES.forEach((id, i) => {
    const c = DEFAULT_HEALTH_MATRIX[i];
    if (c?.id === id) out[id] = value(c);
  });
  return out;
}

/** The frontmatter key of each default category. */
export const HEALTH_KEYS: Readonly<Record<DefaultHealthCategory, string>> = byDefaultId((c) => healthKey(c.id));

/** How each default category is named in words. */
export const CATEGORY_LABELS: Readonly<Record<DefaultHealthCategory, string>> = byDefaultId((c) => c.label);

/** The question a consultant asks when a default category raises a warning. */
export const WARNING_QUESTIONS: Readonly<Record<DefaultHealthCategory, string>> = byDefaultId((c) => c.question);

/** The categories to score: a matrix as it is, or v1's weights of the default four. */
export function asMatrix(m: HealthMatrix | Readonly<Record<HealthCategory, number>>): HealthMatrix {
  return Array.isArray(m) ? (m as HealthMatrix) : matrixFromWeights(m as Readonly<Record<HealthCategory, number>>);
}

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

function sameScores(a: Readonly<Partial<Record<HealthCategory, number>>>, b: Readonly<Partial<Record<HealthCategory, number>>>): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

/**
 * The Health Matrix score of the valid categories of `matrix` in `input`: round_half_up(100 x
 * sum(w x (s - 1)) / (4 x sum(w))). Invalid values are ignored (counted as missing); a negative or
 * non-finite weight counts as 0; keys of categories not in the matrix are not scored. Complete:
 * every category of the matrix is valid. No valid category, or all their weights 0: score and band
 * are null. `matrix` may also be v1's weights of the default four.
 */
export function computeHealth(input: Readonly<Partial<Record<HealthCategory, number>>>, matrix: HealthMatrix | Readonly<Record<HealthCategory, number>>, intern: Intern = asIs): Health {
  const categories = asMatrix(matrix);
  let scores: Partial<Record<HealthCategory, number>> = {};
  const warnings: string[] = [];
  let weighted = 0;
  let totalWeight = 0;
  let complete = true;
  for (const category of categories) {
    const s = Object.prototype.hasOwnProperty.call(input, category.id) ? input[category.id] : undefined;
    if (!isValidCategoryScore(s)) {
      complete = false;
      continue;
    }
    scores[category.id] = s;
    if (s <= 2) warnings.push(intern(words(category.label, " is ", s, "/5")));
    const w = category.weight;
    const weight = typeof w === "number" && Number.isFinite(w) && w > 0 ? w : 0;
    weighted += weight * (s - 1);
    totalWeight += weight;
  }
  // When every input is a valid category (as parseClient gives), the scores are the input: share
  // it rather than hold a second copy per client. Nothing changes either object afterwards.
  if (sameScores(input, scores)) scores = input;
  // kept(): trimmed to its length (a pushed-to array keeps room for 16 more), or the shared empty list.
  if (totalWeight === 0) return { score: null, band: null, complete, scores, warnings: kept(warnings) };
  const score = Math.min(100, Math.max(0, roundHalfUp((100 * weighted) / (4 * totalWeight))));
  return { score, band: bandOf(score), complete, scores, warnings: kept(warnings) };
}

/** A Health Check is due when there is no last review, or it was `intervalDays` or more days ago. */
export function healthCheckDue(lastReview: Day | null, today: Day, intervalDays: number): boolean {
  if (lastReview === null) return true;
  return daysBetween(lastReview, today) >= intervalDays;
}
