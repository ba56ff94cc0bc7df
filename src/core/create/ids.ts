// Client registry ids: `CLI-` + at least five digits, e.g. `CLI-00042`; beyond 99999 the digits grow.

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
