// A fast reader for the simplest frontmatter: one `key: value` per line with plain or quoted
// scalars, one-line flow lists of scalars and block lists of scalars. For such a block it gives
// exactly what the `yaml` package gives with the CLI's options (YAML 1.2, core schema, so dates
// stay strings); for anything else, or in any doubt, it returns null and the caller parses with
// `yaml`. One pass over the block and one over each line: linear, no backtracking pattern.

export type FlatValue = string | number | boolean | null | FlatValue[];

/** A key that needs no quotes and is a string in YAML's core schema (checked again below). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** YAML parsers refuse an implicit key longer than 1024 characters; stay well below. */
const MAX_KEY = 1000;
/** A plain scalar may not start with one of these (YAML indicators; `-` is checked apart). */
const INDICATORS = "?:,[]{}#&*!|>'\"%@`";

// The core schema's tags for plain scalars, as the `yaml` package tests them (yaml 2.x).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** A longer text that starts like a number is left to `yaml` (and the patterns only ever see short text). */
const MAX_NUMBER = 64;
/** Octal, hexadecimal, infinity and NaN: left to `yaml`. */
const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** Not read here: a sentinel, never a value. */
const DOUBT: unique symbol = Symbol("doubt");
type Read<T> = T | typeof DOUBT;

/** Every character the fast path refuses anywhere: comments, tabs, control and odd line characters, Unicode spaces. */
function hasRefusedCharacter(block: string): boolean {
  for (let i = 0; i < block.length; i++) {
    const c = block.charCodeAt(i);
    if (c === 0x23 /* # */ || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) return true;
    if (c === 0x0d /* \r */ ? block.charCodeAt(i + 1) !== 0x0a : c < 0x20 && c !== 0x0a) return true;
    if (c >= 0xd800 && c <= 0xdfff) return true; // surrogates, paired or not: left to yaml
    // Unicode spaces: String.prototype.trim strips them, YAML does not (they are text to it).
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return true;
  }
  return false;
}

/** What a plain scalar means in the core schema. */
function resolvePlain(s: string): Read<FlatValue> {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === "t" || s[0] === "T";
  const c = s[0] ?? "";
  if (!"+-.0123456789".includes(c)) return s;
  if (s.length > MAX_NUMBER) return DOUBT;
  if (INT.test(s)) return parseInt(s, 10);
  if (FLOAT.test(s) || FLOAT_EXP.test(s)) return parseFloat(s);
  if (OTHER_NUMBER.test(s)) return DOUBT;
  return s;
}

/**
 * A plain scalar's text (already trimmed) is one the fast path reads: no brackets or braces, no
 * `: ` (a nested mapping), and in a flow list no `,` or `:` at all (an entry or an implicit pair).
 */
function isSafePlain(s: string, flow: boolean): boolean {
  const first = s[0];
  if (first === undefined || INDICATORS.includes(first)) return false;
  if (first === "-" && (s.length === 1 || s[1] === " ")) return false;
  if (s.endsWith(":")) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) return false; // [ ] { }
    if (c === 0x3a /* : */ ? flow || s.charCodeAt(i + 1) === 0x20 : flow && c === 0x2c /* , */) return false;
  }
  return true;
}

/** A quoted scalar starting at `from`: its value and the index after its closing quote. */
function readQuoted(s: string, from: number): Read<{ value: string; end: number }> {
  const q = s[from];
  for (let i = from + 1; i < s.length; i++) {
    const c = s[i];
    if (q === '"' && c === "\\") return DOUBT;
    if (c !== q) continue;
    if (q === "'" && s[i + 1] === "'") {
      i++;
      continue;
    }
    const inner = s.slice(from + 1, i);
    return { value: q === "'" ? inner.replaceAll("''", "'") : inner, end: i + 1 };
  }
  return DOUBT; // no closing quote on this line: a multi-line scalar
}

/** One scalar that fills `s` (trimmed): quoted or plain. */
function readScalar(s: string): Read<FlatValue> {
  if (s[0] === '"' || s[0] === "'") {
    const q = readQuoted(s, 0);
    return q === DOUBT || q.end !== s.length ? DOUBT : q.value;
  }
  return isSafePlain(s, false) ? resolvePlain(s) : DOUBT;
}

const skipSpaces = (s: string, from: number): number => {
  let i = from;
  while (s[i] === " ") i++;
  return i;
};

/** A one-line flow list `[a, "b", 3]` of scalars that fills `s` (trimmed). */
function readFlowList(s: string): Read<FlatValue[]> {
  const items: FlatValue[] = [];
  let i = skipSpaces(s, 1);
  if (s[i] === "]") return i + 1 === s.length ? items : DOUBT;
  for (;;) {
    let item: Read<FlatValue>;
    if (s[i] === '"' || s[i] === "'") {
      const q = readQuoted(s, i);
      if (q === DOUBT) return DOUBT;
      item = q.value;
      i = skipSpaces(s, q.end);
    } else {
      let end = i;
      while (end < s.length && s[end] !== "," && s[end] !== "]") end++;
      const text = s.slice(i, end).trimEnd();
      item = isSafePlain(text, true) ? resolvePlain(text) : DOUBT;
      i = end;
    }
    if (item === DOUBT) return DOUBT;
    items.push(item);
    if (s[i] === "]") return i + 1 === s.length ? items : DOUBT;
    if (s[i] !== ",") return DOUBT;
    i = skipSpaces(s, i + 1);
    if (s[i] === "]" || s[i] === ",") return DOUBT; // a trailing or empty entry
  }
}

/** A value after `key: ` (trimmed, not empty). */
function readValue(s: string): Read<FlatValue> {
  return s[0] === "[" ? readFlowList(s) : readScalar(s);
}

/** `key:` or `key: value` at the start of a line: the key and the value text (trimmed). */
function keyLine(line: string): { key: string; value: string } | null {
  const colon = line.indexOf(":");
  if (colon <= 0 || colon > MAX_KEY) return null;
  if (colon + 1 < line.length && line[colon + 1] !== " ") return null;
  const key = line.slice(0, colon);
  if (!PLAIN_KEY.test(key) || key === "__proto__" || typeof resolvePlain(key) !== "string") return null;
  return { key, value: line.slice(colon + 1).trim() };
}

/** `- item` indented by `indent` spaces: the item's text (trimmed), or null. */
function itemLine(line: string, indent: number): string | null {
  if (skipSpaces(line, 0) !== indent || line[indent] !== "-" || line[indent + 1] !== " ") return null;
  const text = line.slice(indent + 2).trim();
  return text === "" ? null : text;
}

/**
 * The properties of a frontmatter block when it has only the simple shapes, deep-equal to what
 * the CLI's `yaml` parse returns; null for anything else (the caller then parses with `yaml`).
 */
export function parseFlatYaml(block: string): Record<string, FlatValue> | null {
  if (hasRefusedCharacter(block)) return null;
  const out: Record<string, FlatValue> = {};
  const seen = new Set<string>();
  /** The key whose value is empty so far: a block list may follow. */
  let open: { key: string; items: FlatValue[]; indent: number } | null = null;
  const lines = block.split("\n");
  for (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") continue;
    if (line[0] === " " || line[0] === "-") {
      if (open === null) return null;
      const indent = open.indent >= 0 ? open.indent : skipSpaces(line, 0);
      const text = itemLine(line, indent);
      const item = text === null ? DOUBT : readScalar(text);
      if (item === DOUBT) return null;
      open.indent = indent;
      open.items.push(item);
      out[open.key] = open.items;
      continue;
    }
    const found = keyLine(line);
    if (found === null || seen.has(found.key)) return null;
    seen.add(found.key);
    if (found.value === "") {
      out[found.key] = null;
      open = { key: found.key, items: [], indent: -1 };
      continue;
    }
    const value = readValue(found.value);
    if (value === DOUBT) return null;
    out[found.key] = value;
    open = null;
  }
  return seen.size === 0 ? null : out;
}
