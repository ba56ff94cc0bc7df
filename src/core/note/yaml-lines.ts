// One pass over the lines of a frontmatter block: which lines are blank, which are comments, and
// for each top-level key the lines its value spans. A blank line or a comment line (at any
// indentation) after a key's value is not part of the value; inside a block scalar (`|`, `>`) or
// a quoted or bracketed value spread over lines, every line is. Linear in the block's length.
import { isDash, keyAt, plainComment, readValue, scanQuoted, skipSpace, type FlowState, type LineValue } from "./yaml-scan";

export interface YamlLine {
  /** The line without its line break. */
  text: string;
  /** Its line break: "\n", "\r\n", or "" for the last line of the block. */
  eol: string;
  kind: "blank" | "comment" | "content";
  /** Where a comment starts in a content line, or -1. */
  hash: number;
}

/** One `- item` of a block list: its first line, its last line, and its value on the first line. */
export interface ListItem {
  line: number;
  end: number;
  dash: number;
  value: LineValue;
}

export interface YamlEntry {
  key: string;
  /** The `key:` line, and the index of the `:` in it. */
  line: number;
  colon: number;
  /** The value on the key line. */
  value: LineValue;
  /** The last line holding the value (the key line when the value is on it alone). */
  end: number;
  /** The key's block list, item by item; null when the value is not one. */
  items: ListItem[] | null;
  /** Lines the scan could not follow: never edited line by line. */
  odd: boolean;
}

export interface YamlScan {
  lines: YamlLine[];
  entries: YamlEntry[];
  /** Something in the block the scan could not follow. */
  odd: boolean;
}

interface Context {
  state: FlowState;
  /** Inside a block scalar: the column of its owner, and its content indentation (0: not known yet). */
  block: { owner: number; indent: number } | null;
  /** A plain scalar goes on over lines indented more than this column (-2: none). */
  plainOwner: number;
  entry: YamlEntry | null;
  /** The column of the current entry's list dashes, -1 when no list (yet), -2 when not a list. */
  listAt: number;
}

function splitLines(yaml: string): YamlLine[] {
  if (yaml === "") return [];
  const raw = yaml.split("\n");
  return raw.map((r, n) => {
    const cr = r.endsWith("\r") && n < raw.length - 1;
    return { text: cr ? r.slice(0, -1) : r, eol: n === raw.length - 1 ? "" : cr ? "\r\n" : "\n", kind: "content", hash: -1 };
  });
}

function extend(cx: Context, n: number): void {
  if (!cx.entry) return;
  cx.entry.end = n;
  const items = cx.entry.items;
  const last = items?.[items.length - 1];
  if (last) last.end = n;
}

/** What follows a value on its line: a block scalar's lines, or a plain scalar's continuation. */
function follow(cx: Context, value: LineValue, owner: number): void {
  if (value.block) cx.block = { owner, indent: value.blockIndent > 0 ? owner + value.blockIndent : 0 };
  else if (value.plain && cx.state.quote === "" && cx.state.depth === 0) cx.plainOwner = owner;
}

/** A line of the current entry's value below its key line (indented, or a `- ` at column 0). */
function nested(cx: Context, line: YamlLine, n: number, first: number): void {
  const entry = cx.entry;
  if (!entry) return;
  const s = line.text;
  const emptyKeyValue = entry.value.to === entry.value.from;
  if (first === 0 && !emptyKeyValue) entry.odd = true;
  if (cx.listAt === -1 && entry.end === entry.line && emptyKeyValue && isDash(s, first)) {
    cx.listAt = first;
    entry.items = [];
  }
  let i = first;
  let owner = first - 1;
  while (isDash(s, i)) {
    owner = i;
    i = skipSpace(s, i + 1);
  }
  const key = keyAt(s, i);
  if (key) owner = i;
  const value = readValue(s, key ? key.colon + 1 : i, cx.state);
  line.hash = value.hash;
  if (cx.listAt >= 0 && entry.items) {
    if (first === cx.listAt && isDash(s, first)) entry.items.push({ line: n, end: n, dash: first, value: key ? { ...value, from: skipSpace(s, first + 1), special: true } : value });
    else if (first <= cx.listAt) {
      cx.listAt = -2;
      entry.items = null;
    }
  }
  extend(cx, n);
  follow(cx, value, owner);
}

function scanLine(cx: Context, lines: YamlLine[], n: number, scan: YamlScan): void {
  const line = lines[n] as YamlLine;
  const s = line.text;
  const first = skipSpace(s, 0);
  const blank = first === s.length;
  if (cx.block) {
    if (blank) {
      line.kind = "blank";
      return;
    }
    if (cx.block.indent === 0 && first > cx.block.owner && !s.slice(0, first).includes("\t")) cx.block.indent = first;
    if (cx.block.indent > 0 && first >= cx.block.indent) {
      extend(cx, n);
      return;
    }
    cx.block = null;
  }
  if (cx.state.quote !== "" || cx.state.depth > 0) {
    line.hash = scanQuoted(s, 0, cx.state);
    extend(cx, n);
    return;
  }
  if (blank) line.kind = "blank";
  else if (s[first] === "#") line.kind = "comment";
  if (blank || s[first] === "#") return;
  if (s.slice(0, first).includes("\t")) {
    scan.odd = true;
    if (cx.entry) cx.entry.odd = true;
    line.hash = plainComment(s, first);
    return;
  }
  if (first > 0 && cx.plainOwner > -2 && first > cx.plainOwner) {
    line.hash = plainComment(s, first);
    extend(cx, n);
    return;
  }
  cx.plainOwner = -2;
  if (first === 0 && !isDash(s, 0)) {
    const key = keyAt(s, 0);
    if (!key) {
      scan.odd = true;
      cx.entry = null;
      line.hash = plainComment(s, 0);
      return;
    }
    const value = readValue(s, key.colon + 1, cx.state);
    line.hash = value.hash;
    cx.entry = { key: key.key, line: n, colon: key.colon, value, end: n, items: null, odd: value.special };
    cx.listAt = -1;
    scan.entries.push(cx.entry);
    follow(cx, value, 0);
    return;
  }
  if (!cx.entry) {
    scan.odd = true;
    line.hash = plainComment(s, first);
    return;
  }
  nested(cx, line, n, first);
}

/** The lines of `yaml` (a frontmatter block's text) and its top-level keys' values. */
export function scanYaml(yaml: string): YamlScan {
  const lines = splitLines(yaml);
  const scan: YamlScan = { lines, entries: [], odd: false };
  const cx: Context = { state: { quote: "", depth: 0 }, block: null, plainOwner: -2, entry: null, listAt: -1 };
  for (let n = 0; n < lines.length; n++) scanLine(cx, lines, n, scan);
  if (cx.state.quote !== "" || cx.state.depth > 0) scan.odd = true;
  return scan;
}

/** The first line (0-based) of the block that holds a comment, or -1; for a block the scan could follow. */
export function firstCommentLine(scan: YamlScan): number {
  return scan.lines.findIndex((l) => l.kind === "comment" || l.hash >= 0);
}

