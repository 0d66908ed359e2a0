// Money and loan maths: pure functions with hand-checkable results.
// Money results are whole kroner; rates are fractions (0.045 = 4,5 %).

/**
 * Rounds to whole kroner, half away from zero (2.5 → 3, −2.5 → −3).
 * A relative nudge of 1e-12 absorbs binary noise such as 1000 × 0.0045 = 4.4999999999999996.
 */
export function roundKr(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`Ugyldig beløp: ${x}`);
  const abs = Math.abs(x);
  const r = Math.round(abs * (1 + 1e-12));
  return x < 0 && r !== 0 ? -r : r;
}

/**
 * The constant yearly payment (interest + instalment) on an annuity loan, not rounded:
 * principal × rate / (1 − (1 + rate)^−years); principal / years when the rate is 0.
 */
export function annuityPayment(principal: number, rate: number, years: number): number {
  if (!(years > 0)) throw new RangeError('Løpetiden må være minst ett år');
  if (rate === 0) return principal / years;
  return (principal * rate) / (1 - Math.pow(1 + rate, -years));
}

export const LOAN_TYPES = ['annuity', 'serial'] as const;
export type LoanType = (typeof LOAN_TYPES)[number];

/** One year of a loan's repayment plan, whole kroner. */
export interface LoanYear {
  /** Loan year, 1 = the first year (the year the loan is drawn). */
  year: number;
  interest: number;
  instalment: number;
  /** interest + instalment */
  payment: number;
  /** Balance after this year's instalment. */
  balance: number;
}

/**
 * Yearly repayment plan in whole kroner. The principal is rounded to kroner first; each year:
 * interest = roundKr(opening balance × rate);
 * annuity: instalment = roundKr(annuityPayment) − interest;
 * serial: instalment = roundKr(P·k/n) − roundKr(P·(k−1)/n) (equal instalments, rounding spread);
 * the last year's instalment is the remaining balance, so the instalments sum to the principal.
 */
export function loanSchedule(
  principal: number,
  rate: number,
  years: number,
  type: LoanType,
): LoanYear[] {
  const n = Math.round(years);
  if (n < 1) throw new RangeError('Løpetiden må være minst ett år');
  const p = roundKr(principal);
  const payment = type === 'annuity' ? roundKr(annuityPayment(p, rate, n)) : 0;
  const out: LoanYear[] = [];
  let balance = p;
  for (let k = 1; k <= n; k++) {
    const interest = roundKr(balance * rate);
    let instalment: number;
    if (k === n) instalment = balance;
    else if (type === 'annuity') instalment = Math.min(balance, Math.max(0, payment - interest));
    else instalment = roundKr((p * k) / n) - roundKr((p * (k - 1)) / n);
    balance -= instalment;
    out.push({ year: k, interest, instalment, payment: interest + instalment, balance });
  }
  return out;
}

/**
 * The part of a Husbanken grant not yet written down, which is paid back on sale (forskrift § 11):
 * roundKr(grant × max(0, 1 − completedYears / writeDownYears)). Only completed years count
 * (a fraction of a year is floored). Today's grants: 30 years (3,3 % a year); older ones 20 (5 %).
 */
export function grantRemaining(
  grant: number,
  completedYears: number,
  writeDownYears: number,
): number {
  if (!(writeDownYears > 0)) throw new RangeError('Avskrivningstiden må være minst ett år');
  const done = Math.max(0, Math.floor(completedYears));
  return roundKr(grant * Math.max(0, 1 - done / writeDownYears));
}

export interface CostCoveringRentInput {
  /** Total investment (purchase or build cost), kroner. */
  cost: number;
  /** Investment grant (tilskudd), kroner. */
  grant: number;
  /** Loan interest rate, e.g. 0.045. */
  interestRate: number;
  /** Loan term in years. */
  loanYears: number;
  /** Number of homes in the project. */
  units: number;
  /** Management/administration for the whole project, kroner per year. */
  managementPerYear: number;
  /** Operation and maintenance for the whole project, kroner per year. */
  maintenancePerYear: number;
}

export interface CostCoveringRentBreakdown {
  /** cost − grant (never below 0). */
  financed: number;
  /** Annuity payment on the financed part, kroner per year (rounded for display). */
  capitalCostPerYear: number;
  managementPerYear: number;
  maintenancePerYear: number;
  /** Sum of the three, kroner per year (rounded for display). */
  totalPerYear: number;
  /** Kostnadsdekkende husleie per home per month, whole kroner. */
  monthlyPerHome: number;
}

/**
 * Kostnadsdekkende husleie (NKF; Bodø's BBL project, 001 L1008–L1013: the build cost less the
 * Husbanken grant, as a loan, broken down to a monthly rent):
 *   (annuityPayment(cost − grant, interestRate, loanYears) + management + maintenance)
 *     / units / 12, rounded to whole kroner (from the unrounded yearly sum).
 */
export function costCoveringRentBreakdown(input: CostCoveringRentInput): CostCoveringRentBreakdown {
  if (!(input.units > 0)) throw new RangeError('Prosjektet må ha minst én bolig');
  const financed = Math.max(0, input.cost - input.grant);
  const capital = annuityPayment(financed, input.interestRate, input.loanYears);
  const total = capital + input.managementPerYear + input.maintenancePerYear;
  return {
    financed: roundKr(financed),
    capitalCostPerYear: roundKr(capital),
    managementPerYear: roundKr(input.managementPerYear),
    maintenancePerYear: roundKr(input.maintenancePerYear),
    totalPerYear: roundKr(total),
    monthlyPerHome: roundKr(total / input.units / 12),
  };
}

/** Kostnadsdekkende husleie per home per month, whole kroner (see costCoveringRentBreakdown). */
export function costCoveringRent(input: CostCoveringRentInput): number {
  return costCoveringRentBreakdown(input).monthlyPerHome;
}

/**
 * Present value of a series where values[0] falls in the base year (not discounted),
 * values[k] is discounted by (1 + rate)^k. Not rounded.
 */
export function presentValue(values: readonly number[], rate: number): number {
  let pv = 0;
  let factor = 1;
  for (const v of values) {
    pv += v / factor;
    factor *= 1 + rate;
  }
  return pv;
}
