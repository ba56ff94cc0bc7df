import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerBound } from "../../../src/core/model/order";

describe("lowerBound", () => {
  it("finds the first position not before the sought value, as a linear scan does", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => !(v < x));
        expect(lowerBound(sorted, (v) => v < x)).toBe(linear === -1 ? sorted.length : linear);
      }),
    );
  });

  it("is 0 for an empty list and the length when everything is before", () => {
    expect(lowerBound([], () => true)).toBe(0);
    expect(lowerBound([1, 2, 3], () => true)).toBe(3);
    expect(lowerBound([1, 2, 3], () => false)).toBe(0);
  });
});
