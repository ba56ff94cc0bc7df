// The weekly review's record sections (contract section 7): overdue invoices, contract notice
// deadlines coming up or passed while the contract runs, open feedback. Shown only when the vault has related records.
import { addDaysToDay, daysBetween } from "../model/dates";
import { formatMoney, plural } from "../model/format";
import { compareText } from "../model/order";
import { escapeMarkdown, noteBasename, noteLink } from "../note/markdown";
import type { ClientStatus, Day } from "../model/types";

/** How far ahead a contract's notice deadline is listed. */
export const NOTICE_WINDOW_DAYS = 30;

type Task = (c: ClientStatus, detail: string) => string;
type Section = (title: string, items: string[], empty: string) => string[];

function days(n: number): string {
  return plural(n, "day");
}

/** A link to a record note, by its path; the text is the note's name, escaped. */
function recordLink(path: string): string {
  return noteLink(path, noteBasename(path));
}

/** The renewal day of a client: its signed contract's end (section 7), else its `renewal`. */
export function renewalOf(c: ClientStatus): Day | null {
  return c.records?.contract?.end ?? c.client.renewal;
}

export function recordSections(clients: readonly ClientStatus[], today: Day, task: Task, section: Section): string[] {
  if (!clients.some((c) => c.records !== null)) return [];
  const invoices: { c: ClientStatus; line: string; days: number; name: string }[] = [];
  const notices: { c: ClientStatus; line: string; day: Day }[] = [];
  const feedback: string[] = [];
  const horizon = addDaysToDay(today, NOTICE_WINDOW_DAYS);
  for (const c of clients) {
    const r = c.records;
    if (r === null) continue;
    for (const i of r.invoices.overdueList) {
      const amount = i.amount === null ? "no amount" : escapeMarkdown(formatMoney(i.amount, i.currency));
      invoices.push({ c, days: i.days, name: i.name, line: task(c, `${recordLink(i.path)} · ${amount} · due ${i.due}, ${days(i.days)} overdue`) });
    }
    const ct = r.contract;
    const renews = ct?.autoRenew === true ? ", renews by itself" : "";
    if (ct !== null && ct.noticeDeadline >= today && ct.noticeDeadline <= horizon) {
      const n = daysBetween(today, ct.noticeDeadline);
      notices.push({ c, day: ct.noticeDeadline, line: task(c, `${recordLink(ct.path)} · notice by ${ct.noticeDeadline} (${n === 0 ? "today" : `in ${days(n)}`}) · ends ${ct.end}${renews}`) });
    } else if (ct !== null && ct.noticeDeadline < today && ct.end >= today) {
      // Passed while the contract still runs: the agenda shows it overdue, so the review keeps it.
      notices.push({ c, day: ct.noticeDeadline, line: task(c, `${recordLink(ct.path)} · notice deadline passed ${days(daysBetween(ct.noticeDeadline, today))} ago (contract ends ${ct.end}${renews})`) });
    }
    if (r.feedback.open > 0) {
      const oldest = r.feedback.oldestOpenDays === null ? "" : ` · oldest open ${days(r.feedback.oldestOpenDays)}`;
      feedback.push(task(c, `${r.feedback.open} open${oldest}`));
    }
  }
  invoices.sort((a, b) => b.days - a.days || compareText(a.name, b.name));
  notices.sort((a, b) => compareText(a.day, b.day));
  return [
    ...section(`Overdue invoices (${invoices.length})`, invoices.map((i) => i.line), "No invoice is overdue."),
    ...section(`Notice deadlines passed or in the next ${NOTICE_WINDOW_DAYS} days (${notices.length})`, notices.map((n) => n.line), `No contract notice deadline passed or in the next ${NOTICE_WINDOW_DAYS} days.`),
    ...section(`Open feedback (${feedback.length})`, feedback, "No open feedback."),
  ];
}
