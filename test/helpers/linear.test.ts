import { describe, expect, it } from "vitest";
import { GROWTH, LARGE_TRIES, SMALL_ROUNDS, WARM_UPS, expectLinear } from "./linear";

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

/** Holds the thread for `ms`, as a pause of a loaded machine would. */
function pause(ms: number): void {
  const until = performance.now() + ms;
  let spins = 0;
  while (performance.now() < until) spins++;
  sink += spins & 1;
}

describe("expectLinear", () => {
  it("fails a deliberately quadratic function, saying why", () => {
    expect(() => expectLinear("nested loops", quadratic, 2000)).toThrow(/nested loops: not linear\. run\(2000\) took .* but run\(16000\) took/);
  });

  it("passes a linear function", () => {
    expect(() => expectLinear("one loop", linear, 10_000)).not.toThrow();
    expect(sink).toBeGreaterThan(0);
  });

  it("with an input builder, times only the run: a quadratic builder passes, a quadratic run on a cheap input fails", () => {
    const built = (n: number) => {
      quadratic(n);
      return n;
    };
    expect(() => expectLinear("slow builder", built, linear, 2000)).not.toThrow();
    expect(() => expectLinear("slow run", (n) => n, quadratic, 2000)).toThrow(/slow run: not linear/);
  });

  it("gives each call a fresh input of the size it times", () => {
    const sizes: number[] = [];
    const seen: number[] = [];
    expectLinear("sizes", (n) => {
      sizes.push(n);
      return { n };
    }, (input) => {
      seen.push(input.n);
      linear(input.n);
    }, 1000);
    expect(seen).toEqual(sizes);
    expect(sizes.slice(0, WARM_UPS + SMALL_ROUNDS)).toEqual(Array<number>(WARM_UPS + SMALL_ROUNDS).fill(1000));
    // One call at 8n when it is within the limit; a loaded machine may need a second or third.
    const large = sizes.slice(WARM_UPS + SMALL_ROUNDS);
    expect(large.length).toBeGreaterThanOrEqual(1);
    expect(large.length).toBeLessThanOrEqual(LARGE_TRIES);
    expect(large.every((n) => n === GROWTH * 1000)).toBe(true);
  });

  it("a pause during one call at 8n does not fail a linear run; the same pause in every call at 8n does", () => {
    let largeCalls = 0;
    // The limit here is about 24 × 0.2 ms + 5 ms; the pause is far above it.
    const pausedOnce = (n: number) => {
      if (n > 2000 && ++largeCalls === 1) pause(200);
      linear(n);
    };
    expect(() => expectLinear("paused once", pausedOnce, 2000)).not.toThrow();
    expect(largeCalls).toBeGreaterThanOrEqual(2);
    expect(largeCalls).toBeLessThanOrEqual(LARGE_TRIES);
    largeCalls = 0;
    const pausedAlways = (n: number) => {
      if (n > 2000) {
        largeCalls++;
        pause(200);
      }
      linear(n);
    };
    expect(() => expectLinear("paused always", pausedAlways, 2000)).toThrow(/paused always: not linear/);
    expect(largeCalls).toBe(LARGE_TRIES);
  });
});
