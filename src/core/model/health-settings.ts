// The Health Matrix setting (issue 13, item 4): its default and the migration from whatever
// `loadData()` returned, v1's `weights` record of the default four included. Merged by settings.ts.
import {
  copyMatrix, DEFAULT_HEALTH_MATRIX, isHealthId, MAX_HEALTH_CATEGORIES, MAX_HEALTH_LABEL, MAX_HEALTH_QUESTION, type HealthCategoryDef,
} from "./health-matrix";

export interface HealthSettings {
  /** The categories of the Health Matrix, in order; never empty, ids unique. */
  healthMatrix: HealthCategoryDef[];
}

export function defaultHealthSettings(): HealthSettings {
  return { healthMatrix: copyMatrix(DEFAULT_HEALTH_MATRIX) };
}

type Bad = (key: string, value: unknown) => void;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A weight the score can use: a finite number from 0 to 100. */
export function isHealthWeight(w: unknown): w is number {
  return typeof w === "number" && Number.isFinite(w) && w >= 0 && w <= 100;
}

/** A label or question as the setting keeps it: one line, trimmed, at most `max` characters. */
export function cleanHealthText(v: string, max: number): string {
  return v.replace(/[\r\n\t\u2028\u2029]+/g, " ").trim().slice(0, max).trim();
}

/** One category from stored data, or null (and `bad`) when it cannot be used. */
function readCategory(raw: unknown, key: string, taken: Set<string>, bad: Bad): HealthCategoryDef | null {
  if (!isObject(raw)) return bad(key, raw), null;
  const { id, label, question, weight } = raw;
  if (typeof id !== "string" || !isHealthId(id) || taken.has(id)) return bad(`${key}.id`, id), null;
  const name = typeof label === "string" ? cleanHealthText(label, MAX_HEALTH_LABEL) : "";
  if (name === "") return bad(`${key}.label`, label), null;
  if (question !== undefined && typeof question !== "string") return bad(`${key}.question`, question), null;
  if (!isHealthWeight(weight)) return bad(`${key}.weight`, weight), null;
  taken.add(id);
  return { id, label: name, question: cleanHealthText(question ?? "", MAX_HEALTH_QUESTION), weight };
}

/**
 * Reads `healthMatrix`, else v1's `weights` (the default four with those weights). Returns true
 * when the stored form should be saved again in the new form (v1 weights only).
 */
export function migrateHealthSettings(raw: Record<string, unknown>, s: HealthSettings, bad: Bad): boolean {
  if (raw.healthMatrix !== undefined) {
    const list = raw.healthMatrix;
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_HEALTH_CATEGORIES) return bad("healthMatrix", list), false;
    const taken = new Set<string>();
    const read: HealthCategoryDef[] = [];
    list.forEach((c, i) => {
      const cat = readCategory(c, `healthMatrix.${i}`, taken, bad);
      if (cat !== null) read.push(cat);
    });
    if (read.length > 0) s.healthMatrix = read;
    else bad("healthMatrix", list);
    return false;
  }
  if (raw.weights === undefined) return false;
  if (!isObject(raw.weights)) return bad("weights", raw.weights), false;
  for (const c of s.healthMatrix) {
    const w = Object.prototype.hasOwnProperty.call(raw.weights, c.id) ? raw.weights[c.id] : undefined;
    if (w === undefined) continue;
    if (isHealthWeight(w)) c.weight = w;
    else bad(`weights.${c.id}`, w);
  }
  return true;
}
