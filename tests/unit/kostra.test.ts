// KOSTRA skjema 13 (issue 13.4): a register with known homes, applications, decisions and
// allocations over two years, compared with figures counted by hand; the controls; the saved
// reports; the exports and the CLI.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { householdInput, needInput, openTestRegister, unitInput } from './helpers';
import { run } from '../../main/cli/index';
import { kostraChecks, type KostraFigures } from '../../main/domain/kostra';

let reg: ReturnType<typeof openTestRegister>;
beforeEach(() => {
  reg = openTestRegister();
});
afterEach(() => reg.close());

const api = () => reg.api;

async function unit(unitNo: string, o: Record<string, unknown> = {}) {
  return api().ok('units.create', unitInput({ unitNo, status: 'ledig', ...o }));
}
async function household(ref: string) {
  return api().ok('households.create', householdInput({ ref }));
}
async function application(ref: string, registered: string, o: Record<string, unknown> = {}) {
  return api().ok('needs.create', needInput({ ref, registered, expectedYear: 2025, ...o }));
}

/**
 * 2024: homes E-1 (eid, rullestol, A lives there since 2023), E-2 (eid), E-3 (eid, rullestol),
 * F-1 (framleie, C moved out 30.06.2024), T-1 (tildelingsrett).
 * N1 (B) registered 01.02, innvilget 15.02, tildelt E-3 01.03; N2 (flyktninger, no household)
 * registered 01.04, innvilget 01.05, still waiting; N3 registered 01.06, avslått 01.07;
 * N4 from A (a tenant) registered 01.09, no decision.
 */
async function year2024() {
  const e1 = await unit('E-1', { wheelchairAccessible: true });
  const e2 = await unit('E-2');
  const e3 = await unit('E-3', { wheelchairAccessible: true });
  const f1 = await unit('F-1', {
    tenure: 'framleie',
    leaseEnd: '2026-12-31',
    ownerRentMonthly: 9000,
    bookValue: null,
  });
  await unit('T-1', { tenure: 'tildelingsrett', bookValue: null });
  const a = await household('H-A');
  const b = await household('H-B');
  const c = await household('H-C');
  await api().ok('tenancies.create', {
    householdId: a.id,
    unitId: e1.id,
    start: '2023-01-01',
    end: '2026-01-01',
    movedOut: null,
  });
  await api().ok('tenancies.create', {
    householdId: c.id,
    unitId: f1.id,
    start: '2022-06-01',
    end: '2025-06-01',
    movedOut: '2024-06-30',
  });
  const n1 = await application('N1', '2024-02-01', { targetGroup: 'barnefamilier' });
  await api().ok('needs.link', { id: n1.id, householdId: b.id, ssbGroup: null });
  await api().ok('needs.setStatus', { id: n1.id, status: 'innvilget', date: '2024-02-15' });
  await api().ok('needs.setStatus', {
    id: n1.id,
    status: 'tildelt',
    date: '2024-03-01',
    unitId: e3.id,
  });
  const n2 = await application('N2', '2024-04-01', { targetGroup: 'flyktninger' });
  await api().ok('needs.setStatus', { id: n2.id, status: 'innvilget', date: '2024-05-01' });
  const n3 = await application('N3', '2024-06-01', { targetGroup: 'rus_psykisk_helse' });
  await api().ok('needs.setStatus', { id: n3.id, status: 'avslatt', date: '2024-07-01' });
  const n4 = await application('N4', '2024-09-01', { targetGroup: 'andre' });
  await api().ok('needs.link', { id: n4.id, householdId: a.id, ssbGroup: null });
  return { e2, n2, n4 };
}

/**
 * 2025: N2 linked to D (SSB: flyktninger) and tildelt E-2 01.02; N4 trukket 01.03; new homes
 * E-4 and E-5 (eid); N5 from E registered 01.04 (SSB: psykisk lidelse), innvilget 01.05,
 * tildelt E-4 01.06.
 */
async function year2025(y24: Awaited<ReturnType<typeof year2024>>) {
  const d = await household('H-D');
  await api().ok('needs.link', { id: y24.n2.id, householdId: d.id, ssbGroup: 'flyktninger' });
  await api().ok('needs.setStatus', {
    id: y24.n2.id,
    status: 'tildelt',
    date: '2025-02-01',
    unitId: y24.e2.id,
  });
  await api().ok('needs.setStatus', { id: y24.n4.id, status: 'trukket', date: '2025-03-01' });
  const e4 = await unit('E-4');
  await unit('E-5');
  const e = await household('H-E');
  const n5 = await application('N5', '2025-04-01', { targetGroup: 'rus_psykisk_helse' });
  await api().ok('needs.link', { id: n5.id, householdId: e.id, ssbGroup: 'psykisk' });
  await api().ok('needs.setStatus', { id: n5.id, status: 'innvilget', date: '2025-05-01' });
  await api().ok('needs.setStatus', {
    id: n5.id,
    status: 'tildelt',
    date: '2025-06-01',
    unitId: e4.id,
  });
}

const byGroup = (o: Partial<Record<string, number>>) => ({
  flyktninger: 0,
  tilrettelagt: 0,
  psykisk: 0,
  rus: 0,
  rus_psykisk: 0,
  andre: 0,
  ...o,
});

describe('KOSTRA skjema 13 over two years', () => {
  it('counts 2024 by hand, needs a comment before «ferdig», and saves the report', async () => {
    await year2024();
    const r = await api().ok('kostra.get', { year: 2024 });
    expect(r.status).toBe('ny');
    // 5 homes: E-1, E-2, E-3 eid; F-1 framleie; T-1 tildelingsrett. Rullestol: E-1, E-3.
    // Let on 31.12.2024: E-1 (A) and E-3 (B from 01.03); F-1's tenant moved out 30.06.
    expect(r.figures.homes).toEqual({
      total: 5,
      owned: 3,
      leased: 1,
      allocationRight: 1,
      wheelchair: 2,
      let: 2,
    });
    // Received N1–N4 = 4; new = 4 − N4 (A already lived in E-1) = 3; granted N1, N2; refused N3.
    expect(r.figures.applications).toEqual({ received: 4, new: 3, granted: 2, refused: 1 });
    // N1 (barnefamilier → «andre») allocated; N2 granted and waiting on 31.12.
    expect(r.figures.allocated).toEqual({ total: 1, byGroup: byGroup({ andre: 1 }) });
    expect(r.figures.waiting).toBe(1);
    expect(r.lines.find((l) => l.key === 'homes.let')!.sources).toEqual(['E-1', 'E-3']);
    expect(r.lines.find((l) => l.key === 'applications.refused')!.sources).toEqual(['N3']);
    // No population yet: an ERROR; 3 homes not let while 1 household waits: an INFO.
    expect(r.checks.map((c) => [c.severity, c.code])).toEqual([
      ['ERROR', 'population'],
      ['INFO', 'vacant.waiting'],
    ]);
    const blocked = await api().call('kostra.save', {
      year: 2024,
      population: null,
      comments: {},
      finish: true,
    });
    expect(blocked.ok || blocked.error.message).toMatch(/^Skjemaet kan ikke markeres som ferdig/);
    const noComment = await api().call('kostra.save', {
      year: 2024,
      population: 10_000,
      comments: {},
      finish: true,
    });
    expect(noComment.ok || noComment.error.message).toContain('INFO uten kommentar');
    expect((await api().ok('kostra.get', { year: 2024 })).status).toBe('ny');

    const done = await api().ok('kostra.save', {
      year: 2024,
      population: 10_000,
      comments: { 'vacant.waiting': 'E-2 og T-1 er for små for familien som venter' },
      finish: true,
    });
    expect(done.status).toBe('ferdig');
    // 5 homes / 10 000 inhabitants × 1 000 = 0,5; rullestol 2/5 = 40 %; avslag 1/(2+1).
    expect(done.indicators.homesPer1000).toBeCloseTo(0.5, 10);
    expect(done.indicators.wheelchairShare).toBeCloseTo(0.4, 10);
    expect(done.indicators.refusedShare).toBeCloseTo(1 / 3, 10);
    expect(done.finishProblems).toEqual([]);
  });

  it('counts 2025 by hand against the saved 2024 report: a blocking error and jump warnings', async () => {
    const y24 = await year2024();
    await api().ok('kostra.save', {
      year: 2024,
      population: 10_000,
      comments: { 'vacant.waiting': 'For små boliger' },
      finish: true,
    });
    await year2025(y24);
    // The finished 2024 report is frozen: later changes do not alter it.
    expect((await api().ok('kostra.get', { year: 2024 })).figures.homes.total).toBe(5);

    const r = await api().ok('kostra.get', { year: 2025 });
    // 7 homes (E-4, E-5 added); let: E-1 (A), E-3 (B), E-2 (D from 01.02), E-4 (E from 01.06).
    expect(r.figures.homes).toEqual({
      total: 7,
      owned: 5,
      leased: 1,
      allocationRight: 1,
      wheelchair: 2,
      let: 4,
    });
    // Received: N5 only, new (E lived nowhere municipal); granted N5; no refusals.
    expect(r.figures.applications).toEqual({ received: 1, new: 1, granted: 1, refused: 0 });
    // Allocated: N2 (flyktninger, applied 2024) and N5 (psykisk) = 2; nobody waiting.
    expect(r.figures.allocated).toEqual({
      total: 2,
      byGroup: byGroup({ flyktninger: 1, psykisk: 1 }),
    });
    expect(r.figures.waiting).toBe(0);
    expect(r.lines.find((l) => l.key === 'homes.total')!.lastYear).toBe(5);

    const codes = r.checks.map((c) => `${c.severity} ${c.code}`);
    // 2 allocated > 1 received: blocks «ferdig».
    expect(codes).toContain('ERROR allocated.received');
    // Over 30 % from 2024: total 5 → 7 (+40 %), owned 3 → 5, let 2 → 4, received 4 → 1,
    // refused 1 → 0, allocated 1 → 2, waiting 1 → 0. Unchanged: leased, tildelingsrett, rullestol.
    expect(codes.filter((c) => c.startsWith('WARNING')).sort()).toEqual(
      [
        'WARNING jump.allocated.total',
        'WARNING jump.applications.received',
        'WARNING jump.applications.refused',
        'WARNING jump.homes.let',
        'WARNING jump.homes.owned',
        'WARNING jump.homes.total',
        'WARNING jump.waiting',
      ].sort(),
    );
    expect(r.checks.find((c) => c.code === 'jump.homes.total')!.message).toBe(
      'Boliger kommunen disponerer i alt: 7 mot 5 i 2024 (+40 %). Endringer over 30 % må forklares.',
    );
    const comments = Object.fromEntries(
      r.checks.filter((c) => c.severity === 'WARNING').map((c) => [c.code, 'Forklart']),
    );
    const refused = await api().call('kostra.save', {
      year: 2025,
      population: 10_100,
      comments,
      finish: true,
    });
    expect(refused.ok || refused.error.message).toContain('ERROR: Flere husstander tildelt bolig');
    // A draft can be saved; the comments are kept.
    const draft = await api().ok('kostra.save', {
      year: 2025,
      population: 10_100,
      comments,
      finish: false,
    });
    expect(draft.status).toBe('utkast');
    expect(draft.comments['jump.homes.total']).toBe('Forklart');
    expect(draft.finishProblems).toHaveLength(1);
  });

  it('exports the form as CSV and .xlsx in the form order, and prints it from the CLI', async () => {
    await year2024();
    await api().ok('kostra.save', { year: 2024, population: 10_000, comments: {}, finish: false });
    const csvPath = join(reg.dir, 'k.csv');
    reg.shell.saveQueue.push(csvPath);
    await api().ok('kostra.export', { year: 2024, format: 'csv' });
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFFDel;Linje;Nøkkel;Verdi;Fjorårets verdi\r\n')).toBe(true);
    const rows = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(';'));
    expect(rows.slice(0, 3).map((r) => [r[2], r[3]])).toEqual([
      ['homes.total', '5'],
      ['homes.owned', '3'],
      ['homes.leased', '1'],
    ]);
    expect(rows.find((r) => r[2] === 'indicators.homesPer1000')![3]).toBe('0,5000');
    expect(csv).not.toContain('H-A');

    const xlsxPath = join(reg.dir, 'k.xlsx');
    reg.shell.saveQueue.push(xlsxPath);
    await api().ok('kostra.export', { year: 2024, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxPath);
    const ws = wb.getWorksheet('Skjema 13')!;
    expect(ws.getRow(5).getCell(3).value).toBe('homes.total');
    expect(ws.getRow(5).getCell(4).value).toBe(5);

    reg.session.close();
    let stdout = '';
    const code = await run(['kostra', '--db', reg.path, '--year', '2024'], {
      stdout: (s) => (stdout += s),
      stderr: () => {},
    });
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown> & {
      homes: Record<string, number>;
      applications: Record<string, number>;
      allocated: { byGroup: Record<string, number> };
      checks: { severity: string; code: string }[];
    };
    expect(json.homes).toMatchObject({
      total: 5,
      owned: 3,
      leased: 1,
      allocationRight: 1,
      wheelchair: 2,
    });
    expect(json.applications).toMatchObject({ received: 4, refused: 1 });
    expect(json.allocated.byGroup.andre).toBe(1);
    expect(json.checks.map((c) => c.code)).toEqual(['vacant.waiting']);
    const usage = await run(['kostra', '--db', reg.path, '--year', 'i fjor'], {
      stdout: () => {},
      stderr: () => {},
    });
    expect(usage).toBe(2);
  });
});

describe('KOSTRA control checks', () => {
  const figures = (o: Partial<KostraFigures['homes']> = {}): KostraFigures => ({
    year: 2025,
    homes: { total: 10, owned: 6, leased: 3, allocationRight: 1, wheelchair: 4, let: 9, ...o },
    applications: { received: 5, new: 4, granted: 3, refused: 1 },
    allocated: { total: 3, byGroup: byGroup({ andre: 3 }) },
    waiting: 0,
  });

  it('finds parts that do not add up to the total (FATAL) and nothing in a consistent form', () => {
    expect(kostraChecks(figures(), 5000, null)).toEqual([]);
    // 6 + 3 + 2 = 11 ≠ 10.
    const checks = kostraChecks(figures({ allocationRight: 2 }), 5000, null);
    expect(checks.map((c) => [c.severity, c.code])).toEqual([['FATAL', 'homes.parts']]);
    expect(checks[0]!.message).toBe(
      'Eid, innleid og tildelingsrett (11) summerer ikke til boliger i alt (10).',
    );
  });

  it('warns at a change over 30 % from last year, not at exactly 30 %', () => {
    const withReceived = (received: number): KostraFigures => ({
      ...figures(),
      applications: { received, new: 4, granted: 3, refused: 1 },
    });
    const last = withReceived(10);
    // 10 → 13 is +30 %: no warning; 10 → 14 is +40 % and 10 → 6 is −40 %: a warning.
    expect(kostraChecks(withReceived(13), 5000, last)).toEqual([]);
    expect(kostraChecks(withReceived(14), 5000, last).map((c) => c.code)).toEqual([
      'jump.applications.received',
    ]);
    expect(kostraChecks(withReceived(6), 5000, last)[0]!.message).toBe(
      'Søknader mottatt: 6 mot 10 i 2025 (-40 %). Endringer over 30 % må forklares.',
    );
  });
});
