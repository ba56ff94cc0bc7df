// A growth check for "this stays linear on hostile input" tests, independent of machine speed.
// House rule: speed goals live in `npm run bench` and BENCHMARKS.md, not in timed unit tests. A unit
// test may still guard against super-linear (ReDoS / quadratic) behaviour, by comparing how the time
// grows rather than asserting an absolute time that a loaded machine can miss.

/** How much larger the second input is. */
export const GROWTH = 8;
/** time(8n) may be at most this many times time(n)… (linear ≈ 8×, quadratic ≈ 64×) */
export const MAX_RATIO = 24;
/** …plus this many milliseconds, so timer resolution and tiny runs cannot fail a test. */
export const SLACK_MS = 5;
/** Untimed calls at n before any timing, so the JIT has compiled the code paths. */
export const WARM_UPS = 2;
/** Timed calls at n; the best one counts (noise only ever adds time). */
export const SMALL_ROUNDS = 5;
/** Timed calls at 8n, stopping at the first within the limit; the best one counts. */
export const LARGE_TRIES = 3;

export interface LinearTiming {
  /** Best time of run(n), in ms. */
  small: number;
  /** Best time of run(8n), in ms. */
  large: number;
  /** large / small. */
  ratio: number;
}

/** Times one call of `run` on a fresh input of size `size`; building the input is not timed. */
function time<T>(input: (n: number) => T, run: (input: T) => unknown, size: number): number {
  const made = input(size);
  const start = performance.now();
  run(made);
  return performance.now() - start;
}

/**
 * Throws when the time of a run at 8n is more than 24 × the time at n + 5 ms. The time at n is the
 * best of 5 calls after 2 untimed warm-up calls; the time at 8n is the best of up to 3 calls,
 * stopping at the first one within the limit (a pause of the machine during one call cannot fail
 * the test, a quadratic run exceeds the limit every time).
 *
 * Two forms: `expectLinear(label, run, n)` times `run(size)` whole, so `run` should build its
 * hostile input from its argument; `expectLinear(label, input, run, n)` builds `input(size)`
 * untimed before each call and times only `run(input)`, which keeps the allocation of a large
 * input (and the garbage collections it causes) out of the measurement.
 */
export function expectLinear(label: string, run: (n: number) => unknown, n: number): LinearTiming;
export function expectLinear<T>(label: string, input: (n: number) => T, run: (input: T) => unknown, n: number): LinearTiming;
export function expectLinear(label: string, first: (n: number) => unknown, second: ((input: never) => unknown) | number, third = 0): LinearTiming {
  const [input, run, n]: [(size: number) => unknown, (input: unknown) => unknown, number] =
    typeof second === "number" ? [(size) => size, (size) => first(size as number), second] : [first, second as (input: unknown) => unknown, third];
  const timeAt = (size: number) => time(input, run, size);
  for (let i = 0; i < WARM_UPS; i++) timeAt(n);
  let small = Infinity;
  for (let i = 0; i < SMALL_ROUNDS; i++) small = Math.min(small, timeAt(n));
  const limit = MAX_RATIO * small + SLACK_MS;
  let large = Infinity;
  for (let i = 0; i < LARGE_TRIES && large > limit; i++) large = Math.min(large, timeAt(GROWTH * n));
  const ratio = large / Math.max(small, 1e-3);
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  if (large > limit) {
    throw new Error(
      `${label}: not linear. run(${n}) took ${fmt(small)} but run(${GROWTH * n}) took ${fmt(large)} ` +
        `(${ratio.toFixed(1)}×; linear work grows about ${GROWTH}×, quadratic about ${GROWTH * GROWTH}×; ` +
        `the limit is ${MAX_RATIO} × ${fmt(small)} + ${SLACK_MS} ms = ${fmt(limit)}).`,
    );
  }
  return { small, large, ratio };
}
