// The settings of client value and risk (contract section 8): the expected lifespan, the value
// tiers and the weights of the risk parts. Kept apart so the settings module stays small.

export interface IntelSettings {
  /** The lifespan, in whole months, a client is expected to stay at least (CLV). */
  expectedLifespanMonths: number;
  /** The lowest CLV of each tier; below silver is Bronze. */
  tiers: { gold: number; silver: number };
  /** The weight of each risk part in the risk score. */
  riskWeights: { payment: number; churn: number; profitability: number };
}

export function defaultIntelSettings(): IntelSettings {
  return {
    expectedLifespanMonths: 24,
    tiers: { gold: 50000, silver: 10000 },
    riskWeights: { payment: 40, churn: 30, profitability: 30 },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isAmount(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}

const WEIGHTS = ["payment", "churn", "profitability"] as const;

/**
 * Reads the value and risk settings from stored data into `s`; each value that cannot be used
 * keeps its default and is reported with `bad` (named like `riskWeights.churn`).
 */
export function migrateIntelSettings(raw: Record<string, unknown>, s: IntelSettings, bad: (key: string, value: unknown) => void): void {
  const lifespan = raw.expectedLifespanMonths;
  if (lifespan !== undefined) {
    if (typeof lifespan === "number" && Number.isSafeInteger(lifespan) && lifespan > 0) s.expectedLifespanMonths = lifespan;
    else bad("expectedLifespanMonths", lifespan);
  }
  migrateTiers(raw.tiers, s, bad);
  const weights = raw.riskWeights;
  if (weights === undefined) return;
  if (!isObject(weights)) return bad("riskWeights", weights);
  for (const key of WEIGHTS) {
    const w = weights[key];
    if (w === undefined) continue;
    if (isAmount(w)) s.riskWeights[key] = w;
    else bad(`riskWeights.${key}`, w);
  }
}

function migrateTiers(tiers: unknown, s: IntelSettings, bad: (key: string, value: unknown) => void): void {
  if (tiers === undefined) return;
  if (!isObject(tiers)) return bad("tiers", tiers);
  const next = { ...s.tiers };
  const stored: ("gold" | "silver")[] = [];
  for (const key of ["gold", "silver"] as const) {
    const v = tiers[key];
    if (v === undefined) continue;
    if (isAmount(v)) {
      next[key] = v;
      stored.push(key);
    } else bad(`tiers.${key}`, v);
  }
  // Gold below silver would make Silver unreachable: the stored tiers that cause it are refused.
  if (next.gold < next.silver) {
    for (const key of stored) bad(`tiers.${key}`, tiers[key]);
    return;
  }
  s.tiers = next;
}
