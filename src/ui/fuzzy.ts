// Pickers search with Obsidian's fuzzy search: items ranked by its score (the best of an item's
// texts counts; ties keep the given order), and the matched letters highlighted with
// renderMatches. The ranking of the last query is kept per picker, for drawing its rows.
import { prepareFuzzySearch, renderMatches, type SearchMatches } from "obsidian";

export interface Ranked<T> {
  item: T;
  score: number;
  /** Per text of the item: the matched ranges, or null when that text did not match. */
  matches: (SearchMatches | null)[];
}

/** `items` that match `query` in any of their texts, best first; all of them, in order, for an empty query. */
export function fuzzyRank<T>(items: readonly T[], query: string, texts: (item: T) => readonly string[]): Ranked<T>[] {
  const q = query.trim();
  if (q === "") return items.map((item) => ({ item, score: 0, matches: texts(item).map(() => null) }));
  const search = prepareFuzzySearch(q);
  const out: Ranked<T>[] = [];
  for (const item of items) {
    const results = texts(item).map((t) => search(t));
    let score = -Infinity;
    for (const r of results) if (r && r.score > score) score = r.score;
    if (score > -Infinity) out.push({ item, score, matches: results.map((r) => r?.matches ?? null) });
  }
  // Array.prototype.sort is stable: equal scores keep the given order.
  return out.sort((a, b) => b.score - a.score);
}

/** The ranking of a picker's last query, to highlight each row's matches. */
export class FuzzyPicks<T> {
  private last = new Map<T, Ranked<T>>();

  rank(items: readonly T[], query: string, texts: (item: T) => readonly string[]): T[] {
    const ranked = fuzzyRank(items, query, texts);
    this.last = new Map(ranked.map((r) => [r.item, r]));
    return ranked.map((r) => r.item);
  }

  /** Draws `text` (the item's text number `which`) into `el` with its matched letters highlighted. */
  render(el: HTMLElement, item: T, which: number, text: string): void {
    renderMatches(el, text, this.last.get(item)?.matches[which] ?? null);
  }
}
