// npm run bench: figures for an Oslo-sized register (12,000 homes, 15,000 households,
// 3,000 needs). Prints timings; asserts nothing. Goal: every screen under 100 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ApiInput, ApiMethod } from '../../main/contract/api';
import { createRegister, fixedClock, RegisterSession } from '../../main/register/session';
import { createHandlers, dispatch } from '../../main/services/handlers';
import { FileTokens, noShell } from '../../main/services/shell';
import { registerSnapshot } from '../../main/register/snapshot';
import { benchPlan } from './planBench';

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

export async function benchRegister(dir: string): Promise<{ path: string; rows: Row[] }> {
  const path = join(dir, 'oslo.sqlite');
  const clock = fixedClock(BENCH_TODAY);
  const [, createMs] = time(() =>
    createRegister(path, clock, {
      sample: true,
      sampleSize: BENCH_SIZE,
      municipality: 'Storby (fiktiv)',
    }).close(),
  );
  const [session, openMs] = time(() => new RegisterSession(path, clock));
  const handlers = createHandlers({ session, shell: noShell, files: new FileTokens() });
  const call =
    <K extends ApiMethod>(m: K, input: ApiInput<K>) =>
    async () => {
      const r = await dispatch(handlers, m, input);
      if (!r.ok) throw new Error(r.error.message);
    };
  const rows: Row[] = [
    { what: 'Opprette register (12 000 boliger, 15 000 husstander, 3 000 behov)', ms: createMs },
    { what: 'Åpne register', ms: openMs, goal: 100 },
    { what: 'Oversikt (overview.get)', ms: await median(5, call('overview.get', {})), goal: 100 },
    {
      what: 'Boligliste, første side (100 rader)',
      ms: await median(5, call('units.list', { limit: 100 })),
      goal: 100,
    },
    {
      what: 'Boligliste, søk «gata»',
      ms: await median(5, call('units.list', { search: 'gata', limit: 100 })),
      goal: 100,
    },
    {
      what: 'Boligliste, filter ledig + 3 soverom',
      ms: await median(5, call('units.list', { status: 'ledig', bedrooms: 3, limit: 100 })),
      goal: 100,
    },
    {
      what: 'Boligliste, sortert på kontraktslutt, side 50',
      ms: await median(
        5,
        call('units.list', { sort: 'contractEnd', dir: 'desc', offset: 5000, limit: 100 }),
      ),
      goal: 100,
    },
    {
      what: 'Husstandsliste, trangbodde',
      ms: await median(5, call('households.list', { crowded: true, limit: 100 })),
      goal: 100,
    },
    {
      what: 'Behovsliste, sortert på hastegrad',
      ms: await median(5, call('needs.list', { sort: 'urgency', limit: 100 })),
      goal: 100,
    },
    {
      what: 'Boligdetalj (units.get)',
      ms: await median(5, call('units.get', { id: 6000 })),
      goal: 100,
    },
  ];
  session.close();
  return { path, rows };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'boligplan-bench-'));
  try {
    const { path, rows } = await benchRegister(dir);
    printRows('Register', rows);
    const session = new RegisterSession(path, fixedClock(BENCH_TODAY));
    const [snapshot, snapshotMs] = time(() => registerSnapshot(session.db, BENCH_TODAY));
    session.close();
    printRows('Scenarier', [
      { what: 'Hente registeret til beregning (plan.snapshot)', ms: snapshotMs, goal: 100 },
      ...(await benchPlan(snapshot)),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
