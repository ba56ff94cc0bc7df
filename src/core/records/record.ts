// Reading a related record (contract section 7): a note whose `type` is a record kind and whose
// `client` property links to one or more client notes. Read by the field table, like a client.
import { RECORD_FIELDS, type Field } from "../model/fields";
import { isBlank, isRecord, knownValue, own, READ_BY_KIND, showValue, type Problem } from "../model/read-fields";
import type { RecordKind, RecordProps } from "../model/types";
import { linkTarget } from "./links";

export type { RecordKind, RecordProps, RecordValue } from "../model/types";

export const RECORD_KINDS: readonly RecordKind[] = ["contact", "deal", "contract", "invoice", "po", "feedback"];

/** The words for a kind in the interface, e.g. "purchase order". */
export const KIND_WORDS: Record<RecordKind, string> = {
  contact: "contact", deal: "deal", contract: "contract", invoice: "invoice", po: "purchase order", feedback: "feedback",
};

const KIND_BY_TYPE = new Map<string, RecordKind>([
  ...RECORD_KINDS.map((k) => [k, k] as const),
  ["purchase order", "po"], ["purchase-order", "po"],
]);

/** The record kind a frontmatter's `type` names, or null for any other note. */
export function recordKindOf(fm: unknown): RecordKind | null {
  if (!isRecord(fm)) return null;
  const type = own(fm, "type");
  return typeof type === "string" ? (KIND_BY_TYPE.get(type.trim().toLowerCase()) ?? null) : null;
}

function basename(path: string): string {
  const file = path.split("/").pop() ?? path;
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

/** The non-blank items of a value that may be one item or a list. */
function items(fm: Record<string, unknown>, key: string): unknown[] {
  const v = own(fm, key);
  if (isBlank(v)) return [];
  return (Array.isArray(v) ? (v as unknown[]) : [v]).filter((item) => !isBlank(item));
}

/** Each item read by `read` (null: reported as not `expected`), kept once, in order. */
function readItems(fm: Record<string, unknown>, f: Field, problem: Problem, expected: string, read: (item: unknown) => string | null): string[] {
  const out: string[] = [];
  for (const item of items(fm, f.key)) {
    const value = read(item);
    if (value === null) problem(f.key, item, expected);
    else if (!out.includes(value)) out.push(value);
  }
  return out;
}

/** A contact's roles: text or a list of texts, each one of the known roles (lower case). */
function readRoles(fm: Record<string, unknown>, f: Field, problem: Problem): string[] {
  const values = f.values ?? [];
  return readItems(fm, f, problem, `one of ${values.join(", ")}`, (item) => (typeof item === "string" ? knownValue(item.trim(), values) : null));
}

/** Links: one or a list; each must be text that names a note. */
function readLinks(fm: Record<string, unknown>, f: Field, problem: Problem): string[] {
  return readItems(fm, f, problem, 'a link in quotes, e.g. "[[Acme Robotics]]"', (item) => (typeof item === "string" ? linkTarget(item) : null));
}

/** Reads one record note. `kind` is what `recordKindOf` said of the same frontmatter. */
export function parseRecord(path: string, kind: RecordKind, fm: Record<string, unknown>): RecordProps {
  const rec: RecordProps = { path, kind, name: basename(path), id: null, clientLinks: [], values: {}, diagnostics: [] };
  const problem: Problem = (field, value, expected) => {
    rec.diagnostics.push({ field, message: `${field} is ${showValue(value)}; expected ${expected}` });
  };
  try {
    for (const f of RECORD_FIELDS[kind]) {
      if (f.key === "type") continue;
      if (f.key === "client") {
        rec.clientLinks = readLinks(fm, f, problem);
        continue;
      }
      const value = f.key === "role" ? readRoles(fm, f, problem) : f.kind === "link" ? readLinks(fm, f, problem)[0] ?? null : READ_BY_KIND[f.kind](fm, f, problem);
      if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) rec.values[f.key] = value;
    }
  } catch (e) {
    rec.diagnostics.push({ field: "frontmatter", message: `frontmatter could not be read: ${e instanceof Error ? e.message : showValue(e)}` });
  }
  const id = rec.values.number ?? rec.values.record_id;
  rec.id = typeof id === "string" ? id : typeof id === "number" ? String(id) : null;
  if (rec.clientLinks.length === 0 && !rec.diagnostics.some((d) => d.field === "client")) {
    rec.diagnostics.push({ field: "client", message: 'client is missing; expected a link to the client note, e.g. "[[Acme Robotics]]"' });
  }
  return rec;
}

/** A text value of a record, or null. */
export function textOf(rec: RecordProps, key: string): string | null {
  const v = rec.values[key];
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
}

/** A number value of a record, or null. */
export function numberOf(rec: RecordProps, key: string): number | null {
  const v = rec.values[key];
  return typeof v === "number" ? v : null;
}
