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

/**
 * The folder of the client template holds templates, not clients: `Templates/Client.md` says
 * `type: client` so that new notes do. Null when the template sits at the vault root.
 */
export function templateFolder(settings: ClienteleSettings): string | null {
  const slash = settings.templatePath.lastIndexOf("/");
  return slash > 0 ? settings.templatePath.slice(0, slash + 1) : null;
}

export function isTemplateNote(path: string, settings: ClienteleSettings): boolean {
  const folder = templateFolder(settings);
  return path === settings.templatePath || (folder !== null && path.startsWith(folder));
}

export function evaluateNote(note: NoteInput, today: Day, settings: ClienteleSettings): ClientStatus | null {
  if (isTemplateNote(note.path, settings)) return null;
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
