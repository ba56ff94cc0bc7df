// Matching import columns to the field table (fields.ts) and checking a cell against its field's
// kind. The one table decides: a column matches a property by its key, its label or the name the
// client reader gives it (`company` is also `name`), compared without case, spaces, `_` or `-`.
import { CLIENT_FIELDS, type Field } from "../model/fields";
import { knownValue, toNumber } from "../model/read-fields";
import { toDay } from "../model/dates";
import { isInert } from "./inert";

export interface Column {
  /** The column's place in the row (0-based). */
  index: number;
  /** The column's name as written in the header, trimmed. */
  header: string;
  /** The property it fills, or null: its values go to the note's "Imported" section. */
  field: Field | null;
}

export interface ColumnProblem {
  column: string;
  message: string;
}

/** A header cell or field name as compared: lower case, no spaces, `_` or `-`. */
export function columnKey(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(/[\s_-]+/g, "");
}

/** What a column is called in a message: its header, or its place when the header is blank. */
export function columnName(header: string, index: number): string {
  return header === "" ? `column ${index + 1}` : header;
}

/** The field a column name names, by key, label or reader name; null when none. */
export function fieldFor(name: string, fields: readonly Field[] = CLIENT_FIELDS): Field | null {
  const key = columnKey(name);
  if (key === "") return null;
  return fields.find((f) => columnKey(f.key) === key || columnKey(f.label) === key || (f.prop !== undefined && columnKey(f.prop) === key)) ?? null;
}

/**
 * The columns of `header` with the property each fills. `mapping` (header as written -> field key,
 * or null for none) overrides the match, as the import modal lets the user choose. A property filled
 * by an earlier column is not filled again: the later column's values go to the "Imported" section.
 */
export function matchColumns(header: readonly string[], mapping: Readonly<Record<string, string | null>> = {}, fields: readonly Field[] = CLIENT_FIELDS): { columns: Column[]; problems: ColumnProblem[] } {
  const columns: Column[] = [];
  const problems: ColumnProblem[] = [];
  const taken = new Map<string, string>();
  header.forEach((raw, index) => {
    const text = raw.trim();
    const name = columnName(text, index);
    const chosen = Object.prototype.hasOwnProperty.call(mapping, raw) ? mapping[raw] : undefined;
    let field = chosen === undefined ? fieldFor(text, fields) : chosen === null ? null : (fields.find((f) => f.key === chosen) ?? null);
    if (chosen !== undefined && chosen !== null && field === null) problems.push({ column: name, message: `Column "${name}" is mapped to "${chosen}", which is not a property; its values go to the Imported section.` });
    const earlier = field ? taken.get(field.key) : undefined;
    if (field && earlier !== undefined) {
      problems.push({ column: name, message: `Column "${name}" names ${field.key}, which column "${earlier}" fills already; its values go to the Imported section.` });
      field = null;
    }
    if (field) taken.set(field.key, name);
    columns.push({ index, header: text, field });
  });
  return { columns, problems };
}

/** A checked cell: the property value, or what the field expects. */
export type Checked = { value: string | number | boolean | string[] } | { expected: string };

const FORMULA_GUARD = /^'[=+\-@\t\r]/;
const TAG = /^[\p{L}\p{N}_/-]+$/u;
const WIKILINK = /^\[\[([^[\]|#^:<>\r\n`\\%]+)\]\]$/;
const PLAIN = "plain text (no Templater tag, link, embed, HTML, code or line break)";

/**
 * A cell as the value it stands for: trimmed, and without the `'` the CLI's `export --csv` puts
 * before text that a spreadsheet would take for a formula.
 */
export function cellText(cell: string): string {
  const t = cell.trim();
  return FORMULA_GUARD.test(t) ? t.slice(1) : t;
}

function numberWords(f: Field): string {
  if (f.min !== undefined && f.max !== undefined) return `a number from ${f.min} to ${f.max}`;
  if (f.min !== undefined) return `a number of ${f.min} or more`;
  return "a number";
}

/** Tags: split on spaces, commas and semicolons, `#` dropped; each must be a tag Obsidian accepts. */
function tags(text: string): Checked {
  const items = text.split(/[\s,;]+/).map((t) => t.replace(/^#+/, "")).filter((t) => t !== "");
  const bad = items.some((t) => !TAG.test(t) || /^\d+$/.test(t));
  return bad ? { expected: "tags of letters, digits, _ - and / (not only digits), split by commas or spaces" } : { value: items };
}

/** Checks a non-empty cell (already `cellText`) against its field's kind, bounds, values and pattern. */
export function checkCell(f: Field, text: string): Checked {
  switch (f.kind) {
    case "number": {
      const n = toNumber(text);
      const ok = n !== null && (f.min === undefined || n >= f.min) && (f.max === undefined || n <= f.max);
      return ok ? { value: n } : { expected: numberWords(f) };
    }
    case "date": {
      const day = toDay(text);
      return day === null ? { expected: "a date YYYY-MM-DD" } : { value: day };
    }
    case "boolean": {
      const b = knownValue(text, ["true", "false", "yes", "no"]);
      return b === null ? { expected: "true or false" } : { value: b === "true" || b === "yes" };
    }
    case "list":
      return tags(text);
    case "link":
      // A link property takes a link to a note (that is its kind) or plain text.
      return WIKILINK.test(text) || isInert(text) ? { value: text } : { expected: `a link like [[Note]] or ${PLAIN}` };
    case "text": {
      if (!isInert(text)) return { expected: PLAIN };
      if (f.values) {
        const known = knownValue(text, f.values);
        return known === null ? { expected: `one of ${f.values.join(", ")}` } : { value: known };
      }
      if (f.pattern && !f.pattern.test(text)) return { expected: f.patternWords ?? "text" };
      return { value: text };
    }
  }
}
