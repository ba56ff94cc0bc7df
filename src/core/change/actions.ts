// What the writing commands change in a client note: a frontmatter patch plus a dated history line.
import { asMatrix, computeHealth } from "../model/health";
import { healthKey, healthToken, type HealthMatrix } from "../model/health-matrix";
import type { ClienteleSettings } from "../model/settings";
import { inertText, joinLines, sealedLine } from "../note/markdown";
import { configuredStage, planStageMove } from "../pipeline/pipeline";
import type { ClientProps, Day, FrontmatterPatch, HealthCategory } from "../model/types";

export const INTERACTION_TYPES = ["call", "email", "meeting", "message", "note"] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const SECTION_INTERACTIONS = "## Interaction log";
export const SECTION_HEALTH = "## Health history";
export const SECTION_STAGES = "## Stage history";

/** A change to one note: keys to set in the frontmatter and lines to append under a heading. */
export interface NoteChange {
  patch: FrontmatterPatch;
  section: string;
  lines: string[];
}

/** One line of text: no line breaks can reach a list item and split it. */
export function oneLine(s: string): string {
  return joinLines(s).trim();
}

/** Typed text for a history line: one line, and no comment or math mark left open to swallow the headings after it. */
function typedLine(s: string): string {
  return sealedLine(oneLine(s));
}

export interface Interaction {
  type: InteractionType;
  date: Day;
  summary: string;
  followUp: Day | null;
}

export function planInteraction(client: ClientProps, i: Interaction): NoteChange {
  const patch: FrontmatterPatch = {};
  // An interaction logged after the fact never moves last_contact backwards.
  if (client.lastContact === null || i.date > client.lastContact) patch.last_contact = i.date;
  if (i.followUp !== null) patch.next_action_due = i.followUp;
  const summary = typedLine(i.summary);
  const follow = i.followUp ? ` (follow up ${i.followUp})` : "";
  return { patch, section: SECTION_INTERACTIONS, lines: [`- ${i.date} · ${i.type} · ${summary}${follow}`] };
}

/**
 * A health check: the scores of the matrix's categories written to their `health_<id>` keys (keys
 * of other categories are left as they are), `last_review`, and a Health history line whose
 * tokens are `P4 C3 S5 G2` for the default four and `usage=3` for any other category.
 * `matrix` may also be v1's weights of the default four.
 */
export function planHealthCheck(scores: Readonly<Partial<Record<HealthCategory, number>>>, comment: string, today: Day, matrix: HealthMatrix | Readonly<Record<HealthCategory, number>>): NoteChange {
  const categories = asMatrix(matrix);
  const patch: FrontmatterPatch = {};
  for (const c of categories) {
    const v = scores[c.id];
    if (v !== undefined) patch[healthKey(c.id)] = v;
  }
  patch.last_review = today;
  const h = computeHealth(scores, categories);
  const parts = categories.map((c) => healthToken(c.id, scores[c.id])).join(" ");
  const result = h.score === null ? "Unscored" : `${h.score} (${h.band ?? ""}${h.complete ? "" : ", incomplete"})`;
  const note = typedLine(comment);
  return { patch, section: SECTION_HEALTH, lines: [`- ${today}: ${parts} = ${result}${note ? ` — ${note}` : ""}`] };
}

/** What a `stage` value says as text: "" for a missing, null or empty value (a list joins its items). */
function stageValueText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (Array.isArray(v)) return v.map(stageValueText).filter((t) => t.trim() !== "").join(", ");
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  try {
    return JSON.stringify(v) ?? "";
  } catch {
    return "";
  }
}

/**
 * The stage a note had, as the `from` of its Stage history line: the configured spelling, else the
 * text that was in the note, one line and made inert (`inertText`, with `&` written `&amp;` so the
 * history reader can undo it), and what would change how the line reads back written as an entity:
 * an arrow, a whole `(none)`, a leading `Created in`. Null when the property is missing or empty.
 */
export function previousStageText(client: ClientProps, frontmatter: Readonly<Record<string, unknown>>): string | null {
  if (client.stage !== null) return client.stage;
  const raw = Object.prototype.hasOwnProperty.call(frontmatter, "stage") ? frontmatter.stage : undefined;
  const line = oneLine(stageValueText(raw).replace(/[\u2028\u2029]/g, " "));
  if (line === "") return null;
  const text = inertText(line.replace(/&/g, "&amp;")).replace(/→/g, "&rarr;").replace(/->/g, "-&gt;");
  if (text === "(none)") return "&#40;none)";
  return /^created in(?:\s|$)/i.test(text) ? `&#${text.charCodeAt(0)};${text.slice(1)}` : text;
}

/**
 * Moving `client` to stage `to`, planned from its note's frontmatter as it is at write time: the
 * patch of `planStageMove` and a Stage history line whose previous stage is the text the note had
 * (see `previousStageText`), `(none)` only when it had none. Null when there is nothing to move.
 */
export function planStageChange(client: ClientProps, frontmatter: Readonly<Record<string, unknown>>, to: string, today: Day, settings: ClienteleSettings): NoteChange | null {
  const move = planStageMove(client, to, today, settings);
  const target = configuredStage(to, settings);
  if (move === null || target === null) return null;
  const from = previousStageText(client, frontmatter) ?? "(none)";
  return { patch: move.patch, section: SECTION_STAGES, lines: [`- ${today}: ${from} → ${target}`] };
}
