// Character scans of one line of YAML: where a key's `:` is, where a value ends and where a
// trailing `# comment` starts. YAML starts a comment at `#` only after whitespace (or at the start
// of the line) and outside quotes; 'single' quotes escape a quote as '', "double" quotes use
// backslashes. Each scan is one pass over the line, no regular expression.

/** Carried from line to line: inside a quoted scalar, and how deep inside flow collections. */
export interface FlowState {
  quote: "" | '"' | "'";
  depth: number;
  /** At the start of a value inside a flow collection (after `[`, `,` …), where a quote may open. */
  start?: boolean;
}

/** What a value on one line is, by character offsets in the line. */
export interface LineValue {
  /** First character of the value (after the spaces that follow `:` or `- `). */
  from: number;
  /** End of the value text on this line, before the spaces and comment that follow it. */
  to: number;
  /** Where the trailing comment's `#` is, or -1. */
  hash: number;
  /** An anchor (`&a`), an alias (`*a`) or a tag (`!t`). */
  special: boolean;
  /** A block scalar header (`|`, `>-`, `|2`…): the text is on the lines that follow. */
  block: boolean;
  /** The header's indentation indicator, 0 when none. */
  blockIndent: number;
  /** A plain (unquoted) scalar that is not empty: more lines of it may follow, indented. */
  plain: boolean;
}

export const isSpace = (c: string | undefined): boolean => c === " " || c === "\t";

export function skipSpace(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpace(s[i])) i++;
  return i;
}

/** The end of `s.slice(from, to)` without its trailing spaces and tabs. */
export function trimEndAt(s: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(s[i - 1])) i--;
  return i;
}

/** `-` as a sequence entry indicator at `i`: followed by whitespace or the end of the line. */
export function isDash(s: string, i: number): boolean {
  return s[i] === "-" && (i + 1 === s.length || isSpace(s[i + 1]));
}

/** Where a comment starts in plain text from `from`, or -1. */
export function plainComment(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (s[i] === "#" && (i === 0 || isSpace(s[i - 1]))) return i;
  return -1;
}

/**
 * Moves `state` over `s` from `from` (inside, or at the start of, a quoted scalar or a flow
 * collection) and returns where a comment starts, or -1. A quote opens a quoted scalar only where
 * a value starts (after `[`, `{`, `,` or `: `); inside a plain scalar it is just a character.
 */
export function scanQuoted(s: string, from: number, state: FlowState): number {
  let start = state.depth === 0 || (state.start ?? true);
  let hash = -1;
  for (let i = from; i < s.length && hash < 0; i++) {
    const c = s[i];
    if (state.quote === '"') {
      if (c === "\\") i++;
      else if (c === '"') state.quote = "";
    } else if (state.quote === "'") {
      if (c === "'") {
        if (s[i + 1] === "'") i++;
        else state.quote = "";
      }
    } else if (c === "#" && (i === 0 || isSpace(s[i - 1]))) {
      hash = i;
    } else if (isSpace(c)) {
      // spaces keep `start` as it is
    } else if ((c === '"' || c === "'") && start && (state.depth > 0 || i === from)) {
      state.quote = c;
      start = false;
    } else if (c === "[" || c === "{") {
      state.depth++;
      start = true;
    } else if (c === "," || (c === ":" && (i + 1 === s.length || isSpace(s[i + 1]) || "[]{},".includes(s[i + 1] ?? "")))) {
      start = true;
    } else {
      if ((c === "]" || c === "}") && state.depth > 0) state.depth--;
      start = false;
    }
  }
  state.start = start;
  return hash;
}

/** Where the quoted scalar starting at `from` ends (the index after its closing quote), or -1. */
function closeQuote(s: string, from: number): number {
  const q = s[from];
  for (let i = from + 1; i < s.length; i++) {
    if (q === '"' && s[i] === "\\") i++;
    else if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** A `key:` starting at `from` (plain or quoted): the key and the index of its `:`, or null. */
export function keyAt(s: string, from: number): { key: string; colon: number } | null {
  const q = s[from];
  if (q === '"' || q === "'") {
    const end = closeQuote(s, from);
    if (end < 0) return null;
    const colon = skipSpace(s, end);
    if (s[colon] !== ":" || !(colon + 1 === s.length || isSpace(s[colon + 1]))) return null;
    return { key: s.slice(from + 1, end - 1), colon };
  }
  if (q === undefined || q === "#" || isDash(s, from)) return null;
  for (let i = from; i < s.length; i++) {
    if (s[i] === ":" && (i + 1 === s.length || isSpace(s[i + 1]))) return { key: s.slice(from, trimEndAt(s, from, i)), colon: i };
    if (s[i] === "#" && isSpace(s[i - 1])) return null;
  }
  return null;
}

/** The value that starts at or after `from` on line `s`; moves `state` when it opens quotes or brackets. */
export function readValue(s: string, from: number, state: FlowState): LineValue {
  const start = skipSpace(s, from);
  let i = start;
  let special = false;
  while (s[i] === "&" || s[i] === "!") {
    special = true;
    while (i < s.length && !isSpace(s[i])) i++;
    i = skipSpace(s, i);
  }
  if (s[i] === "*") special = true;
  const c = s[i];
  const none = { from: start, special, block: false, blockIndent: 0, plain: false };
  if (c === "|" || c === ">") {
    let j = i + 1;
    let blockIndent = 0;
    for (; j < s.length && !isSpace(s[j]); j++) if (s[j] !== "-" && s[j] !== "+") blockIndent = Number(s[j]) || 0;
    return { ...none, to: j, hash: plainComment(s, j), block: true, blockIndent };
  }
  if (c === '"' || c === "'" || c === "[" || c === "{") {
    const hash = scanQuoted(s, i, state);
    return { ...none, to: trimEndAt(s, i, hash >= 0 ? hash : s.length), hash };
  }
  const hash = plainComment(s, i);
  const to = trimEndAt(s, i, hash >= 0 ? hash : s.length);
  return { ...none, to, hash, plain: to > i };
}
