import { describe, expect, it } from "vitest";
import { planHealthCheck } from "../../../src/core/change/actions";
import { healthTrend, recentScores } from "../../../src/core/intel/trend";
import { SEED_002_MATRIX } from "../../../src/core/model/health-matrix";
import { healthHistory, healthLineScores, healthScoresHistory, textActivity } from "../../../src/core/report/history";
import { expectLinear } from "../../helpers/linear";

const note = (lines: string[]) => `---\ntype: client\n---\n# Usage Co\n\n## Health history\n\n${lines.join("\n")}\n`;

describe("Health history lines of custom categories", () => {
  const first = planHealthCheck({ usage: 4, support: 3, relationship_depth: 5, outcomes: 2 }, "Kick-off", "2026-10-01", SEED_002_MATRIX).lines;
  const second = planHealthCheck({ usage: 2, support: 2, relationship_depth: 3, outcomes: 2 }, "", "2026-11-01", SEED_002_MATRIX).lines;
  const text = note([...second, ...first, "- 2026-09-01: P4 C3 S5 G2 = 63 (Good)"]);

  it("are written and read back: the scores, day and result", () => {
    // second: 30x1 + 20x1 + 25x2 + 25x1 = 125 of 400 -> 31.25 -> 31 (Critical)
    expect(second).toEqual(["- 2026-11-01: usage=2 support=2 relationship_depth=3 outcomes=2 = 31 (Critical)"]);
    expect(healthHistory(text)).toEqual([
      { day: "2026-09-01", score: 63, band: "Good", comment: "" },
      { day: "2026-10-01", score: 64, band: "Good", comment: "Kick-off" },
      { day: "2026-11-01", score: 31, band: "Critical", comment: "" },
    ]);
    expect(healthScoresHistory(text)).toEqual([
      { day: "2026-09-01", scores: { profitability: 4, communication: 3, strategic_fit: 5, growth: 2 } },
      { day: "2026-10-01", scores: { usage: 4, support: 3, relationship_depth: 5, outcomes: 2 } },
      { day: "2026-11-01", scores: { usage: 2, support: 2, relationship_depth: 3, outcomes: 2 } },
    ]);
  });

  it("keep the trend and the sparkline's scores working", () => {
    const { health } = textActivity(text);
    expect(health.map((h) => h.score)).toEqual([63, 64, 31]);
    expect(healthTrend(health)).toBe(-33);
    expect(recentScores(health)).toEqual([63, 64, 31]);
  });

  it("skip missing scores and words that are not tokens", () => {
    expect(healthLineScores("P4 C- usage=- nps=3 hello x=y P5")).toEqual({ profitability: 4, nps: 3 });
  });

  it("are read in linear time on a long line of tokens", () => {
    const line = (n: number) => note([`- 2026-01-01: ${"usage=3 ".repeat(n / 8)}= 50 (At Risk)`]);
    expectLinear("healthScoresHistory, many tokens", line, healthScoresHistory, 4000);
  });
});
