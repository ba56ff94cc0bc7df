// "Move inline fields to properties", planned per note: which Dataview inline fields of known client
// keys (the field table) the note's body holds, what each would do to the properties, and the note
// as it would be after the move. The same plan is the preview and the write: the write layer plans
// again from the note at write time and writes only when that plan is the previewed one.
import { checkCell } from "../import/columns";
import { CLIENT_FIELDS, type Field } from "../model/fields";
import { isBlank, knownValue, own, READ_BY_KIND, showValue } from "../model/read-fields";
import type { FrontmatterPatch } from "../model/types";
import { editFrontmatter, readNote } from "../note/frontmatter-edit";
import { findInlineFields, removeInlineFields, type InlineFieldHit } from "../note/inline-fields";
import type { ParseYaml } from "../note/properties";

/**
 * new: the property is absent; replaces: it is empty or not a valid value of its kind; same: it
 * holds this value already (the field only leaves the body); conflict: it holds another value, or
 * an earlier field in the note sets another (both left alone); invalid: the value does not fit the
 * property's kind (left in the body).
 */
export type MoveStatus = "new" | "replaces" | "same" | "conflict" | "invalid";
type Value = Exclude<FrontmatterPatch[string], null>;

export interface InlineMove {
  key: string;
  /** The field's value as written. */
  written: string;
  /** The note's line, 1-based as editors count (the opening `---` is line 1). */
  line: number;
  status: MoveStatus;
  /** The value for the property (new, replaces, same). */
  value: Value | null;
  /** replaces and conflict: the property's value now, as shown; invalid: what the value must be. */
  detail: string;
  hit: InlineFieldHit;
}

export interface InlineNotePlan {
  path: string;
  moves: InlineMove[];
  /** Why the note cannot be planned (invalid YAML, not a client note), or null. */
  problem: string | null;
}

export interface InlineMoveOptions {
  /** The configured stages: a `stage` field must name one. */
  stages: readonly string[];
  parse: ParseYaml;
}

/** The field table's client keys a field may fill (`type` is never moved). */
const MOVABLE: ReadonlyMap<string, Field> = new Map(CLIENT_FIELDS.filter((f) => f.key !== "type").map((f) => [f.key, f]));

/** The client field a Dataview key names: its key, compared without case, spaces and `-` as `_`. */
export function movableField(key: string): Field | null {
  return MOVABLE.get(key.trim().toLowerCase().replace(/[\s-]+/g, "_")) ?? null;
}

/** The property value an inline value stands for, or what it must be. */
function readValue(f: Field, text: string, stages: readonly string[]): { value: Value } | { expected: string } {
  if (text === "") return { expected: "a value (it is empty)" };
  if (f.key === "stage") {
    const stage = knownValue(text, stages);
    return stage === null ? { expected: `a stage (${stages.join(", ")})` } : { value: stage };
  }
  return checkCell(f, text);
}

/** A value as compared: text without case for keys of fixed spellings. */
function comparable(f: Field, v: unknown): string {
  const fixed = f.key === "stage" || f.values !== undefined;
  return JSON.stringify(fixed && typeof v === "string" ? v.toLowerCase() : v);
}

/** What the property holds now: absent, empty, unreadable, or a value of its kind. */
function current(fm: Record<string, unknown>, f: Field): { state: "absent" } | { state: "empty" | "bad"; shown: string } | { state: "value"; value: unknown; shown: string } {
  if (!Object.prototype.hasOwnProperty.call(fm, f.key)) return { state: "absent" };
  const raw = own(fm, f.key);
  if (isBlank(raw) || (Array.isArray(raw) && raw.length === 0)) return { state: "empty", shown: "an empty value" };
  let bad = false;
  const value = READ_BY_KIND[f.kind](fm, f, () => (bad = true));
  if (bad || value === undefined || value === null) return { state: "bad", shown: showValue(raw) };
  return { state: "value", value, shown: showValue(raw) };
}

/** The plan for one note's text: every inline field of a known key, with what it would do. */
export function planInlineMoves(path: string, text: string, opts: InlineMoveOptions): InlineNotePlan {
  const note = readNote(text, opts.parse);
  if ("problem" in note.properties) return { path, moves: [], problem: `its properties are not valid YAML (${note.properties.problem})` };
  const fm = note.properties.frontmatter;
  const type = own(fm, "type");
  if (typeof type !== "string" || type.trim().toLowerCase() !== "client") return { path, moves: [], problem: "it is not a client note" };
  const moves: InlineMove[] = [];
  /** Keys a moving field has claimed in this note, with its value and line. */
  const claimed = new Map<string, { value: Value; line: number }>();
  for (const hit of findInlineFields(text)) {
    const f = movableField(hit.key);
    if (f === null) continue;
    const base = { key: f.key, written: hit.value, line: hit.line + 1, hit };
    const read = readValue(f, hit.value, opts.stages);
    if ("expected" in read) {
      moves.push({ ...base, status: "invalid", value: null, detail: read.expected });
      continue;
    }
    const earlier = claimed.get(f.key);
    if (earlier) {
      const same = comparable(f, earlier.value) === comparable(f, read.value);
      moves.push({ ...base, status: same ? "same" : "conflict", value: same ? read.value : null, detail: same ? "" : `the field on line ${earlier.line} sets ${showValue(earlier.value)}` });
      continue;
    }
    const now = current(fm, f);
    let status: MoveStatus;
    if (now.state === "absent") status = "new";
    else if (now.state !== "value") status = "replaces";
    else status = comparable(f, now.value) === comparable(f, read.value) ? "same" : "conflict";
    moves.push({ ...base, status, value: status === "conflict" ? null : read.value, detail: "shown" in now ? now.shown : "" });
    if (status !== "conflict") claimed.set(f.key, { value: read.value, line: base.line });
  }
  return { path, moves, problem: null };
}

/** Whether the move leaves the field's body text (and sets the property when new or replacing). */
export function moves(m: InlineMove): boolean {
  return m.status === "new" || m.status === "replaces" || m.status === "same";
}

/** What a preview line says about one field. */
export function describeMove(m: InlineMove): string {
  switch (m.status) {
    case "new":
      return "new";
    case "replaces":
      return `replaces ${m.detail}`;
    case "same":
      return "already the property's value (removed from the body)";
    case "conflict":
      return m.detail.startsWith("the field on line") ? `conflict: ${m.detail} (left alone)` : `conflict: property already set to ${m.detail} (left alone)`;
    case "invalid":
      return `skipped: ${showValue(m.written)} is not ${m.detail} (left in the body)`;
  }
}

/** The properties the plan sets. */
export function movePatch(plan: InlineNotePlan): FrontmatterPatch {
  const patch: FrontmatterPatch = {};
  for (const m of plan.moves) if ((m.status === "new" || m.status === "replaces") && m.value !== null) patch[m.key] = m.value;
  return patch;
}

/** True when two plans of one note make the same move (the note did not change in between in a way that matters). */
export function samePlan(a: InlineNotePlan, b: InlineNotePlan): boolean {
  const key = (p: InlineNotePlan) => JSON.stringify([p.problem, p.moves.map((m) => [m.key, m.written, m.line, m.status, m.value, m.hit.start, m.hit.end])]);
  return key(a) === key(b);
}

/**
 * The note's text after the plan (made from this same text): the moving fields gone from the body
 * and their properties set by the line-by-line frontmatter editor. A problem, and no text, when
 * the properties cannot be edited line by line (nothing is then written, so no value is lost).
 */
export function applyInlineMoves(text: string, plan: InlineNotePlan, parse: ParseYaml): { text: string } | { problem: string } {
  if (plan.problem !== null) return { problem: plan.problem };
  const body = removeInlineFields(text, plan.moves.filter(moves).map((m) => m.hit));
  const patch = movePatch(plan);
  if (Object.keys(patch).length === 0) return { text: body };
  const edit = editFrontmatter(readNote(body, parse), patch, parse);
  if ("text" in edit) return { text: edit.text };
  if ("refused" in edit) return { problem: `line ${edit.refused.line} holds a comment that editing ${edit.refused.key} would drop` };
  return { problem: "its properties cannot be edited line by line (Obsidian's property writer would lay them out anew)" };
}
