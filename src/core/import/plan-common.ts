// What the import planners share: the plan and problem shapes, the "is this path taken?" lookup
// (the vault and the notes planned so far), where a problem is (row or card, line, column), and
// finding the client a record belongs to by its name, note name, id or link.
import type { RecordClient } from "../create/new-record";
import type { ExistingPaths } from "../create/new-client";
import { noteBasename } from "../note/markdown";
import { nameKey } from "../note/names";
import { showValue } from "../model/read-fields";
import type { ClienteleSettings } from "../model/settings";
import type { NotePlan } from "../model/types";
import type { ParseYaml } from "../note/properties";

export interface ImportProblem {
  /** The line of the import file. */
  line: number;
  /** The CSV data row or the vCard (1-based), or null for the file as a whole. */
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
  /** True when the row or card is left out. */
  skipped: boolean;
}

export interface ImportedNote {
  line: number;
  row: number;
  path: string;
  /** The client id given, for clients. */
  id: string | null;
}

export interface ImportPlan {
  /** Every note to create, in order (a client's linked notes after it). */
  notes: NotePlan[];
  created: ImportedNote[];
  problems: ImportProblem[];
}

export interface ImportContext {
  settings: ClienteleSettings;
  now: Date;
  /** Obsidian's YAML parser, to check each frontmatter edit. */
  parse: ParseYaml;
  /** The vault's paths, or a function answering for one; never overwritten. */
  existingPaths: ExistingPaths;
}

/** A client a contact can belong to. */
export interface ImportClient {
  /** The display name (`company`), matched against the vCard's ORG. */
  name: string;
  path: string;
  /** How a link names the note; default its basename. */
  linkText?: string;
  id?: string | null;
  currency?: string | null;
}

/**
 * Finds a client by what a row or card names: its display name, its note's name, its client id, or
 * a wikilink to it (`[[Acme]]`, `[[Clients/Acme|Acme Inc]]`); compared as Obsidian compares names.
 * The first client of the list wins where two share a name.
 */
export function clientLookup(clients: readonly ImportClient[]): (text: string) => ImportClient | undefined {
  const map = new Map<string, ImportClient>();
  const add = (key: string, c: ImportClient) => {
    if (key !== "" && !map.has(key)) map.set(key, c);
  };
  for (const c of clients) add(nameKey(c.name.trim()), c);
  for (const c of clients) add(nameKey(noteBasename(c.path)), c);
  for (const c of clients) add(nameKey(c.path.replace(/\.md$/i, "")), c);
  for (const c of clients) if (c.id) add(`id:${c.id.trim().toUpperCase()}`, c);
  return (text) => {
    let t = text.trim();
    if (t.startsWith("[[") && t.endsWith("]]")) {
      t = t.slice(2, -2);
      const bar = t.indexOf("|");
      if (bar >= 0) t = t.slice(0, bar);
      t = t.trim();
    }
    return map.get(`id:${t.toUpperCase()}`) ?? map.get(nameKey(t));
  };
}

/** The client as the record planner takes it. */
export function recordClientOf(client: ImportClient): RecordClient {
  return { path: client.path, name: client.name, linkText: client.linkText ?? noteBasename(client.path), id: client.id ?? null, currency: client.currency ?? null };
}

/** Answers "is this path taken?" for the vault and the notes planned so far, by `nameKey`. */
export function pathLookup(existing: ExistingPaths): { taken: (path: string) => boolean; plan: (path: string) => void } {
  const planned = new Set<string>();
  const keys = typeof existing === "function" ? null : new Set(Array.from(existing, nameKey));
  const inVault = (p: string) => (keys ? keys.has(nameKey(p)) : typeof existing === "function" && existing(p));
  return { taken: (p) => planned.has(nameKey(p)) || inVault(p), plan: (p) => planned.add(nameKey(p)) };
}

export const KEPT = "kept under Imported";

/** One row's or card's problems, with where they are. */
export class Where {
  constructor(
    readonly line: number,
    readonly row: number,
    private readonly out: ImportProblem[],
    private readonly what: string,
  ) {}
  problem(column: string | null, value: string | null, message: string, skipped = false): void {
    const at = column === null ? `${this.what} ${this.row} (line ${this.line})` : `${this.what} ${this.row} (line ${this.line}), column "${column}"`;
    this.out.push({ line: this.line, row: this.row, column, value, message: `${at}: ${message}`, skipped });
  }
  misfit(column: string, value: string, expected: string): void {
    this.problem(column, value, `${showValue(value)} is not ${expected}; ${KEPT}.`);
  }
}

