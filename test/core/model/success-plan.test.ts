import { describe, expect, it } from "vitest";
import { successPlanOf, successPlanTitle } from "../../../src/core/model/success-plan";

describe("successPlanOf", () => {
  it("counts the ticked boxes and rounds the percent down, so 100 means all done", () => {
    expect(successPlanOf([{ done: true }, { done: false }, { done: true }])).toEqual({ done: 2, total: 3, percent: 66 });
    const many = Array.from({ length: 200 }, (_, i) => ({ done: i > 0 }));
    expect(successPlanOf(many)?.percent).toBe(99);
    expect(successPlanOf([{ done: true }])).toEqual({ done: 1, total: 1, percent: 100 });
    expect(successPlanOf([{ done: false }])).toEqual({ done: 0, total: 1, percent: 0 });
  });

  it("is null without boxes", () => {
    expect(successPlanOf([])).toBeNull();
  });

  it("says it in words", () => {
    expect(successPlanTitle({ done: 3, total: 5, percent: 60 })).toBe("Success plan: 3 of 5 goals and milestones done");
    expect(successPlanTitle({ done: 0, total: 1, percent: 0 })).toBe("Success plan: 0 of 1 goal or milestone done");
  });
});
