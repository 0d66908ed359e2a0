// Issue 10: the existing stock's loans and grants in the plan, and the money rules a finance
// officer checks. Every figure is calculated by hand in the comments.
import { describe, expect, it } from 'vitest';
import {
  runPlan,
  unitValues,
  validateScenario,
  type Action,
  type PlanResult,
} from '../../../main/domain/scenario';
import {
  completedYears,
  debtSchedule,
  grantNotWrittenDown,
  splitByShares,
} from '../../../main/domain/finance/existingDebt';
import type { ExistingLoan, GrantRecord } from '../../../main/domain/types';
import { FLAT, household, scenario, snapshot, tenancy, unit } from './fixtures';

const line = (r: PlanResult, id: string, year: number) =>
  r.byAction.find((a) => a.actionId === id)!.perYear[year - r.startYear]!;

function loan(o: Partial<ExistingLoan>): ExistingLoan {
  return {
    id: 1,
    lender: 'husbanken',
    loanNo: 'HB-1',
    balance: 1_000_000,
    balanceDate: '2026-12-31',
    interestRate: 0.04,
    fixedUntil: null,
    repayment: 'serial',
    remainingYears: 10,
    note: '',
    units: [{ unitId: 1, share: 1 }],
    ...o,
  };
}

function grant(o: Partial<GrantRecord>): GrantRecord {
  return {
    id: 1,
    grantNo: 'T-1',
    amount: 400_000,
    paidDate: '2019-06-15',
    writeDownYears: 20,
    note: '',
    units: [{ unitId: 1, share: 1 }],
    ...o,
  };
}

// The plan's interest rate (5 %) applies when a fixed period has ended.
const A = { ...FLAT, interestRate: 0.05 };

describe('existing loans in the baseline', () => {
  it('a serial loan: equal instalments, the rate follows the plan after the fixed period', () => {
    // 1 200 000 at 31.12.2026, 10 years left, 4 % fixed through 31.12.2028, then 5 %.
    // Instalment 1 200 000 / 10 = 120 000 a year.
    // 2027: 1 200 000 × 4 % = 48 000   2028: 1 080 000 × 4 % = 43 200
    // 2029: 960 000 × 5 % = 48 000     2030: 840 000 × 5 % = 42 000
    const snap = snapshot({
      units: [unit(1)],
      loans: [loan({ balance: 1_200_000, fixedUntil: '2028-12-31' })],
    });
    const r = runPlan(snap, scenario([], { assumptions: A }));
    const reg = r.byAction[0]!.perYear;
    expect(reg.map((y) => y.operating.existingInterest)).toEqual([48_000, 43_200, 48_000, 42_000]);
    expect(reg.map((y) => y.operating.existingInstalments)).toEqual([
      120_000, 120_000, 120_000, 120_000,
    ]);
    expect(r.perYear.map((y) => y.existingLoanBalance)).toEqual([
      1_080_000, 960_000, 840_000, 720_000,
    ]);
    // The debt service is a cost: net operating cost 2027 = FLAT's register home
    // (vacancy 3 600 + maintenance 18 000 + management 8 000 − rent 120 000 = −90 400)
    // + 48 000 + 120 000 = 77 600.
    expect(r.perYear[0]!.netOperatingCost).toBe(77_600);
  });

  it('an annuity loan: the payment is recalculated when the fixed rate ends', () => {
    // 1 000 000 at 31.12.2026, 20 years, 4 % fixed through 31.12.2027, then 5 %.
    // 2027: payment 1 000 000 × 0,04 / (1 − 1,04^−20) = 73 581,75 → 73 582;
    //       interest 40 000; instalment 33 582; balance 966 418.
    // 2028: payment 966 418 × 0,05 / (1 − 1,05^−19) = 79 966,27 → 79 966;
    //       interest 48 320,9 → 48 321; instalment 31 645; balance 934 773.
    // 2029: interest 934 773 × 5 % = 46 738,65 → 46 739; instalment 33 227; balance 901 546.
    // 2030: interest 45 077,3 → 45 077; instalment 34 889; balance 866 657.
    const snap = snapshot({
      units: [unit(1)],
      loans: [loan({ repayment: 'annuity', remainingYears: 20, fixedUntil: '2027-12-31' })],
    });
    const r = runPlan(snap, scenario([], { assumptions: A }));
    const reg = r.byAction[0]!.perYear;
    expect(reg.map((y) => y.operating.existingInterest)).toEqual([40_000, 48_321, 46_739, 45_077]);
    expect(reg.map((y) => y.operating.existingInstalments)).toEqual([
      33_582, 31_645, 33_227, 34_889,
    ]);
    expect(r.perYear.map((y) => y.existingLoanBalance)).toEqual([
      966_418, 934_773, 901_546, 866_657,
    ]);
  });

  it('a floating loan follows the plan rate; a balance dated before the plan is projected', () => {
    // 1 000 000 at 31.12.2025, serial, 10 years, floating → 5 % from the start. 2026 (before
    // the plan) repays 100 000, so 2027 opens at 900 000: interest 45 000.
    const snap = snapshot({
      units: [unit(1)],
      loans: [loan({ balanceDate: '2025-12-31' })],
    });
    const r = runPlan(snap, scenario([], { assumptions: A }));
    expect(line(r, 'register', 2027).operating.existingInterest).toBe(45_000);
    expect(r.perYear[0]!.existingLoanBalance).toBe(800_000);
  });

  it('splits a loan over homes so the parts add up to the krone', () => {
    // 1 000 001 × ⅓ = 333 333,67 → 333 334; × ⅔ = 666 667,33 → 666 667 − 333 334 = 333 333;
    // × 1 = 1 000 001 − 666 667 = 333 334.
    expect(splitByShares(1_000_001, [1 / 3, 1 / 3, 1 / 3])).toEqual([333_334, 333_333, 333_334]);
  });

  it('has no negative balance and repays the whole loan over its term', () => {
    const s = debtSchedule(
      1_234_567,
      { ...loan({}), repayment: 'annuity', remainingYears: 7, fixedUntil: '2029-06-30' },
      0.06,
    );
    expect(s).toHaveLength(7);
    expect(s.reduce((a, y) => a + y.instalment, 0)).toBe(1_234_567);
    expect(s.every((y) => y.closing >= 0)).toBe(true);
    expect(s[6]!.closing).toBe(0);
    // 2029 is half fixed (through 30.06): 0,5 × 4 % + 0,5 × 6 % = 5 %.
    expect(s[2]!.rate).toBeCloseTo(0.05, 12);
  });
});

describe('selling a home with half a loan', () => {
  // Homes 1 and 2 share a 2 000 000 serial loan 50/50 (10 years, 4 % fixed through 2040):
  // each half 1 000 000, instalment 100 000 a year.
  // Debt service of both halves: 2027: 80 000 + 200 000 = 280 000; 2028: 72 000 + 200 000 =
  // 272 000; 2029: 64 000 + 200 000 = 264 000; 2030: 56 000 + 200 000 = 256 000.
  // Home 1 sold in 2029 (on 1 January): its half's balance then is 1 000 000 − 2 × 100 000 =
  // 800 000, repaid; its half's 2029 interest (32 000) and instalment (100 000) and 2030's
  // (28 000 + 100 000) disappear. Debt service 2029 = 132 000, 2030 = 128 000: exactly half.
  const snap = snapshot({
    units: [unit(1), unit(2)],
    loans: [
      loan({
        balance: 2_000_000,
        fixedUntil: '2040-12-31',
        units: [
          { unitId: 1, share: 0.5 },
          { unitId: 2, share: 0.5 },
        ],
      }),
    ],
  });
  const sale: Action = {
    kind: 'salg',
    id: 's1',
    year: 2029,
    target: { mode: 'units', unitIds: [1] },
    pricePerHome: 2_500_000,
  };
  const debtService = (r: PlanResult) =>
    r.perYear.map((y) => y.operating.existingInterest + y.operating.existingInstalments);

  it('repays the half and removes exactly that half from the sale year', () => {
    const base = runPlan(snap, scenario([], { assumptions: A }));
    const r = runPlan(snap, scenario([sale], { assumptions: A }));
    expect(debtService(base)).toEqual([280_000, 272_000, 264_000, 256_000]);
    expect(debtService(r)).toEqual([280_000, 272_000, 132_000, 128_000]);
    expect(line(r, 's1', 2029).investment.loanRepaidOnSale).toBe(800_000);
    expect(line(r, 's1', 2029).operating.existingInterest).toBe(-32_000);
    expect(line(r, 's1', 2029).operating.existingInstalments).toBe(-100_000);
    // Balances at 31.12: 2029: 700 000 (home 2's half), 2030: 600 000.
    expect(r.perYear.map((y) => y.existingLoanBalance)).toEqual([
      1_800_000, 1_600_000, 700_000, 600_000,
    ]);
  });

  it('keeps the loan when the planner says so', () => {
    const r = runPlan(snap, scenario([{ ...sale, keepLoan: true }], { assumptions: A }));
    expect(debtService(r)).toEqual([280_000, 272_000, 264_000, 256_000]);
    expect(line(r, 's1', 2029).investment.loanRepaidOnSale).toBe(0);
  });

  it('winding a home up repays its share too', () => {
    const r = runPlan(
      snap,
      scenario([{ kind: 'avvikling', id: 'a1', unitIds: [1], year: 2029 }], { assumptions: A }),
    );
    expect(debtService(r)).toEqual([280_000, 272_000, 132_000, 128_000]);
    expect(line(r, 'a1', 2029).investment.loanRepaidOnSale).toBe(800_000);
  });
});

describe('grants on record paid back on sale', () => {
  it('claws back a 5 % grant paid in mid-2019 for a sale in 2027', () => {
    // Paid 15.06.2019; the sale is on 01.01.2027: completed years 7 (15.06.2026 is the 7th).
    // Written down 7 × 5 % = 35 %; paid back 400 000 × 65 % = 260 000.
    expect(completedYears('2019-06-15', '2027-01-01')).toBe(7);
    expect(grantNotWrittenDown(400_000, '2019-06-15', 20, '2027-01-01')).toBe(260_000);
    const snap = snapshot({ units: [unit(1)], grants: [grant({})] });
    const r = runPlan(
      snap,
      scenario(
        [
          {
            kind: 'salg',
            id: 's1',
            year: 2027,
            target: { mode: 'units', unitIds: [1] },
            pricePerHome: 2_000_000,
          },
        ],
        { assumptions: A },
      ),
    );
    expect(line(r, 's1', 2027).investment.grantRepaid).toBe(260_000);
    // A grant paid on 1 January 2019 has 8 completed years: 400 000 × 12/20 = 240 000.
    expect(grantNotWrittenDown(400_000, '2019-01-01', 20, '2027-01-01')).toBe(240_000);
    // Today's grants (30 years, 3,3 %): 680 000 paid 01.03.2024, sold 2030: 5 completed years
    // (01.03.2029) → 680 000 × 25/30 = 566 666,67 → 566 667.
    expect(grantNotWrittenDown(680_000, '2024-03-01', 30, '2030-01-01')).toBe(566_667);
  });

  it('warns when a sold home has neither loan nor grant on record', () => {
    const r = runPlan(
      snapshot({ units: [unit(1)] }),
      scenario([
        {
          kind: 'salg',
          id: 's1',
          year: 2027,
          target: { mode: 'units', unitIds: [1] },
          pricePerHome: 2_000_000,
        },
      ]),
    );
    expect(r.warnings.map((w) => w.code)).toEqual(['no-loan-data']);
    const withGrant = runPlan(
      snapshot({ units: [unit(1)], grants: [grant({})] }),
      scenario([
        {
          kind: 'salg',
          id: 's1',
          year: 2027,
          target: { mode: 'units', unitIds: [1] },
          pricePerHome: 2_000_000,
        },
      ]),
    );
    expect(withGrant.warnings).toEqual([]);
  });
});

describe('grants are never more than the cost', () => {
  const purchase = (price: number, area: number): Action => ({
    kind: 'kjop',
    id: 'k1',
    year: 2027,
    segment: '2|-|-',
    count: 1,
    pricePerHome: price,
    areaM2PerHome: area,
    rentMonthlyPerHome: 10_000,
    grant: { mode: 'rate' }, // «øvrige»: 8 500 kr/m², at most 80 m²
    loan: { share: 1, interestRate: 0.04, years: 30, type: 'serial' },
  });

  it('caps a grant above the price, with a warning, and refuses it in the form', () => {
    // 80 m² × 8 500 = 680 000 > 400 000: the grant is 400 000 and the loan 0.
    const s = scenario([purchase(400_000, 80)]);
    const r = runPlan(snapshot(), s);
    expect(line(r, 'k1', 2027).investment).toMatchObject({
      purchases: 400_000,
      grants: 400_000,
      newLoans: 0,
    });
    expect(line(r, 'k1', 2027).netInvestment).toBe(0);
    expect(r.warnings.map((w) => w.code)).toEqual(['grant-capped']);
    const saving = validateScenario(s, snapshot(), { forSaving: true });
    expect(saving.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      'Tiltak 1 (Kjøp), Tilskudd: 680 000 kr er mer enn prisen per bolig (400 000 kr); ' +
        'tilskuddet kan ikke være høyere enn godkjent kostnad',
    ]);
  });

  it('a price of 0 gets no grant and books no income', () => {
    const r = runPlan(snapshot(), scenario([purchase(0, 70)]));
    expect(line(r, 'k1', 2027).investment.grants).toBe(0);
    expect(line(r, 'k1', 2027).netInvestment).toBe(0);
  });

  it('a home larger than the grant’s area cap gets the grant for 80 m²', () => {
    // 100 m² P-ROM → 80 × 8 500 = 680 000; loan 3 000 000 − 680 000 = 2 320 000.
    const r = runPlan(snapshot(), scenario([purchase(3_000_000, 100)]));
    expect(line(r, 'k1', 2027).investment).toMatchObject({
      grants: 680_000,
      newLoans: 2_320_000,
    });
  });

  it('caps a building project’s grant at its cost and shares the cap over the homes', () => {
    // 10 homes × 80 m² × 8 500 = 6 800 000 > cost 5 000 000 (one year, no price growth):
    // grant 5 000 000, loan 0; a later sale of 2 homes pays back 2/10 of 5 000 000 less the
    // write-down: completed years 2027 → 2029 = 2 → 1 000 000 × 28/30 = 933 333,33 → 933 333.
    const r = runPlan(
      snapshot(),
      scenario([
        {
          kind: 'bygging',
          id: 'b1',
          project: 'Lite prosjekt',
          units: [{ segment: '2|-|-', count: 10, areaM2PerHome: 80, rentMonthlyPerHome: 9_000 }],
          totalCost: 5_000_000,
          startYear: 2027,
          completionYear: 2027,
          grant: { mode: 'rate' },
        },
        {
          kind: 'salg',
          id: 's1',
          year: 2029,
          target: { mode: 'action', actionId: 'b1', count: 2 },
          pricePerHome: 1_000_000,
        },
      ]),
    );
    expect(line(r, 'b1', 2027).investment).toMatchObject({ grants: 5_000_000, newLoans: 0 });
    expect(line(r, 's1', 2029).investment.grantRepaid).toBe(933_333);
  });
});

describe('growth, maintenance and contracts', () => {
  it('inflates maintenance and management by a hand-calculated cost index', () => {
    // costGrowth 3 %: index 2029 = 1,03² = 1,0609. Maintenance 60 m² BRA × 300 × 1,0609 =
    // 19 096,2 → 19 096; management 8 000 × 1,0609 = 8 487,2 → 8 487.
    const r = runPlan(
      snapshot({ units: [unit(1)] }),
      scenario([], { assumptions: { ...FLAT, costGrowth: 0.03 } }),
    );
    expect(line(r, 'register', 2029).operating.operationMaintenance).toBe(19_096);
    expect(line(r, 'register', 2029).operating.management).toBe(8_487);
  });

  it('counts an overdue contract as ending in the first year, keeping its own cycle', () => {
    // Ended 30.06.2025 (overdue): ends in 2027 (first year), 30 % move: 0,3. Renewed on its
    // own 3-year cycle: 2028 (2025 + 3): 0,7 × 0,3 = 0,21; then 2031. Not 2027 and 2030.
    const r = runPlan(
      snapshot({
        units: [unit(1)],
        households: [household(1)],
        tenancies: [tenancy(1, 1, 1, { end: '2025-06-30' })],
      }),
      scenario([], { assumptions: { ...FLAT, careerExitRate: 0 } }),
    );
    expect(r.perYear.map((y) => y.needs.total.supply)).toEqual([0.3, 0.21, 0, 0]);
  });
});

describe('per-home value', () => {
  it('uses the scenario’s NPV convention and subtracts the home’s capital cost', () => {
    // FLAT, discount 4 %: R = 10 000 × 12 × 0,97 = 116 400; C = 60 × 300 + 8 000 = 26 000;
    // net 90 400 a year for 30 years from 2027, 2027 undiscounted:
    // factor Σ_{k=0..29} 1,04^−k = 17,983714632691 → PV 1 625 727,80 → 1 625 728.
    // Loan: 300 000 serial over 3 years at 5 % (floating = the plan rate):
    // 2027: 15 000 + 100 000; 2028: 10 000 + 100 000; 2029: 5 000 + 100 000;
    // PV = 115 000 + 110 000 / 1,04 + 105 000 / 1,04² = 115 000 + 105 769,23 + 97 078,40
    //    = 317 847,63 → 317 848. Value 1 625 727,80 − 317 847,63 = 1 307 880,17 → 1 307 880.
    // Cost-covering rent 2027: (115 000 + 26 000) / 12 = 11 750.
    const snap = snapshot({
      units: [unit(1)],
      loans: [loan({ balance: 300_000, remainingYears: 3 })],
    });
    const [v] = unitValues(snap, { ...FLAT, interestRate: 0.05 });
    expect(v).toMatchObject({
      presentValue: 1_625_728,
      loanBalance: 300_000,
      capitalCostFirstYear: 115_000,
      capitalCostPresentValue: 317_848,
      npv: 1_307_880,
      costCoveringRentMonthly: 11_750,
    });
    // A home without a loan has no capital cost: exactly 0 (not −0, which shows as «-0»).
    const [free] = unitValues(snapshot({ units: [unit(1)] }), FLAT);
    expect(Object.is(free!.capitalCostFirstYear, 0)).toBe(true);
    expect(free!.loanBalance).toBe(0);
  });
});
