// Expected turnover of the current tenants (supply parts contractEnd and careerExit, defined in
// needs.ts): per tenancy and year while the home is in use. A home no action touches turns over
// the same in every scenario on the same register, so those tenancies' figures are worked out
// once per prepared register, rules and rates (baseTurnover) and a plan only works out the homes
// its actions touch (tenancyTurnover). Summing both in the order of the homes gives exactly the
// figures of working every tenancy out again (turnoverInOrder).
import { keptPer } from '../keptPer';
import type { Household, Tenancy } from '../types';
import type { TurnoverAssumptions } from './assumptions';
import { moverCandidateHomes, rulesKey, type MoverRules } from './movers';
import { yearOf, type Horizon, type PreparedRegister, type PreparedUnit } from './prepare';

/** One current tenancy's expected move-outs per year index (0 where none). */
export interface TenancyTurnover {
  /** Position of the home in PreparedRegister.units (the order figures are summed in). */
  unitPos: number;
  unitId: number;
  householdId: number;
  segIdx: number;
  contractEnd: Float64Array;
  careerExit: Float64Array;
}

/**
 * Expected move-outs of one current tenancy in years 0..cut−1, split by cause. Both rates act on
 * the survivors: career = S·c, contract end = S·(1 − c)·m, S ×= (1 − c)(1 − m). Null when the
 * tenancy has no turnover (no contract end and not a career candidate, or no year in use).
 */
export function tenancyTurnover(
  pu: PreparedUnit,
  unitPos: number,
  t: Tenancy,
  hh: Household,
  h: Horizon,
  cut: number,
  rates: TurnoverAssumptions,
): TenancyTurnover | null {
  const career = hh.careerPath === 'startlan' || hh.careerPath === 'leie_til_eie';
  if ((!career && !t.end) || cut <= 0) return null;
  const m = rates.moveOutRateAtContractEnd;
  const c = career ? rates.careerExitRate : 0;
  const renewal = rates.contractRenewalYears ?? 3;
  // The contract's own end year anchors the renewal cycle; an overdue contract (ended before
  // the plan) counts as ending in the first year, and its renewals keep the original cycle.
  const endYear = t.end ? yearOf(t.end) : null;
  const contractEnd = new Float64Array(h.n);
  const careerExit = new Float64Array(h.n);
  let survivors = 1;
  for (let i = 0; i < cut; i++) {
    const y = h.startYear + i;
    const ends =
      endYear !== null &&
      (y === endYear ||
        (i === 0 && endYear < y) ||
        (renewal > 0 && y > endYear && (y - endYear) % renewal === 0));
    const mi = ends ? m : 0;
    contractEnd[i] = survivors * (1 - c) * mi;
    careerExit[i] = survivors * c;
    survivors *= (1 - c) * (1 - mi);
  }
  return {
    unitPos,
    unitId: pu.unit.id,
    householdId: hh.id,
    segIdx: pu.segIdx,
    contractEnd,
    careerExit,
  };
}

/**
 * How long a register home's current tenants can turn over when no action touches it: while
 * it is in use, until a framleie lease ends.
 */
export function untouchedCut(pu: PreparedUnit, n: number): number {
  return pu.inUse ? Math.min(pu.endIdx, n) : 0;
}

const keptBase = keptPer<PreparedRegister, readonly TenancyTurnover[]>();

/**
 * Turnover of every current tenancy as if no action touched its home, in the order of the
 * homes; households that should move are left out (they count as mustMove and released).
 * Kept per prepared register (itself kept per snapshot), rules and rates. Read only.
 */
export function baseTurnover(
  reg: PreparedRegister,
  rules: MoverRules,
  rates: TurnoverAssumptions,
): readonly TenancyTurnover[] {
  const key = [
    rulesKey(rules),
    rates.moveOutRateAtContractEnd,
    rates.careerExitRate,
    rates.contractRenewalYears ?? 3,
  ].join(':');
  return keptBase(reg, key, () => {
    const moverHome = moverCandidateHomes(reg, rules);
    const out: TenancyTurnover[] = [];
    reg.units.forEach((pu, pos) => {
      const cut = untouchedCut(pu, reg.h.n);
      for (const t of reg.tenantsByUnit.get(pu.unit.id) ?? []) {
        const hh = reg.households.get(t.householdId);
        if (!hh || moverHome.get(hh.id) === pu) continue;
        const tt = tenancyTurnover(pu, pos, t, hh, reg.h, cut, rates);
        if (tt) out.push(tt);
      }
    });
    return out;
  });
}

/**
 * Visits the plan's turnover in the order of the homes: the base figures of homes no action
 * touched and, in their place, `touchedTurnover` (worked out under the plan, in home order).
 */
export function turnoverInOrder(
  base: readonly TenancyTurnover[],
  touched: ReadonlySet<number>,
  touchedTurnover: readonly TenancyTurnover[],
  visit: (t: TenancyTurnover) => void,
): void {
  let k = 0;
  for (const t of base) {
    while (k < touchedTurnover.length && touchedTurnover[k]!.unitPos < t.unitPos) {
      visit(touchedTurnover[k++]!);
    }
    if (!touched.has(t.unitId)) visit(t);
  }
  while (k < touchedTurnover.length) visit(touchedTurnover[k++]!);
}
