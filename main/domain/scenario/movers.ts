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
import { keptPer } from '../keptPer';
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
  /** Year index it moves in (≥ n: after the horizon). */
  readonly idx: number;
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

/** The rules that decide who should move. */
export interface MoverRules {
  bedroomRule: BedroomRule;
  crowdingRule: CrowdingRule;
}

/**
 * Who should move depends only on the register and the rules, not on the actions: kept per
 * prepared register (itself kept per snapshot) and rules, in order of need. Read only.
 */
const keptCandidates = keptPer<PreparedRegister, Candidate[]>();

function candidatesOf(reg: PreparedRegister, rules: MoverRules): Candidate[] {
  return keptCandidates(reg, rulesKey(rules), () => findCandidates(reg, rules));
}

/** The rules as a key (they are plain settings: numbers, booleans and strings). */
export function rulesKey(rules: MoverRules): string {
  return JSON.stringify([rules.bedroomRule, rules.crowdingRule]);
}

function findCandidates(reg: PreparedRegister, rules: MoverRules): Candidate[] {
  const list: Candidate[] = [];
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
  return list;
}

/** Who should move and when, in order of need; shared between plans, so read only. */
export interface Movers {
  movers: readonly Mover[];
  moverOf: ReadonlyMap<number, Mover>;
}

/** Movers when no household leaves the figures: kept per prepared register, rules and rate. */
const keptMovers = keptPer<PreparedRegister, Movers>();

/**
 * The current tenants who should move, most in need first (crowded, then the largest bedroom
 * shortfall, then household id), each with the year index it moves in at `rate`.
 */
export function findMovers(
  reg: PreparedRegister,
  rules: MoverRules,
  gone: ReadonlySet<number> | undefined,
  rate: number,
): Movers {
  const candidates = candidatesOf(reg, rules);
  const anyGone = gone !== undefined && gone.size > 0 && candidates.some((c) => gone.has(c.hh.id));
  if (anyGone) return schedule(candidates, gone, rate, reg.h.n);
  return keptMovers(reg, `${rulesKey(rules)}:${rate}`, () =>
    schedule(candidates, undefined, rate, reg.h.n),
  );
}

function schedule(
  candidates: readonly Candidate[],
  gone: ReadonlySet<number> | undefined,
  rate: number,
  n: number,
): Movers {
  const left = gone ? candidates.filter((c) => !gone.has(c.hh.id)) : candidates;
  const years = moveYears(left.length, rate, n);
  const movers = left.map((c, k): Mover => ({ ...c, idx: years[k]! }));
  return { movers, moverOf: new Map(movers.map((m) => [m.hh.id, m])) };
}

/** The home of each household that should move (before any action), by household id. */
export function moverCandidateHomes(
  reg: PreparedRegister,
  rules: MoverRules,
): Map<number, PreparedUnit> {
  return new Map(candidatesOf(reg, rules).map((c) => [c.hh.id, c.pu]));
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
