// A whole vault read without Obsidian (the CLI): client notes and related records together, each
// record's client links resolved by path then unique file name, every client evaluated with its
// records. A vault without records evaluates exactly as before records existed.
import { isClientFrontmatter } from "../model/client";
import { internPool } from "../model/compact";
import { evaluateNote, isTemplateNote, type NoteInput } from "../model/portfolio";
import type { ClienteleSettings } from "../model/settings";
import type { ClientStatus, Day, RecordDiagnostic, RecordProps } from "../model/types";
import { groupByClient } from "./by-client";
import { pathResolver } from "./links";
import { parseRecord, recordKindOf } from "./record";

export interface VaultEvaluation {
  /** Every client, sorted by path. */
  clients: ClientStatus[];
  /** Every record, sorted by path. */
  records: RecordProps[];
  /** Records whose client link is missing or names no client note. */
  recordProblems: { record: RecordProps; diagnostics: RecordDiagnostic[] }[];
  /** Client path -> the records linking it. */
  byClient: Map<string, RecordProps[]>;
}

export function evaluateVault(notes: Iterable<NoteInput>, today: Day, settings: ClienteleSettings): VaultEvaluation {
  const clientNotes: NoteInput[] = [];
  const records: RecordProps[] = [];
  for (const note of notes) {
    if (!note.frontmatter || isTemplateNote(note.path, settings)) continue;
    if (isClientFrontmatter(note.frontmatter)) clientNotes.push(note);
    else {
      const kind = recordKindOf(note.frontmatter);
      if (kind !== null) records.push(parseRecord(note.path, kind, note.frontmatter));
    }
  }
  const resolver = pathResolver(clientNotes.map((n) => n.path));
  const { byClient, unresolved } = groupByClient(records, (target) => resolver.resolve(target));
  const clients: ClientStatus[] = [];
  const intern = internPool();
  for (const note of clientNotes) {
    const input = records.length > 0 ? { ...note, records: byClient.get(note.path) ?? [] } : note;
    const status = evaluateNote(input, today, settings, intern);
    if (status) clients.push(status);
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  clients.sort((a, b) => byPath(a.client, b.client));
  records.sort(byPath);
  unresolved.sort((a, b) => byPath(a.record, b.record));
  return { clients, records, recordProblems: unresolved, byClient };
}
