import { describe, expect, it } from "vitest";
import { groupByClient } from "../../../src/core/records/by-client";
import { pathResolver } from "../../../src/core/records/links";
import { overdueByCurrency, rollUp } from "../../../src/core/records/rollup";
import { TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

// TODAY is 2026-11-21.
const input = { currency: "USD", rolesMatter: true, today: TODAY };

describe("contacts: the stakeholder map", () => {
  it("groups contacts by role, takes the latest last_contact, warns on a missing decision maker", () => {
    const r = rollUp([
      recordOf("People/Ana.md", { type: "contact", client: "[[Acme]]", role: ["champion", "User"], last_contact: "2026-11-02" }),
      recordOf("People/Bo.md", { type: "contact", client: "[[Acme]]", role: "billing", last_contact: "2026-11-10" }),
      recordOf("People/Cy.md", { type: "contact", client: "[[Acme]]" }),
    ], input);
    expect(r.counts.contact).toBe(3);
    expect(r.byRole).toEqual({ champion: ["Ana"], user: ["Ana"], billing: ["Bo"] });
    expect(r.lastContact).toBe("2026-11-10");
    expect(r.warnings).toEqual(["No decision maker"]);
  });

  it("does not warn before Proposal", () => {
    expect(rollUp([], { ...input, rolesMatter: false }).warnings).toEqual([]);
    expect(rollUp([], input).warnings).toEqual(["No champion", "No decision maker"]);
  });

  it("names an unknown role and keeps the known ones", () => {
    const c = recordOf("People/Di.md", { type: "contact", client: "[[Acme]]", role: ["champion", "boss"] });
    expect(c.values.role).toEqual(["champion"]);
    expect(c.diagnostics).toEqual([{ field: "role", message: 'role is "boss"; expected one of champion, decision maker, influencer, user, billing, blocker' }]);
  });
});

describe("deals", () => {
  it("sums open value and weighted value, lists deals past their expected close", () => {
    // open 10000 x 50% = 5000, open 4000 x 25% = 1000; won and lost not counted.
    const r = rollUp([
      recordOf("Deals/A.md", { type: "deal", client: "[[Acme]]", status: "open", value: 10000, probability: 50, expected_close: "2026-11-01" }),
      recordOf("Deals/B.md", { type: "deal", client: "[[Acme]]", status: "open", value: 4000, probability: 25, expected_close: "2026-12-15" }),
      recordOf("Deals/C.md", { type: "deal", client: "[[Acme]]", status: "won", value: 99999, probability: 100 }),
      recordOf("Deals/D.md", { type: "deal", client: "[[Acme]]", status: "lost", value: 5, expected_close: "2026-01-01" }),
    ], input);
    expect(r.deals).toMatchObject({ open: 2, openValue: 14000, weightedValue: 6000 });
    expect(r.deals.pastClose).toEqual([{ path: "Deals/A.md", name: "A", expectedClose: "2026-11-01", days: 20 }]);
  });

  it("lists a deal in another currency but does not sum it", () => {
    const r = rollUp([recordOf("Deals/E.md", { type: "deal", client: "[[Acme]]", value: 800, currency: "EUR", probability: 50 })], input);
    expect(r.deals).toMatchObject({ open: 1, openValue: 0, weightedValue: 0 });
    expect(r.diagnostics).toEqual([{ path: "Deals/E.md", field: "currency", message: "E: value 800 EUR is not in the client's currency USD; listed, not summed" }]);
  });
});

describe("contracts", () => {
  it("takes the signed contract with the earliest end: notice deadline is end minus notice_days", () => {
    const r = rollUp([
      recordOf("Legal/Old.md", { type: "contract", client: "[[Acme]]", status: "ended", end: "2026-01-31" }),
      recordOf("Legal/Main.md", { type: "contract", client: "[[Acme]]", status: "signed", end: "2027-01-31", notice_days: 60, auto_renew: true }),
      recordOf("Legal/Later.md", { type: "contract", client: "[[Acme]]", status: "signed", end: "2027-06-30" }),
      recordOf("Legal/Draft.md", { type: "contract", client: "[[Acme]]", status: "draft", end: "2026-12-01" }),
    ], input);
    // 2027-01-31 - 60 days = 2026-12-02, 11 days after 2026-11-21.
    expect(r.contract).toEqual({ path: "Legal/Main.md", name: "Main", end: "2027-01-31", noticeDeadline: "2026-12-02", daysToNotice: 11, autoRenew: true });
  });
});

describe("invoices", () => {
  it("splits paid, overdue and open, with the oldest overdue days", () => {
    const r = rollUp([
      recordOf("Billing/INV-0001.md", { type: "invoice", client: "[[Acme]]", number: "INV-0001", amount: 1000, issued: "2026-09-01", due: "2026-10-01", paid: "2026-10-03" }),
      recordOf("Billing/INV-0002.md", { type: "invoice", client: "[[Acme]]", number: "INV-0002", amount: 2000, due: "2026-10-05" }),
      recordOf("Billing/INV-0003.md", { type: "invoice", client: "[[Acme]]", number: "INV-0003", amount: 500, due: "2026-11-20" }),
      recordOf("Billing/INV-0004.md", { type: "invoice", client: "[[Acme]]", number: "INV-0004", amount: 700, due: "2026-11-21" }),
      recordOf("Billing/INV-0005.md", { type: "invoice", client: "[[Acme]]", number: "INV-0005", amount: 300, currency: "GBP", due: "2026-12-30" }),
    ], input);
    // Overdue: INV-0002 (47 days) and INV-0003 (1 day); due today is not overdue yet.
    expect(r.invoices).toMatchObject({ paid: 1000, paidCount: 1, overdue: 2500, overdueCount: 2, open: 700, openCount: 2, oldestOverdueDays: 47 });
    expect(r.invoices.overdueList.map((i) => [i.name, i.days])).toEqual([["INV-0002", 47], ["INV-0003", 1]]);
    expect(r.diagnostics.map((d) => d.path)).toEqual(["Billing/INV-0005.md"]);
  });

  const eur = { ...input, currency: "EUR" };

  it("overdueByCurrency: the client's own overdue sum and each other currency's, never added together", () => {
    const r = rollUp([
      recordOf("Billing/A.md", { type: "invoice", client: "[[Acme]]", amount: 1200, due: "2026-10-05" }),
      recordOf("Billing/B.md", { type: "invoice", client: "[[Acme]]", amount: 2400, currency: "usd", due: "2026-11-08" }),
      recordOf("Billing/C.md", { type: "invoice", client: "[[Acme]]", amount: 100.5, currency: "USD", due: "2026-11-01" }),
      recordOf("Billing/D.md", { type: "invoice", client: "[[Acme]]", amount: 80, currency: "GBP", due: "2026-11-01" }),
      recordOf("Billing/E.md", { type: "invoice", client: "[[Acme]]", amount: 999, currency: "CHF", due: "2026-12-01" }),
    ], eur);
    // A is EUR; B and C are USD 2,400 + 100.50; D is GBP; E is not due yet.
    expect(overdueByCurrency(r)).toEqual({ own: 1200, other: [["GBP", 80], ["USD", 2500.5]] });
    expect(r.invoices.overdue).toBe(1200);
  });

  it("overdueByCurrency: own is null when no overdue invoice in the client's currency has an amount", () => {
    const onlyUsd = rollUp([recordOf("Billing/B.md", { type: "invoice", client: "[[Acme]]", amount: 2400, currency: "USD", due: "2026-11-08" })], eur);
    expect(overdueByCurrency(onlyUsd)).toEqual({ own: null, other: [["USD", 2400]] });
    const noAmount = rollUp([recordOf("Billing/N.md", { type: "invoice", client: "[[Acme]]", due: "2026-11-08" })], eur);
    expect(overdueByCurrency(noAmount)).toEqual({ own: null, other: [] });
    expect(overdueByCurrency(rollUp([], eur))).toEqual({ own: null, other: [] });
  });
});

describe("purchase orders and feedback", () => {
  it("counts POs that link no invoice as unbilled", () => {
    const r = rollUp([
      recordOf("PO/PO-0001.md", { type: "po", client: "[[Acme]]", number: "PO-0001", amount: 5000, file: "[[PO-0001.pdf]]" }),
      recordOf("PO/PO-0002.md", { type: "po", client: "[[Acme]]", number: "PO-0002", amount: 3000, invoice: "[[INV-0002]]" }),
    ], input);
    expect(r.pos).toEqual({ unbilledCount: 1, unbilledAmount: 5000 });
  });

  it("counts open feedback, averages days to first response and to resolve", () => {
    const r = rollUp([
      recordOf("FB/1.md", { type: "feedback", client: "[[Acme]]", opened: "2026-11-01", first_response: "2026-11-03", resolved: "2026-11-11" }),
      recordOf("FB/2.md", { type: "feedback", client: "[[Acme]]", opened: "2026-11-11", first_response: "2026-11-12" }),
      recordOf("FB/3.md", { type: "feedback", client: "[[Acme]]", opened: "2026-11-16", severity: "high" }),
    ], input);
    // First response: 2 and 1 days -> 1.5; resolve: 10 days; open: FB/2 (10 days), FB/3 (5 days).
    expect(r.feedback).toEqual({ open: 2, avgDaysToFirstResponse: 1.5, avgDaysToResolve: 10, oldestOpenDays: 10 });
  });
});

describe("which client a record belongs to", () => {
  const resolver = pathResolver(["Clients/Acme.md", "Clients/Beta Corp.md"]);
  const resolve = (t: string) => resolver.resolve(t);

  it("puts a record that links two clients under both, and lists a link to no client with a diagnostic", () => {
    const shared = recordOf("Deals/Joint.md", { type: "deal", client: ["[[Acme]]", "[[Clients/Beta Corp|Beta]]"], value: 100 });
    const lost = recordOf("Deals/Lost.md", { type: "deal", client: "[[Acme Robotics]]", value: 100 });
    const none = recordOf("Deals/None.md", { type: "deal", value: 100 });
    const g = groupByClient([shared, lost, none], resolve);
    expect([...g.byClient.keys()].sort()).toEqual(["Clients/Acme.md", "Clients/Beta Corp.md"]);
    expect(g.byClient.get("Clients/Beta Corp.md")).toEqual([shared]);
    expect(g.unresolved.map((u) => u.diagnostics.map((d) => d.message))).toEqual([
      ['Lost: client "Acme Robotics" is not a client note'],
      ['None: client is missing; expected a link to the client note, e.g. "[[Acme Robotics]]"'],
    ]);
  });

  it("resolves by path first, then by the unique file name, case-insensitively", () => {
    expect(resolver.resolve("clients/acme")).toBe("Clients/Acme.md");
    expect(resolver.resolve("Beta Corp.md")).toBe("Clients/Beta Corp.md");
    expect(resolver.resolve("Other/Acme")).toBeNull();
  });
});
