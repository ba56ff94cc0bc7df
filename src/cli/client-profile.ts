// `clientele client VAULT ID_OR_NAME`: one client's readable profile on the terminal.
import { daysBetween } from "../core/model/dates";
import { formatMoney, plural } from "../core/model/format";
import { KIND_WORDS, RECORD_KINDS } from "../core/records/record";
import { overdueUnsummed } from "../core/report/block-records";
import type { ClientReport } from "../core/report/client-report";

function line(label: string, value: string): string {
  return `  ${label.padEnd(18)} ${value}`;
}

function days(n: number): string {
  return plural(n, "day");
}

/** The profile as plain text; every piece of note text is passed through `t` (controls made visible). */
export function renderClientProfile(r: ClientReport, t: (s: string) => string): string {
  const c = r.client;
  const out: string[] = [`${t(c.name)}${c.id ? ` (${t(c.id)})` : ""}`, line("Note", t(c.path)), line("Stage", c.stage ?? "(none)")];
  out.push(line("Health", c.health.score === null ? "not scored" : `${c.health.score} (${c.health.band ?? ""})${c.health.complete ? "" : ", incomplete"}`));
  out.push(line("Last activity", c.lastActivity === null ? "none recorded" : `${c.lastActivity} (${days(c.daysInactive ?? 0)} ago)`));
  out.push(line("Last contact", c.lastContact ?? "none recorded"));
  if (c.atRisk) out.push(line("At risk", t(c.reasons.join("; "))));
  if (r.successPlan !== null) out.push(line("Success plan", `${r.successPlan.percent}% (${r.successPlan.done} of ${r.successPlan.total} done)`));
  const ro = r.rollup;
  if (ro !== null) {
    const cur = ro.currency;
    out.push("", "Records");
    out.push(line("Count", RECORD_KINDS.filter((k) => ro.counts[k] > 0).map((k) => plural(ro.counts[k], KIND_WORDS[k])).join(", ") || "none"));
    const roles = Object.entries(ro.byRole).map(([role, names]) => `${role}: ${names.map(t).join(", ")}`);
    if (roles.length > 0) out.push(line("Stakeholders", roles.join("; ")));
    if (ro.warnings.length > 0) out.push(line("Warnings", ro.warnings.join("; ")));
    if (ro.deals.open > 0) out.push(line("Open deals", `${ro.deals.open}: ${formatMoney(ro.deals.openValue, cur)}, weighted ${formatMoney(ro.deals.weightedValue, cur)}`));
    for (const d of ro.deals.pastClose) out.push(line("Past close", `${t(d.name)}: expected ${d.expectedClose}, ${days(d.days)} ago`));
    if (ro.contract) out.push(line("Contract", `${t(ro.contract.name)}: ends ${ro.contract.end}, notice by ${ro.contract.noticeDeadline} (${ro.contract.daysToNotice < 0 ? `${days(-ro.contract.daysToNotice)} ago` : `in ${days(ro.contract.daysToNotice)}`})${ro.contract.autoRenew ? ", renews by itself" : ""}`));
    const inv = ro.invoices;
    const oldest = inv.oldestOverdueDays !== null ? `oldest ${days(inv.oldestOverdueDays)}` : null;
    const unsummed = overdueUnsummed(ro);
    const overdue = unsummed === null ? `overdue ${formatMoney(inv.overdue, cur)}${oldest === null ? "" : ` (${oldest})`}` : `${inv.overdueCount} overdue (${unsummed}${oldest === null ? "" : `, ${oldest}`})`;
    if (inv.openCount + inv.overdueCount + inv.paidCount > 0) out.push(line("Invoices", `open ${formatMoney(inv.open, cur)}, ${overdue}, paid ${formatMoney(inv.paid, cur)}`));
    for (const i of inv.overdueList) out.push(line("Overdue", `${t(i.name)}: ${i.amount === null ? "no amount" : formatMoney(i.amount, i.currency)}, due ${i.due}, ${days(i.days)} overdue`));
    if (ro.pos.unbilledCount > 0) out.push(line("Unbilled POs", `${ro.pos.unbilledCount}: ${formatMoney(ro.pos.unbilledAmount, cur)}`));
    const fb = ro.feedback;
    if (ro.counts.feedback > 0) out.push(line("Feedback", `${fb.open} open${fb.oldestOpenDays !== null ? ` (oldest ${days(fb.oldestOpenDays)})` : ""}${fb.avgDaysToFirstResponse !== null ? `, first response in ${days(fb.avgDaysToFirstResponse)} on average` : ""}${fb.avgDaysToResolve !== null ? `, resolved in ${days(fb.avgDaysToResolve)} on average` : ""}`));
  }
  if (c.due.length > 0) {
    out.push("", "Due");
    for (const d of c.due) {
      const n = daysBetween(r.today, d.day);
      out.push(`  ${d.day}  ${n < 0 ? `overdue ${-n} d` : n === 0 ? "today" : `in ${n} d`}  ${t(d.text)}`);
    }
  }
  const problems = [...c.diagnostics.map((d) => `${t(c.path)}: ${t(d.message)}`), ...(ro?.diagnostics ?? []).map((d) => `${t(d.path)}: ${t(d.message)}`), ...r.records.flatMap((rec) => rec.diagnostics.map((d) => `${t(rec.path)}: ${t(d.message)}`))];
  if (problems.length > 0) out.push("", "Problems", ...problems.map((p) => `  ${p}`));
  return out.join("\n") + "\n";
}
