// How long a client may stay in a stage before its card calls it stuck (the board's time in
// stage, contract section 8). Kept apart so the settings module stays small, like intel-settings.

export interface StuckSettings {
  /** Days in a stage after which a client is stuck, keyed by stage name; a stage not named is never stuck. */
  stuckDays: Record<string, number>;
}

export function defaultStuckSettings(): StuckSettings {
  return { stuckDays: { Discovery: 21, Proposal: 30, Active: 120, Retention: 365 } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isDays(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v > 0;
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Reads the stuck limits from stored data into `s`: each stored stage's limit replaces its default
 * (other stages keep theirs); a limit that is not a whole number of days above 0 keeps the default
 * and is reported with `bad` (named like `stuckDays.Proposal`).
 */
export function migrateStuckSettings(raw: Record<string, unknown>, s: StuckSettings, bad: (key: string, value: unknown) => void): void {
  const table = raw.stuckDays;
  if (table === undefined) return;
  if (!isObject(table)) return bad("stuckDays", table);
  const next: Record<string, number> = { ...s.stuckDays };
  for (const [stage, days] of Object.entries(table)) {
    if (UNSAFE_KEYS.has(stage)) continue;
    if (isDays(days)) next[stage] = days;
    else bad(`stuckDays.${stage}`, days);
  }
  s.stuckDays = next;
}

/** The settings' stuck limits when they hold a usable table, else the defaults (until the settings carry them). */
export function stuckDaysOf(settings: object): Record<string, number> {
  const table = (settings as { stuckDays?: unknown }).stuckDays;
  if (!isObject(table)) return defaultStuckSettings().stuckDays;
  const out: Record<string, number> = {};
  for (const [stage, days] of Object.entries(table)) if (!UNSAFE_KEYS.has(stage) && isDays(days)) out[stage] = days;
  return out;
}

/** The stuck limit of a stage (its exact name first, then without regard to case or spaces); null when it has none. */
export function stuckLimit(stage: string | null, stuckDays: Readonly<Record<string, number>>): number | null {
  if (stage === null) return null;
  const keys = Object.keys(stuckDays);
  const want = stage.trim().toLowerCase();
  const key = keys.find((k) => k === stage) ?? keys.find((k) => k.trim().toLowerCase() === want);
  return key === undefined ? null : (stuckDays[key] ?? null);
}
