// Bulk edits (seed 003, contract section 10 `bulk-edit`): one operation applied to several
// clients, each planned from the client's note as it is at write time. Tags keep the note's own
// order and spelling; adding a tag a note already has (in any case, with or without `#`) or
// removing one it lacks changes nothing.
import type { ClienteleSettings } from "../model/settings";
import type { ClientProps, Day } from "../model/types";
import { oneLine, planInteraction, planStageChange, type Interaction, type NoteChange } from "./actions";

export type BulkOp =
  | { kind: "move"; stage: string }
  | { kind: "add-tag"; tag: string }
  | { kind: "remove-tag"; tag: string }
  | { kind: "log"; interaction: Interaction }
  | { kind: "next-action"; text: string; due: Day | null }
  | { kind: "snooze"; until: Day };

export const BULK_OP_KINDS = ["move", "add-tag", "remove-tag", "log", "next-action", "snooze"] as const;

/** A tag as compared: lower case, without a leading `#`, trimmed. */
export function tagKey(tag: string): string {
  return tag.trim().replace(/^#+/, "").toLowerCase();
}

/** A tag as written: without a leading `#` or spaces (a YAML tag list holds bare tags). */
export function cleanTag(tag: string): string {
  return tag.trim().replace(/^#+/, "").replace(/\s+/g, "-");
}

/** The note's tags as a list of texts: a list, or one text of tags separated by commas or spaces. */
export function tagsOf(frontmatter: Readonly<Record<string, unknown>>): string[] {
  const raw = Object.prototype.hasOwnProperty.call(frontmatter, "tags") ? frontmatter.tags : undefined;
  if (typeof raw === "string") return raw.split(/[\s,]+/).filter((t) => t !== "");
  if (!Array.isArray(raw)) return [];
  return raw.filter((t): t is string | number => typeof t === "string" || typeof t === "number").map(String).filter((t) => t.trim() !== "");
}

/** The tags after adding `tag` (appended) or removing it; null when they would not change. */
export function nextTags(tags: readonly string[], tag: string, add: boolean): string[] | null {
  const key = tagKey(tag);
  if (key === "") return null;
  const has = tags.some((t) => tagKey(t) === key);
  if (add) return has ? null : [...tags, cleanTag(tag)];
  return has ? tags.filter((t) => tagKey(t) !== key) : null;
}

/**
 * What `op` changes in one client's note, planned from its properties now (`client` parsed from
 * `frontmatter`); null when the note already is as the operation would leave it.
 */
export function planBulkChange(op: BulkOp, client: ClientProps, frontmatter: Readonly<Record<string, unknown>>, today: Day, settings: ClienteleSettings): NoteChange | null {
  switch (op.kind) {
    case "move":
      return planStageChange(client, frontmatter, op.stage, today, settings);
    case "add-tag":
    case "remove-tag": {
      const tags = nextTags(tagsOf(frontmatter), op.tag, op.kind === "add-tag");
      return tags === null ? null : { patch: { tags }, section: "", lines: [] };
    }
    case "log":
      return planInteraction(client, op.interaction);
    case "next-action": {
      const text = oneLine(op.text);
      return { patch: { next_action: text === "" ? null : text, next_action_due: op.due }, section: "", lines: [] };
    }
    case "snooze":
      return { patch: { snooze_until: op.until }, section: "", lines: [] };
  }
}

/** The words for an operation on `n` clients, the label of its undo. */
export function bulkLabel(op: BulkOp, n: number): string {
  const who = n === 1 ? "1 client" : `${n} clients`;
  switch (op.kind) {
    case "move": return `Move ${who} to ${op.stage}`;
    case "add-tag": return `Tag ${who} #${cleanTag(op.tag)}`;
    case "remove-tag": return `Remove #${cleanTag(op.tag)} from ${who}`;
    case "log": return `Log a ${op.interaction.type} with ${who}`;
    case "next-action": return `Set the next action of ${who}`;
    case "snooze": return `Snooze ${who} until ${op.until}`;
  }
}
