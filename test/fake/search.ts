// Obsidian's search helpers, as obsidian.d.ts documents them: prepareFuzzySearch(query) gives a
// function that returns null when the text does not hold the query's characters in order (case
// ignored, spaces in the query ignored), else a SearchResult whose `score` is higher for a better
// match (contiguous, earlier, at a word start) and whose `matches` are [from, to) ranges of the
// text; an empty query matches everything with score 0 and no ranges. sortSearchResults sorts
// best first. renderMatches appends the text to an element, each matched range (moved by
// `offset`) in a span.suggestion-highlight, the rest as text nodes.
export type SearchMatchPart = [number, number];
export type SearchMatches = SearchMatchPart[];
export interface SearchResult {
  score: number;
  matches: SearchMatches;
}

function isWordStart(text: string, i: number): boolean {
  return i === 0 || /[\s\-_./([]/.test(text[i - 1] ?? "");
}

/** The positions of `q`'s characters in `lower`: the first contiguous run if there is one, else leftmost in order. */
function positions(lower: string, q: string): number[] | null {
  const at = lower.indexOf(q);
  if (at >= 0) return Array.from(q, (_, k) => at + k);
  const out: number[] = [];
  let from = 0;
  for (const c of q) {
    const i = lower.indexOf(c, from);
    if (i < 0) return null;
    out.push(i);
    from = i + 1;
  }
  return out;
}

export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, "");
  return (text: string) => {
    if (q === "") return { score: 0, matches: [] };
    const pos = positions(text.toLowerCase(), q);
    if (pos === null) return null;
    const matches: SearchMatches = [];
    for (const p of pos) {
      const last = matches[matches.length - 1];
      if (last && last[1] === p) last[1] = p + 1;
      else matches.push([p, p + 1]);
    }
    const first = pos[0] ?? 0;
    const gaps = (pos[pos.length - 1] ?? 0) - first + 1 - pos.length;
    const starts = matches.filter(([s]) => isWordStart(text, s)).length;
    const score = -(matches.length - 1) - gaps / (text.length + 1) - first / (text.length + 1) + starts / (matches.length + 1) - 1;
    return { score, matches };
  };
}

export function sortSearchResults(results: { match: SearchResult }[]): void {
  results.sort((a, b) => b.match.score - a.match.score);
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: SearchMatches | null, offset = 0): void {
  let at = 0;
  for (const [s0, e0] of matches ?? []) {
    let s = s0 + offset;
    const e = Math.min(e0 + offset, text.length);
    if (e <= 0 || e <= at) continue;
    if (s >= text.length) break;
    s = Math.max(s, at, 0);
    if (s > at) el.appendChild(document.createTextNode(text.slice(at, s)));
    const span = document.createElement("span");
    span.className = "suggestion-highlight";
    span.textContent = text.slice(s, e);
    el.appendChild(span);
    at = e;
  }
  if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
}
