import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS, computeHealth, HEALTH_CATEGORIES, WARNING_QUESTIONS } from "../../../src/core/model/health";
import {
  DEFAULT_HEALTH_MATRIX, healthIdFrom, healthToken, presetOf, readHealthToken, SEED_002_MATRIX, type HealthCategoryDef,
} from "../../../src/core/model/health-matrix";
import { clientFieldsFor, CLIENT_FIELDS } from "../../../src/core/model/fields";
import { defaultSettings } from "../../../src/core/model/settings";
import { clientStatus } from "../../helpers/builders";

const seed002 = { ...defaultSettings(), healthMatrix: SEED_002_MATRIX.map((c) => ({ ...c })) };
const NOTE_002 = { stage: "Active", health_usage: 4, health_support: 3, health_relationship_depth: 5, health_outcomes: 2 };
const weighted = (m: readonly HealthCategoryDef[], w: Record<string, number>) => m.map((c) => ({ ...c, weight: w[c.id] ?? c.weight }));

describe("the Health Matrix setting: defaults", () => {
  it("is seed 000's four with today's ids, labels, questions and weight 1", () => {
    expect(DEFAULT_HEALTH_MATRIX.map((c) => c.id)).toEqual([...HEALTH_CATEGORIES]);
    expect(DEFAULT_HEALTH_MATRIX.map((c) => c.label)).toEqual(HEALTH_CATEGORIES.map((c) => CATEGORY_LABELS[c]));
    expect(DEFAULT_HEALTH_MATRIX.map((c) => c.question)).toEqual(HEALTH_CATEGORIES.map((c) => WARNING_QUESTIONS[c]));
    expect(DEFAULT_HEALTH_MATRIX.map((c) => c.weight)).toEqual([1, 1, 1, 1]);
    expect(defaultSettings().healthMatrix).toEqual(DEFAULT_HEALTH_MATRIX);
    expect(presetOf(defaultSettings().healthMatrix)?.id).toBe("seed-000");
  });

  it("scores the contract's worked example the same through the matrix and through v1 weights", () => {
    const input = { profitability: 4, communication: 3, strategic_fit: 5, growth: 2 };
    expect(computeHealth(input, DEFAULT_HEALTH_MATRIX)).toEqual(computeHealth(input, { profitability: 1, communication: 1, strategic_fit: 1, growth: 1 }));
    expect(computeHealth(input, DEFAULT_HEALTH_MATRIX)).toMatchObject({ score: 63, band: "Good", complete: true, warnings: ["Growth potential is 2/5"] });
  });

  it("leaves the field table alone for the default matrix", () => {
    expect(clientFieldsFor(DEFAULT_HEALTH_MATRIX)).toBe(CLIENT_FIELDS);
  });
});

describe("the seed 002 preset", () => {
  it("scores a note with health_usage etc. (worked by hand)", () => {
    // usage 4, support 3, relationship depth 5, outcomes 2; weights 30, 20, 25, 25:
    // sum w x (s - 1) = 30x3 + 20x2 + 25x4 + 25x1 = 90 + 40 + 100 + 25 = 255; 4 x sum w = 400;
    // 100 x 255 / 400 = 63.75 -> 64, Good; outcomes 2 warns.
    const s = clientStatus("Clients/Usage Co.md", NOTE_002, { settings: seed002 });
    expect(s.health).toEqual({
      score: 64, band: "Good", complete: true,
      scores: { usage: 4, support: 3, relationship_depth: 5, outcomes: 2 },
      warnings: ["Business outcomes is 2/5"],
    });
    expect(s.client.diagnostics).toEqual([]);
  });

  it("reads a custom key like the four: invalid values are a diagnostic and count as missing", () => {
    const s = clientStatus("Clients/Usage Co.md", { ...NOTE_002, health_support: "high" }, { settings: seed002 });
    expect(s.client.diagnostics).toEqual([{ field: "health_support", message: "health_support is \"high\"; expected a number from 1 to 5" }]);
    // 30x3 + 25x4 + 25x1 = 215 of 4 x 80 = 320 -> 67.19 -> 67, incomplete
    expect(s.health).toMatchObject({ score: 67, complete: false });
  });

  it("does not score the keys of removed categories, and keeps them in the note's properties", () => {
    const s = clientStatus("Clients/Usage Co.md", { ...NOTE_002, health_profitability: 1, health_growth: 1 }, { settings: seed002 });
    expect(s.health.score).toBe(64);
    expect(Object.keys(s.health.scores)).toEqual(["usage", "support", "relationship_depth", "outcomes"]);
    expect(s.health.warnings).toEqual(["Business outcomes is 2/5"]);
    expect(s.client.healthInput.profitability).toBe(1); // read, not scored, never deleted
  });

  it("a note with only the default keys is unscored under the preset", () => {
    const s = clientStatus("Clients/Old.md", { health_profitability: 4, health_communication: 3, health_strategic_fit: 5, health_growth: 2 }, { settings: seed002 });
    expect(s.health).toMatchObject({ score: null, band: null, complete: false, scores: {} });
  });
});

describe("weights of zero", () => {
  it("a category weighted 0 is left out of the score but still warns and counts for complete", () => {
    // support 0: 30x3 + 25x4 + 25x1 = 215 of 4 x 80 = 320 -> 67.19 -> 67
    const m = weighted(SEED_002_MATRIX, { support: 0 });
    const h = computeHealth({ usage: 4, support: 1, relationship_depth: 5, outcomes: 2 }, m);
    expect(h).toMatchObject({ score: 67, band: "Good", complete: true, warnings: ["Support activity is 1/5", "Business outcomes is 2/5"] });
  });

  it("all weights 0: unscored, yet complete", () => {
    const m = weighted(SEED_002_MATRIX, { usage: 0, support: 0, relationship_depth: 0, outcomes: 0 });
    expect(computeHealth({ usage: 4, support: 3, relationship_depth: 5, outcomes: 2 }, m)).toMatchObject({ score: null, band: null, complete: true });
  });
});

describe("history tokens", () => {
  it("keeps the letters of the default four and writes id=score for others", () => {
    expect(DEFAULT_HEALTH_MATRIX.map((c) => healthToken(c.id, 3))).toEqual(["P3", "C3", "S3", "G3"]);
    expect(healthToken("relationship_depth", 4)).toBe("relationship_depth=4");
    expect(healthToken("usage", undefined)).toBe("usage=-");
  });

  it("reads both forms back", () => {
    expect(readHealthToken("P4")).toEqual({ id: "profitability", score: 4 });
    expect(readHealthToken("G-")).toEqual({ id: "growth", score: null });
    expect(readHealthToken("relationship_depth=4.5")).toEqual({ id: "relationship_depth", score: 4.5 });
    for (const t of ["p4", "X4", "usage=", "Usage=3", "=3", "usage=3=4", ""]) expect(readHealthToken(t)).toBeNull();
  });

  it("makes ids from labels", () => {
    expect(healthIdFrom("Relationship depth")).toBe("relationship_depth");
    expect(healthIdFrom("  NPS (promoters) ")).toBe("nps_promoters");
    expect(healthIdFrom("---")).toBe("");
    expect(healthIdFrom("a".repeat(60)).length).toBe(40);
  });
});
