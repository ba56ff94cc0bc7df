// From notes (path, frontmatter, modification day) to evaluated clients: shared by the CLI and the plugin.
import { evaluateClient } from "./activity";
import { isClientFrontmatter, parseClient } from "./client";
import type { ClienteleSettings } from "./settings";
import type { ClientStatus, Day } from "./types";

export interface NoteInput {
  path: string;
  frontmatter: Record<string, unknown> | null | undefined;
  modifiedDay: Day | null;
}

export function evaluateNote(note: NoteInput, today: Day, settings: ClienteleSettings): ClientStatus | null {
  if (!note.frontmatter || !isClientFrontmatter(note.frontmatter)) return null;
  const client = parseClient(note.path, note.frontmatter, settings);
  return evaluateClient(client, { today, modifiedDay: note.modifiedDay }, settings);
}

/** Every client among the notes, evaluated for `today`, sorted by path. */
export function evaluateNotes(notes: Iterable<NoteInput>, today: Day, settings: ClienteleSettings): ClientStatus[] {
  const out: ClientStatus[] = [];
  for (const note of notes) {
    const status = evaluateNote(note, today, settings);
    if (status) out.push(status);
  }
  return out.sort((a, b) => (a.client.path < b.client.path ? -1 : a.client.path > b.client.path ? 1 : 0));
}
