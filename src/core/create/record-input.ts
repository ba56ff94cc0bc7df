// Checks what the user typed into "New record" and turns it into the record's property values
// (contract section 7), in the field table's order. Pure; every pattern is linear.
import { addDaysToDay, isDay } from "../model/dates";
import { RECORD_FIELDS } from "../model/fields";
import type { Day, RecordKind, RecordValue } from "../model/types";

export interface NewRecordInput {
  kind: RecordKind;
  /** contact: the person's name; deal, contract, feedback: the title; invoices and POs have none. */
  title: string;
  /** What was typed, by property key: `email`, `value`, `expected_close`, `amount`, `issued`, … */
  values: Readonly<Partial<Record<string, string>>>;
  /** contact: the roles, each one of the field table's. */
  roles?: readonly string[];
  /** contract: renews by itself. */
  autoRenew?: boolean;
  /** po: the raw PO in the vault (PDF, TXT or JSON), already written as a link. */
  fileLink?: string | null;
}

/** The typed values as properties, or the message saying what to fix. */
export type CheckedInput = { ok: true; values: Record<string, RecordValue> } | { ok: false; message: string };

const EMAIL = /^[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
const PHONE = /^\+?[0-9(][0-9 ()./-]*(?:(?:ext\.?|x) ?[0-9]+)?$/i;
const NUMBER = /^\d+(?:\.\d+)?$/;
const WHOLE = /^\d+$/;
export const SEVERITIES = ["low", "medium", "high", "critical"];
/** The terms most invoices are paid on, when no due day is typed. */
export const PAYMENT_DAYS = 30;

class Refusal extends Error {}

function refuse(message: string): never {
  throw new Refusal(message);
}

function typed(input: NewRecordInput, key: string): string {
  return (input.values[key] ?? "").trim();
}

function money(input: NewRecordInput, key: string, label: string): number | null {
  const t = typed(input, key);
  if (t === "") return null;
  if (t.length > 30 || !NUMBER.test(t)) refuse(`Enter the ${label} as a number, e.g. 1200 or 1200.50.`);
  return Number(t);
}

function whole(input: NewRecordInput, key: string, label: string, max: number): number | null {
  const t = typed(input, key);
  if (t === "") return null;
  const n = WHOLE.test(t) && t.length <= 6 ? Number(t) : NaN;
  if (!(n >= 0 && n <= max)) refuse(`Enter the ${label} as a whole number from 0 to ${max}.`);
  return n;
}

function day(input: NewRecordInput, key: string, label: string, fallback: Day | null = null): Day | null {
  const t = typed(input, key);
  if (t === "") return fallback;
  if (!isDay(t)) refuse(`Enter the ${label} as a day, YYYY-MM-DD.`);
  return t;
}

function notBefore(later: Day | null, earlier: Day | null, message: string): void {
  if (later !== null && earlier !== null && later < earlier) refuse(message);
}

function contact(input: NewRecordInput, out: Record<string, RecordValue>): void {
  const known = RECORD_FIELDS.contact.find((f) => f.key === "role")?.values ?? [];
  const roles: string[] = [];
  for (const r of input.roles ?? []) {
    const role = known.find((k) => k === r.trim().toLowerCase());
    if (role === undefined) refuse(`"${r}" is not a role; use ${known.join(", ")}.`);
    if (!roles.includes(role)) roles.push(role);
  }
  if (roles.length > 0) out.role = roles;
  const email = typed(input, "email");
  if (email !== "" && (email.length > 254 || !EMAIL.test(email))) refuse("Enter the email address like name@example.com.");
  if (email !== "") out.email = email;
  const phone = typed(input, "phone");
  if (phone !== "" && (phone.length > 40 || !PHONE.test(phone))) refuse("Enter the phone number with digits, spaces, + ( ) . - and an optional ext.");
  if (phone !== "") out.phone = phone;
}

/** The record's own values (not type, client or id), checked; `today` fills the days that default to it. */
function valuesOf(input: NewRecordInput, today: Day, currency: string): Record<string, RecordValue> {
  const out: Record<string, RecordValue> = {};
  const set = (key: string, v: RecordValue | null) => {
    if (v !== null) out[key] = v;
  };
  switch (input.kind) {
    case "contact":
      contact(input, out);
      break;
    case "deal":
      set("status", "open");
      set("value", money(input, "value", "deal value"));
      set("currency", currency);
      set("probability", whole(input, "probability", "probability", 100));
      set("opened", today);
      set("expected_close", day(input, "expected_close", "expected close"));
      break;
    case "contract": {
      const start = day(input, "start", "start day");
      const end = day(input, "end", "end day");
      notBefore(end, start, "The end day is before the start day.");
      set("start", start);
      set("end", end);
      set("notice_days", whole(input, "notice_days", "notice days", 3650));
      set("auto_renew", input.autoRenew === true);
      set("status", "draft");
      break;
    }
    case "invoice": {
      set("amount", money(input, "amount", "amount"));
      set("currency", currency);
      const issued = day(input, "issued", "issued day", today) ?? today;
      const due = day(input, "due", "due day", addDaysToDay(issued, PAYMENT_DAYS));
      notBefore(due, issued, "The due day is before the issued day.");
      set("issued", issued);
      set("due", due);
      break;
    }
    case "po":
      set("amount", money(input, "amount", "amount"));
      set("currency", currency);
      set("received", day(input, "received", "received day", today));
      set("file", input.fileLink ?? null);
      break;
    case "feedback": {
      const severity = typed(input, "severity").toLowerCase() || "medium";
      if (!SEVERITIES.includes(severity)) refuse(`Choose the severity: ${SEVERITIES.join(", ")}.`);
      set("opened", day(input, "opened", "opened day", today));
      set("severity", severity);
      break;
    }
  }
  return out;
}

/** The typed values as the record's properties, or what to fix. */
export function checkRecordInput(input: NewRecordInput, today: Day, currency: string): CheckedInput {
  try {
    return { ok: true, values: valuesOf(input, today, currency) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, message: e.message };
    throw e;
  }
}
