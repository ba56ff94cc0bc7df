// Reading a client note's frontmatter into ClientProps. Never throws, never mutates the input;
// every value it cannot use becomes a diagnostic that names the key and shows the value.
import { toDay } from "./dates";
import { HEALTH_CATEGORIES, HEALTH_KEYS, isValidCategoryScore } from "./health";
import type { ClienteleSettings } from "./settings";
import type { ClientProps, Diagnostic, HealthCategory } from "./types";

export const ENGAGEMENTS = ["Subscription", "Fixed Fee", "Retainer"];

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const CLIENT_ID = /^CLI-\d{5}$/;

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

function readInto(client: ClientProps, fm: Record<string, unknown>, settings: ClienteleSettings): void {
  const problem = (field: string, value: unknown, expected: string) => {
    client.diagnostics.push({ field, message: `${field} is ${showValue(value)}; expected ${expected}` });
  };
  /** Text, or null when blank; numbers and booleans are kept as written; lists and objects are refused. */
  const text = (key: string, expected = "text"): string | null => {
    const v = own(fm, key);
    if (isBlank(v)) return null;
    if (typeof v === "string") return v.trim();
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    problem(key, v, expected);
    return null;
  };
  const date = (key: string) => {
    const v = own(fm, key);
    if (isBlank(v)) return null;
    const day = toDay(v);
    if (day === null) problem(key, v, "a date YYYY-MM-DD");
    return day;
  };

  const company = text("company");
  if (company !== null) client.name = company;

  client.id = text("client_id");
  if (client.id !== null && !CLIENT_ID.test(client.id)) problem("client_id", client.id, "CLI- and 5 digits, e.g. CLI-00042");

  const stage = own(fm, "stage");
  const stages = `one of ${settings.stages.join(", ")}`;
  if (typeof stage === "string" && stage.trim() !== "") {
    const wanted = stage.trim().toLowerCase();
    client.stage = settings.stages.find((s) => s.toLowerCase() === wanted) ?? null;
    if (client.stage === null) problem("stage", stage, stages);
  } else {
    problem("stage", stage, stages);
  }

  client.engagement = text("engagement", ENGAGEMENTS.join(", "));
  if (client.engagement !== null) {
    const wanted = client.engagement.toLowerCase();
    const known = ENGAGEMENTS.find((e) => e.toLowerCase() === wanted);
    if (known) client.engagement = known;
    else problem("engagement", client.engagement, `one of ${ENGAGEMENTS.join(", ")}`);
  }

  const link = 'a link in quotes, e.g. "[[Note]]"';
  client.persona = text("persona", link);
  client.champion = text("champion", link);
  client.positioning = text("positioning");
  client.nextAction = text("next_action");

  client.currency = text("currency");
  if (client.currency !== null && !/^[A-Za-z]{3}$/.test(client.currency)) problem("currency", client.currency, "a 3-letter ISO code, e.g. USD");

  for (const category of HEALTH_CATEGORIES) readHealth(client, fm, category, problem);

  client.lastReview = date("last_review");
  client.lastContact = date("last_contact");
  client.stageChanged = date("stage_changed");
  client.nextActionDue = date("next_action_due");
  client.renewal = date("renewal");

  const value = own(fm, "value");
  if (!isBlank(value)) {
    const n = toNumber(value);
    if (n !== null && n >= 0) client.value = n;
    else problem("value", value, "a number of 0 or more");
  }

  const tags = own(fm, "tags");
  if (typeof tags === "string") client.tags = splitTags(tags);
  else if (Array.isArray(tags)) {
    const items = tags as unknown[];
    for (const tag of items) {
      if (typeof tag === "string" || typeof tag === "number") client.tags.push(...splitTags(String(tag)));
    }
    if (items.some((tag) => typeof tag !== "string" && typeof tag !== "number" && !isBlank(tag))) problem("tags", tags, "a list of tags");
  } else if (!isBlank(tags)) problem("tags", tags, "a list of tags");
}

function readHealth(
  client: ClientProps,
  fm: Record<string, unknown>,
  category: HealthCategory,
  problem: (field: string, value: unknown, expected: string) => void,
): void {
  const key = HEALTH_KEYS[category];
  const v = own(fm, key);
  if (v === undefined) return; // absent: missing, not invalid
  const n = toNumber(v);
  if (isValidCategoryScore(n)) client.healthInput[category] = n;
  else problem(key, v, "a number from 1 to 5");
}
