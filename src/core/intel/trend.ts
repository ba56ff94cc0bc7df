// Health trend and time in stage (contract section 8).
import { NONE } from "../model/compact";
import { daysBetween, isDay } from "../model/dates";
import type { Day } from "../model/types";

export interface ScoredDay {
  day: Day;
  score: number;
}

/**
 * The latest health check and the one before it, by day; of two on the same day the later in
 * `entries` counts as later (as a stable sort by day would order them). One pass, no sort.
 */
export function lastTwo(entries: readonly ScoredDay[]): { latest: ScoredDay; before: ScoredDay } | null {
  let latest: ScoredDay | null = null;
  let before: ScoredDay | null = null;
  for (const e of entries) {
    if (latest === null || e.day >= latest.day) {
      before = latest;
      latest = e;
    } else if (before === null || e.day >= before.day) before = e;
  }
  return latest !== null && before !== null ? { latest, before } : null;
}

/** The latest health score minus the one before it; null with fewer than two. */
export function healthTrend(entries: readonly ScoredDay[]): number | null {
  const two = lastTwo(entries);
  return two === null ? null : two.latest.score - two.before.score;
}

/** How many of the latest health scores a card's sparkline shows. */
export const RECENT_SCORES = 6;

/** The latest `n` health scores, oldest first, by day (of one day, in input order: a stable sort); the shared empty list without any. */
export function recentScores(entries: readonly ScoredDay[], n = RECENT_SCORES): readonly number[] {
  if (entries.length === 0 || n <= 0) return NONE;
  const sorted = [...entries].sort((a, b) => (a.day === b.day ? 0 : a.day < b.day ? -1 : 1));
  return sorted.slice(Math.max(0, sorted.length - n)).map((e) => e.score);
}

/**
 * Whole days in the current stage: from `stage_changed`, else the latest Stage history day, to
 * today. null when there is no such day or it is after today (never a negative count).
 */
export function daysInStage(stageChanged: Day | null, stageHistoryDays: readonly Day[], today: Day): number | null {
  let from: Day | null = stageChanged !== null && isDay(stageChanged) ? stageChanged : null;
  if (from === null) {
    for (const d of stageHistoryDays) if (isDay(d) && (from === null || d > from)) from = d;
  }
  if (from === null) return null;
  const days = daysBetween(from, today);
  return days < 0 ? null : days;
}
