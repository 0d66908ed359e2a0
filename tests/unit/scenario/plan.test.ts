// runPlan: budgets per year and per action, stock and gaps, hand-calculated to the krone.
// All cases use FLAT assumptions (no growth): management 8 000 kr/home, maintenance 300 kr/m²,
// vacancy 3 %, discount rate 4 %.
import { describe, expect, it } from 'vitest';
import {
  baselineScenario,
  presentValue,
  runPlan,
  ScenarioValidationError,
  type Action,
  type PlanResult,
} from '../../../main/domain/scenario';
import { FLAT, household, need, scenario, snapshot, tenancy, unit } from './fixtures';

const line = (r: PlanResult, id: string, year: number) =>
  r.byAction.find((a) => a.actionId === id)!.perYear[year - r.startYear]!;

describe('existing stock', () => {
  const snap = snapshot({
    units: [
      unit(1),
      unit(2, { status: 'ledig' }),
      unit(3, {
        tenure: 'framleie',
        leaseEnd: '2028-06-30',
        ownerRentMonthly: 9_000,
      }),
    ],
  });
  const r = runPlan(snap, scenario([]));

  it('earns rent, pays owner rent, maintenance and management', () => {
    // 2027: rent 3 × 10 000 × 12 = 360 000; vacancy 3 % = 10 800; owner rent 9 000 × 12 = 108 000
    //       maintenance (owned only) 2 × 60 m² × 300 = 36 000; management 3 × 8 000 = 24 000
    expect(line(r, 'register', 2027).operating).toEqual({
      rentIncome: 360_000,
      vacancyLoss: 10_800,
      framleieRentPaid: 108_000,
      operationMaintenance: 36_000,
      management: 24_000,
      interest: 0,
      instalments: 0,
      existingInterest: 0,
      existingInstalments: 0,
    });
    // 2028: the lease ends 30.06 → half a year: rent 240 000 + 60 000 = 300 000;
    //       vacancy 9 000; owner rent 54 000; management 16 000 + 4 000 = 20 000
    expect(line(r, 'register', 2028).operating).toMatchObject({
      rentIncome: 300_000,
      vacancyLoss: 9_000,
      framleieRentPaid: 54_000,
      management: 20_000,
    });
    // net 2027: 10 800 + 108 000 + 36 000 + 24 000 − 360 000 = −181 200 (a surplus)
    expect(r.perYear[0]!.netOperatingCost).toBe(-181_200);
    expect(r.perYear[0]!.netCost).toBe(-181_200);
  });

  it('counts the stock at 31 December', () => {
    expect(r.perYear.map((y) => y.stock.total)).toEqual([3, 2, 2, 2]);
    expect(r.perYear[0]!.stock.byTenure).toEqual({ eid: 2, framleie: 1, tildelingsrett: 0 });
    expect(r.perYear[0]!.stock.bySegment['2|-|-']).toEqual({
      eid: 2,
      framleie: 1,
      tildelingsrett: 0,
    });
  });

  it('exposes the register quantities behind the budget (what the Excel export multiplies)', () => {
    // Monthly rent in use, monthly owner rent, m² owned, homes — year shares; the lease of
    // home 3 ends 30.06.2028 (half a year).
    expect(r.basis.register).toEqual({
      rent: [30_000, 25_000, 20_000, 20_000],
      ownerRent: [9_000, 4_500, 0, 0],
      area: [120, 120, 120, 120],
      homes: [3, 2.5, 2, 2],
    });
    // rent income = rent × 12 × rent factor (1 here): 30 000 × 12 = 360 000
    expect(line(r, 'register', 2027).operating.rentIncome).toBe(r.basis.register.rent[0]! * 12);
    expect(r.basis.actions).toEqual([]);
  });

  it('the baseline is the scenario without actions, named «Ingen tiltak»', () => {
    const b = baselineScenario(scenario([]));
    expect(b.name).toBe('Ingen tiltak');
    expect(runPlan(snap, b).perYear).toEqual(r.perYear);
  });
});

describe('purchase with a grant, sold in year 7', () => {
  const snap = snapshot({ units: [unit(1)] });
  const actions: Action[] = [
    {
      kind: 'kjop',
      id: 'k1',
      year: 2027,
      segment: '3|-|-',
      count: 1,
      pricePerHome: 3_000_000,
      areaM2PerHome: 70,
      rentMonthlyPerHome: 12_000,
      grant: { mode: 'rate' }, // group «øvrige»: 8 500 kr/m², max 80 m²
      loan: { type: 'serial', interestRate: 0.04, years: 30, share: 1 },
    },
    {
      kind: 'salg',
      id: 's1',
      year: 2034,
      target: { mode: 'action', actionId: 'k1', count: 1 },
      pricePerHome: 3_200_000,
    },
  ];
  const r = runPlan(snap, scenario(actions, { years: 10 }));

  it('books the purchase, the grant and the loan in the purchase year', () => {
    // grant 70 × 8 500 = 595 000; loan 3 000 000 − 595 000 = 2 405 000 (share 1)
    const k = line(r, 'k1', 2027);
    expect(k.investment).toMatchObject({
      purchases: 3_000_000,
      grants: 595_000,
      newLoans: 2_405_000,
    });
    expect(k.netInvestment).toBe(0);
    // rent 144 000; vacancy 4 320; maintenance on BRA: 70 m² P-ROM / 0,9 = 77,78 m² BRA
    // × 300 = 23 333.33 → 23 333; management 8 000;
    // interest 2 405 000 × 4 % = 96 200; instalment 2 405 000 / 30 = 80 166.67 → 80 167
    expect(k.operating).toEqual({
      rentIncome: 144_000,
      vacancyLoss: 4_320,
      framleieRentPaid: 0,
      operationMaintenance: 23_333,
      management: 8_000,
      interest: 96_200,
      instalments: 80_167,
      existingInterest: 0,
      existingInstalments: 0,
    });
    // 4 320 + 23 333 + 8 000 + 96 200 + 80 167 − 144 000 = 68 020
    expect(k.netOperatingCost).toBe(68_020);
    expect(r.perYear[0]!.loanBalance).toBe(2_324_833);
  });

  it('pays back the grant not written down and repays the loan on sale', () => {
    // Completed years 2027 → 2034: 7. Grant left: 595 000 × 23/30 = 456 166.67 → 456 167.
    // Loan balance after 7 instalments: 2 405 000 − roundKr(2 405 000 × 7/30) = 1 843 833.
    const s = line(r, 's1', 2034);
    expect(s.investment).toEqual({
      purchases: 0,
      building: 0,
      rehabilitation: 0,
      grantRepaid: 456_167,
      loanRepaidOnSale: 1_843_833,
      salesIncome: 3_200_000,
      grants: 0,
      newLoans: 0,
    });
    // 456 167 + 1 843 833 − 3 200 000 = −900 000
    expect(s.netInvestment).toBe(-900_000);
    // The sale removes the home's rent and costs and the loan's 2034 interest
    // (1 843 833 × 4 % = 73 753.32 → 73 753) and instalment (641 333 − 561 167 = 80 166).
    expect(s.operating).toEqual({
      rentIncome: -144_000,
      vacancyLoss: -4_320,
      framleieRentPaid: 0,
      operationMaintenance: -23_333,
      management: -8_000,
      interest: -73_753,
      instalments: -80_166,
      existingInterest: 0,
      existingInstalments: 0,
    });
    expect(r.perYear[6]!.loanBalance).toBe(1_843_833);
    expect(r.perYear[7]!.loanBalance).toBe(0);
    expect(r.perYear[8]!.operating.interest).toBe(0);
  });

  it('moves the stock and the supply', () => {
    expect(r.perYear.map((y) => y.stock.bySegment['3|-|-'].eid)).toEqual([
      1, 1, 1, 1, 1, 1, 1, 0, 0, 0,
    ]);
    expect(r.perYear[0]!.needs.segments['3|-|-'].supply.added.value).toBe(1);
    expect(r.perYear[0]!.needs.segments['3|-|-'].supply.added.sources.actionIds).toEqual(['k1']);
    // The home sold in 2034 was let: its household needs another home that year (demand),
    // supply never goes negative.
    expect(r.perYear[7]!.needs.segments['3|-|-'].demand.homeRemoved.value).toBe(1);
    expect(r.perYear[7]!.needs.segments['3|-|-'].demand.homeRemoved.sources.actionIds).toEqual([
      's1',
    ]);
    expect(r.perYear[7]!.needs.segments['3|-|-'].supplyTotal).toBe(0);
  });

  it('totals are sums of the rounded lines, and the NPV discounts the net cost', () => {
    for (const y of r.perYear) {
      const i = y.year - 2027;
      const sum = r.byAction.reduce((s, a) => s + a.perYear[i]!.netCost, 0);
      expect(y.netCost).toBe(sum);
      expect(y.netCost).toBe(y.netInvestment + y.netOperatingCost);
    }
    const pv = presentValue(
      r.perYear.map((y) => y.netCost),
      0.04,
    );
    expect(r.npv).toBe(Math.round(pv));
    expect(r.total.investment.salesIncome).toBe(3_200_000);
  });

  it('reports the cost-covering rent of the purchase', () => {
    // 2 405 000 × 0.04 / (1 − 1.04^−30) = 139 081.39; + 8 000 + 70 / 0,9 × 300 (23 333.33)
    // = 170 414.72; / 12 = 14 201.23 → 14 201
    expect(r.projects).toHaveLength(1);
    expect(r.projects[0]).toMatchObject({
      actionId: 'k1',
      grant: 595_000,
      costCoveringRentMonthly: 14_201,
      plannedRentMonthly: 12_000,
    });
  });
});

describe('two sales from one purchase in the same year', () => {
  // 10 homes bought in 2027 for 1 000 000 each, no grant, serial loan 10 years at 5 %, share 1:
  // principal 10 000 000, instalment 1 000 000 a year. Balance after 2027: 9 000 000; after
  // 2028: 8 000 000. In 2029 s1 sells 2 homes and s2 sells 3 homes (listed in that order).
  const actions: Action[] = [
    {
      kind: 'kjop',
      id: 'k1',
      year: 2027,
      segment: '2|-|-',
      count: 10,
      pricePerHome: 1_000_000,
      areaM2PerHome: 60,
      rentMonthlyPerHome: 10_000,
      grant: { mode: 'none' },
      loan: { type: 'serial', interestRate: 0.05, years: 10, share: 1 },
    },
    {
      kind: 'salg',
      id: 's1',
      year: 2029,
      target: { mode: 'action', actionId: 'k1', count: 2 },
      pricePerHome: 1_100_000,
    },
    {
      kind: 'salg',
      id: 's2',
      year: 2029,
      target: { mode: 'action', actionId: 'k1', count: 3 },
      pricePerHome: 1_100_000,
    },
  ];
  const r = runPlan(snapshot(), scenario(actions));

  it('the second sale starts from the balance after the first sale', () => {
    // s1: opening 8 000 000 × 2/10 = 1 600 000 repaid; 6 400 000 left over the 8 remaining
    // years: interest 2029 6 400 000 × 5 % = 320 000, instalment 6 400 000 / 8 = 800 000.
    // Its lines are the change from the original 2029 (interest 400 000, instalment 1 000 000).
    const s1 = line(r, 's1', 2029);
    expect(s1.investment.loanRepaidOnSale).toBe(1_600_000);
    expect(s1.investment.salesIncome).toBe(2_200_000);
    expect(s1.operating.interest).toBe(320_000 - 400_000);
    expect(s1.operating.instalments).toBe(800_000 - 1_000_000);
    // s2: opening 6 400 000 (not 8 000 000) × 3 of the 8 homes left = 2 400 000 repaid;
    // 4 000 000 left over 8 years: interest 200 000, instalment 500 000 (changes from s1's).
    const s2 = line(r, 's2', 2029);
    expect(s2.investment.loanRepaidOnSale).toBe(2_400_000);
    expect(s2.investment.salesIncome).toBe(3_300_000);
    expect(s2.operating.interest).toBe(200_000 - 320_000);
    expect(s2.operating.instalments).toBe(500_000 - 800_000);
    expect(line(r, 's2', 2030).operating).toMatchObject({
      // 2030: 3 500 000 × 5 % = 175 000 instead of 6 400 000 − 800 000 = 5 600 000 × 5 % = 280 000
      interest: 175_000 - 280_000,
      instalments: 500_000 - 800_000,
    });
  });

  it('equals selling the 5 homes at once', () => {
    // 8 000 000 × 5/10 = 4 000 000 repaid; 4 000 000 left: 3 500 000 after 2029, 3 000 000
    // after 2030; interest 2029 200 000, 2030 175 000; instalments 500 000 a year.
    expect(r.perYear.map((y) => y.loanBalance)).toEqual([
      9_000_000, 8_000_000, 3_500_000, 3_000_000,
    ]);
    expect(r.perYear[2]!.investment.loanRepaidOnSale).toBe(4_000_000);
    expect(r.perYear.map((y) => y.operating.interest)).toEqual([
      500_000, 450_000, 200_000, 175_000,
    ]);
    expect(r.perYear.map((y) => y.operating.instalments)).toEqual([
      1_000_000, 1_000_000, 500_000, 500_000,
    ]);
    const once = runPlan(
      snapshot(),
      scenario([
        actions[0]!,
        {
          ...(actions[1] as Action & { kind: 'salg' }),
          target: { mode: 'action', actionId: 'k1', count: 5 },
        },
      ]),
    );
    expect(r.perYear.map((y) => y.loanBalance)).toEqual(once.perYear.map((y) => y.loanBalance));
    expect(r.perYear.map((y) => y.netCost)).toEqual(once.perYear.map((y) => y.netCost));
  });
});

describe('framleie', () => {
  const snap = snapshot({
    units: [unit(3, { tenure: 'framleie', leaseEnd: '2028-06-30', ownerRentMonthly: 9_000 })],
  });

  it('a new lease: 2 homes from 2028 for 3 years', () => {
    const r = runPlan(
      snap,
      scenario(
        [
          {
            kind: 'framleie',
            mode: 'lease',
            id: 'f1',
            year: 2028,
            segment: '2|-|-',
            count: 2,
            termYears: 3,
            ownerRentMonthly: 12_000,
            rentMonthly: 11_000,
          },
        ],
        { years: 5 },
      ),
    );
    // rent 2 × 11 000 × 12 = 264 000; vacancy 3 % = 7 920; owner 2 × 12 000 × 12 = 288 000;
    // management 2 × 8 000 = 16 000; net 288 000 + 16 000 + 7 920 − 264 000 = 47 920
    for (const year of [2028, 2029, 2030]) {
      const l = line(r, 'f1', year);
      expect(l.operating).toMatchObject({
        rentIncome: 264_000,
        vacancyLoss: 7_920,
        framleieRentPaid: 288_000,
        management: 16_000,
        operationMaintenance: 0,
      });
      expect(l.netOperatingCost).toBe(47_920);
    }
    expect(line(r, 'f1', 2027).netCost).toBe(0);
    expect(line(r, 'f1', 2031).netCost).toBe(0);
    expect(r.perYear.map((y) => y.stock.byTenure.framleie)).toEqual([1, 2, 2, 2, 0]);
    const seg = (i: number) => r.perYear[i]!.needs.segments['2|-|-'];
    expect(seg(1).supply.added.value).toBe(2);
    // The lease ends after 2030: the two households living there need homes in 2031.
    expect(seg(4).demand.leaseEnding.value).toBe(2);
    expect(seg(4).demand.leaseEnding.sources.actionIds).toEqual(['f1']);
    expect(seg(4).supplyTotal).toBe(0);
  });

  it('renewing a lease keeps the home and its costs', () => {
    const r = runPlan(
      snap,
      scenario(
        [
          {
            kind: 'framleie',
            mode: 'renew',
            id: 'r1',
            unitIds: [3],
            untilYear: 2030,
            ownerRentMonthly: 9_500,
          },
        ],
        { years: 5 },
      ),
    );
    // 2028: the other half year: rent 60 000, vacancy 1 800, management 4 000;
    // owner rent 12 × (0.5 × 9 000 + 0.5 × 9 500) − 12 × 9 000 × 0.5 = 111 000 − 54 000 = 57 000
    expect(line(r, 'r1', 2028).operating).toMatchObject({
      rentIncome: 60_000,
      vacancyLoss: 1_800,
      framleieRentPaid: 57_000,
      management: 4_000,
    });
    // 2029–2030: rent 120 000, owner rent 9 500 × 12 = 114 000, management 8 000
    expect(line(r, 'r1', 2029).operating).toMatchObject({
      rentIncome: 120_000,
      framleieRentPaid: 114_000,
      management: 8_000,
    });
    expect(line(r, 'r1', 2031).netCost).toBe(0);
    expect(r.perYear.map((y) => y.stock.total)).toEqual([1, 1, 1, 1, 0]);
    // The renewed lease ends after 2030: the household living there (not in the register's
    // tenancies, so of the home's size) needs a home in 2031.
    const ending = r.perYear.map((y) => y.needs.segments['2|-|-'].demand.leaseEnding.value);
    expect(ending).toEqual([0, 0, 0, 0, 1]);
    expect(r.perYear[4]!.needs.segments['2|-|-'].demand.leaseEnding.sources.actionIds).toEqual([
      'r1',
    ]);
  });

  it('ending a lease early removes the home and its costs from that year', () => {
    const long = snapshot({
      units: [unit(3, { tenure: 'framleie', leaseEnd: '2035-12-31', ownerRentMonthly: 9_000 })],
    });
    const r = runPlan(
      long,
      scenario([{ kind: 'framleie', mode: 'end', id: 'e1', unitIds: [3], year: 2029 }]),
    );
    expect(line(r, 'e1', 2028).netCost).toBe(0);
    // The home's net cost was owner 108 000 + management 8 000 + vacancy 3 600 − rent 120 000
    // = −400 a year (a small surplus); ending the lease removes it: +400.
    expect(line(r, 'e1', 2029).operating).toMatchObject({
      rentIncome: -120_000,
      framleieRentPaid: -108_000,
      management: -8_000,
      vacancyLoss: -3_600,
    });
    expect(line(r, 'e1', 2029).netCost).toBe(400);
    expect(r.perYear.map((y) => y.stock.total)).toEqual([1, 1, 0, 0]);
  });
});

describe('building project', () => {
  const r = runPlan(
    snapshot(),
    scenario([
      {
        kind: 'bygging',
        id: 'b1',
        project: 'Sentrumstunet',
        units: [{ segment: '2|-|-', count: 10, areaM2PerHome: 60, rentMonthlyPerHome: 13_000 }],
        totalCost: 30_000_000,
        startYear: 2027,
        completionYear: 2028,
        grant: { mode: 'rate', krPerM2: 8_500 },
        loan: { interestRate: 0.04, years: 30, type: 'annuity', share: 1 },
      },
    ]),
  );

  it('spreads the cost, draws loans as it is spent and gets the grant on completion', () => {
    // 30 000 000 over 2 years = 15 000 000 a year; grant 10 × 60 × 8 500 = 5 100 000 in 2028;
    // loans: (30 000 000 − 5 100 000) × 15/30 = 12 450 000 each year
    expect(line(r, 'b1', 2027).investment).toMatchObject({
      building: 15_000_000,
      grants: 0,
      newLoans: 12_450_000,
    });
    expect(line(r, 'b1', 2028).investment).toMatchObject({
      building: 15_000_000,
      grants: 5_100_000,
      newLoans: 12_450_000,
    });
    // own funds: 2 550 000 in 2027, −2 550 000 in 2028 (the grant arrives)
    expect(line(r, 'b1', 2027).netInvestment).toBe(2_550_000);
    expect(line(r, 'b1', 2028).netInvestment).toBe(-2_550_000);
    // interest 2027: 12 450 000 × 4 % = 498 000
    expect(line(r, 'b1', 2027).operating.interest).toBe(498_000);
    expect(line(r, 'b1', 2027).operating.rentIncome).toBe(0);
    // from 2028: rent 10 × 13 000 × 12 = 1 560 000
    expect(line(r, 'b1', 2028).operating.rentIncome).toBe(1_560_000);
    expect(r.perYear.map((y) => y.stock.total)).toEqual([0, 10, 10, 10]);
  });

  it('reports the cost-covering rent (Bodø’s method)', () => {
    // (24 900 000 × 0.0578300991 + 80 000 + 600 m² P-ROM / 0,9 × 300 (200 000)) / 10 / 12
    // = 14 333.08 → 14 333
    expect(r.projects[0]).toMatchObject({
      actionId: 'b1',
      title: 'Tiltak 1 (Bygging «Sentrumstunet»)',
      units: 10,
      cost: 30_000_000,
      grant: 5_100_000,
      costCoveringRentMonthly: 14_333,
      plannedRentMonthly: 13_000,
    });
  });
});

describe('rehabilitation, leie-til-eie, decommissioning and segment sales', () => {
  const snap = snapshot({
    units: [
      unit(1, { bedrooms: 2, rooms: 3, areaM2: 60 }),
      unit(2),
      unit(3, { rentMonthly: 6_000, maintenanceBacklog: 400_000 }),
      unit(4, { status: 'til_salgs' }),
      unit(5, { status: 'ute_av_drift' }),
    ],
    households: [household(1, { adults: 2, couple: true, childAges: [4, 12] })],
    tenancies: [tenancy(1, 1, 1)],
  });

  it('takes a home out of use while it is rehabilitated', () => {
    const r = runPlan(
      snap,
      scenario([
        {
          kind: 'rehabilitering',
          id: 'r1',
          unitIds: [2],
          fromYear: 2028,
          toYear: 2029,
          cost: 600_000,
          newCondition: 0,
          loan: { share: 0 },
        },
      ]),
    );
    // 600 000 over 2 years; no loan; rent 10 000 × 12 = 120 000 lost, vacancy 3 600 saved
    expect(line(r, 'r1', 2028).investment.rehabilitation).toBe(300_000);
    expect(line(r, 'r1', 2028).investment.newLoans).toBe(0);
    expect(line(r, 'r1', 2028).operating).toMatchObject({
      rentIncome: -120_000,
      vacancyLoss: -3_600,
    });
    expect(line(r, 'r1', 2030).netCost).toBe(0);
    // units 4 (til salgs) and 5 (ute av drift) are out of use all along; unit 2 in 2028–2029
    expect(r.perYear.map((y) => y.stock.outOfUse)).toEqual([2, 3, 3, 2]);
    expect(r.perYear.map((y) => y.stock.total)).toEqual([5, 5, 5, 5]);
    // Its household must move out in 2028 (demand), the home is back as supply in 2030.
    const c = r.perYear.map((y) => y.needs.segments['2|-|-']);
    expect(c[1]!.demand.homeRemoved.value).toBe(1);
    expect(c[1]!.demand.homeRemoved.sources.unitIds).toEqual([2]);
    expect(c[3]!.supply.added.value).toBe(1);
  });

  it('brings a home back into use after rehabilitation', () => {
    const r = runPlan(
      snap,
      scenario([
        {
          kind: 'rehabilitering',
          id: 'r1',
          unitIds: [5],
          fromYear: 2027,
          toYear: 2027,
          cost: 200_000,
          newCondition: 1,
          loan: { share: 0 },
        },
      ]),
    );
    expect(line(r, 'r1', 2028).operating.rentIncome).toBe(120_000);
    // units 4 (til salgs) and 5 are out of use in 2027; unit 5 is back from 2028
    expect(r.perYear.map((y) => y.stock.outOfUse)).toEqual([2, 1, 1, 1]);
  });

  it('leie-til-eie: the home leaves the stock and the household leaves the figures', () => {
    const base = runPlan(snap, scenario([]));
    // The crowded family in unit 1 must move (demand '3|-|-', released '2|-|-').
    expect(base.perYear[0]!.needs.segments['3|-|-'].demand.mustMove.value).toBe(1);
    const r = runPlan(
      snap,
      scenario([{ kind: 'leie_til_eie', id: 'l1', unitId: 1, year: 2028, price: 2_000_000 }]),
    );
    expect(r.perYear[0]!.needs.segments['3|-|-'].demand.mustMove.value).toBe(0);
    expect(r.perYear[0]!.needs.segments['2|-|-'].supply.released.value).toBe(0);
    // The buyer stays: no supply change in 2028.
    expect(r.perYear[1]!.needs.segments['2|-|-'].demand.homeRemoved.value).toBe(0);
    expect(r.perYear[1]!.needs.segments['3|-|-'].demand.homeRemoved.value).toBe(0);
    expect(line(r, 'l1', 2028).investment.salesIncome).toBe(2_000_000);
    expect(r.perYear.map((y) => y.stock.total)).toEqual([5, 4, 4, 4]);
  });

  it('a segment sale picks homes marked for sale first, then the lowest value', () => {
    const r = runPlan(
      snap,
      scenario([
        {
          kind: 'salg',
          id: 's1',
          year: 2027,
          target: { mode: 'segment', segment: '2|-|-', count: 2 },
          pricePerHome: 2_500_000,
        },
      ]),
    );
    // Unit 4 is «til salgs»; unit 3 has the lowest value (low rent, large backlog).
    // Unit 3 was let (no tenancy on record: one household of the home's size must move);
    // unit 4 is not in use: nobody moves.
    const removed = r.perYear[0]!.needs.segments['2|-|-'].demand.homeRemoved;
    expect(removed.value).toBe(1);
    expect(removed.sources.unitIds.sort()).toEqual([3]);
    expect(r.perYear[0]!.stock.total).toBe(3);
    expect(line(r, 's1', 2027).investment.salesIncome).toBe(5_000_000);
    // The lost rent is unit 3's (6 000 × 12 = 72 000); unit 4 earned none.
    expect(line(r, 's1', 2027).operating.rentIncome).toBe(-72_000);
    // The homes picked, in the engine's order, and the change in the register's quantities.
    expect(r.basis.actions).toEqual([
      {
        actionId: 's1',
        soldUnitIds: [4, 3],
        unitIds: [4, 3],
        delta: {
          rent: [-6_000, -6_000, -6_000, -6_000],
          ownerRent: [0, 0, 0, 0],
          area: [-120, -120, -120, -120],
          homes: [-2, -2, -2, -2],
        },
        // No loans or grants in this register: nothing repaid (each sale warns, see below).
        debt: {
          loanRepaid: [0, 0, 0, 0],
          grantRepaid: [0, 0, 0, 0],
          interest: [0, 0, 0, 0],
          instalments: [0, 0, 0, 0],
        },
      },
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-loan-data', 'no-loan-data']);
  });

  it('decommissioning removes the home from its year', () => {
    const r = runPlan(snap, scenario([{ kind: 'avvikling', id: 'a1', unitIds: [2], year: 2029 }]));
    expect(r.perYear.map((y) => y.stock.total)).toEqual([5, 5, 4, 4]);
    expect(line(r, 'a1', 2029).operating.operationMaintenance).toBe(-18_000);
  });

  it('throws with every error for an invalid scenario', () => {
    const bad = scenario([
      {
        kind: 'kjop',
        id: 'k1',
        year: 2040,
        segment: '2|-|-',
        count: 1,
        pricePerHome: -1,
        areaM2PerHome: 60,
        rentMonthlyPerHome: 10_000,
        grant: { mode: 'none' },
      },
    ]);
    expect(() => runPlan(snap, bad)).toThrow(ScenarioValidationError);
    try {
      runPlan(snap, bad);
    } catch (e) {
      expect((e as ScenarioValidationError).issues.map((i) => i.message)).toEqual([
        'Tiltak 1 (Kjøp), År: 2040 er utenfor planperioden 2027–2030',
        'Tiltak 1 (Kjøp), Pris: kan ikke være negativ',
      ]);
    }
  });

  it('returns warnings with the plan', () => {
    const r = runPlan(
      snap,
      scenario([{ kind: 'leie_til_eie', id: 'l1', unitId: 2, year: 2028, price: 1 }], {
        assumptions: FLAT,
      }),
    );
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Tiltak 1 (Leie-til-eie), Bolig: bolig B-002 har ingen leietaker',
      'Tiltak 1 (Leie-til-eie), Bolig: registeret har verken lån eller tilskudd for bolig ' +
        'B-002; salget er beregnet uten innfrielse av lån og uten tilbakebetaling av tilskudd',
    ]);
  });
});

describe('selling a let home', () => {
  // Home 1 (2 bedrooms) is let to household 1, one adult: it needs a 0–1-bedroom home ('1|-|-').
  // Two applicants wait for a '1|-|-' home from 2028 (one need of 2 households); a purchase adds
  // one '1|-|-' home in 2028. No contract end dates: no turnover.
  const snap = snapshot({
    units: [unit(1, { bedrooms: 2 }), unit(2, { bedrooms: 1, rooms: 2, areaM2: 40 })],
    households: [household(1), household(2)],
    tenancies: [tenancy(1, 1, 1), tenancy(2, 2, 2)],
    needs: [need(1, { bedrooms: 1, households: 2, expectedYear: 2028 })],
  });
  const purchase: Action = {
    kind: 'kjop',
    id: 'k1',
    year: 2028,
    segment: '1|-|-',
    count: 1,
    pricePerHome: 2_000_000,
    areaM2PerHome: 40,
    rentMonthlyPerHome: 8_000,
    grant: { mode: 'none' },
  };
  const sale: Action = {
    kind: 'salg',
    id: 's1',
    year: 2028,
    target: { mode: 'units', unitIds: [1] },
    pricePerHome: 3_000_000,
  };
  const without = runPlan(snap, scenario([purchase]));
  const withSale = runPlan(snap, scenario([purchase, sale]));
  const c = (r: PlanResult) => r.perYear[1]!.needs.segments['1|-|-'];

  it('makes its households demand in the sale year, in their own segment', () => {
    // Without the sale, 2028 '1|-|-': demand 2 (waiting), supply 1 (bought) → coverage 1/2 = 50 %.
    expect([c(without).demandTotal, c(without).supplyTotal, c(without).coverage]).toEqual([
      2, 1, 0.5,
    ]);
    // With it: household 1 must move → demand 2 + 1 = 3, supply 1 → coverage 1/3 ≈ 33,3 %.
    const d = c(withSale).demand.homeRemoved;
    expect(d.value).toBe(1);
    expect(d.sources).toEqual({ unitIds: [1], householdIds: [1], needIds: [], actionIds: ['s1'] });
    expect(c(withSale).demandTotal).toBe(3);
    expect(c(withSale).coverage).toBeCloseTo(1 / 3, 9);
    // The whole year: demand 3, supply 1; gap 1 − 3 = −2 (was −1).
    expect(withSale.perYear[1]!.needs.total.gap).toBe(-2);
    expect(without.perYear[1]!.needs.total.gap).toBe(-1);
    // The sold home's own segment loses nothing from supply (nothing negative there).
    expect(withSale.perYear[1]!.needs.segments['2|-|-'].supplyTotal).toBe(0);
    // Other years are unchanged.
    expect(withSale.perYear[0]!.needs).toEqual(without.perYear[0]!.needs);
  });

  it('the baseline sale-free run has no one displaced', () => {
    const base = runPlan(snap, baselineScenario(scenario([purchase, sale])));
    for (const y of base.perYear) {
      for (const s of Object.values(y.needs.segments)) expect(s.demand.homeRemoved.value).toBe(0);
    }
  });
});
