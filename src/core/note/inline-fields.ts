// Dataview inline fields in a note's body, found as Dataview finds them (its data-import/
// inline-field.ts): bracketed `[key:: value]` and `(key:: value)` anywhere in a line (nesting and
// backslash escapes respected), and, on a line without bracketed ones, a full-line `key:: value`
// whose key may be wrapped in Markdown (`**key**::`, `- key::`). The frontmatter and fenced code
// blocks are skipped, and so are task lines for full-line fields (Dataview reads none there).
// Linear: each line is scanned a fixed number of times, with no regex that can backtrack.
import { findFrontmatter } from "./frontmatter-block";

export interface InlineFieldHit {
  /** The key as Dataview reads it, trimmed (Markdown around a full-line key dropped). */
  key: string;
  /** The value as written, trimmed. */
  value: string;
  /** The note's line (0-based; the opening `---` is line 0). */
  line: number;
  /** Offsets of the field in the note: `text.slice(start, end)` is the field as written. */
  start: number;
  end: number;
  /** The line's offsets: its first character, the end of its text, the start of the next line. */
  lineStart: number;
  lineEnd: number;
  lineNext: number;
  /** `[` or `(` for a bracketed field; null for a full-line one. */
  wrapping: "[" | "(" | null;
}

/** Dataview skips longer lines. */
const MAX_LINE = 32768;
const WRAPPERS: readonly (readonly ["[" | "(", string])[] = [["[", "]"], ["(", ")"]];

interface Span {
  key: string;
  value: string;
  start: number;
  end: number;
  wrapping: "[" | "(";
}

/** For each position, the first position at or after it where `test` holds (or -1). */
function nextWhere(s: string, test: (i: number) => boolean): Int32Array {
  const out = new Int32Array(s.length + 2).fill(-1);
  for (let i = s.length - 1; i >= 0; i--) out[i] = test(i) ? i : (out[i + 1] ?? -1);
  return out;
}

/**
 * For each start position s, the index just after the bracket that closes a field whose value
 * starts at s (Dataview's findClosing: nesting counted, backslash-escaped characters ignored), or
 * -1. One forward pass marks the escaped characters, one backward pass answers every start.
 */
function closings(s: string, open: string, close: string): Int32Array {
  const n = s.length;
  const delta = new Int8Array(n);
  let escaped = false;
  for (let i = 0; i < n; i++) {
    const c = s[i];
    if (c === "\\") {
      escaped = !escaped;
      continue;
    }
    if (!escaped) delta[i] = c === close ? 1 : c === open ? -1 : 0;
    escaped = false;
  }
  // depth[i] = the sum of delta before i; the closing bracket of a value starting at s is the
  // first j with depth[j + 1] = depth[s] + 1.
  const depth = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) depth[i + 1] = (depth[i] ?? 0) + (delta[i] ?? 0);
  const out = new Int32Array(n + 2).fill(-1);
  const first = new Map<number, number>();
  for (let i = n; i >= 0; i--) {
    const d = depth[i] ?? 0;
    out[i] = first.get(d + 1) ?? -1;
    first.set(d, i);
  }
  return out;
}

/** The bracketed fields of one (trimmed) line, as Dataview's extractInlineFields, non-overlapping. */
function bracketed(s: string): Span[] {
  const sep = nextWhere(s, (i) => s[i] === ":" && s[i + 1] === ":");
  const bracket = nextWhere(s, (i) => "[]()".includes(s[i] ?? "x"));
  const spans: Span[] = [];
  for (const [open, close] of WRAPPERS) {
    const closeAt = closings(s, open, close);
    let pos = s.indexOf(open);
    while (pos >= 0) {
      const k = sep[pos + 1] ?? -1;
      if (k < 0) break;
      const b = bracket[pos + 1] ?? -1;
      const end = b >= 0 && b < k ? -1 : (closeAt[k + 2] ?? -1);
      if (end < 0) {
        pos = s.indexOf(open, pos + 1);
        continue;
      }
      spans.push({ key: s.slice(pos + 1, k).trim(), value: s.slice(k + 2, end - 1).trim(), start: pos, end, wrapping: open });
      pos = s.indexOf(open, end);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const kept: Span[] = [];
  for (const sp of spans) {
    const last = kept[kept.length - 1];
    if (!last || sp.start >= last.end) kept.push(sp);
  }
  return kept;
}

const WORD = /[\p{L}\p{N}_]/u;
const KEY_CHAR = /[\p{L}\p{N}_\s/-]/u;

/** A full-line field's key as Dataview's FULL_LINE_KEY_PARSER reads `raw`, or null. */
function fullLineKey(raw: string): string | null {
  let i = 0;
  while (i < raw.length && !WORD.test(raw[i] ?? "")) i++;
  let j = i;
  while (j < raw.length && KEY_CHAR.test(raw[j] ?? "")) j++;
  let k = j;
  while (k < raw.length && "_*~`".includes(raw[k] ?? "x")) k++;
  if (k !== raw.length || j === i) return null;
  const key = raw.slice(i, j).trim();
  return key === "" ? null : key;
}

/** A list item that is a task (`- [ ] …`, `1. [x] …`): Dataview reads no full-line field there. */
function isTask(s: string): boolean {
  let i = 0;
  while (i < s.length && (s[i] === ">" || s[i] === " " || s[i] === "\t")) i++;
  if ("-*+".includes(s[i] ?? "x")) i++;
  else {
    const d = i;
    while (i < s.length && s[i]! >= "0" && s[i]! <= "9") i++;
    if (i === d || (s[i] !== "." && s[i] !== ")")) return false;
    i++;
  }
  while (s[i] === " " || s[i] === "\t") i++;
  return s[i] === "[" && s[i + 2] === "]";
}

/** The fence a line opens or closes: its character and length, when it is one. */
function fenceOf(line: string): { char: string; len: number; rest: string } | null {
  let i = 0;
  while (i < line.length && i < 4 && line[i] === " ") i++;
  if (i > 3) return null;
  const char = line[i];
  if (char !== "`" && char !== "~") return null;
  let j = i;
  while (line[j] === char) j++;
  if (j - i < 3) return null;
  return { char, len: j - i, rest: line.slice(j) };
}

/** Every inline field in the body of `text` (after the frontmatter, outside code fences), in order. */
export function findInlineFields(text: string): InlineFieldHit[] {
  const block = findFrontmatter(text);
  const hits: InlineFieldHit[] = [];
  let fence: { char: string; len: number } | null = null;
  let lineNo = 0;
  if (block.exists) for (let i = 0; i < block.bodyStart; i++) if (text[i] === "\n") lineNo++;
  let pos = block.exists ? block.bodyStart : block.from;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const lineNext = nl < 0 ? text.length : nl + 1;
    const lineEnd = nl < 0 ? text.length : nl > pos && text[nl - 1] === "\r" ? nl - 1 : nl;
    const line = text.slice(pos, lineEnd);
    const f = fenceOf(line);
    if (fence) {
      if (f && f.char === fence.char && f.len >= fence.len && f.rest.trim() === "") fence = null;
    } else if (f && !(f.char === "`" && f.rest.includes("`"))) fence = f;
    else if (line.length <= MAX_LINE && line.includes("::")) {
      const lead = line.length - line.trimStart().length;
      const s = line.trim();
      const base = { line: lineNo, lineStart: pos, lineEnd, lineNext };
      const spans = bracketed(s);
      for (const sp of spans) hits.push({ ...base, key: sp.key, value: sp.value, start: pos + lead + sp.start, end: pos + lead + sp.end, wrapping: sp.wrapping });
      if (spans.length === 0 && !isTask(s)) {
        const k = s.indexOf("::");
        const key = fullLineKey(s.slice(0, k));
        if (key !== null) hits.push({ ...base, key, value: s.slice(k + 2).trim(), start: pos, end: lineEnd, wrapping: null });
      }
    }
    pos = lineNext;
    lineNo++;
  }
  return hits;
}

/** A line that is empty once its fields are gone: blank, or only a list or quote marker. */
function leftEmpty(line: string): boolean {
  let i = 0;
  while (i < line.length && (line[i] === " " || line[i] === "\t" || line[i] === ">")) i++;
  if ("-*+".includes(line[i] ?? "x")) i++;
  return line.slice(i).trim() === "";
}

/**
 * `text` without the fields `hits` (found in this same text): a full-line field goes with its line
 * break; a bracketed one goes from its line with one space before it, and the line goes too when
 * nothing but a list or quote marker is left. Every other byte stays.
 */
export function removeInlineFields(text: string, hits: readonly InlineFieldHit[]): string {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    const sameLine: InlineFieldHit[] = [];
    while (i < sorted.length && sorted[i]!.lineStart === first.lineStart) sameLine.push(sorted[i++]!);
    out += text.slice(at, first.lineStart);
    at = first.lineNext;
    if (sameLine.some((h) => h.wrapping === null)) continue;
    let line = "";
    let from = first.lineStart;
    for (const h of sameLine) {
      const cut = h.start > first.lineStart && (text[h.start - 1] === " " || text[h.start - 1] === "\t") ? h.start - 1 : h.start;
      line += text.slice(from, Math.max(from, cut));
      from = Math.max(from, h.end);
    }
    line += text.slice(from, first.lineEnd);
    if (!leftEmpty(line)) out += line + text.slice(first.lineEnd, first.lineNext);
  }
  return out + text.slice(at);
}
