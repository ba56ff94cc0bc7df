import { describe, expect, it } from "vitest";
import { customJourney, groupJourneyMoves, JOURNEYS, journeyMoves, parseStageList, planJourneySwitch, sameStageSettings, stageSettingsOf, type Journey } from "../../../src/core/model/journeys";
import { DEFAULT_STAGES, migrateSettings } from "../../../src/core/model/settings";
import { clientStatus } from "../../helpers/builders";

const byId = (id: string): Journey => {
  const j = JOURNEYS.find((x) => x.id === id);
  if (!j) throw new Error(id);
  return j;
};

describe("JOURNEYS", () => {
  it("holds the three presets of the issue, each valid as settings", () => {
    expect(JOURNEYS.map((j) => [j.name, j.stages])).toEqual([
      ["Consulting", ["Discovery", "Proposal", "Active", "Retention", "Sunset"]],
      ["Success journey", ["Onboard", "Adopt", "Grow", "Advocate", "Offboard"]],
      ["Customer lifecycle", ["Prospect", "Opportunity", "Customer", "Churn Risk"]],
    ]);
    for (const j of JOURNEYS) {
      const patch = planJourneySwitch(DEFAULT_STAGES, j).settingsPatch;
      const r = migrateSettings({ version: 1, ...patch });
      expect(r.problems).toEqual([]);
      expect(r.settings.stages).toEqual(j.stages);
      expect(r.settings.excludedStages).toEqual(j.excluded);
      for (const ex of j.excluded) expect(j.stages).toContain(ex);
      expect(Object.keys(j.cadence).sort()).toEqual([...j.stages].sort());
    }
  });

  it("Consulting is the default stage list", () => {
    expect(byId("consulting").stages).toEqual(DEFAULT_STAGES);
  });
});

describe("planJourneySwitch", () => {
  it("maps Consulting to the Success journey by position", () => {
    const plan = planJourneySwitch(DEFAULT_STAGES, byId("success"), undefined, ["Sunset"]);
    expect(plan.mapping).toEqual({ Discovery: "Onboard", Proposal: "Adopt", Active: "Grow", Retention: "Advocate", Sunset: "Offboard" });
    expect(plan.settingsPatch).toEqual({
      stages: ["Onboard", "Adopt", "Grow", "Advocate", "Offboard"],
      excludedStages: ["Offboard"],
      cadenceDays: { Onboard: 7, Adopt: 14, Grow: 30, Advocate: 30, Offboard: null },
    });
  });

  it("maps five stages onto four by relative position, first to first and last to last", () => {
    const plan = planJourneySwitch(DEFAULT_STAGES, byId("lifecycle"));
    expect(plan.mapping).toEqual({ Discovery: "Prospect", Proposal: "Opportunity", Active: "Customer", Retention: "Customer", Sunset: "Churn Risk" });
  });

  it("keeps a stage of the same name (any case) and sends an excluded stage to the journey's excluded one", () => {
    const plan = planJourneySwitch(["Lead", "grow", "Gone", "Later"], byId("success"), undefined, ["Gone"]);
    expect(plan.mapping.grow).toBe("Grow");
    expect(plan.mapping.Gone).toBe("Offboard");
    expect(plan.mapping.Lead).toBe("Onboard");
  });

  it("takes the user's mapping where it names a stage of the journey, the default elsewhere", () => {
    const plan = planJourneySwitch(DEFAULT_STAGES, byId("success"), { Discovery: "Adopt", Proposal: "Nope" });
    expect(plan.mapping.Discovery).toBe("Adopt");
    expect(plan.mapping.Proposal).toBe("Adopt");
    expect(plan.mapping.Sunset).toBe("Offboard");
  });

  it("a single current stage goes to the first stage", () => {
    expect(planJourneySwitch(["Only"], byId("lifecycle")).mapping).toEqual({ Only: "Prospect" });
  });

  it("a custom journey keeps the user's stages with no exclusions or cadence", () => {
    const plan = planJourneySwitch(DEFAULT_STAGES, customJourney(["A", "B"]));
    expect(plan.settingsPatch).toEqual({ stages: ["A", "B"], excludedStages: [], cadenceDays: {} });
    expect(plan.mapping).toEqual({ Discovery: "A", Proposal: "A", Active: "B", Retention: "B", Sunset: "B" });
  });
});

describe("journeyMoves", () => {
  it("lists the clients whose stage changes, by name, and leaves the others", () => {
    const clients = [
      clientStatus("Clients/Zed.md", { name: "Zed", stage: "Proposal" }),
      clientStatus("Clients/Acme.md", { name: "Acme", stage: "Active" }),
      clientStatus("Clients/None.md", { name: "None" }),
      clientStatus("Clients/Same.md", { name: "Same", stage: "Retention" }),
    ];
    const moves = journeyMoves(clients, { Proposal: "Adopt", Active: "Grow", Retention: "Retention" });
    expect(moves.map((m) => [m.client.client.name, m.from, m.to])).toEqual([
      ["Acme", "Active", "Grow"],
      ["Zed", "Proposal", "Adopt"],
    ]);
  });

  it("ignores a stage the mapping does not name, even one named like an Object property", () => {
    const c = clientStatus("Clients/A.md", { name: "A", stage: "Active" });
    expect(journeyMoves([c], {})).toEqual([]);
  });
});

describe("journeyMoves and stage case", () => {
  it("a stage mapped to itself in another case moves nobody", () => {
    const c = clientStatus("Clients/A.md", { name: "A", stage: "Active" });
    expect(journeyMoves([c], { Active: "ACTIVE" })).toEqual([]);
  });
});

describe("groupJourneyMoves", () => {
  it("groups by the stage left, in the current stages' order, then by target", () => {
    const clients = [
      clientStatus("Clients/B.md", { name: "B", stage: "Active" }),
      clientStatus("Clients/A.md", { name: "A", stage: "Active" }),
      clientStatus("Clients/C.md", { name: "C", stage: "Discovery" }),
    ];
    const moves = journeyMoves(clients, { Discovery: "Onboard", Active: "Grow" });
    expect(groupJourneyMoves(moves, DEFAULT_STAGES)).toEqual([
      { from: "Discovery", to: "Onboard", names: ["C"] },
      { from: "Active", to: "Grow", names: ["A", "B"] },
    ]);
  });
});

describe("parseStageList", () => {
  it("splits on commas, trims, drops empty stages and repeats in any case", () => {
    expect(parseStageList(" Lead, Client ,, lead,Past ")).toEqual(["Lead", "Client", "Past"]);
    expect(parseStageList(" , ")).toEqual([]);
  });
});

describe("stage settings", () => {
  it("are compared with cadences in any key order", () => {
    const s = stageSettingsOf(migrateSettings(undefined).settings);
    const reordered = { ...s, cadenceDays: Object.fromEntries(Object.entries(s.cadenceDays).reverse()) };
    expect(sameStageSettings(s, reordered)).toBe(true);
    expect(sameStageSettings(s, { ...s, stages: [...s.stages, "X"] })).toBe(false);
    expect(sameStageSettings(s, { ...s, excludedStages: [] })).toBe(false);
    expect(sameStageSettings(s, { ...s, cadenceDays: { ...s.cadenceDays, Active: 1 } })).toBe(false);
  });
});
