// The live index of related records (contract section 7), kept by the client index: each record's
// parsed properties and the client notes its links resolve to, with the reverse map so that a
// change to one record re-evaluates only the clients it links (before and after the change).
import { clientsOf, type ResolveClient } from "../core/records/by-client";
import { parseRecord } from "../core/records/record";
import type { RecordDiagnostic, RecordKind, RecordProps } from "../core/model/types";

interface RecordEntry {
  frontmatter: Record<string, unknown>;
  record: RecordProps;
  clients: string[];
  diagnostics: RecordDiagnostic[];
}

export class RecordIndex {
  private readonly entries = new Map<string, RecordEntry>();
  private readonly byClient = new Map<string, Set<string>>();
  /** A link's note name (lower case, no folder, no `.md`) -> the records whose links name it. */
  private readonly byName = new Map<string, Set<string>>();
  /** False while the first build runs: links are resolved once every client is known. */
  private live = false;

  constructor(private readonly resolve: ResolveClient) {}

  size(): number {
    return this.entries.size;
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** Every record, sorted by path. */
  all(): RecordProps[] {
    return [...this.entries.values()].map((e) => e.record).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The records linking the client at `clientPath`, in no particular order. */
  of(clientPath: string): RecordProps[] {
    const paths = this.byClient.get(clientPath);
    if (!paths) return [];
    const out: RecordProps[] = [];
    for (const p of paths) {
      const e = this.entries.get(p);
      if (e) out.push(e.record);
    }
    return out;
  }

  /** The client paths a record links. */
  clientsOf(path: string): readonly string[] {
    return this.entries.get(path)?.clients ?? [];
  }

  /** Records whose `client` link is missing or names no client note, sorted by path. */
  unresolved(): { record: RecordProps; diagnostics: RecordDiagnostic[] }[] {
    const out: { record: RecordProps; diagnostics: RecordDiagnostic[] }[] = [];
    for (const e of this.entries.values()) if (e.diagnostics.length > 0) out.push({ record: e.record, diagnostics: e.diagnostics });
    return out.sort((a, b) => (a.record.path < b.record.path ? -1 : 1));
  }

  /**
   * Reads or re-reads one record. Returns the client paths whose records changed (the ones it
   * linked before and the ones it links now); null when the frontmatter object is the same.
   */
  set(path: string, kind: RecordKind, frontmatter: Record<string, unknown>): string[] | null {
    const prev = this.entries.get(path);
    if (prev && prev.frontmatter === frontmatter && prev.record.kind === kind) return null;
    const record = parseRecord(path, kind, frontmatter);
    const entry: RecordEntry = { frontmatter, record, clients: [], diagnostics: [] };
    this.entries.set(path, entry);
    const before = prev ? this.unlink(path, prev) : [];
    if (this.live) this.link(path, entry);
    return union(before, entry.clients);
  }

  /** Forgets a record (deleted, renamed away, or no longer a record); the clients it linked, or null when it was none. */
  delete(path: string): string[] | null {
    const prev = this.entries.get(path);
    if (!prev) return null;
    this.entries.delete(path);
    return this.unlink(path, prev);
  }

  /** Forgets every record; links are resolved again by the next `resolveAll`. */
  clear(): void {
    this.entries.clear();
    this.byClient.clear();
    this.byName.clear();
    this.live = false;
  }

  /**
   * Resolves every record's links again, after the set of client notes changed (or once the first
   * build is done). Returns the clients whose records changed.
   */
  resolveAll(): string[] {
    this.live = true;
    const changed = new Set<string>();
    for (const [path, e] of this.entries) {
      const before = e.clients;
      this.unlink(path, e);
      this.link(path, e);
      if (before.length !== e.clients.length || before.some((c, i) => c !== e.clients[i])) for (const c of union(before, e.clients)) changed.add(c);
    }
    return [...changed];
  }

  /**
   * A note at `notePath` appeared or went, or became or stopped being a client: only links that
   * name a note of that name can resolve differently now. Returns the clients whose records changed.
   */
  resolveNamed(notePath: string): string[] {
    const paths = this.byName.get(linkName(notePath));
    if (!paths) return [];
    const changed = new Set<string>();
    for (const path of [...paths]) {
      const e = this.entries.get(path);
      if (!e) continue;
      const before = e.clients;
      this.unlink(path, e);
      this.link(path, e);
      for (const c of union(before, e.clients)) changed.add(c);
    }
    return [...changed];
  }

  private link(path: string, e: RecordEntry): void {
    const { clients, diagnostics } = clientsOf(e.record, this.resolve);
    const own = e.record.diagnostics.filter((d) => d.field === "client").map((d) => ({ path, field: d.field, message: `${e.record.name}: ${d.message}` }));
    e.clients = clients;
    e.diagnostics = [...own, ...diagnostics];
    for (const c of clients) addTo(this.byClient, c, path);
    for (const target of e.record.clientLinks) addTo(this.byName, linkName(target), path);
  }

  private unlink(path: string, e: RecordEntry): string[] {
    for (const c of e.clients) removeFrom(this.byClient, c, path);
    for (const target of e.record.clientLinks) removeFrom(this.byName, linkName(target), path);
    return e.clients;
  }
}

/** The note name a link or path names: its last part, lower case, without `.md`. */
function linkName(target: string): string {
  const name = (target.split("/").pop() ?? target).toLowerCase();
  return name.endsWith(".md") ? name.slice(0, -3) : name;
}

function addTo(map: Map<string, Set<string>>, key: string, path: string): void {
  const set = map.get(key);
  if (set) set.add(path);
  else map.set(key, new Set([path]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, path: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(path);
  if (set.size === 0) map.delete(key);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
