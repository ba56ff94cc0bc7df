import { describe, it, expect } from "vitest";
import { groupByStage, pipelineCounts, planStageMove } from "../../../src/core/pipeline/pipeline";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import { parseClient } from "../../../src/core/model/client";
import { clientStatus, TODAY } from "../../helpers/builders";

const settings = defaultSettings();
const status = (path: string, fm: Record<string, unknown>, s = settings): ClientStatus => clientStatus(path, fm, { modifiedDay: TODAY, settings: s });

describe("groupByStage", () => {
  const items = [
    status("Clients/b.md", { company: "beta", stage: "Active", value: 100 }),
    status("Clients/a2.md", { company: "Alpha", stage: "active", value: "50.5" }),
    status("Clients/a1.md", { company: "alpha", stage: "Active" }),
    status("Clients/z.md", { company: "Zed", stage: "Proposal", value: 10 }),
    status("Clients/c.md", { company: "Cyan", stage: "Sunset", value: 7 }),
  ];

  it("gives every configured stage, in order, with counts and totals; no 'No stage' column when not needed", () => {
    const columns = groupByStage(items, settings);
    expect(columns.map((c) => [c.stage, c.count, c.totalValue])).toEqual([
      ["Discovery", 0, 0], ["Proposal", 1, 10], ["Active", 3, 150.5], ["Retention", 0, 0], ["Sunset", 1, 7],
    ]);
  });

  it("sorts a column by name ignoring case, then by exact name, then by path", () => {
    const active = groupByStage(items, settings)[2]!;
    expect(active.clients.map((s) => s.client.path)).toEqual(["Clients/a2.md", "Clients/a1.md", "Clients/b.md"]);
  });

  it("sorts in the same order whatever order the clients come in", () => {
    const reversed = groupByStage([...items].reverse(), settings);
    expect(reversed.map((c) => c.clients.map((s) => s.client.path))).toEqual(groupByStage(items, settings).map((c) => c.clients.map((s) => s.client.path)));
  });

  it("adds a last 'No stage' column (stage null) for clients without a valid stage", () => {
    const columns = groupByStage([...items, status("Clients/n.md", { stage: "Negotiation", value: 5 }), status("Clients/m.md", {})], settings);
    expect(columns).toHaveLength(6);
    const last = columns[5]!;
    expect(last.stage).toBeNull();
    expect(last.count).toBe(2);
    expect(last.totalValue).toBe(5);
    expect(last.clients.map((s) => s.client.name)).toEqual(["m", "n"]);
  });

  it("follows the configured stages", () => {
    const custom = { ...settings, stages: ["Won", "Lead"] };
    const columns = groupByStage([status("Clients/x.md", { stage: "lead" }, custom)], custom);
    expect(columns.map((c) => [c.stage, c.count])).toEqual([["Won", 0], ["Lead", 1]]);
  });
});

describe("pipelineCounts", () => {
  it("counts every configured stage, 0 when empty", () => {
    expect(pipelineCounts([], settings)).toEqual({ Discovery: 0, Proposal: 0, Active: 0, Retention: 0, Sunset: 0 });
  });

  it("leaves clients without a stage uncounted", () => {
    const items = [
      status("Clients/a.md", { stage: "Active" }), status("Clients/b.md", { stage: "ACTIVE" }),
      status("Clients/c.md", { stage: "Discovery" }), status("Clients/d.md", { stage: "Lost" }), status("Clients/e.md", {}),
    ];
    const counts = pipelineCounts(items, settings);
    expect(counts).toEqual({ Discovery: 1, Proposal: 0, Active: 2, Retention: 0, Sunset: 0 });
    expect(Object.keys(counts)).toEqual(settings.stages);
  });

  it("keeps a stage named like an Object.prototype key as an own key", () => {
    const odd = { ...settings, stages: ["__proto__", "constructor"] };
    const counts = pipelineCounts([status("Clients/a.md", { stage: "__proto__" }, odd)], odd);
    expect(Object.keys(counts)).toEqual(["__proto__", "constructor"]);
    expect(JSON.stringify(counts)).toBe('{"__proto__":1,"constructor":0}');
  });
});

describe("planStageMove", () => {
  const proposal = parseClient("Clients/a.md", { type: "client", stage: "Proposal" }, settings);
  const noStage = parseClient("Clients/b.md", { type: "client" }, settings);

  it.each([
    [proposal, "Active", { stage: "Active", stage_changed: TODAY }, "- 2026-11-21: Proposal → Active"],
    [proposal, " retention ", { stage: "Retention", stage_changed: TODAY }, "- 2026-11-21: Proposal → Retention"],
    [noStage, "Discovery", { stage: "Discovery", stage_changed: TODAY }, "- 2026-11-21: (none) → Discovery"],
  ])("%#: moves to %j", (client, to, patch, historyLine) => {
    expect(planStageMove(client, to, TODAY, settings)).toEqual({ patch, historyLine });
  });

  it.each([
    ["the same stage", "Proposal"],
    ["the same stage in other case", "PROPOSAL"],
    ["a stage that is not configured", "Negotiation"],
    ["an empty stage", ""],
  ])("null for %s", (_what, to) => {
    expect(planStageMove(proposal, to, TODAY, settings)).toBeNull();
  });
});
