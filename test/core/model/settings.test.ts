import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, migrateSettings, pathProblem } from "../../../src/core/model/settings";
import { addStage, moveStageInList, removeStage, renameStage } from "../../../src/core/model/stage-list";

describe("migrateSettings", () => {
  it("gives the defaults for nothing stored, without asking to save", () => {
    expect(migrateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, migrated: false, problems: [] });
    expect(migrateSettings(null).migrated).toBe(false);
  });

  it("keeps valid values and marks a version-less object as migrated", () => {
    const { settings, migrated, problems } = migrateSettings({ staleDays: 14, stages: ["Lead", "Won"], useModifiedTime: false, weights: { growth: 2 } });
    expect(migrated).toBe(true);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ version: 1, staleDays: 14, stages: ["Lead", "Won"], activitySource: "dates" }); // v1 useModifiedTime: false
    expect(settings.healthMatrix.map((c) => [c.id, c.weight])).toEqual([["profitability", 1], ["communication", 1], ["strategic_fit", 1], ["growth", 2]]); // v1 weights
  });

  it.each([
    ["staleDays", 0],
    ["staleDays", "30"],
    ["staleDays", 2.5],
    ["clientsFolder", "../x"],
    ["clientsFolder", "/abs"],
    ["clientsFolder", "C:\\Users"],
    ["stages", []],
    ["stages", ["A", 3]],
    ["useModifiedTime", "no"],
    ["weights", [1, 2]],
    ["lastClientId", -1],
  ])("replaces a bad %s (%j) by its default and names it", (key, value) => {
    const { settings, problems } = migrateSettings({ version: 1, [key]: value });
    expect(settings[key as keyof typeof settings]).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
    expect(problems.join("\n")).toContain(key);
  });

  it("reads the segments and tag rules, naming a bad one", () => {
    const { settings, problems } = migrateSettings({ version: 1, segments: [{ name: "Gov", when: "tag:gov" }, { name: "", when: {} }], tagRules: [{ when: { stages: ["Sunset"] }, tag: "past" }] });
    expect(settings.segments).toEqual([{ name: "Gov", when: { tagsAny: ["gov"] } }]);
    expect(settings.tagRules).toEqual([{ when: { stages: ["Sunset"] }, tag: "past" }]);
    expect(problems).toEqual(['setting segments.1: {"name":"","when":{}} is not valid; default used']);
    expect(migrateSettings(undefined).settings.segments.map((g) => g.name)).toEqual(["Key accounts", "Needs attention"]);
    const a = migrateSettings(undefined).settings;
    a.segments.pop();
    expect(DEFAULT_SETTINGS.segments).toHaveLength(2);
  });

  it("is not fooled by prototype keys", () => {
    const raw = JSON.parse('{"version":1,"staleDaysByStage":{"__proto__":{"polluted":1},"Active":9},"__proto__":{"x":1}}') as unknown;
    const { settings } = migrateSettings(raw);
    expect(settings.staleDaysByStage).toEqual({ Active: 9 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("does not share arrays with the defaults", () => {
    const a = migrateSettings(undefined).settings;
    a.stages.push("Extra");
    expect(DEFAULT_SETTINGS.stages).not.toContain("Extra");
  });

  it("pathProblem accepts nested vault paths", () => {
    expect(pathProblem("Clients/2026")).toBeNull();
    expect(pathProblem("a/../b")).toMatch(/\.\./);
  });
});

describe("stage list edits", () => {
  const s = migrateSettings({ version: 1, staleDaysByStage: { Proposal: 7 } }).settings;

  it("renames everywhere the stage is named", () => {
    expect(renameStage(s, "Proposal", "Pitch")).toEqual({
      stages: ["Discovery", "Pitch", "Active", "Retention", "Sunset"],
      excludedStages: ["Sunset"],
      staleDaysByStage: { Pitch: 7 },
    });
    expect(renameStage(s, "Sunset", "Closed")?.excludedStages).toEqual(["Closed"]);
  });

  it("refuses empty and duplicate names", () => {
    expect(renameStage(s, "Proposal", " ")).toBeNull();
    expect(renameStage(s, "Proposal", "active")).toBeNull();
    expect(addStage(s, "discovery")).toBeNull();
    expect(addStage(s, "Paused")?.stages.at(-1)).toBe("Paused");
  });

  it("moves and removes", () => {
    expect(moveStageInList(s, 0, -1)).toBeNull();
    expect(moveStageInList(s, 0, 1)?.stages.slice(0, 2)).toEqual(["Proposal", "Discovery"]);
    expect(removeStage(s, "Proposal")).toMatchObject({ stages: ["Discovery", "Active", "Retention", "Sunset"], staleDaysByStage: {} });
  });
});
