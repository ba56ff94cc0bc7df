import { describe, expect, it } from "vitest";
import { daysInStage, healthTrend, recentScores } from "../../../src/core/intel/trend";
import { TODAY } from "../../helpers/builders";

describe("health trend (section 8)", () => {
  it("is the latest score minus the one before, by day, in any input order", () => {
    expect(healthTrend([{ day: "2026-10-01", score: 72 }, { day: "2026-11-01", score: 58 }, { day: "2026-09-01", score: 90 }])).toBe(-14);
    expect(healthTrend([{ day: "2026-11-01", score: 58 }, { day: "2026-09-01", score: 40 }])).toBe(18);
  });

  it("is null with fewer than two scores", () => {
    expect(healthTrend([])).toBeNull();
    expect(healthTrend([{ day: "2026-10-01", score: 72 }])).toBeNull();
  });

  it("of two on the same day, the later in the input is the later", () => {
    expect(healthTrend([{ day: "2026-11-01", score: 50 }, { day: "2026-11-01", score: 60 }])).toBe(10);
    expect(healthTrend([{ day: "2026-11-01", score: 50 }, { day: "2026-11-01", score: 60 }, { day: "2026-10-01", score: 99 }])).toBe(10);
  });
});

describe("recent health scores (the card's sparkline)", () => {
  it("are the latest six by day, oldest first, in any input order", () => {
    const days = ["2026-05-01", "2026-03-01", "2026-07-01", "2026-01-01", "2026-02-01", "2026-06-01", "2026-04-01"];
    const entries = days.map((day, i) => ({ day, score: 10 * (i + 1) }));
    // By day: Jan 40, Feb 50, Mar 20, Apr 70, May 10, Jun 60, Jul 30; January drops out.
    expect(recentScores(entries)).toEqual([50, 20, 70, 10, 60, 30]);
    expect(recentScores(entries, 2)).toEqual([60, 30]);
  });

  it("keep the input order of one day, and are empty without history", () => {
    expect(recentScores([{ day: "2026-11-01", score: 50 }, { day: "2026-11-01", score: 60 }, { day: "2026-10-01", score: 99 }])).toEqual([99, 50, 60]);
    expect(recentScores([])).toEqual([]);
  });
});

describe("time in stage (section 8)", () => {
  it("counts from stage_changed, else the latest stage history day", () => {
    expect(daysInStage("2026-11-01", ["2026-11-20"], TODAY)).toBe(20);
    expect(daysInStage(null, ["2026-09-01", "2026-11-11", "2026-10-01"], TODAY)).toBe(10);
    expect(daysInStage(null, [], TODAY)).toBeNull();
    expect(daysInStage(TODAY, [], TODAY)).toBe(0);
  });

  it("is never negative: a future day gives null", () => {
    expect(daysInStage("2026-12-01", [], TODAY)).toBeNull();
    expect(daysInStage(null, ["2027-01-01"], TODAY)).toBeNull();
  });
});
