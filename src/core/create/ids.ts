// Client registry ids: `CLI-` + at least five digits, e.g. `CLI-00042`; beyond 99999 the digits grow.
import type { NumberedKind } from "../model/record-settings";

const PREFIX = "CLI-";

/** `CLI-00042` for 42. Throws for anything but a positive safe integer. */
export function formatClientId(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Client id number must be a positive integer, got ${String(n)}`);
  return PREFIX + String(n).padStart(5, "0");
}

/**
 * The number in a client id, or null when `s` is not a valid id. Surrounding spaces and the
 * prefix's letter case are forgiven; the digits must be exactly what `formatClientId` writes.
 */
export function parseClientId(s: unknown): number | null {
  if (typeof s !== "string") return null;
  const m = /^cli-(\d{5}|[1-9]\d{5,})$/i.exec(s.trim());
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** One more than the highest valid id among `existing` (malformed values are ignored). */
export function nextClientId(existing: Iterable<unknown>): string {
  let max = 0;
  for (const value of existing) {
    const n = parseClientId(value);
    if (n !== null && n > max) max = n;
  }
  return formatClientId(max + 1);
}

// Record ids (contract section 7): `INV-0001`, `PO-0001`, `FB-0001`, `DEAL-0001`, `CTR-0001`, at least
// four digits; the same rule as client ids: one more than the highest of that prefix, never reused.

/** The kinds of record that get an id, and its prefix. Contacts get none. */
export const RECORD_ID_PREFIXES: Readonly<Record<NumberedKind, string>> = { invoice: "INV", po: "PO", feedback: "FB", deal: "DEAL", contract: "CTR" };
export type { NumberedKind };

/** Where a kind keeps its id: `number` for invoices and purchase orders, `record_id` for the others. */
export function recordIdKey(kind: NumberedKind): "number" | "record_id" {
  return kind === "invoice" || kind === "po" ? "number" : "record_id";
}

/** `INV-0007` for an invoice's 7. Throws for anything but a positive safe integer. */
export function formatRecordId(kind: NumberedKind, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Record id number must be a positive integer, got ${String(n)}`);
  return `${RECORD_ID_PREFIXES[kind]}-${String(n).padStart(4, "0")}`;
}

/**
 * The number in a record id of `kind`, or null when `s` is not one. Surrounding spaces and the
 * prefix's letter case are forgiven; the digits must be exactly what `formatRecordId` writes.
 */
export function parseRecordId(kind: NumberedKind, s: unknown): number | null {
  if (typeof s !== "string") return null;
  const t = s.trim();
  const prefix = `${RECORD_ID_PREFIXES[kind]}-`;
  if (t.slice(0, prefix.length).toUpperCase() !== prefix) return null;
  const digits = t.slice(prefix.length);
  if (!/^(\d{4}|[1-9]\d{4,})$/.test(digits)) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/**
 * The next id of `kind`: one more than the highest valid id of that prefix among `existing` and
 * the high-water mark `last` (the highest ever issued, so a deleted record's id is never reused).
 */
export function nextRecordId(kind: NumberedKind, existing: Iterable<unknown>, last = 0): string {
  let max = Number.isSafeInteger(last) && last > 0 ? last : 0;
  for (const value of existing) {
    const n = parseRecordId(kind, value);
    if (n !== null && n > max) max = n;
  }
  return formatRecordId(kind, max + 1);
}
