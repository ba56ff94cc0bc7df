// What the writing commands change in a client note: a frontmatter patch plus a dated history line.
import { computeHealth, HEALTH_CATEGORIES, HEALTH_KEYS } from "../model/health";
import { joinLines } from "../note/markdown";
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
  const summary = oneLine(i.summary);
  const follow = i.followUp ? ` (follow up ${i.followUp})` : "";
  return { patch, section: SECTION_INTERACTIONS, lines: [`- ${i.date} · ${i.type} · ${summary}${follow}`] };
}

const LETTER: Record<HealthCategory, string> = { profitability: "P", communication: "C", strategic_fit: "S", growth: "G" };

export function planHealthCheck(scores: Record<HealthCategory, number>, comment: string, today: Day, weights: Record<HealthCategory, number>): NoteChange {
  const patch: FrontmatterPatch = {};
  for (const c of HEALTH_CATEGORIES) patch[HEALTH_KEYS[c]] = scores[c];
  patch.last_review = today;
  const h = computeHealth(scores, weights);
  const parts = HEALTH_CATEGORIES.map((c) => `${LETTER[c]}${scores[c]}`).join(" ");
  const result = h.score === null ? "Unscored" : `${h.score} (${h.band ?? ""})`;
  const note = oneLine(comment);
  return { patch, section: SECTION_HEALTH, lines: [`- ${today}: ${parts} = ${result}${note ? ` — ${note}` : ""}`] };
}
