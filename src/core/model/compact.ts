// Small values for what the index keeps per client (issue 16: memory per client): one shared,
// frozen empty list for every empty list of words or numbers, lists trimmed to their length, and
// words built as one flat string rather than a chain of joined pieces.

/** The one empty list every status shares; frozen, so nothing can add to it. */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * `items` trimmed to its length (an array grown by push keeps spare room), or the shared empty
 * list when it has none.
 */
export function kept<T>(items: readonly T[]): readonly T[] {
  return items.length === 0 ? NONE : items.slice();
}

/**
 * The pieces as one string. A template literal makes a chain of joined strings (V8 keeps each
 * piece and each join, 32 bytes a join); `join` copies the characters into one string.
 */
export function words(...pieces: (string | number)[]): string {
  return pieces.join("");
}

/** `s`, or the equal string of `pool` when it holds one, so two lists can share it. */
export function sharedWith(s: string, pool: readonly string[]): string {
  for (const p of pool) if (p === s) return p;
  return s;
}
