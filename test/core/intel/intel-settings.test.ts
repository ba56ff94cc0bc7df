import { describe, expect, it } from "vitest";
import { defaultIntelSettings, migrateIntelSettings } from "../../../src/core/intel/intel-settings";

function migrate(raw: Record<string, unknown>) {
  const s = defaultIntelSettings();
  const bad: string[] = [];
  migrateIntelSettings(raw, s, (key) => bad.push(key));
  return { s, bad };
}

describe("value and risk settings", () => {
  it("defaults: lifespan 24, Gold 50000, Silver 10000, weights 40/30/30", () => {
    expect(defaultIntelSettings()).toEqual({
      expectedLifespanMonths: 24,
      tiers: { gold: 50000, silver: 10000 },
      riskWeights: { payment: 40, churn: 30, profitability: 30 },
    });
    const a = defaultIntelSettings();
    a.tiers.gold = 1;
    a.riskWeights.churn = 0;
    expect(defaultIntelSettings().tiers.gold).toBe(50000);
    expect(defaultIntelSettings().riskWeights.churn).toBe(30);
  });

  it("keeps good stored values", () => {
    const { s, bad } = migrate({ expectedLifespanMonths: 36, tiers: { gold: 100000, silver: 20000 }, riskWeights: { payment: 0, churn: 1.5, profitability: 10 } });
    expect(bad).toEqual([]);
    expect(s).toEqual({ expectedLifespanMonths: 36, tiers: { gold: 100000, silver: 20000 }, riskWeights: { payment: 0, churn: 1.5, profitability: 10 } });
    expect(migrate({}).s).toEqual(defaultIntelSettings());
  });

  it("rejects bad values, naming each key; each keeps its default", () => {
    const { s, bad } = migrate({
      expectedLifespanMonths: 1.5,
      tiers: { gold: "lots", silver: -1 },
      riskWeights: { payment: -5, churn: Infinity, profitability: "30" },
    });
    expect(bad).toEqual(["expectedLifespanMonths", "tiers.gold", "tiers.silver", "riskWeights.payment", "riskWeights.churn", "riskWeights.profitability"]);
    expect(s).toEqual(defaultIntelSettings());
    expect(migrate({ expectedLifespanMonths: 0 }).bad).toEqual(["expectedLifespanMonths"]);
    expect(migrate({ tiers: [], riskWeights: null }).bad).toEqual(["tiers", "riskWeights"]);
  });

  it("refuses tiers that put gold below silver", () => {
    expect(migrate({ tiers: { silver: 60000 } })).toMatchObject({ bad: ["tiers.silver"], s: { tiers: { gold: 50000, silver: 10000 } } });
    expect(migrate({ tiers: { gold: 5000, silver: 6000 } })).toMatchObject({ bad: ["tiers.gold", "tiers.silver"], s: { tiers: { gold: 50000, silver: 10000 } } });
    expect(migrate({ tiers: { gold: 5000 } }).bad).toEqual(["tiers.gold"]);
    expect(migrate({ tiers: { gold: 8000, silver: 8000 } })).toMatchObject({ bad: [], s: { tiers: { gold: 8000, silver: 8000 } } });
  });
});
