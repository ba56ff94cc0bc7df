// Finds `{{placeholders}}` in a piece of template text and their values, and puts the values in.
import { formatDate } from "../model/date-format";

export interface TemplateVars {
  company: string;
  /** The sanitised note name. */
  title: string;
  client_id: string;
  stage: string;
  engagement: string;
  currency: string;
  /**
   * The vault paths, without `.md`, of the contract, invoices and outcomes notes "New client" plans
   * for this client (in the clients folder setting, names cut to fit), so a template links them as
   * `[[{{contract_note}}]]` whatever the folder. Left as written where there is no client to plan for.
   */
  contract_note?: string;
  invoices_note?: string;
  outcomes_note?: string;
}

const PLACEHOLDER = /\{\{[ \t]*(company|title|client_id|stage|engagement|currency|contract_note|invoices_note|outcomes_note|date|time)[ \t]*(?::([^{}\r\n]*))?\}\}/g;

/** A placeholder with its value, at offsets in some piece of text. */
export interface Filled {
  start: number;
  end: number;
  value: string;
  isDate: boolean;
}

/** The value of one placeholder, or null to leave it as written (bad date format). */
function valueOf(name: string, fmt: string | undefined, vars: TemplateVars, now: Date): string | null {
  if (name === "date" || name === "time") {
    const pattern = fmt === undefined ? (name === "date" ? "yyyy-MM-dd" : "HH:mm") : fmt.trim();
    // Moment-style `YYYY` / `DD` mean other things in date-fns (week year, day of year): refuse them.
    if (pattern === "" || /[YD]/.test(pattern.replace(/'(?:''|[^'])*'?/g, ""))) return null;
    try {
      return formatDate(now, pattern);
    } catch {
      return null;
    }
  }
  return fmt === undefined ? (vars[name as keyof TemplateVars] ?? null) : null;
}

/** The known placeholders in `text` that have a value. */
export function placeholders(text: string, vars: TemplateVars, now: Date): Filled[] {
  const found: Filled[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const value = valueOf(m[1] ?? "", m[2], vars, now);
    if (value !== null) found.push({ start: m.index, end: m.index + m[0].length, value, isDate: m[1] === "date" || m[1] === "time" });
  }
  return found;
}

export const raw = (text: string) => text;

/** `text` with each placeholder replaced by `value(its value)` and the text between by `literal(text)`. */
export function fill(text: string, found: Filled[], value: (v: string) => string, literal = raw): string {
  let out = "";
  let last = 0;
  for (const f of found) {
    out += literal(text.slice(last, f.start)) + value(f.value);
    last = f.end;
  }
  return out + literal(text.slice(last));
}
