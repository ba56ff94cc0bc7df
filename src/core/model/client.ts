// Reading a client note's frontmatter into ClientProps. Never throws, never mutates the input;
// every value it cannot use becomes a diagnostic that names the key and shows the value.
import { toDay } from "./dates";
import { CLIENT_FIELDS, type Field, type FieldKind } from "./fields";
import { isValidCategoryScore } from "./health";
import type { ClienteleSettings } from "./settings";
import type { ClientProps, Diagnostic } from "./types";

export { ENGAGEMENTS } from "./fields";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The value of an own key only (never one inherited from Object.prototype). */
function own(fm: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(fm, key) ? fm[key] : undefined;
}

/** True for what Obsidian shows as an empty property: absent, null or blank text. */
function isBlank(v: unknown): boolean {
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
function toNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || !NUMBER.test(v.trim())) return null;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : null;
}

export function isClientFrontmatter(fm: unknown): boolean {
  if (!isRecord(fm)) return false;
  const type = own(fm, "type");
  return typeof type === "string" && type.trim().toLowerCase() === "client";
}

function basename(path: string): string {
  const file = path.split("/").pop() ?? path;
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

function emptyClient(path: string): ClientProps {
  return {
    path, id: null, name: basename(path), stage: null, engagement: null, persona: null, positioning: null,
    healthInput: {}, lastReview: null, lastContact: null, stageChanged: null, nextAction: null, nextActionDue: null,
    champion: null, value: null, currency: null, renewal: null, tags: [], diagnostics: [],
  };
}

function splitTags(text: string): string[] {
  return text.split(/[\s,]+/).map((t) => t.replace(/^#+/, "")).filter((t) => t !== "");
}

/** Reads one client note's frontmatter. `path` is the vault-relative path of the note. */
export function parseClient(path: string, fm: Record<string, unknown>, settings: ClienteleSettings): ClientProps {
  const client = emptyClient(path);
  const diagnostics: Diagnostic[] = client.diagnostics;
  try {
    readInto(client, isRecord(fm) ? fm : {}, settings);
  } catch (e) {
    diagnostics.push({ field: "frontmatter", message: `frontmatter could not be read: ${e instanceof Error ? e.message : showValue(e)}` });
  }
  // An array grown by push keeps spare room for 16 items or more; the index keeps thousands of
  // these records, so they are trimmed to their length.
  client.tags = client.tags.slice();
  client.diagnostics = client.diagnostics.slice();
  return client;
}

type Problem = (field: string, value: unknown, expected: string) => void;
type Reader = (client: ClientProps, fm: Record<string, unknown>, f: Field, problem: Problem, settings: ClienteleSettings) => void;

const LINK = 'a link in quotes, e.g. "[[Note]]"';

/** Text, or null when blank; numbers and booleans are kept as written; lists and objects are refused. */
function readText(fm: Record<string, unknown>, f: Field, problem: Problem): string | null {
  const v = own(fm, f.key);
  if (isBlank(v)) return null;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  problem(f.key, v, f.kind === "link" ? LINK : f.values ? f.values.join(", ") : "text");
  return null;
}

/** Where a value goes: its ClientProps property, or the `extra` map for a field without one. */
function store(client: ClientProps, f: Field, value: unknown): void {
  if (f.prop !== undefined) (client as unknown as Record<string, unknown>)[f.prop] = value;
  else if (value !== null) client.extra = { ...client.extra, [f.key]: value as string | number | boolean | string[] };
}

const text: Reader = (client, fm, f, problem) => {
  let value = readText(fm, f, problem);
  if (value !== null && f.values) {
    const wanted = value.toLowerCase();
    const known = f.values.find((e) => e.toLowerCase() === wanted);
    if (known) value = known;
    else problem(f.key, value, `one of ${f.values.join(", ")}`);
  }
  if (value !== null && f.pattern && !f.pattern.test(value)) problem(f.key, value, f.patternWords ?? "text");
  store(client, f, value);
};

const date: Reader = (client, fm, f, problem) => {
  const v = own(fm, f.key);
  if (isBlank(v)) return store(client, f, null);
  const day = toDay(v);
  if (day === null) problem(f.key, v, "a date YYYY-MM-DD");
  store(client, f, day);
};

function numberWords(f: Field): string {
  if (f.min !== undefined && f.max !== undefined) return `a number from ${f.min} to ${f.max}`;
  if (f.min !== undefined) return `a number of ${f.min} or more`;
  return "a number";
}

const number: Reader = (client, fm, f, problem) => {
  const v = own(fm, f.key);
  if (isBlank(v)) return store(client, f, null);
  const n = toNumber(v);
  if (n !== null && (f.min === undefined || n >= f.min) && (f.max === undefined || n <= f.max)) store(client, f, n);
  else problem(f.key, v, numberWords(f));
};

const list: Reader = (client, fm, f, problem) => {
  const v = own(fm, f.key);
  const items: string[] = [];
  if (typeof v === "string") items.push(...splitTags(v));
  else if (Array.isArray(v)) {
    const values = v as unknown[];
    for (const tag of values) {
      if (typeof tag === "string" || typeof tag === "number") items.push(...splitTags(String(tag)));
    }
    if (values.some((tag) => typeof tag !== "string" && typeof tag !== "number" && !isBlank(tag))) problem(f.key, v, "a list of tags");
  } else if (!isBlank(v)) problem(f.key, v, "a list of tags");
  if (f.prop !== undefined || items.length > 0) store(client, f, items);
};

const boolean: Reader = (client, fm, f, problem) => {
  const v = own(fm, f.key);
  if (isBlank(v)) return store(client, f, null);
  if (typeof v === "boolean") store(client, f, v);
  else problem(f.key, v, "true or false");
};

const BY_KIND: Record<FieldKind, Reader> = { text, link: text, date, number, list, boolean };

/** The special cases, by key: everything else is read by its kind. */
const HOOKS: Record<string, Reader> = {
  type: () => undefined, // how the note was recognised as a client; nothing to store
  company: (client, fm, f, problem) => {
    const company = readText(fm, f, problem);
    if (company !== null) client.name = company;
  },
  stage: (client, fm, f, problem, settings) => {
    const stage = own(fm, f.key);
    const stages = `one of ${settings.stages.join(", ")}`;
    if (typeof stage === "string" && stage.trim() !== "") {
      const wanted = stage.trim().toLowerCase();
      client.stage = settings.stages.find((s) => s.toLowerCase() === wanted) ?? null;
      if (client.stage === null) problem(f.key, stage, stages);
    } else {
      problem(f.key, stage, stages);
    }
  },
};

/** A Health Matrix key: absent is missing, not invalid; anything else must be a valid score. */
const healthReader: Reader = (client, fm, f, problem) => {
  const v = own(fm, f.key);
  if (v === undefined || f.health === undefined) return;
  const n = toNumber(v);
  if (isValidCategoryScore(n)) client.healthInput[f.health] = n;
  else problem(f.key, v, "a number from 1 to 5");
};

function readInto(client: ClientProps, fm: Record<string, unknown>, settings: ClienteleSettings): void {
  const problem: Problem = (field, value, expected) => {
    client.diagnostics.push({ field, message: `${field} is ${showValue(value)}; expected ${expected}` });
  };
  for (const f of CLIENT_FIELDS) {
    const read = HOOKS[f.key] ?? (f.health !== undefined ? healthReader : BY_KIND[f.kind]);
    read(client, fm, f, problem, settings);
  }
}
