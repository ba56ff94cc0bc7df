// Reads the dated history lines and the unmet needs out of a client note's body.
import { SECTION_HEALTH, SECTION_STAGES } from "../change/actions";
import { isDay } from "../model/dates";
import { readSection, readSections } from "../note/sections";
import type { Day } from "../model/types";

export const SECTION_UNMET_NEEDS = "### Unmet needs";

/** One line of `## Health history`, e.g. `- 2026-10-02: P4 C3 S5 G2 = 63 (Good) — comment`. */
export interface HealthEntry {
  day: Day;
  /** null for `= Unscored`. */
  score: number | null;
  /** What the line says in brackets, e.g. `Good` or `Good, incomplete`; null when absent. */
  band: string | null;
  comment: string;
}

/** One line of `## Stage history`: `- 2026-09-01: Proposal → Active` or `- 2026-09-01: Created in Discovery`. */
export interface StageEntry {
  day: Day;
  /** null for `Created in …` (and for a `(none) → …` move). */
  from: string | null;
  to: string;
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const DATED = /^(\d{4}-\d{2}-\d{2})\s*:\s*(.*)$/;
const HEALTH_RESULT = /=\s*(\d+(?:\.\d+)?|Unscored)\s*(?:\(([^)]*)\))?\s*(?:[—–-]\s*(.*))?$/;
const MOVE = /^(.*?)\s*(?:→|->)\s*(.+)$/;
const CREATED = /^created in\s+(.+)$/i;

/** The `YYYY-MM-DD: rest` of a list item, or null. */
function datedItem(line: string): { day: Day; rest: string } | null {
  const item = BULLET.exec(line)?.[1];
  const m = item === undefined ? null : DATED.exec(item.trim());
  if (!m?.[1] || m[2] === undefined || !isDay(m[1])) return null;
  return { day: m[1], rest: m[2].trim() };
}

/** The health entries of a note body, oldest first; lines that do not parse are skipped. */
export function healthHistory(text: string): HealthEntry[] {
  return healthEntries(readSection(text, SECTION_HEALTH));
}

export function healthEntries(lines: string[] | null): HealthEntry[] {
  const out: HealthEntry[] = [];
  for (const line of lines ?? []) {
    const item = datedItem(line);
    const m = item ? HEALTH_RESULT.exec(item.rest) : null;
    if (!item || !m?.[1]) continue;
    out.push({
      day: item.day,
      score: m[1] === "Unscored" ? null : Number(m[1]),
      band: m[2]?.trim() || null,
      comment: m[3]?.trim() ?? "",
    });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The stage entries of a note body, oldest first; lines that do not parse are skipped. */
export function stageHistory(text: string): StageEntry[] {
  return stageEntries(readSection(text, SECTION_STAGES));
}

export function stageEntries(lines: string[] | null): StageEntry[] {
  const out: StageEntry[] = [];
  for (const line of lines ?? []) {
    const item = datedItem(line);
    if (!item) continue;
    const created = CREATED.exec(item.rest);
    const move = created ? null : MOVE.exec(item.rest);
    if (created?.[1]) out.push({ day: item.day, from: null, to: created[1].trim() });
    else if (move?.[2] !== undefined) {
      const from = move[1]?.trim() ?? "";
      out.push({ day: item.day, from: from === "" || from === "(none)" ? null : from, to: move[2].trim() });
    }
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * The top-level list items under `### Unmet needs`, as written (their Markdown kept, a task box
 * removed); empty items are skipped.
 */
export function unmetNeeds(text: string): string[] {
  return needItems(readSection(text, SECTION_UNMET_NEEDS));
}

export function needItems(lines: string[] | null): string[] {
  const out: string[] = [];
  for (const line of lines ?? []) {
    if (/^\s/.test(line)) continue; // nested items and continuation lines
    const item = BULLET.exec(line)?.[1]?.replace(/^\[.\]\s*/, "").trim();
    if (item) out.push(item);
  }
  return out;
}

/** The three histories of one note body, read in one pass over the note. */
export function noteHistories(text: string): { health: HealthEntry[]; stages: StageEntry[]; needs: string[] } {
  const sections = readSections(text, [SECTION_HEALTH, SECTION_STAGES, SECTION_UNMET_NEEDS]);
  return {
    health: healthEntries(sections.get(SECTION_HEALTH) ?? null),
    stages: stageEntries(sections.get(SECTION_STAGES) ?? null),
    needs: needItems(sections.get(SECTION_UNMET_NEEDS) ?? null),
  };
}
