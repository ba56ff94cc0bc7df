// Which client each record belongs to: every `client` link resolved, records grouped by client path.
// A link that resolves to no client note becomes a diagnostic; the record is listed, never dropped.
import type { RecordDiagnostic, RecordProps } from "../model/types";

/** Resolves a link target written in the note at `from` to a client note's path, or null. */
export type ResolveClient = (target: string, from: string) => string | null;

export interface RecordsByClient {
  /** Client path -> its records, each once even when it links the client twice. */
  byClient: Map<string, RecordProps[]>;
  /** Records with at least one link that names no client note, with why. */
  unresolved: { record: RecordProps; diagnostics: RecordDiagnostic[] }[];
}

/** The client paths one record's links resolve to, and a diagnostic per link that resolves to none. */
export function clientsOf(record: RecordProps, resolve: ResolveClient): { clients: string[]; diagnostics: RecordDiagnostic[] } {
  const clients: string[] = [];
  const diagnostics: RecordDiagnostic[] = [];
  for (const target of record.clientLinks) {
    const path = resolve(target, record.path);
    if (path === null) diagnostics.push({ path: record.path, field: "client", message: `${record.name}: client "${target}" is not a client note` });
    else if (!clients.includes(path)) clients.push(path);
  }
  return { clients, diagnostics };
}

export function groupByClient(records: Iterable<RecordProps>, resolve: ResolveClient): RecordsByClient {
  const byClient = new Map<string, RecordProps[]>();
  const unresolved: RecordsByClient["unresolved"] = [];
  for (const record of records) {
    const { clients, diagnostics } = clientsOf(record, resolve);
    for (const path of clients) {
      const list = byClient.get(path);
      if (list) list.push(record);
      else byClient.set(path, [record]);
    }
    const own = record.diagnostics.filter((d) => d.field === "client").map((d) => ({ path: record.path, ...d, message: `${record.name}: ${d.message}` }));
    if (diagnostics.length > 0 || own.length > 0) unresolved.push({ record, diagnostics: [...own, ...diagnostics] });
  }
  return { byClient, unresolved };
}
