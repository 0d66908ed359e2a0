// Needs assessment (boligbehovsanalyse): demand against supply per segment and year.
//
// Demand (households needing a home in the year):
//   waitingList  applicants (need.kind 'soker') in their expectedYear, or in the first year if
//                earlier; applicants expected after the horizon are left out;
//   forecast     forecasts ('prognose'), need.households in expectedYear (within the horizon;
//                forecasts for past years are left out — they should be applicants by now);
//   mustMove     current tenants (tenancy.movedOut null) who are crowded (isUnitCrowded, SSB's
//                rule unless the register says otherwise) or have fewer bedrooms than
//                bedroomsNeeded, in the segment of the bedroom rule's size (bedroomsNeeded; a
//                household crowded by area alone needs a larger home of that size);
//                wheelchair/staffed as their current home. They are spread over the years at
//                mustMoveRate (default 25 %) of the whole group per year, in whole households:
//                by the end of year i, ⌈(i + 1) × rate × N⌉ of the N have moved (8 at 25 % →
//                2, 2, 2, 2), the most crowded first (crowded, then the largest bedroom
//                shortfall, then household id). Those left at the end of the horizon are in
//                mustMoveSchedule.afterHorizon;
//   leaseEnding  households that must move because the framleie home they live in leaves the
//                stock (the lease ends, or an action ends it);
//   homeRemoved  households that must move because their home is sold, wound up or taken out
//                for rehabilitation by an action (the tenants buying a home through leie-til-eie
//                stay and leave the figures instead).
//                A home leaving the stock is demand, never negative supply: the households
//                living there need another home in that year, each in the segment of its own
//                size (bedroomsNeeded, the home's wheelchair/staffed); a household that was to
//                move later (mustMove) is counted here instead. A home let again since the
//                start (after a must-move household left it, or after a rehabilitation; a
//                vacant home let in the first year) displaces one household of the home's
//                segment. A vacant home that leaves the stock in the first year is neither
//                supply nor demand.
// Supply (homes that can be allocated in the year; never negative):
//   vacant       homes with status 'ledig' still in use after the first year starts;
//   released     the current homes of mustMove households, in the year they move, while the
//                home is still in use;
//   contractEnd  expected move-outs when a contract ends: moveOutRateAtContractEnd of those who
//                are still there (an overdue contract counts as ending in the first year; a
//                contract not ended is renewed for contractRenewalYears from its own end date,
//                not from the plan's start, and may end again);
//   careerExit   expected exits of startlån/leie-til-eie candidates: careerExitRate a year of
//                those still there (both rates act on the same survivors, never double counted);
//   added        homes added by scenario actions, or back in use after rehabilitation (runPlan).
// contractEnd and careerExit are expected values (fractions of households): the UI rounds them
// visibly («ca. 12»); everything else is whole households and homes.
// Turnover counts only the current tenants of homes in use, until their home leaves use;
// mustMove households count as demand and released, not as turnover. New tenants are not modelled.
// Gap = supply − demand (negative = shortfall); cumulativeGap is the running sum (vacant homes
// and unmet needs carry over); coverage = supply / demand, null when demand is 0 (there
// is no need to cover: the share is undefined, the UI shows «–», the balance says the rest;
// uncapped: the UI may show «over 100 %»). Supply and demand match within a segment only.
import {
  bedroomsNeeded,
  DEFAULT_BEDROOM_RULE,
  DEFAULT_CROWDING_RULE,
  type BedroomRule,
  type CrowdingRule,
} from '../rules';
import type { ExistingLoan, GrantRecord, Household, Need, Tenancy, Unit } from '../types';
import { TENURES } from '../types';
import type { TurnoverAssumptions } from './assumptions';
import { DEFAULT_MUST_MOVE_RATE, findMovers } from './movers';
import { SEGMENT_KEYS, segmentIndexOf, type SegmentKey } from './segments';

export { DEFAULT_MUST_MOVE_RATE, moveYears, residentsOf, type Resident } from './movers';

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

/** The register rows behind a figure. */
export interface Sources {
  unitIds: number[];
  householdIds: number[];
  needIds: number[];
  actionIds: string[];
}

/** A number with the ids behind it. */
export interface Figure {
  value: number;
  sources: Sources;
}

export const DEMAND_PARTS = [
  'waitingList',
  'forecast',
  'mustMove',
  'leaseEnding',
  'homeRemoved',
] as const;
export type DemandPart = (typeof DEMAND_PARTS)[number];

export const SUPPLY_PARTS = ['vacant', 'released', 'contractEnd', 'careerExit', 'added'] as const;
export type SupplyPart = (typeof SUPPLY_PARTS)[number];

export interface NeedsCell {
  year: number;
  segment: SegmentKey;
  demand: Record<DemandPart, Figure>;
  demandTotal: number;
  supply: Record<SupplyPart, Figure>;
  supplyTotal: number;
  /** supplyTotal − demandTotal; negative = shortfall. */
  gap: number;
  /** Sum of gaps from the first year through this one. */
  cumulativeGap: number;
  /** max(0, supply) / demand; null when demand is 0 (nothing to cover: shown as «–»). */
  coverage: number | null;
}

export interface NeedsTotals {
  demand: number;
  supply: number;
  gap: number;
  cumulativeGap: number;
  /** max(0, supply) / demand; null when demand is 0 (nothing to cover: shown as «–»). */
  coverage: number | null;
}

export interface NeedsYear {
  year: number;
  segments: Record<SegmentKey, NeedsCell>;
  total: NeedsTotals;
}

/** How the households that should move (mustMove) are spread over the years. */
export interface MustMoveSchedule {
  /** Households that should move (crowded or too few bedrooms), before any action. */
  households: number;
  /** Share of them that moves per year (mustMoveRate). */
  rate: number;
  /** Whole households per year, as counted in demand.mustMove (after homes leaving the stock). */
  perYear: number[];
  /** Of `households`: scheduled after the horizon (not in the figures). */
  afterHorizon: number;
  /** Of `households`: counted as leaseEnding/homeRemoved instead (their home left first). */
  displaced: number;
}

export interface NeedsAssessment {
  startYear: number;
  years: number;
  perYear: NeedsYear[];
  mustMoveSchedule: MustMoveSchedule;
}

export interface AssessNeedsOptions {
  startYear: number;
  /** 1–20, default 4. */
  years?: number;
  bedroomRule?: BedroomRule;
  crowdingRule?: CrowdingRule;
  turnover: TurnoverAssumptions;
}

/** Needs assessment for the register as it is (no actions). */
export function assessNeeds(
  snapshot: RegisterSnapshot,
  options: AssessNeedsOptions,
): NeedsAssessment {
  const years = options.years ?? 4;
  checkHorizon(options.startYear, years);
  const reg = prepareRegister(snapshot, { startYear: options.startYear, n: years });
  return buildNeeds(
    reg,
    {
      bedroomRule: options.bedroomRule ?? DEFAULT_BEDROOM_RULE,
      crowdingRule: options.crowdingRule ?? snapshot.crowdingRule ?? DEFAULT_CROWDING_RULE,
    },
    options.turnover,
  );
}

/** All the ids behind a cell (demand and supply), without duplicates. */
export function cellSources(cell: NeedsCell): Sources {
  const figs = [
    ...DEMAND_PARTS.map((p) => cell.demand[p]),
    ...SUPPLY_PARTS.map((p) => cell.supply[p]),
  ];
  return {
    unitIds: uniq(figs.flatMap((f) => f.sources.unitIds)),
    householdIds: uniq(figs.flatMap((f) => f.sources.householdIds)),
    needIds: uniq(figs.flatMap((f) => f.sources.needIds)),
    actionIds: uniq(figs.flatMap((f) => f.sources.actionIds)),
  };
}

export const MAX_PLAN_YEARS = 20;

export function checkHorizon(startYear: number, years: number): void {
  if (!Number.isInteger(startYear)) throw new RangeError('Startåret må være et helt år');
  if (!Number.isInteger(years) || years < 1 || years > MAX_PLAN_YEARS) {
    throw new RangeError(`Planperioden må være 1–${MAX_PLAN_YEARS} år`);
  }
}

// ---------------------------------------------------------------------------------------------
// Internals shared with runPlan (not exported from index.ts).

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

export function prepareRegister(s: RegisterSnapshot, h: Horizon): PreparedRegister {
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

type DisplacedPart = 'leaseEnding' | 'homeRemoved';

interface Rules {
  bedroomRule: BedroomRule;
  crowdingRule: CrowdingRule;
}

function emptyFigure(): Figure {
  return { value: 0, sources: { unitIds: [], householdIds: [], needIds: [], actionIds: [] } };
}

function emptyCell(year: number, segment: SegmentKey): NeedsCell {
  return {
    year,
    segment,
    demand: {
      waitingList: emptyFigure(),
      forecast: emptyFigure(),
      mustMove: emptyFigure(),
      leaseEnding: emptyFigure(),
      homeRemoved: emptyFigure(),
    },
    demandTotal: 0,
    supply: {
      vacant: emptyFigure(),
      released: emptyFigure(),
      contractEnd: emptyFigure(),
      careerExit: emptyFigure(),
      added: emptyFigure(),
    },
    supplyTotal: 0,
    gap: 0,
    cumulativeGap: 0,
    coverage: null,
  };
}

function uniq<T>(xs: T[]): T[] {
  return xs.length < 2 ? xs : [...new Set(xs)];
}

function clean(v: number): number {
  const r = Math.round(v * 1e9) / 1e9;
  return r === 0 ? 0 : r;
}

/**
 * Expected move-outs of one current tenancy in years 0..cut−1, split by cause, passed to `emit`.
 * Both rates act on the survivors: career = S·c, contract end = S·(1 − c)·m, S ×= (1 − c)(1 − m).
 */
function forEachTurnover(
  t: Tenancy,
  career: boolean,
  h: Horizon,
  cut: number,
  rates: TurnoverAssumptions,
  emit: (i: number, contract: number, career: number) => void,
): void {
  const m = rates.moveOutRateAtContractEnd;
  const c = career ? rates.careerExitRate : 0;
  const renewal = rates.contractRenewalYears ?? 3;
  // The contract's own end year anchors the renewal cycle; an overdue contract (ended before
  // the plan) counts as ending in the first year, and its renewals keep the original cycle.
  const endYear = t.end ? yearOf(t.end) : null;
  let survivors = 1;
  for (let i = 0; i < cut; i++) {
    const y = h.startYear + i;
    const ends =
      endYear !== null &&
      (y === endYear ||
        (i === 0 && endYear < y) ||
        (renewal > 0 && y > endYear && (y - endYear) % renewal === 0));
    const mi = ends ? m : 0;
    emit(i, survivors * (1 - c) * mi, survivors * c);
    survivors *= (1 - c) * (1 - mi);
  }
}

/** The core of assessNeeds and of runPlan's gap tables. */
export function buildNeeds(
  reg: PreparedRegister,
  rules: Rules,
  turnover: TurnoverAssumptions,
  model?: NeedsModel,
): NeedsAssessment {
  const { h } = reg;
  const cells: NeedsCell[][] = [];
  for (let i = 0; i < h.n; i++) {
    cells.push(SEGMENT_KEYS.map((k) => emptyCell(h.startYear + i, k)));
  }
  const cell = (i: number, s: number): NeedsCell => cells[i]![s]!;
  const gone = model?.householdsGone;

  // Demand: waiting list and forecasts.
  for (const need of reg.needs) {
    let i = need.expectedYear - h.startYear;
    if (need.kind === 'soker') i = Math.max(0, i);
    if (i < 0 || i >= h.n) continue;
    const f = cell(i, segmentIndexOf(need.bedrooms, need.wheelchair, need.staffed)).demand[
      need.kind === 'soker' ? 'waitingList' : 'forecast'
    ];
    f.value += need.households;
    pushId(f.sources.needIds, need.id);
  }

  // Households that should move, in order of need, spread over the years at mustMoveRate.
  const rate = turnover.mustMoveRate ?? DEFAULT_MUST_MOVE_RATE;
  const { movers, moverOf } = findMovers(reg, rules, gone, rate);
  const schedule: MustMoveSchedule = {
    households: movers.length,
    rate,
    perYear: new Array<number>(h.n).fill(0),
    afterHorizon: 0,
    displaced: 0,
  };

  /** A household of the register that must move because its home leaves the stock. */
  const displace = (
    i: number,
    seg: number,
    part: DisplacedPart,
    pu: PreparedUnit,
    e: UnitEvent,
  ) => {
    const f = cell(i, seg).demand[part];
    f.value += 1;
    pushId(f.sources.unitIds, pu.unit.id);
    if (e.actionId !== null) f.sources.actionIds.push(e.actionId);
    return f;
  };

  for (const pu of reg.units) {
    const st = model?.states.get(pu.unit.id);
    // Availability changes (lease ends, action removals and returns), in year order.
    const events = (
      st?.events ??
      (pu.inUse && pu.endIdx < h.n
        ? [{ idx: pu.endIdx, delta: -1, part: 'framleieEnding' as const, actionId: null }]
        : [])
    )
      .filter((e) => e.idx >= 0 && e.idx < h.n)
      .sort((a, b) => a.idx - b.idx);
    const firstOut = events.find((e) => e.delta < 0)?.idx ?? h.n;
    const tenants = (reg.tenantsByUnit.get(pu.unit.id) ?? []).filter((t) => {
      const hh = reg.households.get(t.householdId);
      return hh !== undefined && !gone?.has(hh.id);
    });
    // Vacant homes: let in the first year unless they leave the stock in it.
    if (pu.unit.status === 'ledig' && firstOut > 0) {
      const f = cell(0, pu.segIdx).supply.vacant;
      f.value += 1;
      pushId(f.sources.unitIds, pu.unit.id);
    }
    let first = true;
    for (const e of events) {
      if (e.delta > 0) {
        const f = cell(e.idx, pu.segIdx).supply.added;
        f.value += e.delta;
        pushId(f.sources.unitIds, pu.unit.id);
        if (e.actionId !== null) f.sources.actionIds.push(e.actionId);
        continue;
      }
      const part: DisplacedPart = e.part === 'framleieEnding' ? 'leaseEnding' : 'homeRemoved';
      if (!first || tenants.length === 0) {
        // Let again since the start (or vacant and let in the first year): one household of
        // the home's size. A home vacant now that leaves in the first year displaces nobody.
        if (!first || e.idx > 0 || pu.unit.status !== 'ledig') {
          displace(e.idx, pu.segIdx, part, pu, e);
        }
        first = false;
        continue;
      }
      first = false;
      for (const t of tenants) {
        const hh = reg.households.get(t.householdId)!;
        const m = moverOf.get(hh.id);
        if (m && m.pu === pu && m.idx < e.idx) {
          // Moved already; the household let the home after it must move now.
          displace(e.idx, pu.segIdx, part, pu, e);
          continue;
        }
        const seg =
          m && m.pu === pu
            ? m.seg
            : segmentIndexOf(
                bedroomsNeeded(hh, rules.bedroomRule),
                pu.unit.wheelchairAccessible,
                pu.unit.staffed,
              );
        if (m && m.pu === pu) {
          m.idx = -1; // counted here, not as mustMove
          schedule.displaced += 1;
        }
        pushId(displace(e.idx, seg, part, pu, e).sources.householdIds, hh.id);
      }
    }
    // Current tenants: turnover while the home is in use (movers are counted below).
    if (tenants.length === 0) continue;
    let cut = 0;
    if (pu.inUse) {
      if (st) {
        cut = st.use.findIndex((v) => v < 1);
        if (cut < 0) cut = h.n;
      } else cut = Math.min(pu.endIdx, h.n);
    }
    if (cut === 0) continue;
    for (const t of tenants) {
      const hh = reg.households.get(t.householdId)!;
      if (moverOf.get(hh.id)?.pu === pu) continue;
      const career = hh.careerPath === 'startlan' || hh.careerPath === 'leie_til_eie';
      if (!career && !t.end) continue;
      forEachTurnover(t, career, h, cut, turnover, (i, ce, ca) => {
        const c = cell(i, pu.segIdx);
        if (ce > 0) {
          c.supply.contractEnd.value += ce;
          pushId(c.supply.contractEnd.sources.unitIds, pu.unit.id);
          pushId(c.supply.contractEnd.sources.householdIds, hh.id);
        }
        if (ca > 0) {
          c.supply.careerExit.value += ca;
          pushId(c.supply.careerExit.sources.unitIds, pu.unit.id);
          pushId(c.supply.careerExit.sources.householdIds, hh.id);
        }
      });
    }
  }

  // Movers in their year: demand for the home they need, their home released while in use.
  for (const m of movers) {
    if (m.idx < 0) continue;
    if (m.idx >= h.n) {
      schedule.afterHorizon += 1;
      continue;
    }
    schedule.perYear[m.idx]! += 1;
    const d = cell(m.idx, m.seg).demand.mustMove;
    d.value += 1;
    d.sources.householdIds.push(m.hh.id);
    d.sources.unitIds.push(m.pu.unit.id);
    const st = model?.states.get(m.pu.unit.id);
    const inUse = st ? (st.use[m.idx] ?? 0) > 0 : m.pu.inUse && m.idx < m.pu.endIdx;
    if (inUse) {
      const r = cell(m.idx, m.pu.segIdx).supply.released;
      r.value += 1;
      r.sources.unitIds.push(m.pu.unit.id);
      r.sources.householdIds.push(m.hh.id);
    }
  }

  // Scenario homes: added homes are supply; homes leaving displace their households.
  for (const e of model?.events ?? []) {
    if (e.idx < 0 || e.idx >= h.n) continue;
    const f =
      e.delta > 0
        ? cell(e.idx, e.segIdx).supply.added
        : cell(e.idx, e.segIdx).demand[e.part === 'framleieEnding' ? 'leaseEnding' : 'homeRemoved'];
    f.value += Math.abs(e.delta);
    f.sources.actionIds.push(e.actionId);
  }

  // Totals.
  const perYear: NeedsYear[] = [];
  const cumulative = SEGMENT_KEYS.map(() => 0);
  let cumulativeTotal = 0;
  for (let i = 0; i < h.n; i++) {
    const segments = {} as Record<SegmentKey, NeedsCell>;
    let demand = 0;
    let supply = 0;
    cells[i]!.forEach((c, s) => {
      let d = 0;
      for (const p of DEMAND_PARTS) {
        const f = c.demand[p];
        f.value = clean(f.value);
        dedupe(f.sources);
        d += f.value;
      }
      let sup = 0;
      for (const p of SUPPLY_PARTS) {
        const f = c.supply[p];
        f.value = clean(f.value);
        dedupe(f.sources);
        sup += f.value;
      }
      c.demandTotal = clean(d);
      c.supplyTotal = clean(sup);
      c.gap = clean(sup - d);
      cumulative[s] = clean((cumulative[s] ?? 0) + c.gap);
      c.cumulativeGap = cumulative[s]!;
      c.coverage = coverage(c.supplyTotal, c.demandTotal);
      segments[c.segment] = c;
      demand += c.demandTotal;
      supply += c.supplyTotal;
    });
    const gap = clean(supply - demand);
    cumulativeTotal = clean(cumulativeTotal + gap);
    perYear.push({
      year: h.startYear + i,
      segments,
      total: {
        demand: clean(demand),
        supply: clean(supply),
        gap,
        cumulativeGap: cumulativeTotal,
        coverage: coverage(supply, demand),
      },
    });
  }
  return { startYear: h.startYear, years: h.n, perYear, mustMoveSchedule: schedule };
}

/** Share of the demand the supply covers; null without demand (the share is undefined). */
function coverage(supply: number, demand: number): number | null {
  return demand <= 0 ? null : clean(Math.max(0, supply) / demand);
}

/** Ids are pushed unit by unit, so a repeat is (almost always) the last one pushed. */
function pushId(ids: number[], id: number): void {
  if (ids[ids.length - 1] !== id) ids.push(id);
}

function dedupe(s: Sources): void {
  // Ids rarely repeat (e.g. one household with two current tenancies): check cheaply first.
  if (hasRepeat(s.unitIds)) s.unitIds = uniq(s.unitIds);
  if (hasRepeat(s.householdIds)) s.householdIds = uniq(s.householdIds);
  if (hasRepeat(s.needIds)) s.needIds = uniq(s.needIds);
  s.actionIds = uniq(s.actionIds);
}

/** True if the ids are not strictly increasing (then they may hold a repeat). */
function hasRepeat(ids: number[]): boolean {
  for (let i = 1; i < ids.length; i++) if (ids[i]! <= ids[i - 1]!) return true;
  return false;
}
