// Benchmark of the Excel export (issue 5): a 20-year comparison of four scenarios on the
// 12,000-home register, through the real handler ('export.plan': plans, workbook, file).
// Goal: under 2 s. Wired into npm run bench by tests/bench/bench.ts (on the benchmark register):
//   printRows('Eksport', await benchExport(path));
// Standalone: npx tsx tests/bench/exportBench.ts (creates its own register).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput } from '../../main/contract/api';
import type { Action, Scenario } from '../../main/domain/scenario';
import { DEFAULT_ASSUMPTIONS, SEGMENT_KEYS, unitSegment } from '../../main/domain/scenario';
import { planInputs, resolveScenarios } from '../../main/export/service';
import { buildPlanWorkbook } from '../../main/export/workbook';
import { createRegister, fixedClock, RegisterSession } from '../../main/register/session';
import { registerSnapshot } from '../../main/register/snapshot';
import { createHandlers, dispatch } from '../../main/services/handlers';
import { FileTokens, type ShellPort } from '../../main/services/shell';
import { BENCH_SIZE, BENCH_TODAY, median, printRows, timeAsync, type Row } from './common';

const START = Number(BENCH_TODAY.slice(0, 4)) + 1;
const YEARS = 20;

/** Four scenarios with actions of every kind, spread over 20 years, on the register's homes. */
function scenarios(registerPath: string): Scenario[] {
  const session = new RegisterSession(registerPath, fixedClock(BENCH_TODAY));
  try {
    const snap = registerSnapshot(session.db, BENCH_TODAY);
    const owned = snap.units.filter((u) => u.tenure === 'eid');
    const leased = snap.units.filter((u) => u.tenure === 'framleie' && u.leaseEnd);
    const year = (k: number) => START + (k % YEARS);
    const purchases = (n: number, prefix: string): Action[] =>
      Array.from({ length: n }, (_, k) => ({
        kind: 'kjop',
        id: `${prefix}-kjop-${k}`,
        year: year(k),
        segment: SEGMENT_KEYS[k % 8]!,
        count: 5 + (k % 4),
        pricePerHome: 3_000_000 + 50_000 * k,
        areaM2PerHome: 55 + k,
        rentMonthlyPerHome: 11_000 + 100 * k,
        grant: k % 2 ? { mode: 'rate' } : { mode: 'percent', percent: 20 },
        loan: { type: k % 3 ? 'annuity' : 'serial', years: 30 },
      }));
    const builds = (n: number, prefix: string): Action[] =>
      Array.from({ length: n }, (_, k) => ({
        kind: 'bygging',
        id: `${prefix}-bygg-${k}`,
        project: `Prosjekt ${k + 1}`,
        units: [
          { segment: '2|-|-', count: 12, areaM2PerHome: 60, rentMonthlyPerHome: 12_000 },
          { segment: '3|R|-', count: 4, areaM2PerHome: 78, rentMonthlyPerHome: 14_000 },
        ],
        totalCost: 60_000_000,
        startYear: year(2 * k),
        completionYear: year(2 * k) + 1,
        grant: { mode: 'rate' },
        loan: { type: 'serial', years: 40, share: 0.9 },
      }));
    const seg = unitSegment(owned[0]!);
    const s = (name: string, actions: Action[]): Scenario => ({
      name,
      startYear: START,
      years: YEARS,
      assumptions: DEFAULT_ASSUMPTIONS,
      actions,
    });
    return [
      s('Bench: kjøp og bygging', [...purchases(20, 'a'), ...builds(6, 'a')]),
      s('Bench: salg og kjøp', [
        ...purchases(10, 'b'),
        {
          kind: 'salg',
          id: 'b-salg-seg',
          year: START + 1,
          target: { mode: 'segment', segment: seg, count: 40 },
          pricePerHome: 2_500_000,
        },
        {
          kind: 'salg',
          id: 'b-salg-units',
          year: START + 2,
          target: { mode: 'units', unitIds: owned.slice(-60).map((u) => u.id) },
          pricePerHome: 2_800_000,
        },
        {
          kind: 'salg',
          id: 'b-salg-pool',
          year: START + 5,
          target: { mode: 'action', actionId: 'b-kjop-0', count: 2 },
          pricePerHome: 3_100_000,
        },
        {
          kind: 'rehabilitering',
          id: 'b-rehab',
          unitIds: owned.slice(100, 160).map((u) => u.id),
          fromYear: START + 3,
          toYear: START + 4,
          cost: 30_000_000,
          newCondition: 1,
        },
        {
          kind: 'avvikling',
          id: 'b-avvikling',
          unitIds: owned.slice(200, 230).map((u) => u.id),
          year: START + 6,
        },
      ]),
      s('Bench: framleie', [
        ...Array.from({ length: 10 }, (_, k): Action => ({
          kind: 'framleie',
          mode: 'lease',
          id: `c-lease-${k}`,
          year: year(k),
          segment: SEGMENT_KEYS[k % 4]!,
          count: 10,
          termYears: 5,
          ownerRentMonthly: 10_000,
          rentMonthly: 10_500,
        })),
        {
          kind: 'framleie',
          mode: 'renew',
          id: 'c-renew',
          unitIds: leased.slice(0, 100).map((u) => u.id),
          untilYear: START + 10,
          ownerRentMonthly: 11_000,
        },
        {
          kind: 'framleie',
          mode: 'end',
          id: 'c-end',
          unitIds: leased.slice(100, 150).map((u) => u.id),
          year: START + 2,
        },
      ]),
      s('Bench: alt', [...purchases(8, 'd'), ...builds(3, 'd')]),
    ];
  } finally {
    session.close();
  }
}

/** Times the export; creates the four scenarios in the register if they are not there. */
export async function benchExport(registerPath: string): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'boligplan-bench-export-'));
  const session = new RegisterSession(registerPath, fixedClock(BENCH_TODAY));
  try {
    let n = 0;
    const shell: ShellPort = {
      chooseOpenFile: () => Promise.resolve(null),
      chooseSaveFile: () => Promise.resolve(join(dir, `plan-${n++}.xlsx`)),
      showInFolder: () => {},
    };
    const handlers = createHandlers({ session, shell, files: new FileTokens() });
    const call = async <K extends ApiMethod>(m: K, input: ApiInput<K>): Promise<ApiOutput<K>> => {
      const r = await dispatch(handlers, m, input);
      if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
      return r.value as ApiOutput<K>;
    };
    const existing = new Map((await call('scenarios.list', {})).map((s) => [s.name, s.id]));
    const ids: number[] = [];
    for (const s of scenarios(registerPath)) {
      ids.push(existing.get(s.name) ?? (await call('scenarios.create', { scenario: s })).id);
    }
    const today = session.clock.today();
    const chosen = resolveScenarios(
      session.db,
      ids.map((id) => ({ id })),
      today,
    );
    const [inputs, planMs] = await timeAsync(() =>
      Promise.resolve(planInputs(session.db, chosen, today)),
    );
    const [workbook, buildMs] = await timeAsync(() => Promise.resolve(buildPlanWorkbook(inputs)));
    const [, writeMs] = await timeAsync(() => workbook.xlsx.writeBuffer());
    const total = await median(3, () => call('export.plan', { scenarioIds: ids }));
    return [
      { what: 'Eksport: register og 4 planer à 20 år (runPlan)', ms: planMs },
      { what: 'Eksport: bygge arbeidsboken (formler)', ms: buildMs },
      { what: 'Eksport: skrive .xlsx', ms: writeMs },
      {
        what: `Eksport til Excel, 4 scenarioer × ${YEARS} år (export.plan)`,
        ms: total,
        goal: 2000,
      },
    ];
  } finally {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'boligplan-bench-'));
  try {
    console.log(`Oppretter register (${BENCH_SIZE.units} boliger) …`);
    const path = join(dir, 'oslo.sqlite');
    createRegister(path, fixedClock(BENCH_TODAY), { sample: true, sampleSize: BENCH_SIZE }).close();
    printRows('Eksport', await benchExport(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
