// Shared by the benchmark scripts: the register size, timing helpers and printing.
import { performance } from 'node:perf_hooks';

export const BENCH_TODAY = '2026-11-25';
export const BENCH_SIZE = { units: 12_000, households: 15_000, needs: 3_000 };

export interface Row {
  what: string;
  ms: number;
  goal?: number;
}

export function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

/**
 * Median of several runs after one warm-up run (JIT, caches): one slow run (GC, disk)
 * should not decide the figure.
 */
export async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timeAsync(fn))[1]);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  for (const r of rows) {
    const goal =
      r.goal === undefined
        ? ''
        : r.ms <= r.goal
          ? `  (mål ${r.goal} ms: OK)`
          : `  (mål ${r.goal} ms: OVER)`;
    console.log(`  ${r.what.padEnd(58)} ${r.ms.toFixed(1).padStart(9)} ms${goal}`);
  }
}
