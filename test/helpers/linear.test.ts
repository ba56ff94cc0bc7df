import { describe, expect, it } from "vitest";
import { expectLinear } from "./linear";

// Kept outside the functions so the loops have an observable result and are not optimised away.
let sink = 0;

function quadratic(n: number): void {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s += (i ^ j) & 1;
  sink += s;
}

function linear(n: number): void {
  let s = 0;
  for (let i = 0; i < 100 * n; i++) s += (i ^ (i >> 3)) & 1;
  sink += s;
}

describe("expectLinear", () => {
  it("fails a deliberately quadratic function, saying why", () => {
    expect(() => expectLinear("nested loops", quadratic, 2000)).toThrow(/nested loops: not linear\. run\(2000\) took .* but run\(16000\) took/);
  });

  it("passes a linear function", () => {
    expect(() => expectLinear("one loop", linear, 10_000)).not.toThrow();
    expect(sink).toBeGreaterThan(0);
  });
});
