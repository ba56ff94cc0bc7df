// The weekly review's record sections: overdue invoices, notice deadlines in the next 30 days and
// open feedback, with a signed contract's end counted as the renewal (contract section 7).
import { fileURLToPath } from "node:url";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/model/settings";
import { evaluateVault } from "../../../src/core/records/vault";
import { renderWeeklyReview } from "../../../src/core/report/review";
import { verifyApproved } from "../../helpers/approve";
import { TODAY } from "../../helpers/builders";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const settings = { ...defaultSettings(), activitySource: "dates" as const };

const notes = [
  { path: "Clients/Acme.md", frontmatter: { type: "client", stage: "Active", currency: "EUR", last_review: "2026-11-10", last_contact: "2026-11-15" } },
  { path: "Clients/Beta.md", frontmatter: { type: "client", stage: "Retention", last_review: "2026-11-10", last_contact: "2026-11-15", renewal: "2027-06-01" } },
  { path: "Billing/INV-0001.md", frontmatter: { type: "invoice", client: "[[Acme]]", number: "INV-0001", amount: 1200, currency: "EUR", due: "2026-10-05" } },
  { path: "Billing/INV-0002.md", frontmatter: { type: "invoice", client: "[[Beta]]", number: "INV-0002", amount: 400, due: "2026-11-14" } },
  { path: "Billing/INV-0003.md", frontmatter: { type: "invoice", client: "[[Beta]]", number: "INV-0003", amount: 900, due: "2026-10-01", paid: "2026-10-02" } },
  // Notice by 2026-12-02 (end 2027-01-31 minus 60 days): in 11 days. The end is 71 days away, not a renewal this window.
  { path: "Legal/Acme MSA.md", frontmatter: { type: "contract", client: "[[Acme]]", status: "signed", end: "2027-01-31", notice_days: 60, auto_renew: true } },
  // Beta's contract ends 2026-12-31: that is its renewal, not the 2027-06-01 of its note; notice was due 2026-12-01.
  { path: "Legal/Beta SOW.md", frontmatter: { type: "contract", client: "[[Beta]]", status: "signed", end: "2026-12-31", notice_days: 30 } },
  { path: "Feedback/FB-0001.md", frontmatter: { type: "feedback", client: "[[Beta]]", opened: "2026-11-11" } },
  { path: "Feedback/FB-0002.md", frontmatter: { type: "feedback", client: "[[Beta]]", opened: "2026-11-01", resolved: "2026-11-03" } },
].map((n) => ({ ...n, modifiedDay: null }));

function review(): string {
  const clients = evaluateVault(notes, TODAY, settings).clients;
  return renderWeeklyReview({ today: TODAY, clients, bodies: new Map(), sinceDay: "2026-11-14", settings });
}

describe("the weekly review with records", () => {
  it("matches the approved review", () => {
    verifyApproved(HERE, "weekly-review.records", review());
  });

  it("lists the overdue invoices, oldest first, and a signed contract's end as the renewal", () => {
    const text = review();
    expect(text).toContain("## Overdue invoices (2)");
    expect(text.indexOf("INV-0001")).toBeLessThan(text.indexOf("INV-0002"));
    expect(text).toContain("[[INV-0001]] · EUR 1,200 · due 2026-10-05, 47 days overdue");
    expect(text).toContain("## Notice deadlines in the next 30 days (2)");
    expect(text).toContain("renews 2026-12-31 (in 40 days)");
    expect(text).toContain("## Open feedback (1)");
  });

  it("a vault without records has no record sections", () => {
    const clients = evaluateVault(notes.slice(0, 2), TODAY, settings).clients;
    const text = renderWeeklyReview({ today: TODAY, clients, bodies: new Map(), sinceDay: "2026-11-14", settings });
    expect(text).not.toContain("Overdue invoices");
  });
});
