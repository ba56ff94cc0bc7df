import { describe, it, expect } from "vitest";
import {
  bandOf, CATEGORY_LABELS, computeHealth, HEALTH_CATEGORIES, HEALTH_KEYS, healthCheckDue, WARNING_QUESTIONS,
} from "../../../src/core/model/health";
import type { HealthCategory } from "../../../src/core/model/types";

const EQUAL = { profitability: 1, communication: 1, strategic_fit: 1, growth: 1 };

/** Scores in category order: profitability, communication, strategic fit, growth (null = missing). */
function input(...s: (number | null)[]): Partial<Record<HealthCategory, number>> {
  const out: Partial<Record<HealthCategory, number>> = {};
  HEALTH_CATEGORIES.forEach((c, i) => {
    const v = s[i];
    if (v !== null && v !== undefined) out[c] = v;
  });
  return out;
}

function weights(p: number, c: number, sf: number, g: number): Record<HealthCategory, number> {
  return { profitability: p, communication: c, strategic_fit: sf, growth: g };
}

describe("computeHealth: the contract's worked examples (equal weights)", () => {
  it.each([
    [[4, 3, 5, 2], 63, "Good", true, ["Growth potential is 2/5"]],
    [[5, 5, 5, 5], 100, "Excellent", true, []],
    [[3, 3, 3, 3], 50, "At Risk", true, []],
    [[1, 1, 1, 1], 0, "Critical", true, ["Profitability is 1/5", "Communication is 1/5", "Strategic fit is 1/5", "Growth potential is 1/5"]],
    [[4, 4, 4, null], 75, "Good", false, []],
  ])("%j -> %i %s", (s, score, band, complete, warnings) => {
    const h = computeHealth(input(...s), EQUAL);
    expect(h).toEqual({ score, band, complete, scores: input(...s), warnings });
  });
});

describe("computeHealth: band boundaries", () => {
  it.each([
    // [scores, weights, exact value on paper, score, band]
    [[1, 1, 4, 3], [1, 1, 1, 4], 39.29, 39, "Critical"],
    [[1, 1, 1, 5], [1, 1, 1, 2], 40, 40, "At Risk"],
    [[1, 2, 2, 5], [1, 1, 2, 4], 59.375, 59, "At Risk"],
    [[1, 1, 5, 5], [1, 1, 1, 2], 60, 60, "Good"],
    [[1, 4, 5, 5], [1, 1, 1, 3], 79.17, 79, "Good"],
    [[1, 5, 5, 5], [1, 1, 1, 2], 80, 80, "Excellent"],
  ])("%j with weights %j (%f) -> %i %s", (s, w, _exact, score, band) => {
    const h = computeHealth(input(...s), weights(w[0]!, w[1]!, w[2]!, w[3]!));
    expect(h.score).toBe(score);
    expect(h.band).toBe(band);
  });
});

describe("computeHealth: weights and rounding", () => {
  it("weights {2,1,1,1}: 4,3,5,2 -> 65 (equal weights would give 63)", () => {
    expect(computeHealth(input(4, 3, 5, 2), weights(2, 1, 1, 1)).score).toBe(65);
  });

  it.each([
    // exactly x.5 on paper: half up
    [[4, 3, 5, 2], 62.5, 63],
    [[1.5, null, null, null], 12.5, 13],
    // x.5 on paper that binary floating point computes as x.4999...
    [[1.2, 1, null, null], 2.5, 3],
    [[2.3, 2.3, null, null], 32.5, 33],
    [[1.1, 2.3, null, null], 17.5, 18],
    // just below and above .5
    [[3, 3, 3, null], 50, 50],
    [[2, 3, 3, null], 41.67, 42],
    [[2, 2, 3, null], 33.33, 33],
  ])("%j (%f on paper) rounds to %i", (s, _exact, score) => {
    expect(computeHealth(input(...s), EQUAL).score).toBe(score);
  });

  it("a weight of 0 leaves a category out of the score but keeps its warning", () => {
    const h = computeHealth(input(5, 5, 5, 1), weights(1, 1, 1, 0));
    expect(h).toEqual({ score: 100, band: "Excellent", complete: true, scores: input(5, 5, 5, 1), warnings: ["Growth potential is 1/5"] });
  });

  it.each([
    ["no category at all", input(), EQUAL, false],
    ["all weights 0", input(3, 3, 3, 3), weights(0, 0, 0, 0), true],
    ["present categories weighted 0", input(null, null, null, 2), weights(1, 1, 1, 0), false],
  ])("unscored when %s", (_what, s, w, complete) => {
    const h = computeHealth(s, w);
    expect(h.score).toBeNull();
    expect(h.band).toBeNull();
    expect(h.complete).toBe(complete);
  });

  it("ignores values that are not valid scores (counted as missing)", () => {
    const h = computeHealth({ profitability: 0, communication: 6, strategic_fit: Number.NaN, growth: 3 }, EQUAL);
    expect(h).toEqual({ score: 50, band: "At Risk", complete: false, scores: { growth: 3 }, warnings: [] });
  });
});

describe("computeHealth: warnings", () => {
  it("names every category scored 2 or lower, in category order", () => {
    expect(computeHealth(input(1, 2, 2, 2), EQUAL).warnings).toEqual([
      "Profitability is 1/5", "Communication is 2/5", "Strategic fit is 2/5", "Growth potential is 2/5",
    ]);
  });

  it.each([
    [2, ["Profitability is 2/5"]],
    [1.5, ["Profitability is 1.5/5"]],
    [2.5, []],
    [3, []],
  ])("profitability %f -> %j", (s, warnings) => {
    expect(computeHealth(input(s, 4, 4, 4), EQUAL).warnings).toEqual(warnings);
  });
});

describe("bandOf", () => {
  it.each([
    [100, "Excellent"], [80, "Excellent"], [79, "Good"], [60, "Good"],
    [59, "At Risk"], [40, "At Risk"], [39, "Critical"], [0, "Critical"],
  ])("%i -> %s", (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});

describe("healthCheckDue", () => {
  it.each([
    [null, 30, true],
    ["2026-10-23", 30, false], // 29 days
    ["2026-10-22", 30, true], // 30 days
    ["2026-10-21", 30, true], // 31 days
    ["2026-11-21", 30, false], // today
    ["2026-12-01", 30, false], // in the future
    ["2026-11-14", 7, true],
    ["2026-11-15", 7, false],
  ])("last review %s, interval %i -> %s (today 2026-11-21)", (lastReview, interval, due) => {
    expect(healthCheckDue(lastReview, "2026-11-21", interval)).toBe(due);
  });
});

describe("names", () => {
  it("keys, labels and questions cover the four categories in order", () => {
    expect(HEALTH_CATEGORIES).toEqual(["profitability", "communication", "strategic_fit", "growth"]);
    expect(HEALTH_KEYS).toEqual({
      profitability: "health_profitability", communication: "health_communication",
      strategic_fit: "health_strategic_fit", growth: "health_growth",
    });
    expect(CATEGORY_LABELS).toEqual({
      profitability: "Profitability", communication: "Communication", strategic_fit: "Strategic fit", growth: "Growth potential",
    });
    for (const c of HEALTH_CATEGORIES) expect(WARNING_QUESTIONS[c]).toMatch(/^[A-Z].+\?$/);
    expect(WARNING_QUESTIONS.profitability).toBe("Are you over-servicing this client for the fee?");
  });
});
