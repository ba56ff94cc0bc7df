// Reads a user-defined workflow from a note of the workflows folder: the note's title is the
// workflow's name, each `- [ ]` line a step with an optional `(+N days)` offset at its end, and
// `target: note` in the frontmatter makes it a note of its own. Pure and linear in the text.
import { findFrontmatter } from "../note/frontmatter-block";
import { noteBasename } from "../note/markdown";
import type { Workflow, WorkflowStep, WorkflowTarget } from "./workflows";

/** The longest offset accepted: ten years, as for the agenda's day counts. */
export const MAX_OFFSET_DAYS = 3660;

const STEP = /^[ \t]*[-*+] \[ \][ \t]+(\S.*)$/;
const OFFSET = /\(\+(\d{1,5}) days?\)$/;
const TARGET = /^target[ \t]*:[ \t]*(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The `target` the frontmatter names ("section" when none), or a problem. */
function targetOf(yaml: string): WorkflowTarget | { problem: string } {
  for (const raw of yaml.split("\n")) {
    const m = TARGET.exec(raw.replace(/\r$/, ""));
    if (!m) continue;
    const rest = m[1] ?? "";
    const comment = rest.search(/[ \t]#/);
    const value = (comment < 0 ? rest : rest.slice(0, comment)).trim().replace(/^(["'])(.*)\1$/, "$2").trim().toLowerCase();
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
 * The workflow the note at `path` describes, or why it is not one (no steps, a bad target or
 * offset). Lines inside fenced code blocks are not steps.
 */
export function parseWorkflowNote(path: string, text: string): Workflow | { problem: string } {
  const name = noteBasename(path).trim();
  if (name === "") return { problem: `"${path}" has no name` };
  const fm = findFrontmatter(text);
  const target = targetOf(fm.yaml);
  if (typeof target !== "string") return { problem: `"${path}": ${target.problem}` };
  const steps: WorkflowStep[] = [];
  let fence: string | null = null;
  for (const raw of text.slice(fm.bodyStart).split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const f = FENCE.exec(line)?.[1];
    if (f !== undefined) {
      if (fence === null) fence = f;
      else if (f[0] === fence[0] && f.length >= fence.length && line.trim() === f) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = STEP.exec(line);
    if (!m?.[1]) continue;
    const s = stepOf(m[1]);
    if ("problem" in s) return { problem: `"${path}": ${s.problem}` };
    steps.push(s);
  }
  if (steps.length === 0) return { problem: `"${path}" has no "- [ ]" steps` };
  return { id: `note:${path}`, name, steps, target };
}
