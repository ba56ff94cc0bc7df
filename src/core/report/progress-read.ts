// What a progress report reads from a client note's sections and its outcomes note: the lines a
// reader of the note sees (no code blocks, no `%%` or HTML comments), tasks, interaction log
// lines and outcome lines. Every pattern and loop here is linear in the text.
import { isDay } from "../model/dates";
import type { Day } from "../model/types";

/** One `- [ ]` / `- [x]` item: whether it is ticked, its text, and the day it was ticked when the item says. */
export interface TaskItem {
  done: boolean;
  text: string;
  doneDay: Day | null;
}

/** One line of `## Interaction log`: `- 2026-11-04 · meeting · Board pre-read review`. */
export interface LogEntry {
  day: Day;
  /** The word between the first two `·`, e.g. `call`; null when the line has none. */
  type: string | null;
  summary: string;
}

const COMMENT_CLOSE: Record<string, string> = { "%%": "%%", "<!--": "-->" };

/**
 * The earliest `%%` or `<!--` in a line from a position on. Each mark's next place is kept until
 * the position passes it, so one line costs two scans in all (one `indexOf` per mark found).
 */
function openers(line: string): (from: number) => { at: number; open: string } | null {
  let a = -2;
  let b = -2;
  return (from) => {
    if (a !== -1 && a < from) a = line.indexOf("%%", from);
    if (b !== -1 && b < from) b = line.indexOf("<!--", from);
    if (a < 0 && b < 0) return null;
    return a >= 0 && (b < 0 || a < b) ? { at: a, open: "%%" } : { at: b, open: "<!--" };
  };
}

/** A fence line: up to three spaces, then three or more backticks or tildes. */
function fenceChar(line: string): string | null {
  const t = line.trimStart();
  if (line.length - t.length > 3) return null;
  return t.startsWith("```") ? "`" : t.startsWith("~~~") ? "~" : null;
}

/**
 * The lines a reader of the rendered note sees: lines inside fenced code blocks are dropped, and
 * `%%` and `<!-- -->` comments (also across lines) are cut out; lines left blank by a cut are dropped.
 */
export function visibleLines(lines: readonly string[] | null): string[] {
  const out: string[] = [];
  let comment: string | null = null;
  let fence: string | null = null;
  for (const line of lines ?? []) {
    if (comment === null) {
      const f = fenceChar(line);
      if (fence !== null) {
        if (f === fence) fence = null;
        continue;
      }
      if (f !== null) {
        fence = f;
        continue;
      }
    }
    let kept = "";
    let cut = false;
    const nextOpener = openers(line);
    for (let i = 0; i < line.length; ) {
      if (comment !== null) {
        const end = line.indexOf(comment, i);
        cut = true;
        if (end < 0) {
          i = line.length;
          break;
        }
        i = end + comment.length;
        comment = null;
        continue;
      }
      const next = nextOpener(i);
      if (next === null) {
        kept += line.slice(i);
        break;
      }
      kept += line.slice(i, next.at);
      comment = COMMENT_CLOSE[next.open] ?? null;
      i = next.at + next.open.length;
      cut = true;
    }
    if (!cut || kept.trim() !== "") out.push(cut ? kept.trimEnd() : kept);
  }
  return out;
}

const BULLET = /^\s*(?:[-*+]|\d{1,9}[.)])\s(.*)$/;
const TASK = /^\[(.)\]\s(.*)$/;
const DONE_MARK = /\s?✅\s?(\d{4}-\d{2}-\d{2})|\s?\[completion::\s?(\d{4}-\d{2}-\d{2})\s?\]/u;
const DUE_MARK = /\s?\(due\s(\d{4}-\d{2}-\d{2})\)|\s?📅\s?(\d{4}-\d{2}-\d{2})/gu;

/** The text of a list item (any depth), or null. */
export function bulletText(line: string): string | null {
  const m = BULLET.exec(line);
  return m?.[1] === undefined ? null : m[1].trim();
}

/** The text with the due dates a task may carry (`(due 2026-09-01)`, Tasks' `📅 2026-09-01`) taken out. */
export function withoutDue(text: string): string {
  return text.replace(DUE_MARK, "").trim();
}

/** The ticked (`x`/`X`) and open (` `) tasks of some lines, in order; other task states are left out. */
export function taskItems(lines: readonly string[]): TaskItem[] {
  const out: TaskItem[] = [];
  for (const line of lines) {
    const item = bulletText(line);
    const m = item === null ? null : TASK.exec(item);
    if (!m || m[1] === undefined || m[2] === undefined) continue;
    const done = m[1] === "x" || m[1] === "X";
    if (!done && m[1] !== " ") continue;
    const mark = DONE_MARK.exec(m[2]);
    const day = mark ? (mark[1] ?? mark[2] ?? "") : "";
    const text = (mark ? m[2].slice(0, mark.index) + m[2].slice(mark.index + mark[0].length) : m[2]).trim();
    if (text !== "") out.push({ done, text, doneDay: done && isDay(day) ? day : null });
  }
  return out;
}

const LOG_HEAD = /^(\d{4}-\d{2}-\d{2})(.*)$/;
const FOLLOW_UP = /\s?\(follow up \d{4}-\d{2}-\d{2}\)$/;
const SEPARATORS = "·:—–-";

/** The interaction log entries of some lines, in the order written; lines without a leading day are skipped. */
export function logEntries(lines: readonly string[]): LogEntry[] {
  const out: LogEntry[] = [];
  for (const line of lines) {
    const item = bulletText(line);
    const m = item === null ? null : LOG_HEAD.exec(item);
    if (!m?.[1] || m[2] === undefined || !isDay(m[1])) continue;
    let rest = m[2].trim();
    if (SEPARATORS.includes(rest[0] ?? "x")) rest = rest.slice(1).trim();
    const dot = rest.indexOf(" · ");
    const type = dot > 0 ? rest.slice(0, dot).trim() : null;
    const summary = (dot > 0 ? rest.slice(dot + 3) : rest).replace(FOLLOW_UP, "").trim();
    out.push({ day: m[1], type: type === "" ? null : type, summary });
  }
  return out;
}

/** One outcome: a list item's text, or a table row as written. */
export interface OutcomeLine {
  kind: "item" | "row";
  text: string;
}

/** The list items and table rows of some lines, in order; a task box is removed from an item. */
export function outcomeLines(lines: readonly string[]): OutcomeLine[] {
  const out: OutcomeLine[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith("|")) {
      out.push({ kind: "row", text: t });
      continue;
    }
    const item = bulletText(line)?.replace(/^\[.\]\s/, "").trim();
    if (item) out.push({ kind: "item", text: item });
  }
  return out;
}
