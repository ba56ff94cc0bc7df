import { describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_MATRIX, SEED_002_MATRIX } from "../../../src/core/model/health-matrix";
import { migrateSettings } from "../../../src/core/model/settings";

describe("the Health Matrix setting: migration", () => {
  it("loads v1 data (a weights record) as the default four with those weights, and asks to save the new form", () => {
    const { settings, migrated, problems } = migrateSettings({ version: 1, weights: { profitability: 2, communication: 1, strategic_fit: 0, growth: 3 } });
    expect(settings.healthMatrix).toEqual(DEFAULT_HEALTH_MATRIX.map((c, i) => ({ ...c, weight: [2, 1, 0, 3][i] })));
    expect(migrated).toBe(true);
    expect(problems).toEqual([]);
    expect("weights" in settings).toBe(false);
  });

  it("current data with no matrix stored is not migrated", () => {
    expect(migrateSettings({ version: 1 }).migrated).toBe(false);
    expect(migrateSettings({ version: 1 }).settings.healthMatrix).toEqual(DEFAULT_HEALTH_MATRIX);
  });

  it("reads a stored matrix, which wins over v1 weights", () => {
    const { settings, migrated, problems } = migrateSettings({ version: 1, healthMatrix: SEED_002_MATRIX, weights: { growth: 5 } });
    expect(settings.healthMatrix).toEqual(SEED_002_MATRIX);
    expect(settings.healthMatrix).not.toBe(SEED_002_MATRIX);
    expect([migrated, problems]).toEqual([false, []]);
  });

  it("drops and names a bad category, keeping the good ones", () => {
    const good = { id: "usage", label: " Product\nusage ", question: "Used?", weight: 3 };
    const { settings, problems } = migrateSettings({ version: 1, healthMatrix: [
      good, { id: "Usage", label: "x", weight: 1 }, { id: "usage", label: "again", weight: 1 }, { id: "a", label: "", weight: 1 },
      { id: "b", label: "B", weight: -1 }, { id: "c", label: "C", weight: 1, question: 3 }, "nope", { id: "d", label: "D", weight: 0 },
    ] });
    expect(settings.healthMatrix).toEqual([{ id: "usage", label: "Product usage", question: "Used?", weight: 3 }, { id: "d", label: "D", question: "", weight: 0 }]);
    expect(problems).toHaveLength(6);
    expect(problems[1]).toContain("healthMatrix.2.id");
  });

  it.each([[[]], ["usage"], [[{ id: "x" }]], [Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, label: "C", weight: 1 }))]])("falls back to the default for %j", (raw) => {
    const { settings, problems } = migrateSettings({ version: 1, healthMatrix: raw });
    expect(settings.healthMatrix).toEqual(DEFAULT_HEALTH_MATRIX);
    expect(problems.join("\n")).toContain("healthMatrix");
  });

  it("never lets a change to the settings reach the default", () => {
    const a = migrateSettings(undefined).settings;
    a.healthMatrix[0]!.weight = 9;
    expect(DEFAULT_HEALTH_MATRIX[0]!.weight).toBe(1);
    expect(migrateSettings(undefined).settings.healthMatrix[0]!.weight).toBe(1);
  });
});
