// Loan and grant maths, hand-calculated to the krone.
import { describe, expect, it } from 'vitest';
import {
  annuityPayment,
  costCoveringRent,
  costCoveringRentBreakdown,
  grantRemaining,
  loanSchedule,
  presentValue,
  roundKr,
} from '../../../main/domain/scenario';

describe('roundKr', () => {
  it('rounds half away from zero and absorbs binary noise', () => {
    expect(roundKr(2.5)).toBe(3);
    expect(roundKr(-2.5)).toBe(-3);
    expect(roundKr(2.4999)).toBe(2);
    expect(roundKr(-0.4)).toBe(0);
    expect(Object.is(roundKr(-0.4), -0)).toBe(false);
    // 1000 × 0.0045 is 4.4999999999999996 in binary; the true value is 4.5.
    expect(roundKr(1000 * 0.0045)).toBe(5);
  });
});

describe('annuity loan', () => {
  it('1 000 000 kr at 5 % over 3 years', () => {
    // payment = 1 000 000 × 0.05 / (1 − 1.05^−3) = 50 000 / (1 − 0.8638376) = 367 208.56 → 367 209
    expect(annuityPayment(1_000_000, 0.05, 3)).toBeCloseTo(367_208.5646, 3);
    const s = loanSchedule(1_000_000, 0.05, 3, 'annuity');
    expect(s).toEqual([
      // year 1: interest 1 000 000 × 5 % = 50 000; instalment 367 209 − 50 000 = 317 209;
      //         balance 1 000 000 − 317 209 = 682 791
      { year: 1, interest: 50_000, instalment: 317_209, payment: 367_209, balance: 682_791 },
      // year 2: interest 682 791 × 5 % = 34 139.55 → 34 140; instalment 367 209 − 34 140 = 333 069;
      //         balance 682 791 − 333 069 = 349 722
      { year: 2, interest: 34_140, instalment: 333_069, payment: 367_209, balance: 349_722 },
      // year 3: interest 349 722 × 5 % = 17 486.10 → 17 486; the last instalment clears the
      //         balance: 349 722; payment 367 208 (one krone of rounding comes back here)
      { year: 3, interest: 17_486, instalment: 349_722, payment: 367_208, balance: 0 },
    ]);
  });

  it('interest-free annuity is principal / years', () => {
    expect(annuityPayment(900_000, 0, 3)).toBe(300_000);
    expect(loanSchedule(900_000, 0, 3, 'annuity').map((y) => y.instalment)).toEqual([
      300_000, 300_000, 300_000,
    ]);
  });
});

describe('serial loan', () => {
  it('1 000 000 kr at 5 % over 4 years', () => {
    // instalment 1 000 000 / 4 = 250 000 a year; interest on the opening balance:
    // 1 000 000 × 5 % = 50 000; 750 000 × 5 % = 37 500; 500 000 × 5 % = 25 000; 250 000 × 5 % = 12 500
    expect(loanSchedule(1_000_000, 0.05, 4, 'serial')).toEqual([
      { year: 1, interest: 50_000, instalment: 250_000, payment: 300_000, balance: 750_000 },
      { year: 2, interest: 37_500, instalment: 250_000, payment: 287_500, balance: 500_000 },
      { year: 3, interest: 25_000, instalment: 250_000, payment: 275_000, balance: 250_000 },
      { year: 4, interest: 12_500, instalment: 250_000, payment: 262_500, balance: 0 },
    ]);
  });

  it('spreads rounding so the instalments sum to the principal', () => {
    // 100 000 / 3: roundKr(33 333.33) = 33 333; roundKr(66 666.67) − 33 333 = 33 334;
    // 100 000 − 66 667 = 33 333. Interest: 5 000; 66 667 × 5 % = 3 333.35 → 3 333;
    // 33 333 × 5 % = 1 666.65 → 1 667
    const s = loanSchedule(100_000, 0.05, 3, 'serial');
    expect(s.map((y) => y.instalment)).toEqual([33_333, 33_334, 33_333]);
    expect(s.map((y) => y.interest)).toEqual([5_000, 3_333, 1_667]);
    expect(s.map((y) => y.balance)).toEqual([66_667, 33_333, 0]);
  });
});

describe('grant written down', () => {
  it('3,3 % per completed year over 30 years, paid back on sale in year 7', () => {
    // 70 m² × 8 500 kr/m² (group «øvrige») = 595 000; after 7 completed years:
    // 595 000 × (1 − 7/30) = 595 000 × 23/30 = 456 166.67 → 456 167
    expect(grantRemaining(595_000, 7, 30)).toBe(456_167);
    // Only completed years count: 7.9 years is 7.
    expect(grantRemaining(595_000, 7.9, 30)).toBe(456_167);
    expect(grantRemaining(595_000, 0, 30)).toBe(595_000);
    expect(grantRemaining(595_000, 30, 30)).toBe(0);
    expect(grantRemaining(595_000, 45, 30)).toBe(0);
  });

  it('older grants written down over 20 years (5 % a year, like Bodø’s)', () => {
    // 500 000 × (1 − 7/20) = 500 000 × 0.65 = 325 000
    expect(grantRemaining(500_000, 7, 20)).toBe(325_000);
  });
});

describe('cost-covering rent (kostnadsdekkende husleie)', () => {
  it('10 homes of 60 m², 30 MNOK, grant 8 500 kr/m², 4 % over 30 years', () => {
    // grant: 10 × 60 m² × 8 500 = 5 100 000; financed: 30 000 000 − 5 100 000 = 24 900 000
    // annuity factor: 0.04 / (1 − 1.04^−30) = 0.04 / (1 − 0.308318668) = 0.0578300991
    // capital cost: 24 900 000 × 0.0578300991 = 1 439 969.47 a year
    // management: 10 × 8 000 = 80 000; maintenance: 600 m² × 300 = 180 000
    // total: 1 439 969.47 + 80 000 + 180 000 = 1 699 969.47 a year
    // per home per month: 1 699 969.47 / 10 / 12 = 14 166.41 → 14 166 kr
    const input = {
      cost: 30_000_000,
      grant: 5_100_000,
      interestRate: 0.04,
      loanYears: 30,
      units: 10,
      managementPerYear: 80_000,
      maintenancePerYear: 180_000,
    };
    expect(costCoveringRent(input)).toBe(14_166);
    expect(costCoveringRentBreakdown(input)).toEqual({
      financed: 24_900_000,
      capitalCostPerYear: 1_439_969,
      managementPerYear: 80_000,
      maintenancePerYear: 180_000,
      totalPerYear: 1_699_969,
      monthlyPerHome: 14_166,
    });
  });

  it('a grant larger than the cost leaves only running costs', () => {
    // (0 + 8 000 + 18 000) / 1 / 12 = 2 166.67 → 2 167
    expect(
      costCoveringRent({
        cost: 500_000,
        grant: 680_000,
        interestRate: 0.05,
        loanYears: 30,
        units: 1,
        managementPerYear: 8_000,
        maintenancePerYear: 18_000,
      }),
    ).toBe(2_167);
  });
});

describe('presentValue', () => {
  it('discounts year k by (1 + r)^k, the first year not discounted', () => {
    // 100 + 110 / 1.1 + 121 / 1.21 = 300
    expect(presentValue([100, 110, 121], 0.1)).toBeCloseTo(300, 9);
  });
});
