// Reading one property of the field table (fields.ts) by its kind, for any note kind. Never throws;
// a value it cannot use is reported through `problem` with the key, the value and what was expected.
import { toDay } from "./dates";
import type { Field, FieldKind } from "./fields";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export type Problem = (field: string, value: unknown, expected: string) => void;
/** What a reader found: a value to store (null clears it), or undefined to store nothing. */
export type Read = string | number | boolean | string[] | null | undefined;
export type FieldReader = (fm: Record<string, unknown>, f: Field, problem: Problem) => Read;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The value of an own key only (never one inherited from Object.prototype). */
export function own(fm: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(fm, key) ? fm[key] : undefined;
}

/** True for what Obsidian shows as an empty property: absent, null or blank text. */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** A value as it appears in a diagnostic: JSON-like, short, never throwing. */
export function showValue(v: unknown): string {
  let text: string;
  try {
    if (v === undefined) text = "missing";
    else if (typeof v === "number" || typeof v === "bigint" || typeof v === "symbol" || typeof v === "function") text = String(v);
    else if (v instanceof Date) text = Number.isFinite(v.getTime()) ? v.toISOString() : "an invalid date";
    else text = String(JSON.stringify(v)); // undefined, functions and symbols are handled above
  } catch {
    text = Object.prototype.toString.call(v);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A finite number, or a numeric string (surrounding spaces ignored); otherwise null. */
export function toNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || !NUMBER.test(v.trim())) return null;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : null;
}

/** A tag that splitting would give back as it is: no space, comma or `#` (the common case, pushed without the split's arrays). */
const SPLITS = /[\s,#]/;

/** Adds the tags of `text` to `items`: words split on spaces and commas, leading `#` dropped, empty ones left out. */
function addTags(items: string[], text: string): void {
  if (text !== "" && !SPLITS.test(text)) {
    items.push(text);
    return;
  }
  for (const word of text.split(/[\s,]+/)) {
    const tag = word.replace(/^#+/, "");
    if (tag !== "") items.push(tag);
  }
}

const LINK = 'a link in quotes, e.g. "[[Note]]"';

/** Text, or null when blank; numbers and booleans are kept as written; lists and objects are refused. */
export function readText(fm: Record<string, unknown>, f: Field, problem: Problem): string | null {
  const v = own(fm, f.key);
  if (isBlank(v)) return null;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  problem(f.key, v, f.kind === "link" ? LINK : f.values ? f.values.join(", ") : "text");
  return null;
}

/** The known spelling of `value` among `values` (case-insensitive), or null. */
export function knownValue(value: string, values: readonly string[]): string | null {
  const wanted = value.toLowerCase();
  return values.find((e) => e.toLowerCase() === wanted) ?? null;
}

const text: FieldReader = (fm, f, problem) => {
  let value = readText(fm, f, problem);
  if (value !== null && f.values) {
    const known = knownValue(value, f.values);
    if (known !== null) value = known;
    else problem(f.key, value, `one of ${f.values.join(", ")}`);
  }
  if (value !== null && f.pattern && !f.pattern.test(value)) problem(f.key, value, f.patternWords ?? "text");
  return value;
};

const date: FieldReader = (fm, f, problem) => {
  const v = own(fm, f.key);
  if (isBlank(v)) return null;
  const day = toDay(v);
  if (day === null) problem(f.key, v, "a date YYYY-MM-DD");
  return day;
};

function numberWords(f: Field): string {
  if (f.min !== undefined && f.max !== undefined) return `a number from ${f.min} to ${f.max}`;
  if (f.min !== undefined) return `a number of ${f.min} or more`;
  return "a number";
}

const number: FieldReader = (fm, f, problem) => {
  const v = own(fm, f.key);
  if (isBlank(v)) return null;
  const n = toNumber(v);
  if (n !== null && (f.min === undefined || n >= f.min) && (f.max === undefined || n <= f.max)) return n;
  problem(f.key, v, numberWords(f));
  return undefined;
};

/** Tags: words split on spaces and commas, `#` dropped; a list, or undefined when none and optional. */
const list: FieldReader = (fm, f, problem) => {
  const v = own(fm, f.key);
  const items: string[] = [];
  if (typeof v === "string") addTags(items, v);
  else if (Array.isArray(v)) {
    const values = v as unknown[];
    for (const tag of values) {
      if (typeof tag === "string" || typeof tag === "number") addTags(items, String(tag));
    }
    if (values.some((tag) => typeof tag !== "string" && typeof tag !== "number" && !isBlank(tag))) problem(f.key, v, "a list of tags");
  } else if (!isBlank(v)) problem(f.key, v, "a list of tags");
  return f.prop !== undefined || items.length > 0 ? items : undefined;
};

const boolean: FieldReader = (fm, f, problem) => {
  const v = own(fm, f.key);
  if (isBlank(v)) return null;
  if (typeof v === "boolean") return v;
  problem(f.key, v, "true or false");
  return undefined;
};

export const READ_BY_KIND: Record<FieldKind, FieldReader> = { text, link: text, date, number, list, boolean };
