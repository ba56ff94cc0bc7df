// The weekly review's record sections: overdue invoices, notice deadlines in the next 30 days (or
// passed while the contract runs) and open feedback, with a signed contract's end counted as the renewal (contract section 7).
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
    expect(text).toContain("## Notice deadlines passed or in the next 30 days (2)");
    expect(text).toContain("renews 2026-12-31 (in 40 days)");
    expect(text).toContain("## Open feedback (1)");
  });

  it("keeps a passed notice deadline while the contract runs, first; drops it once the contract has ended", () => {
    const client = (name: string) => ({ path: `Clients/${name}.md`, frontmatter: { type: "client", stage: "Active", last_review: "2026-11-10", last_contact: "2026-11-15" } });
    const contract = (name: string, end: string, noticeDays: number, autoRenew = false) => ({ path: `Legal/${name} MSA.md`, frontmatter: { type: "contract", client: `[[${name}]]`, status: "signed", end, notice_days: noticeDays, auto_renew: autoRenew } });
    const vault = [
      // Notice by 2026-11-15 (2026-12-15 minus 30 days): passed 6 days before 2026-11-21; ends in 24 days.
      client("North"), contract("North", "2026-12-15", 30),
      // Notice by 2026-11-20: passed 1 day ago; the contract ends today, so it still runs.
      client("Oak"), contract("Oak", "2026-11-21", 1, true),
      // Ended yesterday: its notice deadline (2026-11-10) is history, not listed.
      client("Pine"), contract("Pine", "2026-11-20", 10),
      // Notice by 2026-12-02: in 11 days, as before.
      client("Quill"), contract("Quill", "2027-01-31", 60),
    ].map((n) => ({ ...n, modifiedDay: null }));
    const clients = evaluateVault(vault, TODAY, settings).clients;
    const text = renderWeeklyReview({ today: TODAY, clients, bodies: new Map(), sinceDay: "2026-11-14", settings });
    const start = text.indexOf("## Notice deadlines");
    const section = text.slice(start, text.indexOf("\n## ", start + 1)).trim().split("\n");
    expect(section).toEqual([
      "## Notice deadlines passed or in the next 30 days (3)",
      "",
      "- [ ] [[North]] · [[North MSA]] · notice deadline passed 6 days ago (contract ends 2026-12-15)",
      "- [ ] [[Oak]] · [[Oak MSA]] · notice deadline passed 1 day ago (contract ends 2026-11-21, renews by itself)",
      "- [ ] [[Quill]] · [[Quill MSA]] · notice by 2026-12-02 (in 11 days) · ends 2027-01-31",
    ]);
    expect(text).not.toContain("Pine MSA");
  });

  it("a vault without records has no record sections", () => {
    const clients = evaluateVault(notes.slice(0, 2), TODAY, settings).clients;
    const text = renderWeeklyReview({ today: TODAY, clients, bodies: new Map(), sinceDay: "2026-11-14", settings });
    expect(text).not.toContain("Overdue invoices");
  });
});
