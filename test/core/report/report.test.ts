import { describe, it, expect } from "vitest";
import { buildReport } from "../../../src/core/report/report";
import { dueByClient } from "../../../src/core/agenda/vault-agenda";
import type { DueItem } from "../../../src/core/agenda/due";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import { clientStatus, TODAY } from "../../helpers/builders";

const settings = defaultSettings();
const status = (path: string, fm: Record<string, unknown>, modifiedDay: string | null = null) => clientStatus(path, fm, { modifiedDay, settings });

const ACME = status("Clients/Acme Robotics.md", {
  client_id: "CLI-00001", stage: "Active",
  health_profitability: 4, health_communication: 3, health_strategic_fit: 5, health_growth: 2,
  last_contact: "2026-10-11",
}, "2026-10-01");

/** Acme's due items as the CLI computes them: no records, no unmet needs, no start day. */
const ACME_DUE = dueByClient({ clients: [ACME], records: [], recordProblems: [], byClient: new Map() }, new Map(), new Map(), TODAY, settings);

describe("buildReport", () => {
  it("prints the contract's example exactly, key order included, with the v2 keys after the v1 ones", () => {
    const report = buildReport(TODAY, [ACME], [{ path: "Clients/Broken.md", message: "..." }], settings, ACME_DUE);
    // due (section 9), in the agenda's order: the touchpoint is overdue (Active's cadence is 14 days
    // after the last contact 2026-10-11, so 2026-10-25); never reviewed, so the health check is due
    // today. No next_action_due, renewal, records or unmet needs: no other item.
    const expected = `{
  "today": "2026-11-21",
  "clients": [
    {
      "path": "Clients/Acme Robotics.md",
      "id": "CLI-00001",
      "name": "Acme Robotics",
      "stage": "Active",
      "health": {
        "score": 63, "band": "Good", "complete": true,
        "scores": { "profitability": 4, "communication": 3, "strategic_fit": 5, "growth": 2 },
        "warnings": ["Growth potential is 2/5"]
      },
      "lastActivity": "2026-10-11",
      "daysInactive": 41,
      "stale": true,
      "healthCheckDue": true,
      "atRisk": true,
      "reasons": ["No activity for 41 days", "No contact for 41 days"],
      "diagnostics": [],
      "lastContact": "2026-10-11",
      "daysSinceContact": 41,
      "outOfTouch": true,
      "clv": null,
      "tier": null,
      "risk": { "score": 47, "level": "Medium", "parts": { "payment": null, "churn": 68, "profitability": 25 }, "reasons": ["No contact for 41 days", "Profitability 4 of 5"] },
      "trend": null,
      "daysInStage": null,
      "records": null,
      "due": [
        { "kind": "touchpoint", "day": "2026-10-25", "text": "Touchpoint due with Acme Robotics (last contact 2026-10-11)", "source": null },
        { "kind": "health-check", "day": "2026-11-21", "text": "Health check due for Acme Robotics", "source": null }
      ]
    }
  ],
  "pipeline": { "Discovery": 0, "Proposal": 0, "Active": 1, "Retention": 0, "Sunset": 0 },
  "errors": [ { "path": "Clients/Broken.md", "message": "..." } ]
}`;
    // Comparing serialisations checks key order too (toEqual ignores it).
    expect(JSON.stringify(report)).toBe(JSON.stringify(JSON.parse(expected)));
  });

  it("sorts clients by path in plain code-unit order (not by locale)", () => {
    const paths = ["Clients/b.md", "Clients/Ä.md", "Clients/a.md", "Clients/B.md", "Clients/a/z.md"];
    const report = buildReport(TODAY, paths.map((p) => status(p, { stage: "Active" })), [], settings);
    expect(report.clients.map((c) => c.path)).toEqual(["Clients/B.md", "Clients/a.md", "Clients/a/z.md", "Clients/b.md", "Clients/Ä.md"]);
  });

  it("lists only valid scores, in category order, whatever order they were given in", () => {
    const s = status("Clients/x.md", { stage: "Active", health_growth: 5, health_strategic_fit: "high", health_profitability: 3 });
    const scrambled: ClientStatus = { ...s, health: { ...s.health, scores: { growth: 5, profitability: 3 } } };
    const health = buildReport(TODAY, [scrambled], [], settings).clients[0]!.health;
    expect(Object.keys(health.scores)).toEqual(["profitability", "growth"]);
    expect(health).toEqual({ score: 75, band: "Good", complete: false, scores: { profitability: 3, growth: 5 }, warnings: [] });
  });

  it("an unscored client without a stage: nulls, a diagnostic, not counted in the pipeline", () => {
    const report = buildReport(TODAY, [status("Clients/Lost.md", { stage: "Negotiation" }, TODAY), ACME], [], settings);
    const lost = report.clients.find((c) => c.path === "Clients/Lost.md")!;
    expect(lost.stage).toBeNull();
    expect(lost.health).toEqual({ score: null, band: null, complete: false, scores: {}, warnings: [] });
    expect(lost.diagnostics).toEqual([{ field: "stage", message: 'stage is "Negotiation"; expected one of Discovery, Proposal, Active, Retention, Sunset' }]);
    expect(report.pipeline).toEqual({ Discovery: 0, Proposal: 0, Active: 1, Retention: 0, Sunset: 0 });
  });

  it("an empty vault: every stage at 0", () => {
    expect(buildReport(TODAY, [], [], settings)).toEqual({
      today: TODAY, clients: [], pipeline: { Discovery: 0, Proposal: 0, Active: 0, Retention: 0, Sunset: 0 }, errors: [],
    });
  });

  it("sorts errors by path and copies rather than shares the inputs", () => {
    const errors = [{ path: "Clients/z.md", message: "bad indentation (line 3)" }, { path: "Clients/a.md", message: "unexpected end (line 1)" }];
    const report = buildReport(TODAY, [ACME], errors, settings);
    expect(report.errors.map((e) => e.path)).toEqual(["Clients/a.md", "Clients/z.md"]);
    expect(errors[0]!.path).toBe("Clients/z.md");
    (report.clients[0]!.reasons as string[]).push("changed"); // a copy, though typed read-only
    report.clients[0]!.diagnostics.push({ field: "x", message: "y" });
    (report.clients[0]!.risk.reasons as string[]).push("changed");
    expect(ACME.reasons).toEqual(["No activity for 41 days", "No contact for 41 days"]);
    expect(ACME.risk.reasons).toEqual(["No contact for 41 days", "Profitability 4 of 5"]);
    expect(ACME.client.diagnostics).toEqual([]);
  });

  it("due: every item of the client whatever its day, in the agenda's order, [] when not given", () => {
    const item = (kind: DueItem["kind"], day: string): DueItem => ({ client: ACME.client.path, clientName: "Acme Robotics", kind, day, text: `${kind} ${day}`, source: null });
    // Given out of order, one a year ahead (far outside the agenda's 7 days): all kept, by day then kind.
    const due = new Map([[ACME.client.path, [item("renewal", "2027-11-01"), item("next-action", "2026-11-21"), item("health-check", "2026-11-21"), item("invoice", "2026-01-02")]]]);
    const c = buildReport(TODAY, [ACME], [], settings, due).clients[0]!;
    expect(c.due.map((d) => `${d.day} ${d.kind}`)).toEqual(["2026-01-02 invoice", "2026-11-21 health-check", "2026-11-21 next-action", "2027-11-01 renewal"]);
    expect(Object.keys(c.due[0]!)).toEqual(["kind", "day", "text", "source"]);
    expect(buildReport(TODAY, [ACME], [], settings).clients[0]!.due).toEqual([]);
    expect(buildReport(TODAY, [ACME], [], settings, new Map()).clients[0]!.due).toEqual([]);
  });

  it("has exactly the contract's keys, in order", () => {
    const report = buildReport(TODAY, [ACME], [], settings);
    expect(Object.keys(report)).toEqual(["today", "clients", "pipeline", "errors"]);
    expect(Object.keys(report.clients[0]!)).toEqual([
      "path", "id", "name", "stage", "health", "lastActivity", "daysInactive", "stale", "healthCheckDue", "atRisk", "reasons", "diagnostics",
      "lastContact", "daysSinceContact", "outOfTouch", "clv", "tier", "risk", "trend", "daysInStage", "records", "due",
    ]);
    expect(Object.keys(report.clients[0]!.health)).toEqual(["score", "band", "complete", "scores", "warnings"]);
  });
});
