// Dated notes that link to a client or one of its contacts (contract section 4, last contact):
// built from (note path, day, resolved link targets) tuples, which the plugin takes from the
// metadata cache and the CLI from its own scan, so both count the same notes.
import { isDay, toDay } from "./dates";
import type { ClienteleSettings } from "./settings";
import type { SuccessPlan } from "./success-plan";
import type { Day } from "./types";

export interface LinkedNote {
  path: string;
  day: Day;
  /** Vault paths the note links to (body and properties), already resolved. */
  links: readonly string[];
}

export interface LinkingNote {
  path: string;
  day: Day;
}

/** Target path -> the dated notes linking to it. */
export type LinkedDays = ReadonlyMap<string, readonly LinkingNote[]>;

/** What the adapters know about a client note besides its properties (section 4). */
export interface NoteActivity {
  /** The note's last edit from the edit record; null or absent when none is recorded. */
  lastEdit?: Day | null;
  /** The day of the note's first history line, when known. */
  firstHistory?: Day | null;
  /** Dated notes linking to notes of the vault; absent when not counted. */
  linked?: LinkedDays;
  /** The scored `## Health history` lines and the `## Stage history` days, when the note's text was read (section 8). */
  health?: readonly { day: Day; score: number }[];
  stageDays?: readonly Day[];
  /** The unmet needs that start with a day (section 9), when the note's text was read. */
  needs?: readonly { text: string; written: Day | null }[];
  /** The `## Success plan` checkboxes (issue 14), when the note's text was read; null without any. */
  successPlan?: SuccessPlan | null;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** A note's day: its file name starting with `YYYY-MM-DD`, else its `date` property; null when undated. */
export function noteDay(path: string, frontmatter: Readonly<Record<string, unknown>> | null | undefined): Day | null {
  const head = baseName(path).slice(0, 10);
  if (isDay(head)) return head;
  return frontmatter ? toDay(frontmatter.date) : null;
}

/** Notes Clientele writes itself (the weekly reviews, the dashboard) never count as contact. */
export function isGeneratedNote(path: string, settings: ClienteleSettings): boolean {
  const folder = settings.reviewFolder.replace(/\/+$/, "");
  return path === settings.dashboardPath || (folder !== "" && path.startsWith(`${folder}/`));
}

/** Indexes the dated notes by the paths they link to; a note linking a path twice counts once. Linear. */
export function linkedDays(notes: Iterable<LinkedNote>, settings: ClienteleSettings): Map<string, LinkingNote[]> {
  const out = new Map<string, LinkingNote[]>();
  for (const note of notes) {
    if (isGeneratedNote(note.path, settings)) continue;
    for (const target of new Set(note.links)) {
      if (target === note.path) continue;
      const list = out.get(target);
      if (list) list.push({ path: note.path, day: note.day });
      else out.set(target, [{ path: note.path, day: note.day }]);
    }
  }
  return out;
}

/** The part of the activity context that comes from the note's adapters and its `created` property. */
export function activityContext(frontmatter: Readonly<Record<string, unknown>>, activity: NoteActivity | undefined): { lastEdit: Day | null; created: Day | null; linked?: LinkedDays } {
  const created = toDay(frontmatter.created) ?? activity?.firstHistory ?? null;
  return activity?.linked ? { lastEdit: activity.lastEdit ?? null, created, linked: activity.linked } : { lastEdit: activity?.lastEdit ?? null, created };
}
