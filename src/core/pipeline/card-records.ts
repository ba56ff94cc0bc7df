// What a pipeline card shows of a client's related records (contract section 7, "rolled up on
// every card"): one line of small chips with the counts that matter, then the record warnings.
// Pure: reads only the roll-up, which was made for the board's day.
import { formatMoney, plural } from "../model/format";
import type { ClientRecords } from "../model/types";

/** A contract's notice deadline this many days ahead (or already passed) shows on the card. */
export const NOTICE_CARD_WINDOW_DAYS = 60;
/** A notice deadline this close (or an open feedback this old, below) turns its chip to a warning. */
export const NOTICE_WARN_DAYS = 30;
export const FEEDBACK_WARN_DAYS = 2;

export type ChipTone = "normal" | "warn" | "bad";

export interface RecordChip {
  kind: "contacts" | "deals" | "invoices" | "pos" | "feedback" | "notice";
  /** The short text on the card, e.g. `1 invoice overdue · 47 days`. */
  text: string;
  /** The full sentence (the tooltip). */
  title: string;
  /** The words for screen readers, e.g. `1 invoice overdue by 47 days`. */
  spoken: string;
  tone: ChipTone;
}

export interface CardRecords {
  chips: RecordChip[];
  /** The roll-up's warnings, e.g. "No decision maker". */
  warnings: string[];
  /** The chips' and warnings' words, for the card's aria-label. */
  label: string[];
}

function days(n: number): string {
  return plural(n, "day");
}

function contactsChip(r: ClientRecords): RecordChip | null {
  const n = r.counts.contact;
  if (n === 0) return null;
  const text = plural(n, "contact");
  const roles = Object.entries(r.byRole).map(([role, names]) => `${role}: ${names.join(", ")}`);
  return { kind: "contacts", text, title: roles.length === 0 ? `${text}, none with a role` : `${text} (${roles.join("; ")})`, spoken: text, tone: "normal" };
}

function dealsChip(r: ClientRecords): RecordChip | null {
  const { open, openValue, weightedValue, pastClose } = r.deals;
  if (open === 0) return null;
  const count = `${open} open ${open === 1 ? "deal" : "deals"}`;
  const value = openValue > 0 ? formatMoney(openValue, r.currency) : null;
  const late = pastClose.length === 0 ? "" : `; ${pastClose.length} past ${pastClose.length === 1 ? "its" : "their"} expected close`;
  const worth = value === null ? "" : ` worth ${value} (weighted ${formatMoney(weightedValue, r.currency)})`;
  return {
    kind: "deals",
    text: value === null ? count : `${count} · ${value}`,
    title: `${count}${worth}${late}`,
    spoken: value === null ? count : `${count} worth ${value}`,
    tone: pastClose.length > 0 ? "warn" : "normal",
  };
}

/** Overdue invoices when there are any (the open ones are named in the tooltip), else the open ones. */
function invoicesChip(r: ClientRecords): RecordChip | null {
  const inv = r.invoices;
  const amount = (n: number): string => (n > 0 ? ` (${formatMoney(n, r.currency)})` : "");
  const open = inv.openCount === 0 ? "" : `; ${plural(inv.openCount, "more invoice")} open, not yet due${amount(inv.open)}`;
  if (inv.overdueCount > 0) {
    const count = `${plural(inv.overdueCount, "invoice")} overdue`;
    const oldest = inv.oldestOverdueDays ?? 0;
    const by = inv.overdueCount === 1 ? `by ${days(oldest)}` : `the oldest by ${days(oldest)}`;
    return { kind: "invoices", text: `${count} · ${days(oldest)}`, title: `${count}, ${by}${amount(inv.overdue)}${open}`, spoken: `${count} by ${days(oldest)}`, tone: "bad" };
  }
  if (inv.openCount === 0) return null;
  const text = `${inv.openCount} open ${inv.openCount === 1 ? "invoice" : "invoices"}`;
  return { kind: "invoices", text, title: `${text}, not yet due${amount(inv.open)}`, spoken: text, tone: "normal" };
}

function posChip(r: ClientRecords): RecordChip | null {
  const { unbilledCount, unbilledAmount } = r.pos;
  if (unbilledCount === 0) return null;
  const text = `${plural(unbilledCount, "PO")} unbilled`;
  const amount = unbilledAmount > 0 ? ` (${formatMoney(unbilledAmount, r.currency)})` : "";
  const title = `${plural(unbilledCount, "purchase order")} not invoiced yet${amount}`;
  return { kind: "pos", text, title, spoken: `${plural(unbilledCount, "purchase order")} unbilled`, tone: "normal" };
}

function feedbackChip(r: ClientRecords): RecordChip | null {
  const { open, oldestOpenDays } = r.feedback;
  if (open === 0) return null;
  const text = `${open} open feedback`;
  const oldest = oldestOpenDays === null ? "" : `, the oldest opened ${oldestOpenDays === 0 ? "today" : `${days(oldestOpenDays)} ago`}`;
  const title = `${plural(open, "feedback item")} open${oldest}`;
  return { kind: "feedback", text, title, spoken: text, tone: oldestOpenDays !== null && oldestOpenDays > FEEDBACK_WARN_DAYS ? "warn" : "normal" };
}

/** The signed contract's notice deadline, within NOTICE_CARD_WINDOW_DAYS or already passed. */
function noticeChip(r: ClientRecords): RecordChip | null {
  const ct = r.contract;
  if (ct === null || ct.daysToNotice > NOTICE_CARD_WINDOW_DAYS) return null;
  const n = ct.daysToNotice;
  const text = n < 0 ? `Notice passed ${days(-n)} ago` : n === 0 ? "Notice due today" : `Notice in ${days(n)}`;
  const renews = ct.autoRenew ? ", renews by itself" : "";
  const when = n < 0 ? `passed ${days(-n)} ago` : n === 0 ? "is today" : `is in ${days(n)}`;
  const title = `The last day to give notice on ${ct.name} (${ct.noticeDeadline}) ${when}; it ends ${ct.end}${renews}`;
  const tone: ChipTone = n < 0 ? "bad" : n <= NOTICE_WARN_DAYS ? "warn" : "normal";
  return { kind: "notice", text, title, spoken: `Contract ${text.toLowerCase()}`, tone };
}

/** The records part of a card; null when the vault has no records or nothing here is worth showing. */
export function cardRecords(r: ClientRecords | null): CardRecords | null {
  if (r === null) return null;
  const chips = [contactsChip(r), dealsChip(r), invoicesChip(r), posChip(r), feedbackChip(r), noticeChip(r)]
    .filter((c): c is RecordChip => c !== null);
  const warnings = [...r.warnings];
  if (chips.length === 0 && warnings.length === 0) return null;
  return { chips, warnings, label: [...chips.map((c) => c.spoken), ...warnings] };
}
