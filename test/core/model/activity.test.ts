import { describe, it, expect } from "vitest";
import { evaluateClient, staleThreshold } from "../../../src/core/model/activity";
import { parseClient } from "../../../src/core/model/client";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientProps } from "../../../src/core/model/types";
import { TODAY } from "../../helpers/builders";

const settings = defaultSettings();

function client(overrides: Partial<ClientProps> = {}): ClientProps {
  return { ...parseClient("Clients/Acme.md", { type: "client", stage: "Active" }, settings), ...overrides };
}

const GOOD = { profitability: 4, communication: 4, strategic_fit: 4, growth: 4 }; // 75 Good

function evaluate(c: Partial<ClientProps>, modifiedDay: string | null = null, s = settings) {
  return evaluateClient(client({ healthInput: GOOD, ...c }), { today: TODAY, modifiedDay }, s);
}

describe("evaluateClient: days inactive and staleness (threshold 30)", () => {
  it.each([
    ["2026-11-21", 0, false],
    ["2026-10-23", 29, false],
    ["2026-10-22", 30, true],
    ["2026-10-21", 31, true],
    ["2026-10-11", 41, true],
  ])("last contact %s -> %i days, stale %s", (lastContact, days, stale) => {
    const s = evaluate({ lastContact });
    expect(s.lastActivity).toBe(lastContact);
    expect(s.daysInactive).toBe(days);
    expect(s.stale).toBe(stale);
    expect(s.atRisk).toBe(stale);
    // Section 4 (v2): the last contact is the only date, so a stale client is also out of touch.
    expect(s.reasons).toEqual(stale ? [`No activity for ${days} days`, `No contact for ${days} days`] : []);
  });

  it("the contract's example: 41 days -> stale, at risk, 'No activity for 41 days'", () => {
    const s = evaluate({ lastContact: "2026-10-11", healthInput: { profitability: 4, communication: 3, strategic_fit: 5, growth: 2 } });
    expect(s).toMatchObject({ lastActivity: "2026-10-11", daysInactive: 41, stale: true, atRisk: true, reasons: ["No activity for 41 days", "No contact for 41 days"] });
    expect(s.health).toMatchObject({ score: 63, band: "Good", warnings: ["Growth potential is 2/5"] });
  });

  it("says 'day' for one day", () => {
    const s = evaluate({ stage: "Discovery", lastContact: "2026-11-20" }, null, { ...settings, staleDaysByStage: { Discovery: 1 } });
    expect(s.reasons).toEqual(["No activity for 1 day"]);
  });
});

describe("evaluateClient: last activity is the latest date", () => {
  // Section 4 (v2): the file modification day counts only with activitySource "mtime".
  const mtime = { ...settings, activitySource: "mtime" as const };
  it.each([
    ["modification time", { lastContact: "2026-10-01", lastReview: "2026-09-01", stageChanged: "2026-08-01" }, "2026-11-01", "2026-11-01"],
    ["last_contact", { lastContact: "2026-11-02", lastReview: "2026-09-01", stageChanged: "2026-08-01" }, "2026-11-01", "2026-11-02"],
    ["last_review", { lastContact: "2026-10-01", lastReview: "2026-11-03", stageChanged: "2026-08-01" }, "2026-11-01", "2026-11-03"],
    ["stage_changed", { lastContact: "2026-10-01", lastReview: "2026-09-01", stageChanged: "2026-11-04" }, "2026-11-01", "2026-11-04"],
    ["the only date", { stageChanged: "2026-10-01" }, null, "2026-10-01"],
  ])("%s", (_what, dates, modifiedDay, expected) => {
    expect(evaluate(dates, modifiedDay, mtime).lastActivity).toBe(expected);
  });

  it("activitySource dates (v1 useModifiedTime false) leaves the modification time out", () => {
    const dates = { lastContact: "2026-10-01" };
    expect(evaluate(dates, "2026-11-20", mtime)).toMatchObject({ lastActivity: "2026-11-20", daysInactive: 1, stale: false });
    const off = { ...settings, activitySource: "dates" as const };
    expect(evaluate(dates, "2026-11-20", off)).toMatchObject({ lastActivity: "2026-10-01", daysInactive: 51, stale: true });
  });

  it("a date in the future is left out of activity, with a diagnostic (section 4, v2)", () => {
    const s = evaluate({ lastContact: "2026-12-01" }, "2026-10-01", mtime);
    expect(s).toMatchObject({ lastActivity: "2026-10-01", daysInactive: 51, stale: true, lastContact: null });
    expect(s.client.diagnostics).toEqual([{ field: "last_contact", message: "last_contact 2026-12-01 is after today; not counted as activity" }]);
  });
});

describe("evaluateClient: no activity date at all", () => {
  it.each([
    ["no modification time", settings, null],
    ["modification time not used", { ...settings, activitySource: "dates" as const }, "2026-11-20"],
  ])("stale with nulls (%s)", (_what, s, modifiedDay) => {
    const status = evaluate({}, modifiedDay, s);
    expect(status).toMatchObject({ lastActivity: null, daysInactive: null, stale: true, atRisk: true, reasons: ["No recorded activity"] });
  });

  it("not stale in an excluded stage", () => {
    expect(evaluate({ stage: "Sunset" })).toMatchObject({ lastActivity: null, daysInactive: null, stale: false, atRisk: false, reasons: [] });
  });
});

describe("evaluateClient: excluded stages and per-stage thresholds", () => {
  it.each([
    ["Sunset", settings, false],
    ["Retention", settings, true],
    ["Retention", { ...settings, excludedStages: ["retention"] }, false],
    [null, settings, true],
  ])("stage %s, 200 days inactive -> stale %s", (stage, s, stale) => {
    expect(evaluate({ stage, lastContact: "2026-05-05" }, null, s).stale).toBe(stale);
  });

  const perStage = { ...settings, staleDaysByStage: { Discovery: 14, Proposal: 45 } };
  it.each([
    ["Discovery", "2026-11-08", 13, false],
    ["Discovery", "2026-11-07", 14, true],
    ["Active", "2026-11-07", 14, false],
    ["Proposal", "2026-10-22", 30, false],
    ["Proposal", "2026-10-08", 44, false],
    ["Proposal", "2026-10-07", 45, true],
  ])("%s, last contact %s (%i days) -> stale %s", (stage, lastContact, days, stale) => {
    const s = evaluate({ stage, lastContact }, null, perStage);
    expect(s.daysInactive).toBe(days);
    expect(s.stale).toBe(stale);
  });

  it("matches per-stage thresholds case-insensitively", () => {
    expect(staleThreshold("Discovery", { ...settings, staleDaysByStage: { discovery: 7 } })).toBe(7);
    expect(staleThreshold("Active", { ...settings, staleDaysByStage: { discovery: 7 } })).toBe(30);
    expect(staleThreshold(null, { ...settings, staleDays: 21 })).toBe(21);
  });
});

describe("evaluateClient: at risk", () => {
  it.each([
    // Σ(s-1) = 6 of 16 -> 37.5 -> 38
    ["Critical", { profitability: 2, communication: 2, strategic_fit: 3, growth: 3 }, settings, ["Health 38 (Critical)"]],
    // weights {2,1,1,1}: 2x2 + 2 + 1 + 2 = 9 of 20 -> 45
    ["At Risk", { profitability: 3, communication: 3, strategic_fit: 2, growth: 3 }, { ...settings, healthMatrix: settings.healthMatrix.map((c) => ({ ...c, weight: c.id === "profitability" ? 2 : 1 })) }, ["Health 45 (At Risk)"]],
    ["Good", GOOD, settings, []],
    ["unscored", {}, settings, []],
  ])("fresh client, health %s", (_band, healthInput, s, reasons) => {
    const status = evaluate({ healthInput, lastContact: TODAY }, null, s);
    expect(status.stale).toBe(false);
    expect(status.reasons).toEqual(reasons);
    expect(status.atRisk).toBe(reasons.length > 0);
  });

  it("stale, out of touch, critical and high risk: every reason, in the contract's order", () => {
    const s = evaluate({ lastContact: "2026-10-11", healthInput: { profitability: 1, communication: 1, strategic_fit: 1, growth: 1 } });
    // Risk (section 8): churn round(100 x 41 / 60) = 68, profitability (5 - 1) x 25 = 100 -> 84, High.
    expect(s.reasons).toEqual(["No activity for 41 days", "No contact for 41 days", "Health 0 (Critical)", "Risk 84 (High): Profitability 1 of 5"]);
    expect(s.atRisk).toBe(true);
  });

  it("an excluded stage can still be at risk by health", () => {
    const s = evaluate({ stage: "Sunset", healthInput: { profitability: 1 } });
    expect(s).toMatchObject({ stale: false, atRisk: true, reasons: ["Health 0 (Critical)"] });
  });
});

describe("evaluateClient: health check due", () => {
  it.each([
    [null, true],
    ["2026-10-23", false], // 29 days
    ["2026-10-22", true], // 30 days
    ["2026-10-21", true], // 31 days
  ])("last review %s -> %s", (lastReview, due) => {
    expect(evaluate({ lastReview }).healthCheckDue).toBe(due);
  });

  it("follows the healthCheckDays setting", () => {
    expect(evaluate({ lastReview: "2026-11-01" }, null, { ...settings, healthCheckDays: 14 }).healthCheckDue).toBe(true);
    expect(evaluate({ lastReview: "2026-11-01" }, null, { ...settings, healthCheckDays: 21 }).healthCheckDue).toBe(false);
  });
});
