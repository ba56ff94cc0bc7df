// From notes (path, frontmatter, modification day) to evaluated clients: shared by the CLI and the plugin.
import { evaluateClient } from "./activity";
import type { Intern } from "./compact";
import { isClientFrontmatter, parseClient } from "./client";
import { activityContext, type NoteActivity } from "./linked-notes";
import type { ClienteleSettings } from "./settings";
import type { ClientProps, ClientStatus, Day, RecordProps } from "./types";
import type { IntelInput } from "../intel/client-intel";
import { rollUp } from "../records/rollup";

export interface NoteInput {
  path: string;
  frontmatter: Record<string, unknown> | null | undefined;
  modifiedDay: Day | null;
  /** The records linking this client; absent when the vault has no records at all (section 7). */
  records?: readonly RecordProps[];
  /** The last edit, first history line and linking dated notes, when the adapter knows them (section 4). */
  activity?: NoteActivity;
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

/** True from the Proposal stage on (in the configured order): a missing champion or decision maker warns. */
function rolesMatter(stage: string | null, settings: ClienteleSettings): boolean {
  const lower = settings.stages.map((s) => s.toLowerCase());
  const proposal = lower.indexOf("proposal");
  return stage !== null && proposal >= 0 && lower.indexOf(stage.toLowerCase()) >= proposal;
}

function rollupInput(client: ClientProps, today: Day, settings: ClienteleSettings) {
  return { currency: (client.currency ?? settings.currency).toUpperCase(), rolesMatter: rolesMatter(client.stage, settings), championNamed: client.champion !== null, today };
}

function intelInput(note: NoteInput): IntelInput {
  const input: IntelInput = {};
  if (note.records) input.records = note.records;
  if (note.activity?.health) input.health = note.activity.health;
  if (note.activity?.stageDays) input.stageDays = note.activity.stageDays;
  if (note.activity?.successPlan) input.successPlan = note.activity.successPlan;
  return input;
}

/** `intern` shares equal words between the clients of one index (core/model/compact.ts). */
export function evaluateNote(note: NoteInput, today: Day, settings: ClienteleSettings, intern?: Intern): ClientStatus | null {
  if (isTemplateNote(note.path, settings)) return null;
  if (!note.frontmatter || !isClientFrontmatter(note.frontmatter)) return null;
  const client = parseClient(note.path, note.frontmatter, settings);
  const records = note.records === undefined ? null : rollUp(note.records, rollupInput(client, today, settings));
  return evaluateClient(client, { today, modifiedDay: note.modifiedDay, records, ...activityContext(note.frontmatter, note.activity), intel: intelInput(note), intern }, settings);
}
