// The existing stock's loans and grants inside a plan: the baseline's debt service, and what a
// sale or winding-up of a register home repays (its share of the loans) and pays back (the
// part of its grants not yet written down). See finance/existingDebt.ts for the schedules.
import { keptPer } from '../keptPer';
import {
  debtYear,
  grantNotWrittenDown,
  homeDebts,
  homeGrants,
  openingBalance,
  type HomeDebt,
  type HomeGrant,
} from '../finance/existingDebt';
import type { ExistingLoan } from '../types';
import type { RegisterSnapshot } from './needs';

/** Per plan year (index 0 = start year). */
export interface DebtLines {
  interest: number[];
  instalments: number[];
  /** Balance at 31 December. */
  balance: number[];
}

/** What removing a register home from year index y does to the existing loans and grants. */
export interface RemovalFinance {
  /** The home's share of the loans repaid in year y (balance at 1 January of y). */
  loanRepaid: number;
  /** Change of interest, instalments and balance per year (≤ 0 from y on). */
  delta: DebtLines;
  /** The part of the home's grants not yet written down at 1 January of y. */
  grantRepaid: number;
  hasLoan: boolean;
  hasGrant: boolean;
}

/**
 * The homes' debt schedules depend only on the loans and the plan's rate, and a planner edits
 * actions far more often than either: keep them per loan list (the snapshot's, unchanged until
 * the register changes) and rate. The schedules are only read.
 */
const keptHomeDebts = keptPer<readonly ExistingLoan[], HomeDebt[]>();

function cachedHomeDebts(loans: readonly ExistingLoan[], planRate: number): HomeDebt[] {
  return keptHomeDebts(loans, String(planRate), () => homeDebts(loans, planRate));
}

export class RegisterDebt {
  private readonly debts = new Map<number, HomeDebt[]>();
  private readonly grants = new Map<number, HomeGrant[]>();
  readonly baseline: DebtLines;

  constructor(
    snapshot: Pick<RegisterSnapshot, 'loans' | 'grants'>,
    private readonly startYear: number,
    private readonly n: number,
    planRate: number,
  ) {
    for (const d of cachedHomeDebts(snapshot.loans ?? [], planRate)) {
      const list = this.debts.get(d.unitId);
      if (list) list.push(d);
      else this.debts.set(d.unitId, [d]);
    }
    for (const g of homeGrants(snapshot.grants ?? [])) {
      const list = this.grants.get(g.unitId);
      if (list) list.push(g);
      else this.grants.set(g.unitId, [g]);
    }
    this.baseline = this.zero();
    for (const list of this.debts.values()) {
      for (const d of list) this.addSchedule(this.baseline, d, 0, 1);
    }
  }

  zero(): DebtLines {
    const z = () => new Array<number>(this.n).fill(0);
    return { interest: z(), instalments: z(), balance: z() };
  }

  /** Adds sign × the schedule's interest, instalment and closing balance from year index from. */
  private addSchedule(lines: DebtLines, d: HomeDebt, from: number, sign: number): void {
    for (let i = from; i < this.n; i++) {
      const year = this.startYear + i;
      const y = debtYear(d.schedule, year);
      if (y) {
        lines.interest[i]! += sign * y.interest;
        lines.instalments[i]! += sign * y.instalment;
        lines.balance[i]! += sign * y.closing;
      } else if (d.schedule.length > 0 && year < d.schedule[0]!.year) {
        // Before the schedule starts (a balance dated after the plan's start): unchanged.
        lines.balance[i]! += sign * d.principal;
      }
    }
  }

  hasLoan(unitId: number): boolean {
    return (this.debts.get(unitId)?.length ?? 0) > 0;
  }

  hasGrant(unitId: number): boolean {
    return (this.grants.get(unitId)?.length ?? 0) > 0;
  }

  /** Removing a register home from year index y (1 January), repaying its loans unless kept. */
  removal(unitId: number, y: number, keepLoan: boolean): RemovalFinance {
    const delta = this.zero();
    let loanRepaid = 0;
    const debts = this.debts.get(unitId) ?? [];
    const year = this.startYear + y;
    if (!keepLoan) {
      for (const d of debts) {
        loanRepaid += openingBalance(d.schedule, d.principal, year);
        this.addSchedule(delta, d, y, -1);
      }
    }
    const date = `${year}-01-01`;
    let grantRepaid = 0;
    for (const g of this.grants.get(unitId) ?? []) {
      grantRepaid += grantNotWrittenDown(g.amount, g.paidDate, g.writeDownYears, date);
    }
    return {
      loanRepaid,
      delta,
      grantRepaid,
      hasLoan: debts.length > 0,
      hasGrant: this.hasGrant(unitId),
    };
  }
}

const keptDebt = keptPer<object, RegisterDebt>();

/**
 * The register's debt for a horizon and rate, kept per snapshot object like the prepared
 * register (a RegisterDebt is only read after it is built).
 */
export function registerDebtFor(
  snapshot: Pick<RegisterSnapshot, 'loans' | 'grants'>,
  startYear: number,
  n: number,
  planRate: number,
): RegisterDebt {
  return keptDebt(
    snapshot,
    `${startYear}:${n}:${planRate}`,
    () => new RegisterDebt(snapshot, startYear, n, planRate),
  );
}
