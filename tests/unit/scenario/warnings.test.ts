// The warnings the engine computes (issue 12.3): each fires when it should, not when it
// should not, with its code, year, action, homes and figures, and a Norwegian sentence with
// the figures in it. FLAT assumptions (no growth) unless a case says otherwise.
import { describe, expect, it } from 'vitest';
import {
  COVERAGE_DROP_POINTS,
  runPlan,
  WARNING_CODES,
  WARNING_LABEL,
  warningKey,
  type Action,
  type Issue,
  type PlanResult,
  type Scenario,
} from '../../../main/domain/scenario';
import type { RegisterSnapshot } from '../../../main/domain/scenario';
import {
  FLAT,
  household,
  need,
  purchaseAction,
  saleAction,
  scenario,
  snapshot,
  tenancy,
  unit,
} from './fixtures';

const coded = (r: PlanResult, code: string): Issue[] => r.warnings.filter((w) => w.code === code);

describe('WARNING_CODES', () => {
  it('lists every code once, each with a Norwegian label', () => {
    expect(new Set(WARNING_CODES).size).toBe(WARNING_CODES.length);
    expect(WARNING_CODES).toEqual(
      expect.arrayContaining([
        'lease-end-coverage-drop',
        'sale-of-let-home',
        'rent-below-cost-covering',
        'grant-missing',
        'loan-missing',
        'coverage-below-target',
        'grant-capped',
        'no-loan-data',
      ]),
    );
    for (const c of WARNING_CODES) expect(WARNING_LABEL[c]).toMatch(/^[A-ZÆØÅ]/);
  });
});

/**
 * A register for coverage year by year (segment 2|-|- only; everyone moves out when a contract
 * ends, so turnover is exact):
 *   2027 supply = `vacant` homes «ledig»; demand = `demand2027` applicants;
 *   2028 supply = `contractEnds` tenancies ending 30.06.2028 − `leases` framleie leases ending
 *        31.03.2028 (or `leaseEnd`); demand = `demand2028` applicants.
 */
function leaseRegister(o: {
  vacant: number;
  contractEnds: number;
  leases: number;
  demand2027: number;
  demand2028: number;
  leaseEnd?: string;
}): RegisterSnapshot {
  const units = [];
  const households = [];
  const tenancies = [];
  for (let i = 1; i <= o.vacant; i++) units.push(unit(i, { status: 'ledig' }));
  for (let i = 1; i <= o.contractEnds; i++) {
    units.push(unit(100 + i));
    households.push(household(100 + i));
    tenancies.push(tenancy(100 + i, 100 + i, 100 + i, { end: '2028-06-30' }));
  }
  // Leased homes, one household in each: when a lease ends, its household must move and
  // becomes demand («Må flytte: framleie slutter»).
  for (let i = 1; i <= o.leases; i++) {
    units.push(
      unit(200 + i, {
        tenure: 'framleie',
        leaseEnd: o.leaseEnd ?? '2028-03-31',
        ownerRentMonthly: 9_000,
      }),
    );
    households.push(household(200 + i));
    tenancies.push(tenancy(200 + i, 200 + i, 200 + i));
  }
  return snapshot({
    units,
    households,
    tenancies,
    needs: [
      need(1, { expectedYear: 2027, households: o.demand2027 }),
      need(2, { expectedYear: 2028, households: o.demand2028 }),
    ],
  });
}

const MOVE_ALL = { ...FLAT, moveOutRateAtContractEnd: 1, careerExitRate: 0, coverageTarget: 0 };
const plan = (snap: RegisterSnapshot, actions: Action[] = [], o: Partial<Scenario> = {}) =>
  runPlan(snap, scenario(actions, { assumptions: MOVE_ALL, ...o }));

describe('lease-end-coverage-drop', () => {
  it('fires when framleie leases end by their date and coverage falls 5 points or more', () => {
    // 2027: 8 vacant / 10 applicants = 80 %. 2028: 10 move-outs / (10 applicants + 4 households
    // whose lease ends) = 10 / 14 = 71,43 %. Fall: 80 − 71,43 = 8,57 points ≥ 5.
    const r = plan(
      leaseRegister({ vacant: 8, contractEnds: 10, leases: 4, demand2027: 10, demand2028: 10 }),
    );
    const coverage = r.perYear.map((y) => y.needs.total.coverage);
    expect(coverage[0]).toBe(0.8);
    expect(coverage[1]).toBeCloseTo(10 / 14, 8);
    expect(coverage.slice(2)).toEqual([null, null]);
    const [w, ...rest] = coded(r, 'lease-end-coverage-drop');
    expect(rest).toEqual([]);
    expect(w).toMatchObject({
      severity: 'warning',
      actionId: null,
      actionIndex: null,
      year: 2028,
      unitIds: [201, 202, 203, 204],
      figures: {
        year: 2028,
        previousYear: 2027,
        leases: 4,
        households: 4,
        coverageBefore: 0.8,
        coverageAfter: 0.7143,
        points: 8.6,
        thresholdPoints: COVERAGE_DROP_POINTS,
      },
      message:
        'I 2028 avsluttes 4 framleieavtaler (4 husstander må flytte), og dekningen faller fra ' +
        '80 % i 2027 til 71 %.',
    });
  });

  it('counts every lease that ends, also those of homes empty today', () => {
    // Two more leased homes, empty today: let in 2027 (supply), so when their leases end in
    // 2028 the households let in must move too. 2027: (8 + 2) / 10 = 100 %;
    // 2028: 10 move-outs / (10 applicants + 4 + 2 households) = 62,5 %.
    const base = leaseRegister({
      vacant: 8,
      contractEnds: 10,
      leases: 4,
      demand2027: 10,
      demand2028: 10,
    });
    const empty = [301, 302].map((id) =>
      unit(id, {
        tenure: 'framleie',
        status: 'ledig',
        leaseEnd: '2028-03-31',
        ownerRentMonthly: 9_000,
      }),
    );
    const r = plan({ ...base, units: [...base.units, ...empty] });
    expect(coded(r, 'lease-end-coverage-drop')).toMatchObject([
      {
        year: 2028,
        figures: { leases: 6, households: 6, coverageBefore: 1, coverageAfter: 0.625 },
        message:
          'I 2028 avsluttes 6 framleieavtaler (6 husstander må flytte), og dekningen faller fra ' +
          '100 % i 2027 til 63 %.',
      },
    ]);
  });

  it('fires at exactly 5 points, not below', () => {
    // 2028: 15 move-outs / (19 applicants + 1 household whose lease ends) = 75 %, 5 points
    // below 80 % → fires; «1 framleieavtale», «1 husstand».
    const at = plan(
      leaseRegister({ vacant: 8, contractEnds: 15, leases: 1, demand2027: 10, demand2028: 19 }),
    );
    expect(coded(at, 'lease-end-coverage-drop').map((w) => w.message)).toEqual([
      'I 2028 avsluttes 1 framleieavtale (1 husstand må flytte), og dekningen faller fra 80 % ' +
        'i 2027 til 75 %.',
    ]);
    // 16 / (19 + 1) = 80 %: no fall.
    const flat = plan(
      leaseRegister({ vacant: 8, contractEnds: 16, leases: 1, demand2027: 10, demand2028: 19 }),
    );
    expect(coded(flat, 'lease-end-coverage-drop')).toEqual([]);
    // (16 − 0.0) / 20 would be 80 %; 12 / 20 = 60 % is a fall of 20 points, but no lease ends.
    const noLease = plan(
      leaseRegister({ vacant: 8, contractEnds: 12, leases: 0, demand2027: 10, demand2028: 20 }),
    );
    expect(noLease.perYear[1]!.needs.total.coverage).toBe(0.6);
    expect(coded(noLease, 'lease-end-coverage-drop')).toEqual([]);
  });

  it('names the «avslutning» action that ends the leases, and is gone when they are renewed', () => {
    // Leases run to 2031; the action ends them from 1.1.2028: the same 80 % → 71,43 %.
    const snap = leaseRegister({
      vacant: 8,
      contractEnds: 10,
      leases: 4,
      demand2027: 10,
      demand2028: 10,
      leaseEnd: '2031-12-31',
    });
    const end: Action = {
      kind: 'framleie',
      mode: 'end',
      id: 'f1',
      year: 2028,
      unitIds: [201, 202, 203, 204],
    };
    const r = plan(snap, [end]);
    expect(coded(r, 'lease-end-coverage-drop')).toMatchObject([
      {
        actionId: 'f1',
        actionIndex: 0,
        year: 2028,
        figures: { leases: 4, households: 4, coverageBefore: 0.8, coverageAfter: 0.7143 },
      },
    ]);
    // Without the action the leases run on: nothing ends, no warning.
    expect(coded(plan(snap), 'lease-end-coverage-drop')).toEqual([]);
  });

  it('in the first year, compares with the same year without the endings', () => {
    // 2027: 8 vacant / (10 applicants + 4 households whose lease ended 1.1.2027) = 8 / 14 =
    // 57,14 %; without the endings 8 / 10 = 80 %.
    const snap = leaseRegister({
      vacant: 8,
      contractEnds: 0,
      leases: 4,
      demand2027: 10,
      demand2028: 0,
      leaseEnd: '2031-12-31',
    });
    const end: Action = {
      kind: 'framleie',
      mode: 'end',
      id: 'f1',
      year: 2027,
      unitIds: [201, 202, 203, 204],
    };
    const r = plan(snap, [end]);
    expect(r.perYear[0]!.needs.total.coverage).toBeCloseTo(8 / 14, 8);
    expect(coded(r, 'lease-end-coverage-drop')).toMatchObject([
      {
        actionId: 'f1',
        year: 2027,
        figures: {
          previousYear: null,
          leases: 4,
          households: 4,
          coverageBefore: 0.8,
          coverageAfter: 0.5714,
        },
        message:
          'I 2027 avsluttes 4 framleieavtaler (4 husstander må flytte), og dekningen blir 57 % ' +
          'i stedet for 80 %.',
      },
    ]);
  });
});

describe('sale-of-let-home', () => {
  // Home 1: two households (a shared home); home 2: one; home 3: empty; home 4: its tenant
  // has moved out.
  const snap = snapshot({
    units: [unit(1), unit(2), unit(3, { status: 'ledig' }), unit(4, { status: 'ledig' })],
    households: [household(1), household(2), household(3), household(4)],
    tenancies: [
      tenancy(1, 1, 1),
      tenancy(2, 2, 1),
      tenancy(3, 3, 2),
      tenancy(4, 4, 4, { movedOut: '2026-06-30' }),
    ],
  });

  it('counts the let homes and the households, never who they are', () => {
    const r = runPlan(snap, scenario([saleAction([1, 2, 3, 4])]));
    const [w, ...rest] = coded(r, 'sale-of-let-home');
    expect(rest).toEqual([]);
    expect(w).toMatchObject({
      actionId: 's1',
      actionIndex: 0,
      year: 2028,
      unitIds: [1, 2],
      figures: { year: 2028, homes: 2, households: 3 },
      message:
        'Tiltak 1 (Salg): i 2028 selges 2 boliger der det bor noen; 3 husstander må flytte ' +
        'og trenger et annet tilbud.',
    });
    expect(JSON.stringify(w)).not.toMatch(/H-\d/);
  });

  it('uses the singular and covers avvikling', () => {
    const r = runPlan(
      snap,
      scenario([{ kind: 'avvikling', id: 'a1', year: 2029, unitIds: [2] } as Action]),
    );
    expect(coded(r, 'sale-of-let-home')).toMatchObject([
      {
        actionId: 'a1',
        year: 2029,
        figures: { homes: 1, households: 1 },
        message:
          'Tiltak 1 (Avvikling): i 2029 avvikles 1 bolig der det bor noen; 1 husstand må flytte ' +
          'og trenger et annet tilbud.',
      },
    ]);
  });

  it('names the homes a segment sale picked', () => {
    // Lowest value first: home 1 (5 000 kr rent) is let, home 2 (20 000 kr) is empty.
    const seg = snapshot({
      units: [unit(1, { rentMonthly: 5_000 }), unit(2, { rentMonthly: 20_000, status: 'ledig' })],
      households: [household(1)],
      tenancies: [tenancy(1, 1, 1)],
    });
    const one = saleAction([], { target: { mode: 'segment', segment: '2|-|-', count: 1 } });
    const r = runPlan(seg, scenario([one]));
    expect(r.basis.actions[0]!.soldUnitIds).toEqual([1]);
    expect(coded(r, 'sale-of-let-home')).toMatchObject([
      { unitIds: [1], figures: { homes: 1, households: 1 } },
    ]);
  });

  it('does not fire for empty homes, a moved-out tenant, or leie-til-eie (the tenant buys)', () => {
    expect(coded(runPlan(snap, scenario([saleAction([3, 4])])), 'sale-of-let-home')).toEqual([]);
    const rto: Action = { kind: 'leie_til_eie', id: 'l1', unitId: 2, year: 2028, price: 2e6 };
    expect(coded(runPlan(snap, scenario([rto])), 'sale-of-let-home')).toEqual([]);
  });
});

describe('purchases and builds', () => {
  // Hand calculation (FLAT, interest 0 so the annuity is cost / years):
  //   one home: 1 200 000 kr, no grant → capital 1 200 000 / 30 = 40 000 kr a year;
  //   management 8 000; maintenance 54 m² P-ROM / 0,9 = 60 m² BRA × 300 = 18 000;
  //   (40 000 + 8 000 + 18 000) / 12 = 5 500 kr per home per month.
  const buy = (o: Partial<Parameters<typeof purchaseAction>[0]> = {}) =>
    purchaseAction({
      count: 1,
      grant: { mode: 'none' },
      loan: { share: 1, interestRate: 0, years: 30, type: 'annuity' },
      ...o,
    });

  it('rent-below-cost-covering: fires at 5 000 against 5 500 kr, not at 5 500', () => {
    const r = runPlan(snapshot(), scenario([buy({ rentMonthlyPerHome: 5_000 })]));
    expect(r.projects[0]!.costCoveringRentMonthly).toBe(5_500);
    expect(coded(r, 'rent-below-cost-covering')).toMatchObject([
      {
        actionId: 'k1',
        actionIndex: 0,
        year: 2027,
        figures: {
          year: 2027,
          homes: 1,
          plannedRentMonthly: 5_000,
          costCoveringRentMonthly: 5_500,
          differenceMonthly: 500,
        },
        message:
          'Tiltak 1 (Kjøp): planlagt husleie 5 000 kr per bolig per måned er 500 kr lavere enn ' +
          'kostnadsdekkende husleie (5 500 kr i 2027, 1 bolig).',
      },
    ]);
    const ok = runPlan(snapshot(), scenario([buy({ rentMonthlyPerHome: 5_500 })]));
    expect(coded(ok, 'rent-below-cost-covering')).toEqual([]);
  });

  it('grant-missing: fires without a grant, with the homes and cost; not with one', () => {
    const r = runPlan(snapshot(), scenario([buy({ count: 3, year: 2028 })]));
    expect(coded(r, 'grant-missing')).toMatchObject([
      {
        actionId: 'k1',
        year: 2028,
        // 3 × 1 200 000 = 3 600 000 (no price growth)
        figures: { year: 2028, homes: 3, cost: 3_600_000 },
        message:
          'Tiltak 1 (Kjøp): ingen tilskudd fra Husbanken er lagt inn for 3 boliger i 2028; ' +
          'hele kostnaden dekkes av lån og egne midler.',
      },
    ]);
    const withGrant = runPlan(
      snapshot(),
      scenario([buy({ grant: { mode: 'percent', percent: 20 } })]),
    );
    expect(coded(withGrant, 'grant-missing')).toEqual([]);
  });

  it('loan-missing: fires for loan share 0 with the own funds after grant; not with a loan', () => {
    // 2 × 1 200 000 = 2 400 000; grant 25 % = 600 000; own funds 1 800 000.
    const r = runPlan(
      snapshot(),
      scenario([purchaseAction({ loan: { share: 0 }, rentMonthlyPerHome: 20_000 })]),
    );
    expect(r.warnings.map((w) => w.code)).toEqual(['loan-missing']);
    expect(coded(r, 'loan-missing')[0]).toMatchObject({
      actionId: 'k1',
      year: 2027,
      figures: { year: 2027, homes: 2, ownFunds: 1_800_000 },
      message:
        'Tiltak 1 (Kjøp): finansiert uten lån – 1 800 000 kr etter tilskudd for 2 boliger ' +
        'føres i sin helhet i investeringsbudsjettet og dekkes av egne midler.',
    });
    // The default loan share (100 %) applies when the action has none.
    const loaned = runPlan(snapshot(), scenario([purchaseAction({ rentMonthlyPerHome: 20_000 })]));
    expect(loaned.warnings).toEqual([]);
    // The assumptions' default share 0 counts too.
    const noDefault = runPlan(
      snapshot(),
      scenario([purchaseAction({ rentMonthlyPerHome: 20_000 })], {
        assumptions: { ...FLAT, defaultLoan: { ...FLAT.defaultLoan, share: 0 } },
      }),
    );
    expect(noDefault.warnings.map((w) => w.code)).toEqual(['loan-missing']);
  });

  it('a build is judged in its completion year with all its homes', () => {
    const build: Action = {
      kind: 'bygging',
      id: 'b1',
      project: 'Elvegata',
      units: [
        { segment: '1|-|-', count: 2, areaM2PerHome: 40, rentMonthlyPerHome: 100 },
        { segment: '2|-|-', count: 3, areaM2PerHome: 54, rentMonthlyPerHome: 100 },
      ],
      totalCost: 10_000_000,
      startYear: 2027,
      completionYear: 2029,
      grant: { mode: 'none' },
      loan: { share: 0 },
    };
    const r = runPlan(snapshot(), scenario([build]));
    expect(r.warnings.map((w) => [w.code, w.year, w.figures?.homes])).toEqual([
      ['rent-below-cost-covering', 2029, 5],
      ['grant-missing', 2029, 5],
      ['loan-missing', 2029, 5],
    ]);
  });
});

describe('coverage-below-target', () => {
  // One year (2027): 8 vacant homes against 10 applicants = 80 %.
  const snap = leaseRegister({
    vacant: 8,
    contractEnds: 0,
    leases: 0,
    demand2027: 10,
    demand2028: 0,
  });
  const one = (target: number) =>
    runPlan(snap, scenario([], { years: 1, assumptions: { ...FLAT, coverageTarget: target } }));

  it('fires below the target with the homes missing', () => {
    // 90 % of 10 = 9 homes; 9 − 8 = 1 missing.
    expect(coded(one(0.9), 'coverage-below-target')).toEqual([
      {
        severity: 'warning',
        actionId: null,
        actionIndex: null,
        field: null,
        code: 'coverage-below-target',
        year: 2027,
        unitIds: [],
        figures: { year: 2027, coverage: 0.8, target: 0.9, demand: 10, supply: 8, homesMissing: 1 },
        message:
          'I 2027, planens siste år, dekkes 80 % av behovet – under målet på 90 %. ' +
          'Det trengs 1 bolig til det året for å nå målet.',
      },
    ]);
    // 100 % of 10 = 10; 10 − 8 = 2 missing.
    expect(coded(one(1), 'coverage-below-target')[0]!.message).toContain('Det trengs 2 boliger');
  });

  it('prints a decimal where whole per cent would read alike', () => {
    // 8 / 10 = 80 % against 80,4 %.
    expect(coded(one(0.804), 'coverage-below-target')[0]!.message).toContain(
      'dekkes 80,0 % av behovet – under målet på 80,4 %',
    );
  });

  it('does not fire at the target, above it, or without demand', () => {
    expect(coded(one(0.8), 'coverage-below-target')).toEqual([]);
    expect(coded(one(0.5), 'coverage-below-target')).toEqual([]);
    const none = runPlan(snapshot(), scenario([], { years: 1 }));
    expect(none.perYear[0]!.needs.total.coverage).toBeNull();
    expect(coded(none, 'coverage-below-target')).toEqual([]);
  });

  it('looks at the last year only', () => {
    // 2027 is 80 %, 2028 (10 move-outs / 10) is 100 %: no warning with a 90 % target.
    const r = runPlan(
      leaseRegister({ vacant: 8, contractEnds: 10, leases: 0, demand2027: 10, demand2028: 10 }),
      scenario([], { years: 2, assumptions: { ...MOVE_ALL, coverageTarget: 0.9 } }),
    );
    expect(r.perYear.map((y) => y.needs.total.coverage)).toEqual([0.8, 1]);
    expect(coded(r, 'coverage-below-target')).toEqual([]);
  });
});

describe('the warnings kept from before', () => {
  it('grant-capped: a rate grant above the price; not below it', () => {
    // 54 m² × 8 500 = 459 000 > 400 000.
    const r = runPlan(
      snapshot(),
      scenario([purchaseAction({ pricePerHome: 400_000, grant: { mode: 'rate' } })]),
    );
    expect(coded(r, 'grant-capped').map((w) => w.actionId)).toEqual(['k1']);
    const ok = runPlan(snapshot(), scenario([purchaseAction({ grant: { mode: 'rate' } })]));
    expect(coded(ok, 'grant-capped')).toEqual([]);
  });

  it('no-loan-data: a sold owned home without loans or grants, with its year and home', () => {
    const r = runPlan(snapshot({ units: [unit(1), unit(2)] }), scenario([saleAction([1, 2])]));
    expect(coded(r, 'no-loan-data').map((w) => [w.year, w.unitIds])).toEqual([
      [2028, [1]],
      [2028, [2]],
    ]);
    const keys = coded(r, 'no-loan-data').map(warningKey);
    expect(new Set(keys).size).toBe(2);
    const none = runPlan(snapshot({ units: [unit(1)] }), scenario([]));
    expect(coded(none, 'no-loan-data')).toEqual([]);
  });
});

describe('warningKey', () => {
  it('is code, action and year: stable when the figures change', () => {
    const w = {
      code: 'sale-of-let-home',
      actionId: 's1',
      year: 2028,
      unitIds: [1],
      message: 'a',
    };
    expect(warningKey(w)).toBe('sale-of-let-home|s1|2028|');
    expect(warningKey({ ...w, unitIds: [1, 2], message: 'b' })).toBe(warningKey(w));
    expect(warningKey({ ...w, year: 2029 })).not.toBe(warningKey(w));
    expect(
      warningKey({ code: undefined, actionId: null, message: 'Scenario, Navn: mangler' }),
    ).toBe('merknad||Scenario, Navn: mangler');
  });
});
