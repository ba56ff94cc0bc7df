// Reads the dated history lines and the unmet needs out of a client note's body.
import { SECTION_HEALTH, SECTION_STAGES } from "../change/actions";
import { isDay } from "../model/dates";
import { readSection, readSections } from "../note/sections";
import { readHealthToken } from "../model/health-matrix";
import type { Day, HealthCategory } from "../model/types";
import type { NoteActivity } from "../model/linked-notes";
import { parseNeedLine } from "../agenda/agenda";
import type { SuccessPlan } from "../model/success-plan";
import { SUCCESS_PLAN_HEADINGS, successPlanFrom } from "./success-plan";

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

/**
 * One line of `## Stage history`: `- 2026-09-01: Proposal → Active` or `- 2026-09-01: Created in Discovery`.
 * The stages are text, with the escapes Clientele writes into the line undone (see `unescapeStage`).
 */
export interface StageEntry {
  day: Day;
  /** null for `Created in …` (and for a `(none) → …` move). */
  from: string | null;
  to: string;
}

// Every pattern here runs in linear time on any line: no two quantifiers that can match the same
// characters stand next to each other (the text after them is trimmed instead).
const BULLET = /^\s{0,3}[-*+]\s(.*)$/;
const DATED = /^(\d{4}-\d{2}-\d{2})\s*:(.*)$/;
const NUMBER = /\d+(?:\.\d+)?/y;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const CREATED = /^created in\s(.+)$/i;

/** The text of a list item (trimmed at the start), or undefined. */
function bulletText(line: string): string | undefined {
  return BULLET.exec(line)?.[1]?.trimStart();
}

/**
 * The `= 63 (Good) — comment` of a health line, as `/=\s*(\d+(?:\.\d+)?|Unscored)\s*(?:\(([^)]*)\))?\s*(?:[—–-]\s*(.*))?$/`
 * would match it (the first `=` that fits), in linear time: white space runs and the next `)` are
 * found once for all the `=` tried.
 */
function healthResult(rest: string): [string, string | undefined, string | undefined, number] | null {
  const n = rest.length;
  const spaceEnd = new Int32Array(n + 1);
  const close = new Int32Array(n + 1);
  spaceEnd[n] = n;
  close[n] = -1;
  for (let i = n - 1; i >= 0; i--) {
    spaceEnd[i] = /\s/.test(rest[i] ?? "") ? spaceEnd[i + 1] ?? n : i;
    close[i] = rest[i] === ")" ? i : close[i + 1] ?? -1;
  }
  let lastBreak = -1;
  for (let i = 0; i < n; i++) if (LINE_BREAK.test(rest[i] ?? "")) lastBreak = i;
  for (let eq = rest.indexOf("="); eq >= 0; eq = rest.indexOf("=", eq + 1)) {
    let i = spaceEnd[eq + 1] ?? n;
    let score: string;
    if (rest.startsWith("Unscored", i)) score = "Unscored";
    else {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(rest);
      if (!m) continue;
      score = m[0];
    }
    i = spaceEnd[i + score.length] ?? n;
    let band: string | undefined;
    const end = rest[i] === "(" ? close[i + 1] ?? -1 : -1;
    if (end >= 0) {
      band = rest.slice(i + 1, end);
      i = spaceEnd[end + 1] ?? n;
    }
    if (i === n) return [score, band, undefined, eq];
    if ("—–-".includes(rest[i] ?? "") && lastBreak <= i) return [score, band, rest.slice(spaceEnd[i + 1] ?? n), eq];
  }
  return null;
}

/** `from → to` (or `->`) split at the first arrow that has text after it, or null. */
function moveParts(rest: string): [string, string] | null {
  for (let from = 0; ; ) {
    const a = rest.indexOf("→", from);
    const b = rest.indexOf("->", from);
    const at = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (at < 0) return null;
    const after = at + (at === a ? 1 : 2);
    const head = rest.slice(0, at).trimEnd();
    const tail = rest.slice(after);
    if (LINE_BREAK.test(head)) return null;
    if (tail.length > 0) return LINE_BREAK.test(tail.trimStart()) ? null : [head, tail];
    from = after;
  }
}

const STAGE_ESCAPE = /\\([\\[\]%$])|&(amp|lt|gt|rarr|#\d{1,7});/g;
const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", rarr: "→" };

/**
 * A stage as the line says it, with what `previousStageText` (core/change/actions.ts) escapes
 * undone: `\\`, `\[`, `\]`, `\%` and `\$` from `inertText`, and the entities `&amp;`, `&lt;`, `&gt;`,
 * `&rarr;` and `&#NN;`. Other text, a user's own Markdown escapes included, is kept as written.
 */
function unescapeStage(text: string): string {
  return text.replace(STAGE_ESCAPE, (all, char: string | undefined, entity: string | undefined) => {
    if (char !== undefined) return char;
    if (entity === undefined) return all;
    if (!entity.startsWith("#")) return ENTITY[entity] ?? all;
    const code = Number(entity.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : all;
  });
}

/** The `YYYY-MM-DD: rest` of a list item, or null. */
function datedItem(line: string): { day: Day; rest: string } | null {
  const item = bulletText(line);
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
    const m = item ? healthResult(item.rest) : null;
    if (!item || !m) continue;
    out.push({
      day: item.day,
      score: m[0] === "Unscored" ? null : Number(m[0]),
      band: m[1]?.trim() || null,
      comment: m[2]?.trim() ?? "",
    });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** One health check's category scores, by category id. */
export interface HealthScoresEntry {
  day: Day;
  scores: Record<HealthCategory, number>;
}

/**
 * The category scores a health line gives before its result, by id: `P4 C3 S5 G2` (the default
 * four's letters) and `usage=3` (any other category) both read; `-` (no score) and other words
 * are skipped. `beforeResult` is the line's text after its day, up to the `=` of the result.
 */
export function healthLineScores(beforeResult: string): Record<HealthCategory, number> {
  const scores: Record<HealthCategory, number> = {};
  for (const token of beforeResult.split(/\s+/)) {
    const t = readHealthToken(token);
    if (t !== null && t.score !== null && !Object.prototype.hasOwnProperty.call(scores, t.id)) scores[t.id] = t.score;
  }
  return scores;
}

/** The category scores of each health line of a note body, oldest first; lines that do not parse are skipped. */
export function healthScoresHistory(text: string): HealthScoresEntry[] {
  const out: HealthScoresEntry[] = [];
  for (const line of readSection(text, SECTION_HEALTH) ?? []) {
    const item = datedItem(line);
    const m = item ? healthResult(item.rest) : null;
    if (item && m) out.push({ day: item.day, scores: healthLineScores(item.rest.slice(0, m[3])) });
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
    const move = created ? null : moveParts(item.rest);
    if (created?.[1]) out.push({ day: item.day, from: null, to: unescapeStage(created[1].trim()) });
    else if (move) {
      const from = move[0].trim();
      out.push({ day: item.day, from: from === "" || from === "(none)" ? null : unescapeStage(from), to: unescapeStage(move[1].trim()) });
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
    const item = bulletText(line)?.replace(/^\[.\]\s*/, "").trim();
    if (item) out.push(item);
  }
  return out;
}

/** The three histories of one note body and its success plan, read in one pass over the note. */
export function noteHistories(text: string): { health: HealthEntry[]; stages: StageEntry[]; needs: string[]; successPlan: SuccessPlan | null } {
  const sections = readSections(text, [SECTION_HEALTH, SECTION_STAGES, SECTION_UNMET_NEEDS, ...SUCCESS_PLAN_HEADINGS]);
  return {
    health: healthEntries(sections.get(SECTION_HEALTH) ?? null),
    stages: stageEntries(sections.get(SECTION_STAGES) ?? null),
    needs: needItems(sections.get(SECTION_UNMET_NEEDS) ?? null),
    successPlan: successPlanFrom(sections),
  };
}

/**
 * What a client note's text says for its activity, value and agenda (contract sections 4, 8, 9),
 * from one parse: the earliest history day, the scored health lines, the stage days and the unmet
 * needs that start with a day. The plugin's note bodies and the CLI both call this.
 */
export function textActivity(text: string): Required<Pick<NoteActivity, "firstHistory" | "health" | "stageDays" | "needs" | "successPlan">> {
  const { health, stages, needs, successPlan } = noteHistories(text);
  const scored: { day: Day; score: number }[] = [];
  let first: Day | null = null;
  for (const h of health) {
    if (h.score !== null) scored.push({ day: h.day, score: h.score });
    if (first === null || h.day < first) first = h.day;
  }
  const stageDays: Day[] = [];
  for (const e of stages) {
    stageDays.push(e.day);
    if (first === null || e.day < first) first = e.day;
  }
  return { firstHistory: first, health: scored, stageDays, needs: needs.map(parseNeedLine).filter((n) => n.written !== null), successPlan };
}
