// The needs table (buildNeeds): demand and supply per segment and year with the register rows
// behind each figure, gaps, cumulative gaps, coverage and totals, for the register as it is
// (assessNeeds) or under a scenario (runPlan passes a NeedsModel). The definitions of each part
// are at the top of needs.ts, which re-exports everything here.
import { bedroomsNeeded, type BedroomRule, type CrowdingRule } from '../rules';
import { keptPer } from '../keptPer';
import type { Tenancy } from '../types';
import type { TurnoverAssumptions } from './assumptions';
import { DEFAULT_MUST_MOVE_RATE, findMovers, type Mover } from './movers';
import {
  baseTurnover,
  tenancyTurnover,
  turnoverInOrder,
  untouchedCut,
  type TenancyTurnover,
} from './turnover';
import {
  type NeedsModel,
  type PreparedRegister,
  type PreparedUnit,
  type UnitEvent,
} from './prepare';
import { SEGMENT_KEYS, segmentIndexOf, type SegmentKey } from './segments';

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

type DisplacedPart = 'leaseEnding' | 'homeRemoved';

interface Rules {
  bedroomRule: BedroomRule;
  crowdingRule: CrowdingRule;
}

function noSources(): Sources {
  return { unitIds: [], householdIds: [], needIds: [], actionIds: [] };
}

function emptyFigure(): Figure {
  return { value: 0, sources: noSources() };
}

/**
 * Stands in for the figures buildNeeds counts separately and sets at the end (mustMove,
 * released, contractEnd, careerExit: their ids are found when asked). Frozen, so a write to it
 * by mistake throws.
 */
const LATER: Figure = Object.freeze({
  value: 0,
  sources: Object.freeze({
    unitIds: Object.freeze([]) as unknown as number[],
    householdIds: Object.freeze([]) as unknown as number[],
    needIds: Object.freeze([]) as unknown as number[],
    actionIds: Object.freeze([]) as unknown as string[],
  }),
});

function emptyCell(year: number, segment: SegmentKey): NeedsCell {
  return {
    year,
    segment,
    demand: {
      waitingList: emptyFigure(),
      forecast: emptyFigure(),
      mustMove: LATER,
      leaseEnding: emptyFigure(),
      homeRemoved: emptyFigure(),
    },
    demandTotal: 0,
    supply: {
      vacant: emptyFigure(),
      released: LATER,
      contractEnd: LATER,
      careerExit: LATER,
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
  /** Movers whose home leaves the stock first: counted there, not as mustMove. */
  const displacedMovers = new Set<Mover>();
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

  // Homes whose figures the actions may change; every other home's turnover is the register's
  // own (baseTurnover), and only homes with events or vacant today need visiting here.
  const touched = touchedHomes(reg, model);
  const touchedTurnover: TenancyTurnover[] = [];
  const living = (t: Tenancy) => {
    const hh = reg.households.get(t.householdId);
    return hh !== undefined && !gone?.has(hh.id);
  };
  for (const pos of homesToVisit(reg, touched)) {
    const pu = reg.units[pos]!;
    const isTouched = touched.has(pu.unit.id);
    const st = model?.states.get(pu.unit.id);
    // Availability changes (lease ends, action removals and returns), in year order.
    const events = st
      ? st.events.filter((e) => e.idx >= 0 && e.idx < h.n).sort((a, b) => a.idx - b.idx)
      : pu.inUse && pu.endIdx < h.n
        ? [{ idx: pu.endIdx, delta: -1, part: 'framleieEnding' as const, actionId: null }]
        : [];
    const firstOut = events.find((e) => e.delta < 0)?.idx ?? h.n;
    const all = reg.tenantsByUnit.get(pu.unit.id) ?? [];
    const tenants = all.every(living) ? all : all.filter(living);
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
        if (m && m.pu === pu && (displacedMovers.has(m) || m.idx < e.idx)) {
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
          displacedMovers.add(m);
          schedule.displaced += 1;
        }
        pushId(displace(e.idx, seg, part, pu, e).sources.householdIds, hh.id);
      }
    }
    // Current tenants of a touched home: turnover while the home is in use under the plan
    // (movers are counted below).
    if (!isTouched || tenants.length === 0) continue;
    let cut = 0;
    if (pu.inUse && st) {
      cut = st.use.findIndex((v) => v < 1);
      if (cut < 0) cut = h.n;
    } else cut = untouchedCut(pu, h.n);
    for (const t of tenants) {
      const hh = reg.households.get(t.householdId)!;
      if (moverOf.get(hh.id)?.pu === pu) continue;
      const tt = tenancyTurnover(pu, pos, t, hh, h, cut, turnover);
      if (tt) touchedTurnover.push(tt);
    }
  }

  // Turnover, summed in the order of the homes; the ids behind each figure are found when asked.
  const base = baseTurnover(reg, rules, turnover);
  const eachTurnover = (visit: (t: TenancyTurnover) => void) =>
    turnoverInOrder(base, touched, touchedTurnover, visit);
  const nseg = SEGMENT_KEYS.length;
  const contractEnd = new Float64Array(h.n * nseg);
  const careerExit = new Float64Array(h.n * nseg);
  eachTurnover((t) => {
    for (let i = 0, j = t.segIdx; i < h.n; i++, j += nseg) {
      const ce = t.contractEnd[i]!;
      const ca = t.careerExit[i]!;
      if (ce > 0) contractEnd[j] = contractEnd[j]! + ce;
      if (ca > 0) careerExit[j] = careerExit[j]! + ca;
    }
  });

  // Movers in their year: demand for the home they need, their home released while in use.
  // Counted here; the households and homes behind each figure are found when asked.
  const movesIn = (m: Mover) => !displacedMovers.has(m) && m.idx < h.n;
  const releases = (m: Mover) => {
    const st = model?.states.get(m.pu.unit.id);
    return st ? (st.use[m.idx] ?? 0) > 0 : m.pu.inUse && m.idx < m.pu.endIdx;
  };
  const mustMove = new Float64Array(h.n * nseg);
  const released = new Float64Array(h.n * nseg);
  for (const m of movers) {
    if (displacedMovers.has(m)) continue;
    if (m.idx >= h.n) {
      schedule.afterHorizon += 1;
      continue;
    }
    schedule.perYear[m.idx]! += 1;
    mustMove[m.idx * nseg + m.seg]! += 1;
    if (releases(m)) released[m.idx * nseg + m.pu.segIdx]! += 1;
  }
  // The four figures counted apart, each with its ids found when asked.
  const turnoverValues = { contractEnd, careerExit };
  for (let i = 0; i < h.n; i++) {
    for (let s = 0; s < nseg; s++) {
      const c = cell(i, s);
      for (const part of SUPPLY_TURNOVER) {
        c.supply[part] = lazyFigure(turnoverValues[part][i * nseg + s]!, () =>
          turnoverSources(eachTurnover, part, i, s),
        );
      }
      c.demand.mustMove = lazyFigure(mustMove[i * nseg + s]!, () => {
        const out = noSources();
        for (const m of movers) {
          if (m.idx !== i || m.seg !== s || !movesIn(m)) continue;
          out.householdIds.push(m.hh.id);
          out.unitIds.push(m.pu.unit.id);
        }
        return dedupe(out);
      });
      c.supply.released = lazyFigure(released[i * nseg + s]!, () => {
        const out = noSources();
        for (const m of movers) {
          if (m.idx !== i || m.pu.segIdx !== s || !movesIn(m) || !releases(m)) continue;
          out.unitIds.push(m.pu.unit.id);
          out.householdIds.push(m.hh.id);
        }
        return dedupe(out);
      });
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
        if (!lazyFigures.has(f)) dedupe(f.sources);
        d += f.value;
      }
      let sup = 0;
      for (const p of SUPPLY_PARTS) {
        const f = c.supply[p];
        f.value = clean(f.value);
        // Figures whose ids are found when asked deduplicate them then.
        if (!lazyFigures.has(f)) dedupe(f.sources);
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

/** The supply parts that are expected turnover of current tenants (turnover.ts). */
const SUPPLY_TURNOVER = ['contractEnd', 'careerExit'] as const;
type TurnoverPart = (typeof SUPPLY_TURNOVER)[number];

/**
 * Register homes whose figures a plan may change: those its actions touch (model.states) and
 * the homes of households that leave the figures (leie-til-eie).
 */
function touchedHomes(reg: PreparedRegister, model: NeedsModel | undefined): Set<number> {
  const out = new Set<number>(model?.states.keys() ?? []);
  const gone = model?.householdsGone;
  if (gone && gone.size > 0) {
    for (const [unitId, tenants] of reg.tenantsByUnit) {
      if (tenants.some((t) => gone.has(t.householdId))) out.add(unitId);
    }
  }
  return out;
}

/** Positions (in reg.units) of the homes vacant today or whose lease ends in the horizon. */
const keptVisits = keptPer<PreparedRegister, { always: number[]; posOf: Map<number, number> }>();

/**
 * The homes whose events or vacancy the needs table must look at, in the order of the homes:
 * those vacant today or whose lease ends within the horizon (kept per prepared register), and
 * those the plan touches.
 */
function homesToVisit(reg: PreparedRegister, touched: ReadonlySet<number>): number[] {
  const kept = keptVisits(reg, 'visits', () => {
    const always: number[] = [];
    const posOf = new Map<number, number>();
    reg.units.forEach((pu, pos) => {
      posOf.set(pu.unit.id, pos);
      if (pu.unit.status === 'ledig' || (pu.inUse && pu.endIdx < reg.h.n)) always.push(pos);
    });
    return { always, posOf };
  });
  if (touched.size === 0) return kept.always;
  const extra: number[] = [];
  for (const id of touched) {
    const pos = kept.posOf.get(id);
    if (pos !== undefined) extra.push(pos);
  }
  extra.sort((a, b) => a - b);
  // Both lists are in home order: merge them, each home once.
  const out: number[] = [];
  const { always } = kept;
  let i = 0;
  let j = 0;
  while (i < always.length || j < extra.length) {
    const next =
      j >= extra.length || (i < always.length && always[i]! <= extra[j]!)
        ? always[i++]!
        : extra[j++]!;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * A figure whose ids are worked out on first read (then kept): the turnover figures' ids span
 * most tenancies in every year, and are read only when the planner opens a figure. An own,
 * enumerable getter, so JSON and structured clones carry the ids like any other figure's.
 */
function lazyFigure(value: number, sources: () => Sources): Figure {
  let kept: Sources | undefined;
  const f: Figure = {
    value,
    get sources() {
      return (kept ??= sources());
    },
  };
  lazyFigures.add(f);
  return f;
}

/** The figures lazyFigure made (their ids are deduplicated when built, not in the totals). */
const lazyFigures = new WeakSet<Figure>();

/** The homes and households behind one turnover figure, in the order of the homes. */
function turnoverSources(
  eachTurnover: (visit: (t: TenancyTurnover) => void) => void,
  part: TurnoverPart,
  i: number,
  s: number,
): Sources {
  const out = noSources();
  eachTurnover((t) => {
    if (t.segIdx !== s || !(t[part][i]! > 0)) return;
    pushId(out.unitIds, t.unitId);
    pushId(out.householdIds, t.householdId);
  });
  return dedupe(out);
}

/** Share of the demand the supply covers; null without demand (the share is undefined). */
function coverage(supply: number, demand: number): number | null {
  return demand <= 0 ? null : clean(Math.max(0, supply) / demand);
}

/** Ids are pushed unit by unit, so a repeat is (almost always) the last one pushed. */
function pushId(ids: number[], id: number): void {
  if (ids[ids.length - 1] !== id) ids.push(id);
}

function dedupe(s: Sources): Sources {
  // Ids rarely repeat (e.g. one household with two current tenancies): check cheaply first.
  if (hasRepeat(s.unitIds)) s.unitIds = uniq(s.unitIds);
  if (hasRepeat(s.householdIds)) s.householdIds = uniq(s.householdIds);
  if (hasRepeat(s.needIds)) s.needIds = uniq(s.needIds);
  s.actionIds = uniq(s.actionIds);
  return s;
}

/** True if the ids are not strictly increasing (then they may hold a repeat). */
function hasRepeat(ids: number[]): boolean {
  for (let i = 1; i < ids.length; i++) if (ids[i]! <= ids[i - 1]!) return true;
  return false;
}
