// The `records` and `client` views of the `clientele` block (contract section 7): each client's
// related records of one kind, rolled up, and one client's facts. Cells hold plain text; the
// adapter draws them. Both read ClientStatus.records, which is null when the vault has no records.
import { findClient } from "../model/find-client";
import { formatMoney, plural } from "../model/format";
import { RECORD_KINDS } from "../records/record";
import { overdueByCurrency } from "../records/rollup";
import { clientCell, healthCell, sortClients, stageCell, text, when } from "./block-views";
import { NOTICE_WINDOW_DAYS } from "./review-records";
import type { BlockCell, BlockSort, BlockTable, RecordView, Tone } from "./block-types";
import type { ClienteleSettings } from "../model/settings";
import type { ClientRecords, ClientStatus, Day, RecordKind } from "../model/types";

export const NO_RECORDS = "No related records in this vault.";

export interface RecordQuery {
  kind: RecordKind | null;
  client: string | null;
  sort: BlockSort | null;
}

/** The kinds in the plural, as the interface says them. */
const KIND_PLURAL: Record<RecordKind, string> = {
  contact: "contacts", deal: "deals", contract: "contracts", invoice: "invoices", po: "purchase orders", feedback: "feedback",
};

const none = (): BlockCell => ({ text: "none", tone: "muted" });
const cell = (t: string, tone?: Tone): BlockCell => (tone ? { text: t, tone } : { text: t });
const days = (n: number): string => plural(n, "day");

/** `2 · EUR 3,000`, or a muted `0`. */
function countAndMoney(count: number, amount: number, currency: string, tone?: Tone): BlockCell {
  return count === 0 ? { text: "0", tone: "muted" } : cell(`${count} · ${formatMoney(amount, currency)}`, tone);
}

/**
 * Null when the overdue sum in the client's currency tells it all; else what does (contract
 * section 7: other currencies are listed, not summed): `USD 2,400.00 not in EUR`,
 * `EUR 1,200 plus USD 2,400.00 not in EUR`, or `no amount`.
 */
export function overdueUnsummed(r: ClientRecords): string | null {
  if (r.invoices.overdueCount === 0) return null;
  const { own, other } = overdueByCurrency(r);
  if (other.length === 0) return own === null ? "no amount" : null;
  const others = `${other.map(([c, v]) => formatMoney(v, c)).join(" and ")} not in ${r.currency}`;
  return own === null ? others : `${formatMoney(own, r.currency)} plus ${others}`;
}

/** `1 · EUR 1,200`, `1 overdue (USD 2,400.00 not in EUR)`, or a muted `0`; `more` joins the brackets. */
function overdueText(r: ClientRecords, more: string | null = null): string {
  const i = r.invoices;
  const unsummed = overdueUnsummed(r);
  if (unsummed === null) return `${i.overdueCount === 0 ? "0" : `${i.overdueCount} · ${formatMoney(i.overdue, r.currency)}`}${more === null ? "" : ` (${more})`}`;
  return `${i.overdueCount} overdue (${more === null ? unsummed : `${unsummed}, ${more}`})`;
}

/** `Ana (champion, user); Bo` */
function contactsText(r: ClientRecords): string {
  return r.contacts.map((c) => (c.roles.length > 0 ? `${c.name} (${c.roles.join(", ")})` : c.name)).join("; ");
}

function pastCloseText(r: ClientRecords): string {
  return r.deals.pastClose.map((d) => `${d.name} (expected ${d.expectedClose}, ${days(d.days)} ago)`).join("; ");
}

/** Bad once the notice deadline has passed, a warning within the review's notice window. */
function noticeTone(daysToNotice: number): Tone | undefined {
  if (daysToNotice < 0) return "bad";
  return daysToNotice <= NOTICE_WINDOW_DAYS ? "warn" : undefined;
}

function noticeText(daysToNotice: number): string {
  if (daysToNotice < 0) return `passed ${days(-daysToNotice)} ago`;
  return daysToNotice === 0 ? "today" : days(daysToNotice);
}

function feedbackAverage(n: number | null): BlockCell {
  return n === null ? text(null) : cell(days(n));
}

/** A client shows in the records view when it has records of the kind (contacts: or a contact warning). */
function hasKind(r: ClientRecords, kind: RecordKind): boolean {
  return r.counts[kind] > 0 || (kind === "contact" && r.warnings.length > 0);
}

const COLUMNS: Record<RecordKind, string[]> = {
  contact: ["Client", "Contacts", "Last contact", "Warnings"],
  deal: ["Client", "Open deals", "Open value", "Weighted value", "Past close"],
  contract: ["Client", "Contract", "Ends", "Notice by", "Days to notice"],
  invoice: ["Client", "Open", "Overdue", "Paid", "Oldest overdue"],
  po: ["Client", "Purchase orders", "Unbilled", "Unbilled amount"],
  feedback: ["Client", "Open", "Oldest open", "Avg first response", "Avg to resolve"],
};

/** The cells after the client's, one per roll-up fact of `kind`. */
function kindCells(kind: RecordKind, r: ClientRecords): BlockCell[] {
  const cur = r.currency;
  switch (kind) {
    case "contact":
      return [text(contactsText(r)), text(r.lastContact), text(r.warnings.join("; "), "warn")];
    case "deal": {
      const d = r.deals;
      const money = (n: number) => (d.open === 0 ? text(null) : cell(formatMoney(n, cur)));
      return [cell(String(d.open)), money(d.openValue), money(d.weightedValue), text(pastCloseText(r), "warn")];
    }
    case "contract": {
      const ct = r.contract;
      if (ct === null) return [text("no signed contract with an end", "muted"), text(null), text(null), text(null)];
      const tone = noticeTone(ct.daysToNotice);
      return [cell(`${ct.name}${ct.autoRenew ? " (renews by itself)" : ""}`), cell(ct.end), cell(ct.noticeDeadline, tone), cell(noticeText(ct.daysToNotice), tone)];
    }
    case "invoice": {
      const i = r.invoices;
      return [countAndMoney(i.openCount, i.open, cur), i.overdueCount === 0 ? text("0", "muted") : cell(overdueText(r), "bad"), countAndMoney(i.paidCount, i.paid, cur), i.oldestOverdueDays === null ? text(null) : cell(days(i.oldestOverdueDays), "bad")];
    }
    case "po":
      return [cell(String(r.counts.po)), cell(String(r.pos.unbilledCount)), r.pos.unbilledCount === 0 ? text(null) : cell(formatMoney(r.pos.unbilledAmount, cur))];
    case "feedback": {
      const f = r.feedback;
      return [cell(String(f.open)), f.oldestOpenDays === null ? text(null) : cell(days(f.oldestOpenDays)), feedbackAverage(f.avgDaysToFirstResponse), feedbackAverage(f.avgDaysToResolve)];
    }
  }
}

/** One kind's roll-up in a line, for the client view: "none" (muted) when the client has no such record. */
export function rollupLine(kind: RecordKind, r: ClientRecords, today: Day): BlockCell {
  const cur = r.currency;
  if (r.counts[kind] === 0) return none();
  switch (kind) {
    case "contact":
      return cell(contactsText(r));
    case "deal": {
      const d = r.deals;
      if (d.open === 0) return cell("no open deals", "muted");
      const open = `${plural(d.open, "open deal")}: ${formatMoney(d.openValue, cur)}, weighted ${formatMoney(d.weightedValue, cur)}`;
      return d.pastClose.length === 0 ? cell(open) : cell(`${open}; past close: ${pastCloseText(r)}`, "warn");
    }
    case "contract": {
      const ct = r.contract;
      if (ct === null) return cell("no signed contract with an end", "muted");
      const renews = ct.autoRenew ? ", renews by itself" : "";
      return cell(`${ct.name}: ends ${ct.end}, notice by ${ct.noticeDeadline} (${when(ct.noticeDeadline, today)})${renews}`, noticeTone(ct.daysToNotice));
    }
    case "invoice": {
      const i = r.invoices;
      const part = (word: string, count: number, amount: number) => `${word} ${count === 0 ? "0" : `${count} · ${formatMoney(amount, cur)}`}`;
      const oldest = i.oldestOverdueDays === null ? null : `oldest ${days(i.oldestOverdueDays)}`;
      const overdue = overdueUnsummed(r) === null ? `overdue ${overdueText(r, oldest)}` : overdueText(r, oldest);
      return cell(`${part("open", i.openCount, i.open)}, ${overdue}, ${part("paid", i.paidCount, i.paid)}`, i.overdueCount > 0 ? "bad" : undefined);
    }
    case "po":
      return r.pos.unbilledCount === 0 ? cell(`${r.counts.po}, all billed`) : cell(`${r.counts.po}, ${r.pos.unbilledCount} unbilled: ${formatMoney(r.pos.unbilledAmount, cur)}`);
    case "feedback": {
      const f = r.feedback;
      const parts = [`${f.open} open${f.oldestOpenDays === null ? "" : ` (oldest ${days(f.oldestOpenDays)})`}`];
      if (f.avgDaysToFirstResponse !== null) parts.push(`first response in ${days(f.avgDaysToFirstResponse)} on average`);
      if (f.avgDaysToResolve !== null) parts.push(`resolved in ${days(f.avgDaysToResolve)} on average`);
      return cell(parts.join(", "));
    }
  }
}

type Picked = { ok: true; client: ClientStatus } | { ok: false; empty: string };

/** The client `query` names (findClient: exact id or path, then name, without regard to case). */
function pick(clients: readonly ClientStatus[], query: string): Picked {
  const found = findClient(clients, query);
  if (found.ok) return found;
  // findClient starts with "no client" when none matches; otherwise it names the several that do.
  return { ok: false, empty: found.message.startsWith("no client") ? `No client named "${query}".` : `Clientele: ${found.message}.` };
}

function table(columns: string[], rows: BlockCell[][], empty: string, summary: string | null = null): BlockTable {
  return { columns, rows, empty, summary };
}

function recordsView(clients: ClientStatus[], query: RecordQuery): BlockTable {
  const kind = query.kind;
  if (kind === null) return table(["Client"], [], 'Clientele: the records view needs a kind; add a line such as "kind: invoice"');
  const columns = COLUMNS[kind];
  if (!clients.some((c) => c.records !== null)) return table(columns, [], NO_RECORDS);
  let listed = clients;
  let empty = `No client has ${KIND_PLURAL[kind]}.`;
  if (query.client !== null) {
    const picked = pick(clients, query.client);
    if (!picked.ok) return table(columns, [], picked.empty);
    listed = [picked.client];
    empty = `${picked.client.client.name} has no ${KIND_PLURAL[kind]}.`;
  }
  const rows: BlockCell[][] = [];
  for (const c of listed) if (c.records !== null && hasKind(c.records, kind)) rows.push([clientCell(c), ...kindCells(kind, c.records)]);
  return table(columns, rows, empty);
}

const FACT_LABELS: Record<RecordKind, string> = {
  contact: "Contacts", deal: "Deals", contract: "Contract", invoice: "Invoices", po: "Purchase orders", feedback: "Feedback",
};

function clientView(clients: ClientStatus[], query: RecordQuery, today: Day): BlockTable {
  const columns = ["Fact", "Value"];
  const vaultHasRecords = clients.some((c) => c.records !== null);
  if (query.client === null) return table(columns, [], 'Clientele: the client view needs a client; add a line such as "client: Acme Robotics"');
  const picked = pick(clients, query.client);
  if (!picked.ok) return table(columns, [], picked.empty);
  const c = picked.client;
  const fact = (label: string, value: BlockCell): BlockCell[] => [{ text: label }, value];
  const active = c.lastActivity;
  const rows = [
    fact("Client", { ...clientCell(c), ...(c.client.id === null ? {} : { text: `${c.client.name} (${c.client.id})` }) }),
    fact("Stage", stageCell(c)),
    fact("Health", healthCell(c)),
    fact("Last activity", active === null ? text("never active", "bad") : cell(`${active} (${when(active, today)})`, c.stale ? "bad" : undefined)),
    fact("Last contact", text(c.lastContact)),
  ];
  const plan = c.successPlan;
  if (plan !== null) rows.push(fact("Success plan", text(`${plan.percent}% (${plan.done} of ${plan.total} done)`, plan.done === plan.total ? "good" : undefined)));
  if (c.atRisk) rows.push(fact("At risk", text(c.reasons.join("; "), "bad")));
  const r = c.records;
  if (r !== null) {
    for (const kind of RECORD_KINDS) rows.push(fact(FACT_LABELS[kind], rollupLine(kind, r, today)));
    if (r.warnings.length > 0) rows.push(fact("Warnings", text(r.warnings.join("; "), "warn")));
  }
  // The rows are never empty; without records in the vault the line under them says so.
  return table(columns, rows, NO_RECORDS, vaultHasRecords ? null : NO_RECORDS);
}

/** The table of a records or client block for these clients (already filtered by stage). */
export function recordBlock(view: RecordView, clients: ClientStatus[], query: RecordQuery, today: Day, settings: ClienteleSettings): BlockTable {
  const sorted = sortClients(view, clients, query.sort, settings);
  return view === "records" ? recordsView(sorted, query) : clientView(sorted, query, today);
}
