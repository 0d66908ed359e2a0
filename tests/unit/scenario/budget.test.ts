// The net sums (and the engine's rounded line sums, through LINE_SIGN) must follow the sign
// lists the report, export and tables read (INVESTMENT_FINANCING, OPERATING_INCOME); the
// written-out line builders must give every line its own value.
import { describe, expect, it } from 'vitest';
import {
  INVESTMENT_FINANCING,
  INVESTMENT_LINES,
  investmentLines,
  netInvestment,
  netOperatingCost,
  OPERATING_INCOME,
  OPERATING_LINES,
  operatingLines,
} from '../../../main/domain/scenario/budget';

describe('net sums', () => {
  it('subtract exactly the financing lines from the investment lines', () => {
    for (const line of INVESTMENT_LINES) {
      const one = investmentLines((k) => (k === line ? 1000 : 0));
      expect(netInvestment(one), line).toBe(INVESTMENT_FINANCING.includes(line) ? -1000 : 1000);
    }
  });

  it('subtract exactly the income lines from the operating lines', () => {
    for (const line of OPERATING_LINES) {
      const one = operatingLines((k) => (k === line ? 1000 : 0));
      expect(netOperatingCost(one), line).toBe(OPERATING_INCOME.includes(line) ? -1000 : 1000);
    }
  });

  it('give every line its own value', () => {
    // 8 investment lines and 9 operating lines, each read once under its own name.
    const inv = investmentLines((k) => INVESTMENT_LINES.indexOf(k) + 1);
    expect(Object.keys(inv)).toEqual([...INVESTMENT_LINES]);
    expect(Object.values(inv)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // 1 + 2 + 3 + 4 + 5 − 6 − 7 − 8 = −6
    expect(netInvestment(inv)).toBe(-6);
    const op = operatingLines((k) => OPERATING_LINES.indexOf(k) + 1);
    expect(Object.keys(op)).toEqual([...OPERATING_LINES]);
    // −1 + 2 + 3 + … + 9 = 44 − 1 = 43
    expect(netOperatingCost(op)).toBe(43);
  });
});
