import { describe, expect, it } from "vitest";
import { planHealthCheck } from "../../../src/core/change/actions";
import { DEFAULT_HEALTH_MATRIX, SEED_002_MATRIX } from "../../../src/core/model/health-matrix";
import { defaultSettings } from "../../../src/core/model/settings";
import { TODAY } from "../../helpers/builders";

describe("planHealthCheck over the configured categories", () => {
  it("writes the same patch and line for the default matrix as for v1 weights (P C S G letters)", () => {
    const scores = { profitability: 4, communication: 3, strategic_fit: 5, growth: 2 };
    const change = planHealthCheck(scores, "Fine", TODAY, defaultSettings().healthMatrix);
    expect(change).toEqual(planHealthCheck(scores, "Fine", TODAY, { profitability: 1, communication: 1, strategic_fit: 1, growth: 1 }));
    expect(change.lines).toEqual(["- 2026-11-21: P4 C3 S5 G2 = 63 (Good) — Fine"]);
    expect(change.patch).toEqual({ health_profitability: 4, health_communication: 3, health_strategic_fit: 5, health_growth: 2, last_review: TODAY });
  });

  it("writes health_<id> keys and id=score tokens for other categories, in the matrix's order", () => {
    // 30x3 + 20x2 + 25x4 + 25x1 = 255 of 400 -> 63.75 -> 64 (Good)
    const change = planHealthCheck({ outcomes: 2, usage: 4, support: 3, relationship_depth: 5 }, "", TODAY, SEED_002_MATRIX);
    expect(change.lines).toEqual(["- 2026-11-21: usage=4 support=3 relationship_depth=5 outcomes=2 = 64 (Good)"]);
    expect(Object.keys(change.patch)).toEqual(["health_usage", "health_support", "health_relationship_depth", "health_outcomes", "last_review"]);
  });

  it("leaves the keys of categories not in the matrix out of the patch (never deleted)", () => {
    const change = planHealthCheck({ usage: 4, support: 3, relationship_depth: 5, outcomes: 2, profitability: 1 }, "", TODAY, SEED_002_MATRIX);
    expect(change.patch).not.toHaveProperty("health_profitability");
  });

  it("mixes letters and tokens when the default and other categories are configured", () => {
    const m = [DEFAULT_HEALTH_MATRIX[0]!, { id: "nps", label: "NPS", question: "", weight: 1 }];
    expect(planHealthCheck({ profitability: 5, nps: 3 }, "", TODAY, m).lines).toEqual(["- 2026-11-21: P5 nps=3 = 75 (Good)"]);
  });
});
