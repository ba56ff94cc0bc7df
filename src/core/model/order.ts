// Orderings shared by the dashboard blocks and the weekly review: plain code-unit comparisons,
// so the result is the same in every locale.
import type { ClientStatus } from "./types";

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Name ignoring case, then name as written, then path. */
export function byClientName(a: ClientStatus, b: ClientStatus): number {
  return (
    compareText(a.client.name.toLowerCase(), b.client.name.toLowerCase()) ||
    compareText(a.client.name, b.client.name) ||
    compareText(a.client.path, b.client.path)
  );
}

/**
 * The first position in `list` whose item is not `before` the sought place: a binary search over a
 * list where `before` is true for a prefix and false after it (a sorted list and "sorts before x").
 */
export function lowerBound<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The client at `path` in a list sorted by path (the index's order), or null. */
export function clientAtPath(clients: readonly ClientStatus[], path: string): ClientStatus | null {
  const c = clients[lowerBound(clients, (x) => x.client.path < path)];
  return c !== undefined && c.client.path === path ? c : null;
}

/** Compares two optional values with missing ones last, then falls back to the name. */
export function nullsLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

/** The clients sorted by `byClientName`, computing each lower-cased name once (large lists). */
export function sortByClientName(clients: readonly ClientStatus[]): ClientStatus[] {
  return clients
    .map((c) => ({ c, key: c.client.name.toLowerCase() }))
    .sort((a, b) => compareText(a.key, b.key) || compareText(a.c.client.name, b.c.client.name) || compareText(a.c.client.path, b.c.client.path))
    .map((x) => x.c);
}
