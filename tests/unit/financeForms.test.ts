// The loan/grant forms' conversion of what the planner typed, a home's part of a loan or
// grant, and the household form's children's genders: hand-worked cases.
import { describe, expect, it } from 'vitest';
import { loanFields } from '../../main/contract/finance';
import { equalShares, homePart } from '../../main/domain/finance/homeShare';
import { writeDownLabel } from '../../main/domain/labels';
import {
  EMPTY_LOAN,
  grantInput,
  loanInput,
  shareSumPercent,
} from '../../renderer/src/forms/financeDraft';
import {
  EMPTY_HOUSEHOLD,
  householdInput,
  typedAges,
} from '../../renderer/src/forms/householdDraft';

describe('the loan form', () => {
  const typed = {
    ...EMPTY_LOAN,
    loanNo: 'KBN-1',
    balance: '1 250 000',
    balanceDate: '2025-12-31',
    interestRate: '4,5',
    rateKind: 'fast' as const,
    fixedUntil: '2028-06-30',
    remainingYears: '20',
    units: [
      { unitId: 1, unitNo: 'B-001', share: '50' },
      { unitId: 2, unitNo: 'B-002', share: '50' },
    ],
  };

  it('reads Norwegian numbers and turns per cent into fractions', () => {
    const { input, issues } = loanInput(typed);
    expect(issues).toEqual([]);
    expect(input).toMatchObject({
      balance: 1_250_000,
      interestRate: 0.045,
      fixedUntil: '2028-06-30',
      remainingYears: 20,
      units: [
        { unitId: 1, share: 0.5 },
        { unitId: 2, share: 0.5 },
      ],
    });
    expect(loanFields.safeParse(input).success).toBe(true);
  });

  it('sends a floating rate as no fixed date, and names a field that is no number', () => {
    const { input, issues } = loanInput({ ...typed, rateKind: 'flytende', interestRate: 'fire' });
    expect(input.fixedUntil).toBeNull();
    expect(issues).toEqual([{ field: 'interestRate', message: 'Rente: «fire» er ikke et tall' }]);
  });

  it('shows the live sum of the shares: 50 + 30 = 80 %', () => {
    expect(
      shareSumPercent([
        { unitId: 1, unitNo: 'B-001', share: '50' },
        { unitId: 2, unitNo: 'B-002', share: '30' },
      ]),
    ).toBe(80);
    // The API refuses it, naming the field.
    const { input } = loanInput({
      ...typed,
      units: [
        { unitId: 1, unitNo: 'B-001', share: '50' },
        { unitId: 2, unitNo: 'B-002', share: '30' },
      ],
    });
    const r = loanFields.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('andelene må til sammen være 100 % (nå 80 %)');
  });

  it('reads a grant: «450 000» kr written down over 20 years', () => {
    const { input, issues } = grantInput({
      grantNo: 'TS-1',
      amount: '450 000',
      paidDate: '2010-05-01',
      writeDownYears: '20',
      note: '',
      units: [{ unitId: 3, unitNo: 'B-003', share: '100' }],
    });
    expect(issues).toEqual([]);
    expect(input).toMatchObject({
      amount: 450_000,
      writeDownYears: 20,
      units: [{ unitId: 3, share: 1 }],
    });
    expect(writeDownLabel(30)).toBe('3,3 % per år (30 år)');
    expect(writeDownLabel(20)).toBe('5 % per år (20 år)');
  });
});

describe("a home's part", () => {
  it('splits to the krone as the plan does: 1 000 001 kr over 50/50 → 500 001 + 500 000', () => {
    // roundKr(1 000 001 × 0.5) = 500 001 (half up); the second part is the rest, 500 000.
    const units = [
      { unitId: 7, share: 0.5 },
      { unitId: 9, share: 0.5 },
    ];
    expect(homePart(1_000_001, units, 7)).toBe(500_001);
    expect(homePart(1_000_001, units, 9)).toBe(500_000);
    expect(homePart(1_000_001, units, 8)).toBe(0);
  });

  it('spreads equal shares that add up to exactly 1', () => {
    expect(equalShares(2)).toEqual([0.5, 0.5]);
    const three = equalShares(3);
    expect(three).toEqual([0.333333, 0.333333, 1 - 0.666666]);
    expect(three.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });
});

describe("the household form's children", () => {
  it('keeps one gender per child, in the order of the ages; none recorded sends none', () => {
    expect(typedAges('3, 11; 14')).toEqual([3, 11, 14]);
    expect(typedAges('3, elleve')).toEqual([]);
    const base = { ...EMPTY_HOUSEHOLD, ref: 'H-1', childAges: '3, 11, 14' };
    expect(
      householdInput({ ...base, childGenders: ['', 'jente', 'jente'] }).input.childGenders,
    ).toEqual([null, 'jente', 'jente']);
    // A child removed from the ages drops its gender; all «Ikke oppgitt» sends an empty list.
    expect(
      householdInput({ ...base, childAges: '3, 11', childGenders: ['gutt', '', 'jente'] }).input
        .childGenders,
    ).toEqual(['gutt', null]);
    expect(householdInput({ ...base, childGenders: ['', '', ''] }).input.childGenders).toEqual([]);
  });
});
