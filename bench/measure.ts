// Small timing helpers for the bench: medians over repeated runs, and a place to put the figures.
import { mkdirSync, writeFileSync } from "node:fs";

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `fn` `runs` times after `warmup` runs; returns each run's milliseconds. */
export async function time(fn: () => unknown, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export type Figures = Record<string, { value: number; unit: string; runs?: number; note?: string }>;

export function writeFigures(name: string, figures: Figures): void {
  mkdirSync("bench/out", { recursive: true });
  writeFileSync(`bench/out/${name}.json`, JSON.stringify(figures, null, 2));
}
