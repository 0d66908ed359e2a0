// The existing stock's loans and grants, projected over a plan: pure functions, whole kroner.
//
// Conventions (stated in the UI and the export):
// - A loan's balance is given at a date. Its schedule runs in calendar years from the first
//   whole year after that date (a balance at 31.12.2025 or 01.01.2026 starts in 2026), for
//   `remainingYears` years; earlier years of a plan carry no debt service for it.
// - The rate is the loan's own while it is fixed; a year that the fixed period ends in is
//   blended by months; after that (and from the start for a floating loan) the rate is the
//   plan's interest-rate assumption. An annuity's payment is recalculated over the remaining
//   years whenever the rate changes (as the lenders do); a serial loan keeps equal instalments.
// - Each home's share of a loan is a tranche of its own (the parts add up to the balance to
//   the krone), so selling a home removes exactly its share of interest and instalments.
// - A grant on record is written down per completed year from its payment date (1/writeDownYears
//   a year: 3,3 % for 30 years, 5 % for 20); on sale the part not written down is paid back.
import { roundKr, annuityPayment, type LoanType } from '../scenario/money';
import type { ExistingLoan, GrantRecord } from '../types';
import { yearFractionThrough, yearOf } from '../scenario/needs';

export interface DebtYear {
  /** Calendar year. */
  year: number;
  /** Balance at 1 January. */
  opening: number;
  interest: number;
  instalment: number;
  /** Balance at 31 December. */
  closing: number;
  rate: number;
}

/** The first calendar year of a loan's schedule: 01.01.Y → Y, any later date in Y → Y + 1. */
export function firstScheduleYear(balanceDate: string): number {
  const y = yearOf(balanceDate);
  return balanceDate.slice(5) === '01-01' ? y : y + 1;
}

/** Share of year `year` that falls on or before `iso` (by months; 31.12 → 1, 30.06 → 0.5). */
export function shareOfYearThrough(iso: string, year: number): number {
  const y = yearOf(iso);
  return y < year ? 0 : y > year ? 1 : yearFractionThrough(iso);
}

/** The loan's rate in a calendar year: its own while fixed, then the plan's. */
export function rateInYear(
  loan: Pick<ExistingLoan, 'interestRate' | 'fixedUntil'>,
  year: number,
  planRate: number,
): number {
  if (loan.fixedUntil === null) return planRate;
  const f = shareOfYearThrough(loan.fixedUntil, year);
  return f >= 1
    ? loan.interestRate
    : f <= 0
      ? planRate
      : f * loan.interestRate + (1 - f) * planRate;
}

/**
 * The yearly schedule of one principal (a loan or a home's share of it) from the loan's first
 * schedule year to its last. Interest = roundKr(opening × rate); annuity instalment =
 * roundKr(payment) − interest with the payment recalculated when the rate changes; serial
 * instalment = roundKr(P·k/n) − roundKr(P·(k−1)/n); the last year repays the rest.
 */
export function debtSchedule(
  principal: number,
  loan: Pick<ExistingLoan, 'interestRate' | 'fixedUntil' | 'balanceDate' | 'remainingYears'> & {
    repayment: LoanType;
  },
  planRate: number,
): DebtYear[] {
  const n = loan.remainingYears;
  const first = firstScheduleYear(loan.balanceDate);
  const p = roundKr(principal);
  const out: DebtYear[] = [];
  let balance = p;
  let payment = 0;
  let lastRate = NaN;
  // rateInYear, with the fixed-until date parsed once (this runs for every home's share of
  // every loan, every time a plan is calculated).
  const fixedYear = loan.fixedUntil === null ? null : yearOf(loan.fixedUntil);
  const fixedShare = loan.fixedUntil === null ? 0 : yearFractionThrough(loan.fixedUntil);
  const rateOf = (year: number) => {
    if (fixedYear === null || year > fixedYear) return planRate;
    if (year < fixedYear || fixedShare >= 1) return loan.interestRate;
    return fixedShare <= 0
      ? planRate
      : fixedShare * loan.interestRate + (1 - fixedShare) * planRate;
  };
  for (let k = 1; k <= n; k++) {
    const year = first + k - 1;
    const rate = rateOf(year);
    const interest = roundKr(balance * rate);
    let instalment: number;
    if (k === n) instalment = balance;
    else if (loan.repayment === 'annuity') {
      if (rate !== lastRate) payment = roundKr(annuityPayment(balance, rate, n - k + 1));
      instalment = Math.min(balance, Math.max(0, payment - interest));
    } else instalment = roundKr((p * k) / n) - roundKr((p * (k - 1)) / n);
    lastRate = rate;
    const opening = balance;
    balance -= instalment;
    out.push({ year, opening, interest, instalment, closing: balance, rate });
  }
  return out;
}

/**
 * Splits an amount over shares so the parts add up to the amount's share total to the krone:
 * part_i = roundKr(A·(s_1+…+s_i)) − roundKr(A·(s_1+…+s_{i−1})).
 */
export function splitByShares(amount: number, shares: readonly number[]): number[] {
  const out: number[] = [];
  let cum = 0;
  let prev = 0;
  for (const s of shares) {
    cum += s;
    const upto = roundKr(amount * Math.min(1, cum));
    out.push(upto - prev);
    prev = upto;
  }
  return out;
}

/** One home's share of one loan, with its schedule. */
export interface HomeDebt {
  loanId: number;
  loanNo: string;
  unitId: number;
  share: number;
  principal: number;
  schedule: DebtYear[];
}

/** Every home's share of every loan, scheduled under the plan's interest rate. */
export function homeDebts(loans: readonly ExistingLoan[], planRate: number): HomeDebt[] {
  const out: HomeDebt[] = [];
  for (const loan of loans) {
    const parts = splitByShares(
      loan.balance,
      loan.units.map((u) => u.share),
    );
    loan.units.forEach((u, i) => {
      const principal = parts[i]!;
      out.push({
        loanId: loan.id,
        loanNo: loan.loanNo,
        unitId: u.unitId,
        share: u.share,
        principal,
        schedule: principal > 0 ? debtSchedule(principal, loan, planRate) : [],
      });
    });
  }
  return out;
}

/** A schedule's year (undefined outside it). */
export function debtYear(schedule: readonly DebtYear[], year: number): DebtYear | undefined {
  const first = schedule[0]?.year;
  if (first === undefined) return undefined;
  return schedule[year - first];
}

/**
 * Balance at 1 January of `year` on a schedule: the principal before the schedule starts, 0
 * after it ends.
 */
export function openingBalance(
  schedule: readonly DebtYear[],
  principal: number,
  year: number,
): number {
  const first = schedule[0]?.year;
  if (first === undefined || year <= first) return first === undefined ? 0 : principal;
  const y = debtYear(schedule, year);
  return y ? y.opening : 0;
}

/** Whole years completed from `from` to `to` (ISO dates): 15.06.2019 → 01.01.2027 = 7. */
export function completedYears(from: string, to: string): number {
  let years = yearOf(to) - yearOf(from);
  if (to.slice(5) < from.slice(5)) years -= 1;
  return Math.max(0, years);
}

/**
 * The part of a grant not yet written down at `date`:
 * roundKr(amount × max(0, 1 − completed years / writeDownYears)).
 */
export function grantNotWrittenDown(
  amount: number,
  paidDate: string,
  writeDownYears: number,
  date: string,
): number {
  if (!(writeDownYears > 0)) throw new RangeError('Avskrivningstiden må være minst ett år');
  const done = completedYears(paidDate, date);
  return roundKr(amount * Math.max(0, 1 - done / writeDownYears));
}

/** One home's part of one grant on record. */
export interface HomeGrant {
  grantId: number;
  grantNo: string;
  unitId: number;
  amount: number;
  paidDate: string;
  writeDownYears: number;
}

export function homeGrants(grants: readonly GrantRecord[]): HomeGrant[] {
  const out: HomeGrant[] = [];
  for (const g of grants) {
    const parts = splitByShares(
      g.amount,
      g.units.map((u) => u.share),
    );
    g.units.forEach((u, i) => {
      out.push({
        grantId: g.id,
        grantNo: g.grantNo,
        unitId: u.unitId,
        amount: parts[i]!,
        paidDate: g.paidDate,
        writeDownYears: g.writeDownYears,
      });
    });
  }
  return out;
}

/** Totals "as of" a date: loans at the opening of that year, grants not yet written down. */
export function financeTotals(
  loans: readonly ExistingLoan[],
  grants: readonly GrantRecord[],
  date: string,
  planRate: number,
): { loans: { count: number; balance: number }; grants: { count: number; remaining: number } } {
  const year = yearOf(date);
  let balance = 0;
  for (const loan of loans) {
    const sched = debtSchedule(loan.balance, loan, planRate);
    balance += openingBalance(sched, roundKr(loan.balance), year);
  }
  let remaining = 0;
  for (const g of grants)
    remaining += grantNotWrittenDown(g.amount, g.paidDate, g.writeDownYears, date);
  return {
    loans: { count: loans.length, balance },
    grants: { count: grants.length, remaining },
  };
}
