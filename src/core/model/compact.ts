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

/**
 * Gives back one string for equal strings, so the words of many clients ("No contact for 48
 * days", "Growth potential is 2/5": a few hundred distinct strings over thousands of clients)
 * are held once. Strings cannot change, so sharing one is always safe.
 */
export type Intern = (s: string) => string;

/** The `Intern` that shares nothing: each string as it is. */
export const asIs: Intern = (s) => s;

/**
 * A new pool of shared strings, owned by its caller (the index keeps one for its life). Past
 * `limit` distinct strings it starts again, so words that are no longer said cannot pile up; a
 * string from before is still correct, merely not shared.
 */
export function internPool(limit = 4096): Intern {
  let pool = new Map<string, string>();
  return (s) => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    if (pool.size >= limit) pool = new Map();
    pool.set(s, s);
    return s;
  };
}
