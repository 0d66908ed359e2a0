// The register prepared for a plan horizon: each home's segment, tenure and lease end as year
// indexes (prepareRegister), the current tenancies by home, and the timelines an action gives a
// register home (UnitState, baseUnitState) or the supply events of scenario homes — what
// buildNeeds (needsTable.ts) and runPlan (plan.ts, engine/) read. Also the horizon's limits.
// Re-exported from needs.ts. Apart from RegisterSnapshot and MAX_PLAN_YEARS these are internals
// shared with runPlan (not exported from index.ts).
import { keptPer } from '../keptPer';
import type { CrowdingRule } from '../rules';
import type { ExistingLoan, GrantRecord, Household, Need, Tenancy, Unit } from '../types';
import { TENURES } from '../types';
import { segmentIndexOf } from './segments';

/** What the planning engine reads from the register. */
export interface RegisterSnapshot {
  /** ISO date of the snapshot. */
  asOf: string;
  units: Unit[];
  tenancies: Tenancy[];
  households: Household[];
  needs: Need[];
  /** Loans on the existing homes (none if left out). */
  loans?: ExistingLoan[];
  /** Husbanken grants on record for the existing homes (none if left out). */
  grants?: GrantRecord[];
  /** The register's crowding rule (Innstillinger); SSB's if left out. */
  crowdingRule?: CrowdingRule;
}

export const MAX_PLAN_YEARS = 20;

/** Throws a RangeError (Norwegian message) unless the start year is whole and 1–20 years follow. */
export function checkHorizon(startYear: number, years: number): void {
  if (!Number.isInteger(startYear)) throw new RangeError('Startåret må være et helt år');
  if (!Number.isInteger(years) || years < 1 || years > MAX_PLAN_YEARS) {
    throw new RangeError(`Planperioden må være 1–${MAX_PLAN_YEARS} år`);
  }
}

export interface Horizon {
  startYear: number;
  /** Number of years. */
  n: number;
}

export interface PreparedUnit {
  unit: Unit;
  segIdx: number;
  tenureIdx: number;
  /** Status 'utleid' or 'ledig': let (or lettable) and earning rent. */
  inUse: boolean;
  /** Year index in which a framleie lease ends (Infinity if none in the horizon). */
  endIdx: number;
  /** Share of year endIdx still under lease (0 ≤ f < 1). */
  endFrac: number;
}

export interface PreparedRegister {
  h: Horizon;
  units: PreparedUnit[];
  byId: Map<number, PreparedUnit>;
  /** Current tenancies (movedOut null) by unit id. */
  tenantsByUnit: Map<number, Tenancy[]>;
  households: Map<number, Household>;
  needs: Need[];
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Share of the year up to and including the date, by months: 30.06 → 0.5, 31.12 → 1. */
export function yearFractionThrough(iso: string): number {
  const y = yearOf(iso);
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return (m - 1 + Math.min(d, dim) / dim) / 12;
}

const TENURE_INDEX = Object.fromEntries(TENURES.map((t, i) => [t, i])) as Record<
  (typeof TENURES)[number],
  number
>;

/**
 * The prepared register depends only on the snapshot and the horizon, and the planner edits
 * actions far more often than either: keep it per snapshot object (a new snapshot is fetched
 * when the register changes; snapshots are never changed in place) and horizon. Read only.
 */
const keptPrepared = keptPer<RegisterSnapshot, PreparedRegister>();

export function prepareRegister(s: RegisterSnapshot, h: Horizon): PreparedRegister {
  return keptPrepared(s, `${h.startYear}:${h.n}`, () => prepareRegisterNow(s, h));
}

function prepareRegisterNow(s: RegisterSnapshot, h: Horizon): PreparedRegister {
  const units: PreparedUnit[] = [];
  const byId = new Map<number, PreparedUnit>();
  for (const unit of s.units) {
    let endIdx = Infinity;
    let endFrac = 0;
    if (unit.tenure === 'framleie' && unit.leaseEnd) {
      let e = yearOf(unit.leaseEnd);
      let f = yearFractionThrough(unit.leaseEnd);
      if (f >= 1) {
        e += 1;
        f = 0;
      }
      let idx = e - h.startYear;
      if (idx < 0) {
        idx = 0;
        f = 0;
      }
      if (idx < h.n) {
        endIdx = idx;
        endFrac = f;
      }
    }
    const pu: PreparedUnit = {
      unit,
      segIdx: segmentIndexOf(unit.bedrooms, unit.wheelchairAccessible, unit.staffed),
      tenureIdx: TENURE_INDEX[unit.tenure],
      inUse: unit.status === 'utleid' || unit.status === 'ledig',
      endIdx,
      endFrac,
    };
    units.push(pu);
    byId.set(unit.id, pu);
  }
  const tenantsByUnit = new Map<number, Tenancy[]>();
  for (const t of s.tenancies) {
    if (t.movedOut !== null) continue;
    const list = tenantsByUnit.get(t.unitId);
    if (list) list.push(t);
    else tenantsByUnit.set(t.unitId, [t]);
  }
  const households = new Map(s.households.map((x) => [x.id, x]));
  return { h, units, byId, tenantsByUnit, households, needs: s.needs };
}

export type UnitEventPart = 'framleieEnding' | 'removed' | 'added';

/** A change in a register home's availability (supply ±1) in a year. */
export interface UnitEvent {
  idx: number;
  delta: number;
  part: UnitEventPart;
  actionId: string | null;
}

/** A register home's timeline under a scenario, per year index. */
export interface UnitState {
  /** Share of the year the home is in the stock (0, 1, or the lease-end fraction). */
  stock: number[];
  /** Share of the year it is in use (earning rent). */
  use: number[];
  /** Rent paid to the owner per month (framleie). */
  ownerRent: number[];
  events: UnitEvent[];
}

export function baseUnitState(pu: PreparedUnit, n: number): UnitState {
  const stock: number[] = [];
  for (let i = 0; i < n; i++) stock.push(i < pu.endIdx ? 1 : i === pu.endIdx ? pu.endFrac : 0);
  const events: UnitEvent[] = [];
  if (pu.inUse && pu.endIdx < n) {
    events.push({ idx: pu.endIdx, delta: -1, part: 'framleieEnding', actionId: null });
  }
  return {
    stock,
    use: stock.map((v) => (pu.inUse ? v : 0)),
    ownerRent: stock.map(() => pu.unit.ownerRentMonthly ?? 0),
    events,
  };
}

/** Supply change from a scenario home (not a register home). */
export interface SupplyEvent {
  idx: number;
  segIdx: number;
  /** Homes added (> 0, part 'added') or leaving the stock (< 0: their households are demand). */
  delta: number;
  part: UnitEventPart;
  actionId: string;
}

/** How a scenario changes the needs picture. */
export interface NeedsModel {
  /** Timelines of register homes touched by actions. */
  states: Map<number, UnitState>;
  /** Households that leave the figures (leie-til-eie). */
  householdsGone: Set<number>;
  events: SupplyEvent[];
}
