// The settings of due items and the agenda (contract section 9): which rules run, the touchpoint
// cadence per stage, how far ahead the agenda looks and
// whether the once-a-day Notice is shown. Read by `migrateSettings`; kept apart so
// the settings module stays small.
import { DUE_KINDS, type DueKind } from "./due-kinds";

export interface AgendaSettings {
  /** Which rules make items; a rule switched off makes none. */
  dueRules: Record<DueKind, boolean>;
  /** Days between touchpoints, by stage name; null: the stage gets no touchpoint (e.g. Sunset). */
  cadenceDays: Record<string, number | null>;
  /** The agenda lists items due on or before today + this many days. */
  agendaDays: number;
  /** Once a day, a Notice of the items due today and overdue. */
  agendaNotice: boolean;
}

const DEFAULT_CADENCE: Readonly<Record<string, number | null>> = { Discovery: 7, Proposal: 7, Active: 14, Retention: 30, Sunset: null };

/** Longest cadence or look-ahead accepted: ten years, so day arithmetic stays far from the year 9999. */
const MAX_DAYS = 3660;

export function defaultAgendaSettings(): AgendaSettings {
  const rules = {} as Record<DueKind, boolean>;
  for (const k of DUE_KINDS) rules[k] = true;
  return { dueRules: rules, cadenceDays: { ...DEFAULT_CADENCE }, agendaDays: 7, agendaNotice: true };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isDayCount(v: unknown, min: number): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= MAX_DAYS;
}

/**
 * Reads the agenda settings from stored data into `s`; each value that cannot be used keeps its
 * default and is reported with `bad` (named like `cadenceDays.Active`).
 */
export function migrateAgendaSettings(raw: Record<string, unknown>, s: AgendaSettings, bad: (key: string, value: unknown) => void): void {
  const rules = raw.dueRules;
  if (rules !== undefined) {
    if (!isObject(rules)) bad("dueRules", rules);
    else {
      for (const kind of DUE_KINDS) {
        const v = rules[kind];
        if (v === undefined) continue;
        if (typeof v === "boolean") s.dueRules[kind] = v;
        else bad(`dueRules.${kind}`, v);
      }
    }
  }
  const cadence = raw.cadenceDays;
  if (cadence !== undefined) {
    if (!isObject(cadence)) bad("cadenceDays", cadence);
    else {
      // Stages are the user's: any name may carry a cadence; a cadence of 0 would be due every day, so 1 is the least.
      for (const [stage, v] of Object.entries(cadence)) {
        if (stage.trim() === "") bad(`cadenceDays.${stage}`, v);
        else if (v === null || isDayCount(v, 1)) s.cadenceDays[stage] = v;
        else bad(`cadenceDays.${stage}`, v);
      }
    }
  }
  const days = raw.agendaDays;
  if (days !== undefined) {
    if (isDayCount(days, 0)) s.agendaDays = days;
    else bad("agendaDays", days);
  }
  const notice = raw.agendaNotice;
  if (notice === undefined) return;
  if (typeof notice === "boolean") s.agendaNotice = notice;
  else bad("agendaNotice", notice);
}
