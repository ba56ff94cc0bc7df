// Edits of a frontmatter block line by line, on a scan of it (yaml-lines.ts): a key's value is
// replaced where it stands and every other line stays byte for byte, comments included. A value
// over several lines (a block scalar, continuation lines, a nested value) becomes one line; a
// block list stays a block list, its items replaced one by one, the comment lines between them
// kept. An edit that would drop a comment (one at the end of a line that goes) is not made.
import type { FrontmatterPatch } from "../model/types";
import type { Eol } from "./frontmatter-block";
import type { ListItem, YamlEntry, YamlScan } from "./yaml-lines";
import { yamlScalar } from "./yaml-scalar";

type Value = FrontmatterPatch[string];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The changes to the block's lines: new text for a line, lines dropped, lines added after a line or at the end. */
export interface LineEdits {
  text: Map<number, string>;
  drop: Set<number>;
  after: Map<number, string[]>;
  end: string[];
}

export function noEdits(): LineEdits {
  return { text: new Map(), drop: new Set(), after: new Map(), end: [] };
}

export function scalar(value: string | number | boolean): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "boolean") return String(value);
  return yamlScalar(value, DAY.test(value));
}

export function yamlValue(value: Exclude<Value, null>): string | null {
  if (!Array.isArray(value)) return scalar(value);
  const items = value.map(scalar);
  return items.some((i) => i === null) ? null : `[${items.join(", ")}]`;
}

/** Line `n` with its value replaced by `written`; the spaces and comment after the value stay. */
function withValue(scan: YamlScan, n: number, marker: number, from: number, to: number, written: string): string {
  const s = scan.lines[n]?.text ?? "";
  if (from === to) return `${s.slice(0, marker + 1)} ${written}${s.slice(marker + 1)}`;
  return s.slice(0, from) + written + s.slice(to);
}

/**
 * Drops the lines after `from` up to `to` that hold the value, keeping comment lines. False when
 * one of them ends with a comment (it would be lost).
 */
function dropValueLines(scan: YamlScan, edits: LineEdits, from: number, to: number): boolean {
  for (let n = from; n <= to; n++) {
    const line = scan.lines[n];
    if (!line || line.kind === "comment") continue;
    if (line.hash >= 0) return false;
    edits.drop.add(n);
  }
  return true;
}

/** The list's items set to `wanted` in place: changed items rewritten, extra ones added or dropped. */
function setItems(scan: YamlScan, edits: LineEdits, e: YamlEntry, items: ListItem[], before: unknown[], wanted: string[]): boolean {
  for (let k = 0; k < Math.min(items.length, wanted.length); k++) {
    const item = items[k] as ListItem;
    const w = wanted[k] as string;
    if (before[k] === w) continue;
    if (item.value.special || (typeof before[k] === "object" && before[k] !== null)) return false;
    const written = scalar(w);
    if (written === null) return false;
    edits.text.set(item.line, withValue(scan, item.line, item.dash, item.value.from, item.value.to, written));
    if (!dropValueLines(scan, edits, item.line + 1, item.end)) return false;
  }
  for (let k = wanted.length; k < items.length; k++) {
    const item = items[k] as ListItem;
    if (!dropValueLines(scan, edits, item.line, item.end)) return false;
  }
  if (wanted.length > items.length) {
    const last = items[items.length - 1] as ListItem;
    const s = scan.lines[last.line]?.text ?? "";
    const prefix = last.value.from > last.dash + 1 ? s.slice(0, last.value.from) : `${s.slice(0, last.dash + 1)} `;
    const added: string[] = [];
    for (const w of wanted.slice(items.length)) {
      const written = scalar(w);
      if (written === null) return false;
      added.push(prefix + written);
    }
    edits.after.set(last.end, added);
  }
  if (wanted.length === 0) edits.text.set(e.line, withValue(scan, e.line, e.colon, e.value.from, e.value.to, "[]"));
  return true;
}

/**
 * Records the edit that gives key `e` the value `value` (null: the key goes). False when it
 * cannot be done line by line without losing a comment, or the value is an anchor, alias or tag.
 */
export function setEntry(scan: YamlScan, edits: LineEdits, e: YamlEntry, value: Value, before: unknown): boolean {
  if (e.odd || e.value.special) return false;
  if (value === null) {
    const key = scan.lines[e.line];
    return key !== undefined && key.hash < 0 && dropValueLines(scan, edits, e.line, e.end);
  }
  if (Array.isArray(value) && e.items && e.items.length > 0 && Array.isArray(before) && before.length === e.items.length) {
    return setItems(scan, edits, e, e.items, before, value);
  }
  const written = yamlValue(value);
  if (written === null) return false;
  edits.text.set(e.line, withValue(scan, e.line, e.colon, e.value.from, e.value.to, written));
  return dropValueLines(scan, edits, e.line + 1, e.end);
}

/** The block's text after `edits`: every line but the last keeps (or gets) a line break. */
export function renderLines(scan: YamlScan, edits: LineEdits, eol: Eol): string {
  const out: { text: string; eol: string }[] = [];
  scan.lines.forEach((line, n) => {
    if (!edits.drop.has(n)) out.push({ text: edits.text.get(n) ?? line.text, eol: line.eol });
    for (const text of edits.after.get(n) ?? []) out.push({ text, eol });
  });
  for (const text of edits.end) out.push({ text, eol });
  if (scan.lines.length === 0) return out.map((o) => o.text + eol).join("");
  return out.map((o, i) => o.text + (i === out.length - 1 ? "" : o.eol || eol)).join("");
}
