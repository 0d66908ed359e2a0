// Households that should move (crowded by the crowding rule, or fewer bedrooms than the bedroom
// rule gives) and when they do: spread over the years at mustMoveRate of the whole group, the
// most crowded first (see the header of needs.ts). And the households living in given homes
// (those a sale or a winding-up moves).
import {
  bedroomsNeeded,
  householdSize,
  isUnitCrowded,
  type BedroomRule,
  type CrowdingRule,
} from '../rules';
import type { Household } from '../types';
import type { PreparedRegister, PreparedUnit, RegisterSnapshot } from './prepare';
import { segmentIndexOf } from './segments';

/** mustMoveRate of the assumptions, 25 % a year if not given. */
export const DEFAULT_MUST_MOVE_RATE = 0.25;

/** A household that should move (crowded or too few bedrooms) and when it does. */
export interface Mover {
  hh: Household;
  pu: PreparedUnit;
  /** Segment index of the home it needs. */
  seg: number;
  crowded: boolean;
  shortfall: number;
  /** Year index it moves in (≥ n: after the horizon; < 0: counted elsewhere). */
  idx: number;
}

/**
 * Year index of each of `count` movers taken in order at `rate` of the whole group per year:
 * by the end of year i, ⌈(i + 1) × rate × count⌉ have moved (8 at 0.25 → 2, 4, 6, 8 → two a
 * year). A rate ≤ 0 moves nobody within the horizon.
 */
export function moveYears(count: number, rate: number, n: number): number[] {
  const out: number[] = [];
  let moved = 0;
  for (let i = 0; i < n && moved < count && rate > 0; i++) {
    // − 1e-9: (i + 1) × rate × count may be a hair above a whole number in floating point.
    const by = Math.min(count, Math.ceil((i + 1) * rate * count - 1e-9));
    for (; moved < by; moved++) out.push(i);
  }
  for (; moved < count; moved++) out.push(Infinity);
  return out;
}

type Candidate = Omit<Mover, 'idx'>;

/**
 * Who should move depends only on the register and the rules, not on the actions: kept per
 * prepared register (itself kept per snapshot) and rules, in order of need. Read only.
 */
const candidateCache = new WeakMap<PreparedRegister, Map<string, Candidate[]>>();

function candidatesOf(
  reg: PreparedRegister,
  rules: { bedroomRule: BedroomRule; crowdingRule: CrowdingRule },
): Candidate[] {
  let byRules = candidateCache.get(reg);
  if (!byRules) {
    byRules = new Map();
    candidateCache.set(reg, byRules);
  }
  const key = JSON.stringify([rules.bedroomRule, rules.crowdingRule]);
  let list = byRules.get(key);
  if (list) return list;
  list = [];
  const seen = new Set<number>();
  for (const pu of reg.units) {
    for (const t of reg.tenantsByUnit.get(pu.unit.id) ?? []) {
      const hh = reg.households.get(t.householdId);
      if (!hh || seen.has(hh.id)) continue;
      const needed = bedroomsNeeded(hh, rules.bedroomRule);
      const crowded = isUnitCrowded(householdSize(hh), pu.unit, rules.crowdingRule);
      if (!crowded && pu.unit.bedrooms >= needed) continue;
      seen.add(hh.id);
      list.push({
        hh,
        pu,
        seg: segmentIndexOf(needed, pu.unit.wheelchairAccessible, pu.unit.staffed),
        crowded,
        shortfall: needed - pu.unit.bedrooms,
      });
    }
  }
  list.sort(
    (a, b) =>
      Number(b.crowded) - Number(a.crowded) || b.shortfall - a.shortfall || a.hh.id - b.hh.id,
  );
  byRules.set(key, list);
  return list;
}

/**
 * The current tenants who should move, most in need first (crowded, then the largest bedroom
 * shortfall, then household id), each with the year index it moves in at `rate`.
 */
export function findMovers(
  reg: PreparedRegister,
  rules: { bedroomRule: BedroomRule; crowdingRule: CrowdingRule },
  gone: ReadonlySet<number> | undefined,
  rate: number,
): { movers: Mover[]; moverOf: Map<number, Mover> } {
  const movers: Mover[] = [];
  const moverOf = new Map<number, Mover>();
  for (const c of candidatesOf(reg, rules)) {
    if (gone?.has(c.hh.id)) continue;
    const m: Mover = { ...c, idx: Infinity };
    movers.push(m);
    moverOf.set(c.hh.id, m);
  }
  moveYears(movers.length, rate, reg.h.n).forEach((idx, k) => (movers[k]!.idx = idx));
  return { movers, moverOf };
}

/** A household living in a home now (a current tenancy). */
export interface Resident {
  unitId: number;
  householdId: number;
}

/**
 * The households living in these homes now, in the order of the homes: those who must move
 * if the homes are sold or wound up (runPlan counts them as demand in that year).
 */
export function residentsOf(snapshot: RegisterSnapshot, unitIds: readonly number[]): Resident[] {
  const byUnit = new Map<number, number[]>();
  for (const t of snapshot.tenancies) {
    if (t.movedOut !== null) continue;
    const list = byUnit.get(t.unitId);
    if (list) list.push(t.householdId);
    else byUnit.set(t.unitId, [t.householdId]);
  }
  return unitIds.flatMap((unitId) =>
    (byUnit.get(unitId) ?? []).map((householdId) => ({ unitId, householdId })),
  );
}
