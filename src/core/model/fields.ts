// The one table of every property Clientele knows, for every note kind (contract
// shared/spec/client-notes.md sections 2 and 7). The client reader, the CSV columns, the sample
// vault's .obsidian/types.json and the README's property table are all derived from it; add a row
// here, then run `node scripts/gen-types-json.mjs` (test/core/model/fields.test.ts checks the rest).
import { healthKey, type HealthMatrix } from "./health-matrix";
import type { ClientProps, HealthCategory, RecordKind } from "./types";

export type FieldKind = "text" | "number" | "date" | "link" | "list" | "boolean";
export type NoteKind = "client" | RecordKind;
/** Where a property shows: CSV column, CLI JSON, pipeline card, .obsidian/types.json, README table. */
export type Shows = "csv" | "json" | "card" | "types" | "readme";
/** Obsidian's property types in .obsidian/types.json. */
export type ObsidianType = "text" | "number" | "date" | "multitext" | "checkbox" | "tags" | "aliases";

export interface Field {
  key: string;
  kind: FieldKind;
  /** Human words, e.g. "Last contact". */
  label: string;
  /** The README's wording. */
  meaning: string;
  shows: readonly Shows[];
  /** Where the client reader stores the value; absent: kept in ClientProps.extra. */
  prop?: keyof ClientProps;
  /** A Health Matrix key: read into ClientProps.healthInput. */
  health?: HealthCategory;
  /** Numbers: inclusive bounds. */
  min?: number;
  max?: number;
  /** Text: the known spellings (matched case-insensitively). */
  values?: readonly string[];
  /** Text: the form the value must have, and the words naming it in a diagnostic. */
  pattern?: RegExp;
  patternWords?: string;
  /** The type in .obsidian/types.json, when not the kind's default. */
  obsidian?: ObsidianType;
}

const CARD: readonly Shows[] = ["csv", "json", "card", "types", "readme"];
const CSV: readonly Shows[] = ["csv", "types", "readme"];
const DOC: readonly Shows[] = ["types", "readme"];
const REC: readonly Shows[] = ["types"];

export const ENGAGEMENTS = ["Subscription", "Fixed Fee", "Retainer"];

function health(category: HealthCategory, label: string, meaning: string, shows: readonly Shows[] = CARD): Field {
  return { key: healthKey(category), kind: "number", label, meaning, shows, health: category, min: 1, max: 5 };
}

/** The client note's properties (section 2, then the v2 ones of sections 8 and 9), in CSV order. */
export const CLIENT_FIELDS: readonly Field[] = [
  { key: "type", kind: "text", label: "Type", meaning: "`client` (required)", shows: DOC },
  { key: "client_id", kind: "text", label: "Client id", meaning: "`CLI-00042`, assigned when the note is created, never reused", shows: CARD, prop: "id", pattern: /^CLI-\d{5}$/, patternWords: "CLI- and 5 digits, e.g. CLI-00042" },
  { key: "company", kind: "text", label: "Company", meaning: "display name (default: the note's name)", shows: CARD, prop: "name" },
  { key: "stage", kind: "text", label: "Stage", meaning: "`Discovery`, `Proposal`, `Active`, `Retention` or `Sunset` (configurable)", shows: CARD, prop: "stage" },
  { key: "engagement", kind: "text", label: "Engagement", meaning: "`Subscription`, `Fixed Fee` or `Retainer`", shows: CARD, prop: "engagement", values: ENGAGEMENTS },
  { key: "persona", kind: "link", label: "Persona", meaning: 'the ideal customer profile, e.g. `"[[ICP - Agency owner]]"`', shows: CSV, prop: "persona" },
  { key: "positioning", kind: "text", label: "Positioning", meaning: "how the client sees you", shows: CSV, prop: "positioning" },
  health("profitability", "Profitability", "Health Matrix: profitability"),
  health("communication", "Communication", "Health Matrix: communication"),
  health("strategic_fit", "Strategic fit", "Health Matrix: strategic fit"),
  health("growth", "Growth potential", "Health Matrix: growth potential"),
  { key: "last_review", kind: "date", label: "Last review", meaning: "day of the last health check", shows: CARD, prop: "lastReview" },
  { key: "last_contact", kind: "date", label: "Last contact", meaning: "day of the last interaction", shows: CARD, prop: "lastContact" },
  { key: "stage_changed", kind: "date", label: "Stage changed", meaning: "day the stage last changed", shows: CARD, prop: "stageChanged" },
  { key: "next_action", kind: "text", label: "Next action", meaning: "the next step", shows: CARD, prop: "nextAction" },
  { key: "next_action_due", kind: "date", label: "Next action due", meaning: "when the next step is due", shows: CARD, prop: "nextActionDue" },
  { key: "champion", kind: "link", label: "Champion", meaning: "biggest advocate inside the client", shows: CARD, prop: "champion" },
  { key: "value", kind: "number", label: "Value", meaning: "money value per month or contract", shows: CARD, prop: "value", min: 0 },
  { key: "currency", kind: "text", label: "Currency", meaning: "ISO currency, default from settings", shows: CSV, prop: "currency", pattern: /^[A-Za-z]{3}$/, patternWords: "a 3-letter ISO code, e.g. USD" },
  { key: "renewal", kind: "date", label: "Renewal", meaning: "contract end or renewal date", shows: CARD, prop: "renewal" },
  { key: "tags", kind: "list", label: "Tags", meaning: "free tags", shows: CARD, prop: "tags", obsidian: "tags" },
  { key: "acquisition_cost", kind: "number", label: "Acquisition cost", meaning: "cost of winning the client, subtracted from lifetime value", shows: DOC, min: 0 },
  { key: "snooze_until", kind: "date", label: "Snooze until", meaning: "hides the client's due items until that day", shows: DOC },
];

/**
 * The client fields for a Health Matrix setting: the table, and after its last Health Matrix row
 * one row for each configured category it does not have (read as a number 1-5 like the four; a CSV
 * and JSON column, not in the generated types.json or README). The table itself when there is none.
 */
export function clientFieldsFor(matrix: HealthMatrix): readonly Field[] {
  const known = (id: string) => CLIENT_FIELDS.some((f) => f.health === id);
  if (matrix.every((c) => known(c.id))) return CLIENT_FIELDS;
  const extra = matrix.filter((c) => !known(c.id)).map((c) => health(c.id, c.label, `Health Matrix: ${c.label}`, ["csv", "json", "card"]));
  let last = 0;
  CLIENT_FIELDS.forEach((f, i) => {
    if (f.health !== undefined) last = i;
  });
  return [...CLIENT_FIELDS.slice(0, last + 1), ...extra, ...CLIENT_FIELDS.slice(last + 1)];
}

// Keys every related record shares (section 7).
const TYPE: Field = { key: "type", kind: "text", label: "Type", meaning: "the record kind", shows: REC };
const CLIENT: Field = { key: "client", kind: "link", label: "Client", meaning: 'the client note, e.g. `"[[Acme Robotics]]"`, or a list of them', shows: REC };
const RECORD_ID: Field = { key: "record_id", kind: "text", label: "Record id", meaning: "record id where the kind has no `number`, e.g. `DEAL-0001`", shows: REC };
const NUMBER: Field = { key: "number", kind: "text", label: "Number", meaning: "record id, e.g. `INV-0001`", shows: REC };
const CURRENCY: Field = { key: "currency", kind: "text", label: "Currency", meaning: "ISO currency", shows: REC, pattern: /^[A-Za-z]{3}$/, patternWords: "a 3-letter ISO code, e.g. USD" };
const AMOUNT: Field = { key: "amount", kind: "number", label: "Amount", meaning: "money amount", shows: REC, min: 0 };
const date = (key: string, label: string, meaning: string): Field => ({ key, kind: "date", label, meaning, shows: REC });

/** The related records' properties (section 7), by kind. */
export const RECORD_FIELDS: Readonly<Record<Exclude<NoteKind, "client">, readonly Field[]>> = {
  contact: [
    TYPE, CLIENT, RECORD_ID,
    { key: "role", kind: "list", label: "Role", meaning: "text or list", shows: REC, values: ["champion", "decision maker", "influencer", "user", "billing", "blocker"] },
    { key: "email", kind: "text", label: "Email", meaning: "email address", shows: REC },
    { key: "phone", kind: "text", label: "Phone", meaning: "phone number", shows: REC },
    date("last_contact", "Last contact", "day of the last interaction"),
  ],
  deal: [
    TYPE, CLIENT, RECORD_ID,
    { key: "status", kind: "text", label: "Status", meaning: "deal status", shows: REC, values: ["open", "won", "lost"] },
    { key: "value", kind: "number", label: "Value", meaning: "money value of the deal", shows: REC, min: 0 },
    CURRENCY,
    { key: "probability", kind: "number", label: "Probability", meaning: "chance of winning, percent", shows: REC, min: 0, max: 100 },
    date("opened", "Opened", "day the deal was opened"),
    date("expected_close", "Expected close", "day the deal should close"),
    date("closed", "Closed", "day the deal closed"),
  ],
  contract: [
    TYPE, CLIENT, RECORD_ID,
    date("start", "Start", "first day of the contract"),
    date("end", "End", "last day of the contract"),
    { key: "notice_days", kind: "number", label: "Notice days", meaning: "days of notice before `end`", shows: REC, min: 0 },
    { key: "auto_renew", kind: "boolean", label: "Auto renew", meaning: "renews by itself", shows: REC },
    { key: "status", kind: "text", label: "Status", meaning: "contract status", shows: REC, values: ["draft", "signed", "ended"] },
    // Not in the contract: the sample vault's Contract template writes these two.
    date("signed", "Signed", "day the contract was signed"),
    { key: "rate", kind: "number", label: "Rate", meaning: "agreed rate", shows: REC, min: 0 },
  ],
  invoice: [
    TYPE, CLIENT, NUMBER, AMOUNT, CURRENCY,
    date("issued", "Issued", "day the invoice was issued"),
    date("due", "Due", "day the invoice is due"),
    date("paid", "Paid", "day the invoice was paid"),
  ],
  po: [
    TYPE, CLIENT, NUMBER, AMOUNT, CURRENCY,
    date("received", "Received", "day the PO was received"),
    { key: "file", kind: "link", label: "File", meaning: "link to the raw PO: PDF, TXT or JSON", shows: REC },
    { key: "invoice", kind: "link", label: "Invoice", meaning: "link to the invoice", shows: REC },
  ],
  feedback: [
    TYPE, CLIENT, RECORD_ID,
    date("opened", "Opened", "day the feedback came in"),
    date("first_response", "First response", "day of the first response"),
    date("resolved", "Resolved", "day it was resolved"),
    { key: "severity", kind: "text", label: "Severity", meaning: "how bad", shows: REC, values: ["low", "medium", "high", "critical"] },
  ],
};

/** Obsidian's own properties, listed in the sample vault's types.json. */
export const OBSIDIAN_FIELDS: readonly Field[] = [
  { key: "aliases", kind: "list", label: "Aliases", meaning: "other names of the note", shows: REC, obsidian: "aliases" },
];

const KIND_TO_OBSIDIAN: Record<FieldKind, ObsidianType> = {
  text: "text", link: "text", number: "number", date: "date", list: "multitext", boolean: "checkbox",
};

/** The `.obsidian/types.json` object: one type per key, client keys first, then the records'. */
export function obsidianTypes(): { types: Record<string, ObsidianType> } {
  const types: Record<string, ObsidianType> = {};
  const all = [...CLIENT_FIELDS, ...OBSIDIAN_FIELDS, ...Object.values(RECORD_FIELDS).flat()];
  for (const f of all) {
    if (!f.shows.includes("types")) continue;
    const type = f.obsidian ?? KIND_TO_OBSIDIAN[f.kind];
    const had = types[f.key];
    if (had !== undefined && had !== type) throw new Error(`${f.key} is both ${had} and ${type}`);
    types[f.key] = type;
  }
  return { types };
}

/** The type column of the README: the kind, with a number's range when it has both bounds. */
function readmeType(f: Field): string {
  return f.kind === "number" && f.min !== undefined && f.max !== undefined ? `number ${f.min}-${f.max}` : f.kind;
}

/** The README's `| property | type | meaning |` table of client properties. */
export function readmeTable(): string {
  const rows = CLIENT_FIELDS.filter((f) => f.shows.includes("readme")).map((f) => `| \`${f.key}\` | ${readmeType(f)} | ${f.meaning} |`);
  return ["| property | type | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}
