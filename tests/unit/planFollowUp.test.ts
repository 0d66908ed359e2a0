// Planned against actual (issue 13.3): the pure comparisons with hand-counted figures, and the
// register side (adopting a plan, overlapping periods, stock events, the sample's report).
import { afterEach, describe, expect, it } from 'vitest';
import {
  applicationsInYear,
  compareCoverage,
  compareHomes,
  indicatorsByYear,
  overlapping,
  plannedByYear,
  providedWords,
  residentsOn,
  type ApplicationRecord,
} from '../../main/domain/planFollowUp';
import type { Action } from '../../main/domain/scenario';
import { openTestRegister, TODAY, unitInput } from './helpers';

const buy = (id: string, year: number, count: number): Action => ({
  kind: 'kjop',
  id,
  year,
  segment: '2|-|-',
  count,
  pricePerHome: 1_000_000,
  areaM2PerHome: 60,
  rentMonthlyPerHome: 10_000,
  grant: { mode: 'none' },
});

const actions: Action[] = [
  buy('k1', 2025, 6),
  buy('k2', 2026, 5),
  {
    kind: 'bygging',
    id: 'b1',
    project: 'P',
    units: [
      { segment: '1|R|B', count: 8, areaM2PerHome: 48, rentMonthlyPerHome: 9_000 },
      { segment: '2|-|-', count: 2, areaM2PerHome: 60, rentMonthlyPerHome: 10_000 },
    ],
    totalCost: 30_000_000,
    startYear: 2025,
    completionYear: 2026,
    grant: { mode: 'none' },
  },
  {
    kind: 'framleie',
    mode: 'lease',
    id: 'f1',
    year: 2025,
    segment: '1|-|-',
    count: 4,
    termYears: 5,
    ownerRentMonthly: 9_000,
    rentMonthly: 9_500,
  },
  { kind: 'framleie', mode: 'end', id: 'f2', year: 2026, unitIds: [3, 4] },
  {
    kind: 'framleie',
    mode: 'renew',
    id: 'f3',
    year: 2026,
    unitIds: [5],
    untilYear: 2028,
  } as Action,
  {
    kind: 'salg',
    id: 's1',
    year: 2025,
    target: { mode: 'segment', segment: '1|-|-', count: 2 },
    pricePerHome: 2_000_000,
  },
  { kind: 'salg', id: 's2', year: 2026, target: { mode: 'units', unitIds: [7] }, pricePerHome: 1 },
  { kind: 'leie_til_eie', id: 'l1', unitId: 9, year: 2026, price: 1_500_000 },
  { kind: 'avvikling', id: 'a1', unitIds: [10, 11, 12], year: 2027 },
  buy('k3', 2030, 9), // outside the period: not counted
];

describe('plannedByYear', () => {
  it('counts the homes each action adds or removes in its year', () => {
    const p = plannedByYear({ actions }, 2025, 2028);
    // 2025: kjøp 6, framleie inn 4, salg 2 (segment count).
    expect(p.get(2025)).toMatchObject({ kjop: 6, framleie_inn: 4, salg: 2, bygging: 0 });
    // 2026: kjøp 5; bygging 8 + 2 = 10 in the completion year; framleie ut 2 (units 3, 4);
    // salg 1 (unit 7); leie-til-eie 1. The renewal adds and removes nothing.
    expect(p.get(2026)).toEqual({
      kjop: 5,
      bygging: 10,
      framleie_inn: 0,
      salg: 1,
      leie_til_eie: 1,
      avvikling: 0,
      framleie_ut: 2,
    });
    // 2027: avvikling of 3 homes.
    expect(p.get(2027)!.avvikling).toBe(3);
    expect([...p.keys()]).toEqual([2025, 2026, 2027, 2028]);
  });
});

describe('compareHomes', () => {
  const events = [
    { kind: 'kjop', date: '2025-03-01' },
    { kind: 'kjop', date: '2025-09-12' },
    { kind: 'framleie_inn', date: '2025-05-01' },
    { kind: 'salg', date: '2025-12-31' },
    { kind: 'bygging', date: '2026-06-01' },
    { kind: 'kjop', date: '2024-12-31' }, // before the period
    { kind: 'framleie_ut', date: '2026-02-01' },
  ] as const;
  const c = compareHomes({ actions }, events, 2025, 2028, 2026);

  it('sets planned against recorded per year', () => {
    const [y25, y26, y27] = c.years;
    // 2025 planned added 6 + 4 = 10, actual 2 kjøp + 1 framleie inn = 3.
    expect(y25).toMatchObject({ state: 'past', plannedAdded: 10, actualAdded: 3 });
    // 2025 removed: planned salg 2, actual salg 1.
    expect(y25).toMatchObject({ plannedRemoved: 2, actualRemoved: 1 });
    // 2026 planned added 5 + 10 = 15; actual 1 bygging. Removed planned 1 + 1 + 2 = 4, actual 1.
    expect(y26).toMatchObject({ state: 'current', plannedAdded: 15, actualAdded: 1 });
    expect(y26).toMatchObject({ plannedRemoved: 4, actualRemoved: 1 });
    expect(y27).toMatchObject({ state: 'future', plannedAdded: 0, plannedRemoved: 3 });
  });

  it('totals the period and the part up to this year', () => {
    // Planned added 10 + 15 = 25 (2025–2026; nothing added 2027–2028 within the period).
    expect(c.totals).toMatchObject({ plannedAdded: 25, actualAdded: 4, plannedAddedToDate: 25 });
    // Removed: 2 + 4 + 3 = 9 planned; 1 salg + 1 framleie ut = 2 recorded.
    expect(c.totals).toMatchObject({ plannedRemoved: 9, actualRemoved: 2 });
    expect(providedWords(46, 62)).toBe('46 fremskaffet mot 62 planlagt');
    expect(providedWords(1234, 2000)).toBe('1 234 fremskaffet mot 2 000 planlagt');
  });
});

describe('coverage', () => {
  const app = (a: Partial<ApplicationRecord>): ApplicationRecord => ({
    status: 'registrert',
    registered: '2025-01-10',
    decidedOn: null,
    allocatedOn: null,
    withdrawnOn: null,
    ...a,
  });
  const apps = [
    app({ status: 'tildelt', registered: '2024-11-01', allocatedOn: '2025-02-01' }), // 2025
    app({ status: 'tildelt', registered: '2025-03-01', allocatedOn: '2026-01-15' }), // open 2025, allocated 2026
    app({ status: 'avslatt', decidedOn: '2025-02-01' }), // refused: never counted
    app({ status: 'trukket', withdrawnOn: '2025-06-01' }), // open in 2025 only
    app({ status: 'innvilget', registered: '2025-10-01' }), // open 2025 and 2026
    app({ status: 'registrert', registered: '2026-03-01' }), // open 2026
  ];

  it('counts allocations against applicants with an open application', () => {
    // 2025: open = tildelt(2025) + tildelt(2026) + trukket + innvilget = 4; allocated 1.
    expect(applicationsInYear(apps, 2025)).toEqual({ allocated: 1, applicants: 4 });
    // 2026: open = tildelt(2026) + innvilget + registrert = 3; allocated 1.
    expect(applicationsInYear(apps, 2026)).toEqual({ allocated: 1, applicants: 3 });
  });

  it('shows the plan every year and the measured coverage only for this year', () => {
    const rows = compareCoverage({
      fromYear: 2025,
      toYear: 2027,
      currentYear: 2026,
      planned: new Map([
        [2026, 0.8],
        [2027, 0.9],
      ]),
      measuredCurrent: 0.55,
      applications: apps,
    });
    expect(rows.map((r) => [r.year, r.planned, r.measured])).toEqual([
      [2025, null, null], // the plan run today starts … the engine gives what it has
      [2026, 0.8, 0.55],
      [2027, 0.9, null],
    ]);
    // 1 of 4 = 25 %; 1 of 3; the future has no share.
    expect(rows.map((r) => r.allocatedShare)).toEqual([0.25, 1 / 3, null]);
  });
});

describe('indicators per surveyed year', () => {
  it('tallies tenure, bedrooms, vacancy, condition, backlog, households and children', () => {
    const home = (year: number, o: Record<string, unknown>) => ({
      year,
      unitId: 1,
      condition: 1,
      backlog: 0,
      status: 'utleid',
      tenure: 'eid',
      bedrooms: 2,
      ...o,
    });
    const survey = [
      home(2024, { unitId: 1, condition: 0, backlog: 100_000 }),
      home(2024, { unitId: 2, status: 'ledig', tenure: 'framleie', bedrooms: 1, condition: 2 }),
      home(2025, { unitId: 1, condition: 1, backlog: 50_000 }),
      home(2025, { unitId: 2, tenure: 'framleie', bedrooms: 1, condition: 3, backlog: 25_000 }),
      home(2025, { unitId: 3, tenure: null, bedrooms: null, condition: null, status: 'ledig' }),
    ] as Parameters<typeof indicatorsByYear>[0]['survey'];
    const tenancies = [
      { householdId: 1, start: '2020-01-01', movedOut: null },
      { householdId: 2, start: '2024-06-01', movedOut: '2025-03-01' },
      { householdId: 3, start: '2025-12-31', movedOut: null },
    ];
    const households = [
      { id: 1, childAges: [3, 7] },
      { id: 2, childAges: [1] },
      { id: 3, childAges: [] },
    ];
    const out = indicatorsByYear({
      survey,
      tenancies,
      households,
      today: {
        date: '2026-11-25',
        homes: [{ condition: 2, backlog: 10, status: 'ledig', tenure: 'eid', bedrooms: 4 }],
      },
    });
    expect(out.map((y) => [y.year, y.source])).toEqual([
      [2024, 'survey'],
      [2025, 'survey'],
      [2026, 'register'],
    ]);
    const [a, b, c] = out;
    // 2024: two homes, one eid and one framleie; 1 vacant of 2 = 50 %; TG0 and TG2.
    expect(a).toMatchObject({ homes: 2, vacant: 1, vacancyRate: 0.5, backlog: 100_000 });
    expect(a!.byTenure).toEqual({ eid: 1, framleie: 1, tildelingsrett: 0, ukjent: 0 });
    expect(a!.byBedrooms).toMatchObject({ '1': 1, '2': 1, ukjent: 0 });
    expect(a!.byCondition).toEqual({ TG0: 1, TG1: 0, TG2: 1, TG3: 0, ukjent: 0 });
    // 31.12.2024: households 1 and 2 live there (2 moved out in 2025): 2 households, 3 children.
    expect(a).toMatchObject({ households: 2, children: 3 });
    // 2025: the deleted home 3 counts as «ukjent»; backlog 50 000 + 25 000 + 0 = 75 000.
    expect(b!.byTenure.ukjent).toBe(1);
    expect(b!.byCondition).toEqual({ TG0: 0, TG1: 1, TG2: 0, TG3: 1, ukjent: 1 });
    expect(b).toMatchObject({ homes: 3, vacant: 1, backlog: 75_000 });
    // 31.12.2025: household 1 and household 3 (moved in that day): 2 households, 2 children.
    expect(b).toMatchObject({ households: 2, children: 2 });
    expect(c).toMatchObject({ homes: 1, vacant: 1, vacancyRate: 1, households: 2 });
    expect(residentsOn('2019-12-31', tenancies, households)).toEqual({
      households: 0,
      children: 0,
    });
  });
});

describe('overlapping periods', () => {
  it('finds plans sharing at least one year', () => {
    const plans = [
      { id: 1, fromYear: 2024, toYear: 2027 },
      { id: 2, fromYear: 2028, toYear: 2031 },
    ];
    expect(overlapping(plans, 2027, 2028).map((p) => p.id)).toEqual([1, 2]);
    expect(overlapping(plans, 2032, 2035)).toEqual([]);
    expect(overlapping(plans, 2024, 2024, 1)).toEqual([]);
  });
});

// ---- The register -------------------------------------------------------------------------

const opened: ReturnType<typeof openTestRegister>[] = [];
afterEach(() => opened.splice(0).forEach((r) => r.close()));
const open = (sample: boolean) => {
  const r = openTestRegister({ sample });
  opened.push(r);
  return r;
};

describe('the adopted plan in the register', () => {
  it('the sample has an adopted plan, events and two surveyed years', async () => {
    const reg = open(true);
    const rep = await reg.api.ok('planFollowUp.get', {});
    const year = Number(TODAY.slice(0, 4));
    expect(rep.plan).toMatchObject({ fromYear: year - 1, toYear: year + 2 });
    // Adopted plan: 6 + 4 (last year) + 5 + 8 + 3 (this year) + 4 + 4 = 34 homes planned.
    expect(rep.homes!.totals.plannedAdded).toBe(34);
    // Events: 5 + 3 last year, 3 + 6 + 2 this year = 19 homes provided.
    expect(rep.homes!.totals.actualAdded).toBe(19);
    expect(rep.homes!.totals.actualRemoved).toBe(3);
    expect(rep.coverageProblem).toBeNull();
    const current = rep.coverage.find((c) => c.year === year)!;
    expect(current.planned).not.toBeNull();
    expect(current.measured).not.toBeNull();
    expect(rep.indicators.map((i) => [i.year, i.source])).toEqual([
      [year - 2, 'survey'],
      [year - 1, 'survey'],
      [year, 'register'],
    ]);
    expect(rep.indicators[1]!.homes).toBeGreaterThan(100);
  });

  it('refuses an overlapping period unless replaced, and records events', async () => {
    const reg = open(true);
    const list = await reg.api.ok('scenarios.list', {});
    const alt = list.find((s) => s.name.startsWith('Alternativ'))!;
    const input = {
      scenarioId: alt.id,
      fromYear: alt.startYear,
      toYear: alt.startYear + 1,
      adoptedOn: TODAY,
      reference: 'PS 12/26',
    };
    const refused = await reg.api.call('planFollowUp.adopt', input);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.issues[0]!.message).toMatch(
        /^Fra år: perioden overlapper vedtatt plan «Boligplan/,
      );
    expect((await reg.api.ok('planFollowUp.get', {})).adopted).toHaveLength(1);

    const adopted = await reg.api.ok('planFollowUp.adopt', { ...input, replace: true });
    const rep = await reg.api.ok('planFollowUp.get', {});
    expect(rep.adopted.map((p) => p.id)).toEqual([adopted.id]);
    expect(rep.plan!.scenarioName).toBe(alt.name);

    const nationalId = await reg.api.call('planFollowUp.adopt', {
      ...input,
      reference: '01017012345',
    });
    expect(nationalId.ok).toBe(false);

    const before = rep.events.length;
    const unit = await reg.api.ok('units.createWithArrival', {
      unit: unitInput({ unitNo: 'NY-1' }),
      arrival: { eventKind: 'kjop', date: TODAY, note: '' },
    });
    await reg.api.ok('stockEvents.create', {
      unitId: null,
      unitNo: 'GML-9',
      eventKind: 'salg',
      date: TODAY,
      note: 'Solgt på det åpne markedet',
    });
    await reg.api.ok('units.deleteWithReason', {
      id: unit.id,
      reason: { eventKind: 'avvikling', date: TODAY, note: '' },
    });
    const after = await reg.api.ok('planFollowUp.get', {});
    expect(after.events.length).toBe(before + 3);
    // The deleted home's events keep its number.
    expect(after.events.filter((e) => e.unitNo === 'NY-1').map((e) => [e.kind, e.unitId])).toEqual([
      ['avvikling', null],
      ['kjop', null],
    ]);
    const bad = await reg.api.call('stockEvents.create', {
      unitId: null,
      unitNo: '',
      eventKind: 'kjop',
      date: '2026-13-01',
      note: '',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues.map((i) => i.field).sort()).toEqual(['date', 'unitNo']);
    expect((await reg.api.ok('planFollowUp.get', {})).events.length).toBe(before + 3);
  });

  it('an empty register has no plan and shows the register as it is', async () => {
    const reg = open(false);
    const rep = await reg.api.ok('planFollowUp.get', {});
    expect(rep.plan).toBeNull();
    expect(rep.homes).toBeNull();
    expect(rep.indicators).toHaveLength(1);
  });
});
