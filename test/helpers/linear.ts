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
const ROUNDS = 3;

export interface LinearTiming {
  /** Best time of run(n), in ms. */
  small: number;
  /** Best time of run(8n), in ms. */
  large: number;
  /** large / small. */
  ratio: number;
}

function time(run: (n: number) => void, n: number): number {
  const start = performance.now();
  run(n);
  return performance.now() - start;
}

/**
 * Times `run(n)` and `run(8 * n)`, best of 3 each (interleaved, after one warm-up call), and throws
 * when time(8n) > 24 × time(n) + 5 ms. `run` should build its hostile input from its argument, so
 * the input grows with it.
 */
export function expectLinear(label: string, run: (n: number) => void, n: number): LinearTiming {
  run(n); // warm-up: compile the code paths before timing them
  let small = Infinity;
  let large = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    small = Math.min(small, time(run, n));
    large = Math.min(large, time(run, GROWTH * n));
  }
  const ratio = large / Math.max(small, 1e-3);
  const limit = MAX_RATIO * small + SLACK_MS;
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
