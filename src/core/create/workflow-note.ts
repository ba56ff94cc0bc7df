// Reads a user-defined workflow from a note of the workflows folder: the note's title is the
// workflow's name, each `- [ ]` line a step with an optional `(+N days)` offset at its end, and
// `target: note` in the frontmatter makes it a note of its own. Pure and linear in the text.
import { findFrontmatter } from "../note/frontmatter-block";
import { noteBasename } from "../note/markdown";
import type { Workflow, WorkflowStep, WorkflowTarget } from "./workflows";

/** The longest offset accepted: ten years, as for the agenda's day counts. */
export const MAX_OFFSET_DAYS = 3660;
/** The most steps one workflow may have: a checklist, not a task database. */
export const MAX_STEPS = 200;

const OFFSET = /\(\+(\d{1,5}) days?\)$/;

interface Fence {
  char: string;
  length: number;
  /** Nothing but spaces after the fence: it can close a block. */
  bare: boolean;
}

/** The fence that the line from `start` to `end` opens or closes (up to 3 spaces, then ``` or ~~~ or longer), or null. */
function fenceAt(text: string, start: number, end: number): Fence | null {
  let i = start;
  while (i < end && i - start < 3 && text[i] === " ") i++;
  const char = text[i];
  if (char !== "`" && char !== "~") return null;
  let j = i;
  while (j < end && text[j] === char) j++;
  if (j - i < 3) return null;
  let k = j;
  while (k < end && (text[k] === " " || text[k] === "\t")) k++;
  return { char, length: j - i, bare: k === end };
}

/** `value` without one pair of matching quotes around it. */
function unquoted(value: string): string {
  const q = value[0];
  return value.length >= 2 && (q === '"' || q === "'") && value.endsWith(q) ? value.slice(1, -1) : value;
}

/** The `target` the frontmatter names ("section" when none), or a problem. Scans by index, no backtracking. */
function targetOf(yaml: string): WorkflowTarget | { problem: string } {
  for (const raw of yaml.split("\n")) {
    if (!raw.startsWith("target")) continue;
    const rest = raw.slice("target".length).trimStart();
    if (!rest.startsWith(":")) continue;
    const after = rest.slice(1);
    const comment = after.search(/[ \t]#/);
    const value = unquoted((comment < 0 ? after : after.slice(0, comment)).trim()).trim().toLowerCase();
    if (value === "note" || value === "section") return value;
    if (value === "") return "section";
    return { problem: `target must be "note" or "section", not "${value.slice(0, 40)}"` };
  }
  return "section";
}

/** One `- [ ]` line's step: its text and the `(+N days)` at its end, if any. */
function stepOf(text: string): WorkflowStep | { problem: string } {
  const t = text.trimEnd();
  const m = OFFSET.exec(t);
  if (!m) return { text: t };
  const days = Number(m[1]);
  if (days > MAX_OFFSET_DAYS) return { problem: `the offset "${m[0]}" is more than ${MAX_OFFSET_DAYS} days` };
  const rest = t.slice(0, m.index).trimEnd();
  return rest === "" ? { problem: `the step "${m[0]}" has no text` } : { text: rest, offsetDays: days };
}

/**
 * The workflow the note at `path` describes, or why it is not one (no steps or too many, a bad
 * target or offset). Lines inside fenced code blocks are not steps.
 */
export function parseWorkflowNote(path: string, text: string): Workflow | { problem: string } {
  const name = noteBasename(path).trim();
  if (name === "") return { problem: `"${path}" has no name` };
  const fm = findFrontmatter(text);
  const target = targetOf(fm.yaml);
  if (typeof target !== "string") return { problem: `"${path}": ${target.problem}` };
  const steps: WorkflowStep[] = [];
  let fence: Fence | null = null;
  // A `- [ ]` line, matched sticky at the line's start so no line is copied to test it (a lone
  // CR ends a line, as in CommonMark). A literal here is a new pattern per call: its lastIndex is this call's.
  const stepPattern = /[ \t]*[-*+] \[ \][ \t]+(\S[^\r\n]*)/y;
  for (let start = fm.bodyStart; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const next = nl < 0 ? text.length : nl + 1;
    const end = nl < 0 ? text.length : nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
    const f = fenceAt(text, start, end);
    const line = start;
    start = next;
    if (f !== null) {
      if (fence === null) fence = f;
      else if (f.char === fence.char && f.length >= fence.length && f.bare) fence = null;
      continue;
    }
    if (fence !== null) continue;
    stepPattern.lastIndex = line;
    const m = stepPattern.exec(text);
    if (!m?.[1]) continue;
    const s = stepOf(m[1]);
    if ("problem" in s) return { problem: `"${path}": ${s.problem}` };
    if (steps.length === MAX_STEPS) return { problem: `"${path}" has more than ${MAX_STEPS} steps` };
    steps.push(s);
  }
  if (steps.length === 0) return { problem: `"${path}" has no "- [ ]" steps` };
  return { id: `note:${path}`, name, steps, target };
}
