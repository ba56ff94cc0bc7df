import { describe, expect, it } from "vitest";
import { defaultStuckSettings, migrateStuckSettings, stuckDaysOf, stuckLimit } from "../../../src/core/intel/stuck-settings";

function migrate(raw: Record<string, unknown>) {
  const s = defaultStuckSettings();
  const bad: string[] = [];
  migrateStuckSettings(raw, s, (key) => bad.push(key));
  return { s, bad };
}

describe("stuck limits per stage", () => {
  it("defaults: Discovery 21, Proposal 30, Active 120, Retention 365; each call a fresh table", () => {
    expect(defaultStuckSettings()).toEqual({ stuckDays: { Discovery: 21, Proposal: 30, Active: 120, Retention: 365 } });
    defaultStuckSettings().stuckDays.Discovery = 1;
    expect(defaultStuckSettings().stuckDays.Discovery).toBe(21);
  });

  it("keeps the stored limits over the defaults and refuses the unusable ones", () => {
    const { s, bad } = migrate({ stuckDays: { Proposal: 10, Onboarding: 7, Active: 0, Retention: "soon", Discovery: 2.5 } });
    expect(s.stuckDays).toEqual({ Discovery: 21, Proposal: 10, Active: 120, Retention: 365, Onboarding: 7 });
    expect(bad).toEqual(["stuckDays.Active", "stuckDays.Retention", "stuckDays.Discovery"]);
    expect(migrate({}).s).toEqual(defaultStuckSettings());
    expect(migrate({ stuckDays: [3] }).bad).toEqual(["stuckDays"]);
    expect(migrate({ stuckDays: [3] }).s).toEqual(defaultStuckSettings());
  });

  it("never writes a prototype key", () => {
    const { s } = migrate({ stuckDays: JSON.parse('{"__proto__": 5, "Active": 9}') as Record<string, unknown> });
    expect(Object.keys(s.stuckDays)).toEqual(["Discovery", "Proposal", "Active", "Retention"]);
    expect(s.stuckDays.Active).toBe(9);
  });

  it("reads the settings' table when they hold one, else the defaults", () => {
    expect(stuckDaysOf({})).toEqual(defaultStuckSettings().stuckDays);
    expect(stuckDaysOf({ stuckDays: "x" })).toEqual(defaultStuckSettings().stuckDays);
    expect(stuckDaysOf({ stuckDays: { Active: 5, Proposal: -1 } })).toEqual({ Active: 5 });
  });

  it("finds a stage's limit by its name, then without regard to case", () => {
    const t = { Active: 120, active: 3, Proposal: 30 };
    expect(stuckLimit("Active", t)).toBe(120);
    expect(stuckLimit("active", t)).toBe(3);
    expect(stuckLimit(" PROPOSAL ", t)).toBe(30);
    expect(stuckLimit("Sunset", t)).toBeNull();
    expect(stuckLimit(null, t)).toBeNull();
  });
});
