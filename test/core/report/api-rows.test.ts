import { describe, expect, it } from "vitest";
import { apiRow, apiRows } from "../../../src/core/report/api-rows";
import { evaluateNote } from "../../../src/core/model/portfolio";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import { clientStatus, TODAY } from "../../helpers/builders";
import { recordOf } from "../../helpers/record-builder";

const ACME = "Clients/Acme Robotics.md";
const BETA = "Clients/Beta Labs.md";

function acmeWithInvoices(): ClientStatus {
  const fm = { type: "client", client_id: "CLI-00001", company: "Acme Robotics", stage: "active", currency: "EUR", value: 3000, health_profitability: 3, health_communication: 4, health_strategic_fit: 4, health_growth: 3, last_contact: "2026-10-22", next_action: "Send the proposal", next_action_due: "2026-11-18", renewal: "2027-03-01" };
  const records = [
    recordOf("Records/INV-1.md", { type: "invoice", client: "[[Acme Robotics]]", amount: 4000, issued: "2026-09-01", due: "2026-10-07" }),
    recordOf("Records/INV-2.md", { type: "invoice", client: "[[Acme Robotics]]", amount: 6000, issued: "2026-06-01", due: "2026-07-01", paid: "2026-07-01" }),
  ];
  const s = evaluateNote({ path: ACME, frontmatter: fm, modifiedDay: null, records }, TODAY, defaultSettings());
  if (!s) throw new Error("not a client");
  return s;
}

describe("apiRow", () => {
  it("flattens a client's status into one row of plain values", () => {
    const s = acmeWithInvoices();
    const row = apiRow(s, [{ client: ACME, overdue: true }, { client: ACME, overdue: false }, { client: BETA, overdue: true }]);
    expect(row).toEqual({
      name: "Acme Robotics",
      path: ACME,
      id: "CLI-00001",
      stage: "Active",
      score: s.health.score,
      band: s.health.band,
      atRisk: s.atRisk,
      why: s.reasons.join("; "),
      risk: s.risk.score,
      riskLevel: s.risk.level,
      clv: s.clv,
      tier: s.tier,
      trend: null,
      daysInStage: s.daysInStage,
      lastContact: "2026-10-22",
      daysSinceContact: 30,
      nextAction: "Send the proposal",
      nextActionDue: "2026-11-18",
      value: 3000,
      currency: "EUR",
      renewal: "2027-03-01",
      overdueInvoices: 1,
      overdueAmount: 4000,
      due: 2,
      overdue: 1,
    });
    // The computed values are really there: the contract's risk example (section 8) and its CLV rule.
    expect([row.score, row.band, row.risk, row.riskLevel, row.clv, row.tier, row.atRisk]).toEqual([63, "Good", 50, "Medium", 28800, "Silver", true]);
    for (const v of Object.values(row)) expect(v === null || ["string", "number", "boolean"].includes(typeof v)).toBe(true);
  });

  it("gives nulls and zeros for a bare client without records or due items", () => {
    const row = apiRow(clientStatus(BETA, { company: "Beta Labs" }), []);
    expect(row).toMatchObject({ name: "Beta Labs", id: null, stage: null, score: null, band: null, clv: null, tier: null, lastContact: null, nextAction: null, overdueInvoices: 0, overdueAmount: 0, due: 0, overdue: 0 });
  });

  it("joins the at-risk reasons", () => {
    const s = clientStatus(BETA, { company: "Beta Labs", stage: "Active", last_contact: "2026-08-01", health_profitability: 1, health_communication: 1, health_strategic_fit: 1, health_growth: 1 });
    expect(s.atRisk).toBe(true);
    expect(s.reasons.length).toBeGreaterThan(1);
    expect(apiRow(s, []).why).toBe(s.reasons.join("; "));
  });
});

describe("apiRows", () => {
  it("keeps the statuses' order and counts each client's items", () => {
    const a = clientStatus(ACME, { company: "Acme Robotics" });
    const b = clientStatus(BETA, { company: "Beta Labs" });
    const items = [{ client: BETA, overdue: false }, { client: ACME, overdue: true }, { client: BETA, overdue: true }, { client: "Clients/Gone.md", overdue: true }];
    const rows = apiRows([b, a], items);
    expect(rows.map((r) => [r.name, r.due, r.overdue])).toEqual([["Beta Labs", 2, 1], ["Acme Robotics", 1, 1]]);
    expect(apiRows([], items)).toEqual([]);
  });
});
