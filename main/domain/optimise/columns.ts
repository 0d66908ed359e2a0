// The optimiser's columns: one candidate action of one home (or one project in one year, or
// one register home sold in one year), with its per-home coefficients taken from the real
// engine (runPlan) so the linear model agrees with the plan the suggestion becomes.
//
// Costs: every candidate of kjøp, framleie and bygging goes into one scenario run; the engine
// keeps each action's budget on its own line (its marginal effect), so one run gives all their
// coefficients. A sale's effect on the needs (the tenant's expected turnover, a vacant home)
// depends on the home, so each candidate sale is its own run against the base plan.
// Supply: a home bought or leased adds 1 to its segment's supply in its year (and a lease ending
// takes it back), a project its units in its completion year — the engine's `added` and
// `framleieEnding` events; a sale's change of supply and demand is read from its run.
import type {
  Action,
  BuildAction,
  FramleieLeaseAction,
  PurchaseAction,
  SaleAction,
  Scenario,
} from '../scenario/actions';
import type { RegisterSnapshot } from '../scenario/needs';
import { runPlan, type PlanResult } from '../scenario/plan';
import {
  bedroomBucket,
  parseSegment,
  SEGMENT_KEYS,
  unitSegment,
  type SegmentKey,
} from '../scenario/segments';
import { namedUnitIds } from '../scenario/actions';
import { unitValues } from '../scenario/values';
import type { SuggestRequest } from './types';

export type ColumnKind = 'kjop' | 'bygging' | 'framleie' | 'salg';

export interface Column {
  name: string;
  kind: ColumnKind;
  /** Plan year index the action takes effect (completion year for a project). */
  yearIdx: number;
  /** 1 for yes/no columns (a project in a year, a home sold in a year). */
  upper: number;
  /** At most one column of a group (a project's years, a home's sale years). */
  group: string | null;
  /** The action for one home (count 1) or for the project/sale as it is. */
  action: Action;
  npv: number;
  netInvestment: number[];
  /** Change of supply and demand summed through the target year, per segment. */
  supply: Partial<Record<SegmentKey, number>>;
  demand: Partial<Record<SegmentKey, number>>;
  /** Change of supply and demand in the target year itself, per segment. */
  supplyAt: Partial<Record<SegmentKey, number>>;
  demandAt: Partial<Record<SegmentKey, number>>;
  /** Change of the stock at 31 December per year: all homes, framleie homes. */
  stock: number[];
  framleieStock: number[];
  /** Homes bought (kjøp) per year. */
  bought: number[];
}

export interface BasePlan {
  plan: PlanResult;
  targetIdx: number;
  /** Supply and demand summed through the target year, per segment. */
  supply: Record<SegmentKey, number>;
  demand: Record<SegmentKey, number>;
  /** Supply and demand in the target year itself, per segment. */
  supplyAt: Record<SegmentKey, number>;
  demandAt: Record<SegmentKey, number>;
  netInvestment: number[];
  stock: number[];
  framleieStock: number[];
  bought: number[];
}

export function cumulative(
  plan: PlanResult,
  targetIdx: number,
): { supply: Record<SegmentKey, number>; demand: Record<SegmentKey, number> } {
  const supply = {} as Record<SegmentKey, number>;
  const demand = {} as Record<SegmentKey, number>;
  for (const s of SEGMENT_KEYS) {
    supply[s] = 0;
    demand[s] = 0;
    for (let i = 0; i <= targetIdx; i++) {
      const cell = plan.perYear[i]!.needs.segments[s];
      supply[s] += cell.supplyTotal;
      demand[s] += cell.demandTotal;
    }
  }
  return { supply, demand };
}

/** Supply and demand in one plan year, per segment. */
export function inYear(
  plan: PlanResult,
  idx: number,
): { supply: Record<SegmentKey, number>; demand: Record<SegmentKey, number> } {
  const supply = {} as Record<SegmentKey, number>;
  const demand = {} as Record<SegmentKey, number>;
  for (const s of SEGMENT_KEYS) {
    const cell = plan.perYear[idx]!.needs.segments[s];
    supply[s] = cell.supplyTotal;
    demand[s] = cell.demandTotal;
  }
  return { supply, demand };
}

/** Homes bought (kjøp) per plan year in a scenario. */
export function boughtPerYear(s: Scenario): number[] {
  const out = new Array<number>(s.years).fill(0);
  for (const a of s.actions) {
    if (a.kind === 'kjop') {
      const i = a.year - s.startYear;
      if (i >= 0 && i < s.years) out[i] = out[i]! + a.count;
    }
  }
  return out;
}

export function basePlan(snapshot: RegisterSnapshot, req: SuggestRequest): BasePlan {
  const plan = runPlan(snapshot, req.base);
  const targetIdx = req.target.year - req.base.startYear;
  const { supply, demand } = cumulative(plan, targetIdx);
  const at = inYear(plan, targetIdx);
  return {
    plan,
    targetIdx,
    supply,
    demand,
    supplyAt: at.supply,
    demandAt: at.demand,
    netInvestment: plan.perYear.map((y) => y.netInvestment),
    stock: plan.perYear.map((y) => y.stock.total),
    framleieStock: plan.perYear.map((y) => y.stock.byTenure.framleie),
    bought: boughtPerYear(req.base),
  };
}

const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

/** Segments the target concerns: those with demand through the target year. */
export function segmentsWithDemand(base: BasePlan): SegmentKey[] {
  return SEGMENT_KEYS.filter((s) => base.demand[s] > 0);
}

function loanOf(req: SuggestRequest) {
  return req.loanShare === undefined ? undefined : { share: req.loanShare };
}

/** All candidate columns, with coefficients from the engine. */
export function buildColumns(
  snapshot: RegisterSnapshot,
  req: SuggestRequest,
  base: BasePlan,
): Column[] {
  const { startYear, years } = req.base;
  const ti = base.targetIdx;
  const segs = segmentsWithDemand(base);
  const zeros = () => new Array<number>(years).fill(0);
  const cols: Column[] = [];
  // Homes bought, leased or built are supply in the year they arrive only: in the target year's
  // own figures when they arrive in it.
  const push = (c: Omit<Column, 'npv' | 'netInvestment' | 'supplyAt' | 'demandAt'>) =>
    cols.push({
      ...c,
      supplyAt: c.yearIdx === ti ? c.supply : {},
      demandAt: {},
      npv: 0,
      netInvestment: zeros(),
    });

  if (req.allowed.kjop) {
    for (const s of segs) {
      const price = req.purchase[parseSegment(s).bedrooms];
      for (let i = 0; i <= ti; i++) {
        const action: PurchaseAction = {
          id: `k_${i}_${SEGMENT_KEYS.indexOf(s)}`,
          kind: 'kjop',
          year: startYear + i,
          segment: s,
          count: 1,
          pricePerHome: price.pricePerHome,
          areaM2PerHome: price.areaM2PerHome,
          rentMonthlyPerHome: price.rentMonthlyPerHome,
          grant: { mode: 'rate' },
          ...(loanOf(req) ? { loan: loanOf(req) } : {}),
        };
        push({
          name: action.id,
          kind: 'kjop',
          yearIdx: i,
          upper: 10_000,
          group: null,
          action,
          supply: { [s]: 1 },
          demand: {},
          stock: range(years, (k) => (k >= i ? 1 : 0)),
          framleieStock: zeros(),
          bought: range(years, (k) => (k === i ? 1 : 0)),
        });
      }
    }
  }
  if (req.allowed.framleie) {
    const term = req.framleie.termYears;
    for (const s of segs) {
      const price = req.framleie[parseSegment(s).bedrooms];
      for (let i = 0; i <= ti; i++) {
        // A lease ending by the target year adds nothing to the supply through it.
        if (i + term <= ti) continue;
        const action: FramleieLeaseAction = {
          id: `f_${i}_${SEGMENT_KEYS.indexOf(s)}`,
          kind: 'framleie',
          mode: 'lease',
          year: startYear + i,
          segment: s,
          count: 1,
          termYears: term,
          ownerRentMonthly: price.ownerRentMonthly,
          rentMonthly: price.rentMonthly,
        };
        const on = range(years, (k) => (k >= i && k < i + term ? 1 : 0));
        push({
          name: action.id,
          kind: 'framleie',
          yearIdx: i,
          upper: 10_000,
          group: null,
          action,
          supply: { [s]: 1 },
          demand: {},
          stock: on,
          framleieStock: on,
          bought: zeros(),
        });
      }
    }
  }
  if (req.allowed.bygging || req.projects.some((p) => p.decided)) {
    req.projects.forEach((p, pi) => {
      if (!req.allowed.bygging && !p.decided) return;
      const first = startYear + p.buildYears - 1;
      const years_ =
        p.completionYear !== undefined
          ? [p.completionYear]
          : range(Math.max(0, req.target.year - first + 1), (k) => first + k);
      for (const c of years_) {
        const i = c - startYear;
        if (i < 0 || i >= years) continue;
        const action: BuildAction = {
          id: `b_${pi}_${i}`,
          kind: 'bygging',
          project: p.project,
          units: p.units.map((u) => ({ ...u })),
          totalCost: p.totalCost,
          startYear: c - p.buildYears + 1,
          completionYear: c,
          grant: { mode: 'rate' },
          ...(loanOf(req) ? { loan: loanOf(req) } : {}),
        };
        const supply: Partial<Record<SegmentKey, number>> = {};
        let homes = 0;
        for (const u of p.units) {
          homes += u.count;
          if (i <= ti) supply[u.segment] = (supply[u.segment] ?? 0) + u.count;
        }
        push({
          name: action.id,
          kind: 'bygging',
          yearIdx: i,
          upper: 1,
          group: `p_${pi}`,
          action,
          supply,
          demand: {},
          stock: range(years, (k) => (k >= i ? homes : 0)),
          framleieStock: zeros(),
          bought: zeros(),
        });
      }
    });
  }

  // One run for every candidate of kjøp, framleie and bygging: each keeps its own budget line.
  if (cols.length > 0) {
    const batch: Scenario = {
      ...req.base,
      actions: [
        ...req.base.actions,
        ...cols.map((c) =>
          c.action.kind === 'bygging'
            ? { ...c.action, project: `${c.action.project} (${c.name})` }
            : c.action,
        ),
      ],
    };
    const plan = runPlan(snapshot, batch);
    const byId = new Map(plan.byAction.map((b) => [b.actionId, b]));
    for (const c of cols) {
      const b = byId.get(c.action.id)!;
      c.npv = b.npv;
      c.netInvestment = b.perYear.map((y) => y.netInvestment);
    }
  }

  if (req.allowed.salg && req.saleCandidates > 0) {
    cols.push(...saleColumns(snapshot, req, base));
  }
  return cols;
}

/**
 * Candidate sales: the lowest-valued owned homes (unitValues) not protected nor named by a
 * decided action, marked «til salgs» or with a negative value.
 */
export function saleCandidates(snapshot: RegisterSnapshot, req: SuggestRequest): number[] {
  const named = new Set(req.base.actions.flatMap(namedUnitIds));
  const protectedIds = new Set(req.limits.protectedUnitIds);
  const byId = new Map(snapshot.units.map((u) => [u.id, u]));
  return unitValues(snapshot, req.base.assumptions, 30, req.base.startYear)
    .filter((v) => !named.has(v.unitId) && !protectedIds.has(v.unitId))
    .filter((v) => {
      const u = byId.get(v.unitId);
      // The engine has no values beyond the horizon, so a sale always looks like income: only
      // homes marked for sale or worth less than nothing over 30 years are offered.
      return u !== undefined && u.tenure === 'eid' && (u.status === 'til_salgs' || v.npv < 0);
    })
    .slice(0, req.saleCandidates)
    .map((v) => v.unitId);
}

/**
 * A sale touches the sold home's own segment (its stock, its use, its tenant's turnover) and the
 * segments its households need, since they must move and become demand. Sales whose touched
 * segments do not overlap separate exactly by segment, so each run sells several candidates in
 * one year: first a run per candidate in the first year finds the segments it touches (a later
 * sale touches no more: a household gone by then displaces nobody, a new tenant is of the
 * home's own size).
 */
function saleColumns(snapshot: RegisterSnapshot, req: SuggestRequest, base: BasePlan): Column[] {
  const { startYear, years } = req.base;
  const ti = base.targetIdx;
  const byId = new Map(snapshot.units.map((u) => [u.id, u]));
  type Candidate = { unitId: number; segment: SegmentKey; touched: Set<SegmentKey> };
  const batches: Candidate[][] = [];
  for (const unitId of saleCandidates(snapshot, req)) {
    const segment = unitSegment(byId.get(unitId)!);
    const touched = touchedSegments(snapshot, req, base, unitId);
    touched.add(segment);
    const c: Candidate = { unitId, segment, touched };
    const batch = batches.find((b) => b.every((x) => [...x.touched].every((t) => !touched.has(t))));
    if (batch) batch.push(c);
    else batches.push([c]);
  }
  const out: Column[] = [];
  for (const batch of batches) {
    for (let i = 0; i <= ti; i++) {
      const sales = batch.map(({ unitId, segment, touched }) => {
        const u = byId.get(unitId)!;
        const price = Math.round(
          req.purchase[bedroomBucket(u.bedrooms)].pricePerHome * req.salePriceShare,
        );
        const action: SaleAction = {
          id: `s_${unitId}_${i}`,
          kind: 'salg',
          year: startYear + i,
          target: { mode: 'units', unitIds: [unitId] },
          pricePerHome: price,
        };
        return { unitId, segment, touched, action };
      });
      const plan = runPlan(snapshot, {
        ...req.base,
        actions: [...req.base.actions, ...sales.map((x) => x.action)],
      });
      const cum = cumulative(plan, ti);
      const at = inYear(plan, ti);
      for (const { unitId, touched, action } of sales) {
        const b = plan.byAction.find((x) => x.actionId === action.id)!;
        const supply: Partial<Record<SegmentKey, number>> = {};
        const demand: Partial<Record<SegmentKey, number>> = {};
        const supplyAt: Partial<Record<SegmentKey, number>> = {};
        const demandAt: Partial<Record<SegmentKey, number>> = {};
        const put = (to: Partial<Record<SegmentKey, number>>, t: SegmentKey, d: number) => {
          if (Math.abs(d) > 1e-12) to[t] = d;
        };
        for (const t of touched) {
          put(supply, t, cum.supply[t] - base.supply[t]);
          put(demand, t, cum.demand[t] - base.demand[t]);
          put(supplyAt, t, at.supply[t] - base.supplyAt[t]);
          put(demandAt, t, at.demand[t] - base.demandAt[t]);
        }
        out.push({
          name: action.id,
          kind: 'salg',
          yearIdx: i,
          upper: 1,
          group: `u_${unitId}`,
          action,
          npv: b.npv,
          netInvestment: b.perYear.map((y) => y.netInvestment),
          supply,
          demand,
          supplyAt,
          demandAt,
          stock: range(years, (k) => (k >= i ? -1 : 0)),
          framleieStock: new Array<number>(years).fill(0),
          bought: new Array<number>(years).fill(0),
        });
      }
    }
  }
  return out;
}

/** The segments whose supply or demand a sale of the home in the first plan year changes. */
function touchedSegments(
  snapshot: RegisterSnapshot,
  req: SuggestRequest,
  base: BasePlan,
  unitId: number,
): Set<SegmentKey> {
  const sale: SaleAction = {
    id: `probe_${unitId}`,
    kind: 'salg',
    year: req.base.startYear,
    target: { mode: 'units', unitIds: [unitId] },
    pricePerHome: 0,
  };
  const plan = runPlan(snapshot, { ...req.base, actions: [...req.base.actions, sale] });
  const cum = cumulative(plan, base.targetIdx);
  const out = new Set<SegmentKey>();
  for (const s of SEGMENT_KEYS) {
    if (
      Math.abs(cum.supply[s] - base.supply[s]) > 1e-12 ||
      Math.abs(cum.demand[s] - base.demand[s]) > 1e-12
    )
      out.add(s);
  }
  return out;
}
