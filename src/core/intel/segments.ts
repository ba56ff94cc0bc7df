// Segments: saved conditions on a client's status (stage, tier, risk, health band, tags, …), the
// one-line syntax users type for them in settings and code blocks, and the filter by segment.
//
// The syntax: terms separated by white space, all of which must hold (AND); a term is `key:values`,
// the values separated by commas (any of them, OR). Keys, ignoring case:
//   stage:Active,Retention    the stage (compared ignoring case)
//   tier:Gold,Silver          the value tier (Gold, Silver, Bronze)
//   risk:High                 the risk level (Low, Medium, High)
//   band:"At Risk"            the health band (Excellent, Good, "At Risk", Critical)
//   engagement:Retainer       the engagement (compared ignoring case)
//   atrisk:yes                at risk (section 4) or, with `no`, not at risk
//   tag:healthcare,gov        at least one of the tags
//   alltags:healthcare,gov    every one of the tags
//   -tag:archived             none of the tags
//   text:acme                 text found, ignoring case, in the name, the note's name or the next action
// A value holding white space, a comma, a quote or a backslash is written in double quotes, with
// `\"` and `\\` inside. Tags are compared ignoring case and leading `#`. Each key appears at most
// once, and only `tag` may be negated. Empty text is the condition every client meets.
import { noteBasename } from "../note/markdown";
import type { Band, ClientStatus, RiskLevel, Tier } from "../model/types";

/** What a client must be; every part set must hold, and a missing or empty list sets none. */
export interface Condition {
  stages?: string[];
  tiers?: Tier[];
  riskLevels?: RiskLevel[];
  tagsAll?: string[];
  tagsAny?: string[];
  tagsNone?: string[];
  bands?: Band[];
  engagements?: string[];
  atRisk?: boolean;
  /** Found, ignoring case, in the client's name, its note's name or its next action. */
  text?: string;
}

export interface Segment {
  name: string;
  when: Condition;
}

export type Problem = { problem: string };

type ListField = "stages" | "tiers" | "riskLevels" | "bands" | "engagements" | "tagsAny" | "tagsAll" | "tagsNone";

interface ListKey {
  key: string;
  field: ListField;
  /** The allowed values in their spelling; absent: free text. */
  values?: readonly string[];
  tag?: boolean;
}

const TIERS: readonly Tier[] = ["Gold", "Silver", "Bronze"];
const LEVELS: readonly RiskLevel[] = ["Low", "Medium", "High"];
const BANDS: readonly Band[] = ["Excellent", "Good", "At Risk", "Critical"];

/** The list keys in the order `formatCondition` writes them. */
const LIST_KEYS: readonly ListKey[] = [
  { key: "stage", field: "stages" },
  { key: "tier", field: "tiers", values: TIERS },
  { key: "risk", field: "riskLevels", values: LEVELS },
  { key: "band", field: "bands", values: BANDS },
  { key: "engagement", field: "engagements" },
  { key: "tag", field: "tagsAny", tag: true },
  { key: "alltags", field: "tagsAll", tag: true },
  { key: "-tag", field: "tagsNone", tag: true },
];

/** A tag as compared: trimmed, without leading `#` (nor white space between them). */
export function normalizeTag(tag: string): string {
  return tag.replace(/^[\s#]+/, "").trimEnd();
}

const has = (list: readonly string[] | undefined, value: string | null) => value !== null && list !== undefined && list.some((x) => x.toLowerCase() === value.toLowerCase());
const set = (list: readonly string[] | undefined) => list !== undefined && list.length > 0;

/** True when `needle` (lower case, not empty) occurs in `hay`; Knuth-Morris-Pratt, linear in both. */
function contains(hay: string, needle: string, fail: number[]): boolean {
  let k = 0;
  for (let i = 0; i < hay.length; i++) {
    const ch = hay.charCodeAt(i);
    while (k > 0 && ch !== needle.charCodeAt(k)) k = fail[k - 1]!;
    if (ch === needle.charCodeAt(k)) k++;
    if (k === needle.length) return true;
  }
  return false;
}

function failure(needle: string): number[] {
  const fail = new Array<number>(needle.length).fill(0);
  let k = 0;
  for (let i = 1; i < needle.length; i++) {
    const ch = needle.charCodeAt(i);
    while (k > 0 && ch !== needle.charCodeAt(k)) k = fail[k - 1]!;
    if (ch === needle.charCodeAt(k)) k++;
    fail[i] = k;
  }
  return fail;
}

function matchesText(c: ClientStatus, text: string): boolean {
  const needle = text.toLowerCase();
  if (needle === "") return true;
  const fail = failure(needle);
  const where = [c.client.name, noteBasename(c.client.path), c.client.nextAction ?? ""];
  return where.some((w) => contains(w.toLowerCase(), needle, fail));
}

/** True when the client meets every part of the condition. Linear in its text. */
export function matches(c: ClientStatus, cond: Condition): boolean {
  if (set(cond.stages) && !has(cond.stages, c.client.stage)) return false;
  if (set(cond.tiers) && !has(cond.tiers, c.tier)) return false;
  if (set(cond.riskLevels) && !has(cond.riskLevels, c.risk.level)) return false;
  if (set(cond.bands) && !has(cond.bands, c.health.band)) return false;
  if (set(cond.engagements) && !has(cond.engagements, c.client.engagement)) return false;
  if (cond.atRisk !== undefined && c.atRisk !== cond.atRisk) return false;
  const tags = new Set(c.client.tags.map((t) => normalizeTag(t).toLowerCase()));
  const hasTag = (t: string) => tags.has(normalizeTag(t).toLowerCase());
  if (set(cond.tagsAll) && !cond.tagsAll!.every(hasTag)) return false;
  if (set(cond.tagsAny) && !cond.tagsAny!.some(hasTag)) return false;
  if (set(cond.tagsNone) && cond.tagsNone!.some(hasTag)) return false;
  return cond.text === undefined || matchesText(c, cond.text);
}

/**
 * The values of one list key as the condition holds them: trimmed, tags without `#`, allowed
 * values in their own spelling, duplicates (ignoring case) dropped; or what is wrong.
 */
function listValues(spec: ListKey, values: readonly string[]): string[] | Problem {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of values) {
    let v = spec.tag ? normalizeTag(raw) : raw.trim();
    if (v === "") return { problem: `${spec.key}: has an empty value` };
    if (spec.values) {
      const known = spec.values.find((x) => x.toLowerCase() === v.toLowerCase());
      if (known === undefined) return { problem: `${spec.key}: "${v}" is not one of ${spec.values.join(", ")}` };
      v = known;
    }
    if (seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
  }
  return out;
}

function yesNo(key: string, values: readonly string[]): boolean | Problem {
  const v = values.length === 1 ? values[0]!.trim().toLowerCase() : "";
  if (v === "yes" || v === "true") return true;
  if (v === "no" || v === "false") return false;
  return { problem: `${key}: takes yes or no` };
}

function oneText(key: string, values: readonly string[]): string | Problem {
  if (values.length !== 1) return { problem: `${key}: takes one value; put a value holding a comma in double quotes` };
  const v = values[0]!.trim();
  return v === "" ? { problem: `${key}: has an empty value` } : v;
}

/** Sets one term on `cond`, or says what is wrong with it. */
function setTerm(cond: Condition, key: string, values: readonly string[]): Problem | null {
  const spec = LIST_KEYS.find((k) => k.key === key);
  if (spec) {
    const list = listValues(spec, values);
    if (!Array.isArray(list)) return list;
    (cond as Record<ListField, string[]>)[spec.field] = list;
    return null;
  }
  if (key === "atrisk") {
    const v = yesNo(key, values);
    if (typeof v !== "boolean") return v;
    cond.atRisk = v;
    return null;
  }
  if (key === "text") {
    const v = oneText(key, values);
    if (typeof v !== "string") return v;
    cond.text = v;
    return null;
  }
  if (key.startsWith("-")) return { problem: `${key}: only tag: can be negated` };
  return { problem: `${key}: is not a key; use stage, tier, risk, band, engagement, atrisk, tag, alltags, -tag or text` };
}

/** White space as `\s` and `trim` see it; ASCII without allocating. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text.charAt(i)));
}

/** One value from `i` (quoted or bare), and where it ends; or what is wrong. */
function readValue(text: string, i: number): { value: string; end: number } | Problem {
  if (text[i] === '"') {
    let j = i + 1;
    while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
    if (j >= text.length) return { problem: "a quoted value is not closed" };
    return { value: text.slice(i + 1, j).replace(/\\([\s\S])/g, "$1"), end: j + 1 };
  }
  let j = i;
  while (j < text.length && !isSpace(text, j) && text[j] !== "," && text[j] !== '"') j++;
  if (text[j] === '"') return { problem: "a value holds a quote: put the whole value in double quotes" };
  return { value: text.slice(i, j), end: j };
}

/** Reads the one-line syntax above; the condition, or what is wrong with the text. Linear in the text. */
export function parseCondition(text: string): Condition | Problem {
  const cond: Condition = {};
  const seen = new Set<string>();
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text, i)) i++;
    if (i >= text.length) return cond;
    let j = i;
    while (j < text.length && text[j] !== ":" && !isSpace(text, j) && text[j] !== '"') j++;
    if (text[j] !== ":") {
      const word = text.slice(i, j);
      return { problem: `"${word || text.slice(i, i + 1)}" is not key:value; for text in the name write text:${word || "…"}` };
    }
    const key = text.slice(i, j).toLowerCase();
    if (seen.has(key)) return { problem: `${key}: appears twice; list its values after one ${key}: separated by commas (alltags: for clients with every tag)` };
    seen.add(key);
    const values: string[] = [];
    i = j;
    do {
      const v = readValue(text, i + 1);
      if ("problem" in v) return v;
      values.push(v.value);
      i = v.end;
    } while (text[i] === ",");
    if (i < text.length && !isSpace(text, i)) return { problem: `${key}: a quoted value must be followed by a comma or a space` };
    const problem = setTerm(cond, key, values);
    if (problem) return problem;
  }
}

/**
 * A condition stored as JSON (settings), checked and normalized like the parsed one: the list
 * parts hold strings, `atRisk` a boolean, `text` a string; an empty list or text sets nothing.
 */
export function conditionFromData(v: unknown): Condition | Problem {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return { problem: "a condition is an object" };
  const data = v as Record<string, unknown>;
  const cond: Condition = {};
  for (const [field, value] of Object.entries(data)) {
    const spec = LIST_KEYS.find((k) => k.field === field);
    if (spec) {
      if (!Array.isArray(value) || !(value as unknown[]).every((x) => typeof x === "string")) return { problem: `${field} is not a list of text` };
      const list = listValues(spec, value as string[]);
      if (!Array.isArray(list)) return list;
      if (list.length > 0) (cond as Record<ListField, string[]>)[spec.field] = list;
    } else if (field === "atRisk") {
      if (typeof value !== "boolean") return { problem: "atRisk is not true or false" };
      cond.atRisk = value;
    } else if (field === "text") {
      if (typeof value !== "string") return { problem: "text is not text" };
      if (value.trim() !== "") cond.text = value.trim();
    } else return { problem: `${field} is not a part of a condition` };
  }
  return cond;
}

function quote(v: string): string {
  if (v !== "" && !/[\s,"\\]/.test(v)) return v;
  return `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The condition in the syntax above; `parseCondition` reads it back to the same condition. */
export function formatCondition(cond: Condition): string {
  const terms: string[] = [];
  for (const spec of LIST_KEYS) {
    const list = cond[spec.field];
    if (list && list.length > 0) terms.push(`${spec.key}:${list.map(quote).join(",")}`);
    if (spec.key === "engagement" && cond.atRisk !== undefined) terms.push(`atrisk:${cond.atRisk ? "yes" : "no"}`);
  }
  if (cond.text !== undefined && cond.text !== "") terms.push(`text:${quote(cond.text)}`);
  return terms.join(" ");
}

/**
 * The clients of a saved segment (its name, ignoring case) or of a condition text, in the order
 * given; or why the text is neither.
 */
export function filterBySegment(clients: readonly ClientStatus[], segmentOrCondition: string, segments: readonly Segment[]): ClientStatus[] | Problem {
  const name = segmentOrCondition.trim().toLowerCase();
  const saved = segments.find((s) => s.name.trim().toLowerCase() === name);
  const cond = saved ? saved.when : parseCondition(segmentOrCondition);
  if ("problem" in cond) {
    return { problem: `"${segmentOrCondition.trim()}" is no saved segment and not a condition: ${cond.problem}` };
  }
  return clients.filter((c) => matches(c, cond));
}
