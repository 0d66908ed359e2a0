// Quantities behind the budget of register homes, per year: monthly rent of homes in use,
// rent paid to private owners per month, m² of owned homes, and homes (year shares). The
// engine multiplies these by the assumptions (rent × 12 × rent growth, m² × maintenance per m²
// × cost growth, …); the workbook does the same in formulas, from these quantities written as
// values («fra Boligplan»): which homes a segment sale picks, when framleie leases end and how
// a rehabilitation takes homes out of use are the engine's work, not the spreadsheet's.
//
// This replays runPlan's bookkeeping of register homes (registerBaseline, mutateUnit,
// removeUnit, framleie, rehab, candidatesFor in plan.ts) without the money; tests check that
// quantities × factors give the engine's figures to the krone, so the two cannot drift apart.
import type { Unit } from '../domain/types';
import { actionYear, namedUnitIds, type Scenario } from '../domain/scenario/actions';
import {
  baseUnitState,
  prepareRegister,
  type PreparedRegister,
  type PreparedUnit,
  type RegisterSnapshot,
  type UnitState,
} from '../domain/scenario/needs';
import { segmentIndex } from '../domain/scenario/segments';
import { growingAnnuityFactor } from '../domain/scenario/values';

/** Per-year quantities (index 0 = the scenario's start year). */
export interface Quantities {
  /** Σ monthly rent × share of the year in use. */
  rent: number[];
  /** Σ monthly rent to private owners × share of the year in the stock (framleie). */
  ownerRent: number[];
  /** Σ m² BRA × share of the year in the stock (owned homes). */
  area: number[];
  /** Σ share of the year in the stock (homes). */
  homes: number[];
}

export interface ActionBasis {
  /** Change of the quantities caused by the action (marginal, like its budget lines). */
  delta: Quantities;
  /** Register homes the action sells (sales and leie-til-eie), in the engine's order. */
  sold: Unit[];
  /** Register homes the action names or picks (for the Tiltak sheet). */
  units: Unit[];
}

export interface RegisterBasis {
  /** The existing stock without actions (the line «Eksisterende boligmasse»). */
  base: Quantities;
  /** Actions that change register homes, by action id. */
  actions: Map<string, ActionBasis>;
}

function zeros(n: number): Quantities {
  const z = () => new Array<number>(n).fill(0);
  return { rent: z(), ownerRent: z(), area: z(), homes: z() };
}

/** The register's quantities per year, summed in the engine's order (registerBaseline). */
function baseline(reg: PreparedRegister): Quantities {
  const { n } = reg.h;
  const q = zeros(n);
  const rent = new Array<number>(n + 1).fill(0);
  const own = new Array<number>(n + 1).fill(0);
  const area = new Array<number>(n + 1).fill(0);
  const count = new Array<number>(n + 1).fill(0);
  const rentP = new Array<number>(n).fill(0);
  const ownP = new Array<number>(n).fill(0);
  const areaP = new Array<number>(n).fill(0);
  const countP = new Array<number>(n).fill(0);
  const add = (diff: number[], part: number[], pu: PreparedUnit, v: number) => {
    if (v === 0) return;
    const end = Math.min(pu.endIdx, n);
    diff[0] = diff[0]! + v;
    diff[end] = diff[end]! - v;
    if (pu.endIdx < n) part[pu.endIdx] = part[pu.endIdx]! + pu.endFrac * v;
  };
  for (const pu of reg.units) {
    const u = pu.unit;
    add(rent, rentP, pu, pu.inUse ? u.rentMonthly : 0);
    add(own, ownP, pu, u.tenure === 'framleie' ? (u.ownerRentMonthly ?? 0) : 0);
    add(area, areaP, pu, u.tenure === 'eid' ? u.areaM2 : 0);
    add(count, countP, pu, 1);
  }
  let r = 0;
  let o = 0;
  let ar = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    r += rent[i]!;
    o += own[i]!;
    ar += area[i]!;
    c += count[i]!;
    q.rent[i] = r + rentP[i]!;
    q.ownerRent[i] = o + ownP[i]!;
    q.area[i] = ar + areaP[i]!;
    q.homes[i] = c + countP[i]!;
  }
  return q;
}

export function registerBasis(snapshot: RegisterSnapshot, scenario: Scenario): RegisterBasis {
  const n = scenario.years;
  const s0 = scenario.startYear;
  const a = scenario.assumptions;
  const reg = prepareRegister(snapshot, { startYear: s0, n });
  const states = new Map<number, UnitState>();
  const actions = new Map<string, ActionBasis>();
  const candidates = new Map<number, { list: PreparedUnit[]; pos: number }>();
  const named = new Set<number>(scenario.actions.flatMap(namedUnitIds));

  const basisOf = (id: string): ActionBasis => {
    let b = actions.get(id);
    if (!b) {
      b = { delta: zeros(n), sold: [], units: [] };
      actions.set(id, b);
    }
    return b;
  };

  const mutate = (b: ActionBasis, pu: PreparedUnit, change: (st: UnitState) => void) => {
    let st = states.get(pu.unit.id);
    if (!st) {
      st = baseUnitState(pu, n);
      states.set(pu.unit.id, st);
    }
    const stock0 = [...st.stock];
    const use0 = [...st.use];
    const own0 = [...st.ownerRent];
    change(st);
    const u = pu.unit;
    const d = b.delta;
    for (let i = 0; i < n; i++) {
      const s1 = st.stock[i]!;
      const s = stock0[i]!;
      const dStock = s1 - s;
      d.rent[i]! += u.rentMonthly * (st.use[i]! - use0[i]!);
      if (u.tenure === 'framleie') d.ownerRent[i]! += st.ownerRent[i]! * s1 - own0[i]! * s;
      if (u.tenure === 'eid') d.area[i]! += u.areaM2 * dStock;
      d.homes[i]! += dStock;
    }
  };

  const remove = (b: ActionBasis, pu: PreparedUnit, y: number) =>
    mutate(b, pu, (st) => {
      for (let i = y; i < n; i++) {
        st.stock[i] = 0;
        st.use[i] = 0;
      }
    });

  const candidatesFor = (segIdx: number) => {
    let c = candidates.get(segIdx);
    if (!c) {
      const rf = growingAnnuityFactor(a.rentGrowth, a.discountRate, 30);
      const cf = growingAnnuityFactor(a.costGrowth, a.discountRate, 30);
      const value = (pu: PreparedUnit) =>
        pu.unit.rentMonthly * 12 * (1 - a.vacancyLoss) * rf -
        (pu.unit.areaM2 * a.maintenancePerM2PerYear + a.managementPerUnitPerYear) * cf -
        pu.unit.maintenanceBacklog;
      const list = reg.units
        .filter((pu) => pu.segIdx === segIdx && pu.unit.tenure === 'eid' && !named.has(pu.unit.id))
        .map((pu) => ({ pu, v: value(pu), forSale: pu.unit.status === 'til_salgs' ? 0 : 1 }))
        .sort(
          (p, q) =>
            p.forSale - q.forSale ||
            p.v - q.v ||
            p.pu.unit.unitNo.localeCompare(q.pu.unit.unitNo, 'nb'),
        )
        .map((p) => p.pu);
      c = { list, pos: 0 };
      candidates.set(segIdx, c);
    }
    return c;
  };

  const found = (ids: number[]): PreparedUnit[] =>
    ids.flatMap((id) => {
      const pu = reg.byId.get(id);
      return pu ? [pu] : [];
    });

  const order = scenario.actions
    .map((x, index) => ({ x, index }))
    .sort((p, q) => actionYear(p.x) - actionYear(q.x) || p.index - q.index);
  for (const { x } of order) {
    switch (x.kind) {
      case 'salg':
      case 'leie_til_eie': {
        const y = x.year - s0;
        let homes: PreparedUnit[];
        if (x.kind === 'leie_til_eie') homes = found([x.unitId]);
        else if (x.target.mode === 'units') homes = found(x.target.unitIds);
        else if (x.target.mode === 'segment') {
          const c = candidatesFor(segmentIndex(x.target.segment));
          homes = c.list.slice(c.pos, c.pos + x.target.count);
          c.pos += homes.length;
        } else break; // homes from an earlier purchase or build: no register homes
        const b = basisOf(x.id);
        for (const pu of homes) {
          remove(b, pu, y);
          b.sold.push(pu.unit);
          b.units.push(pu.unit);
        }
        break;
      }
      case 'framleie': {
        if (x.mode === 'lease') break;
        const b = basisOf(x.id);
        for (const pu of found(x.unitIds)) {
          b.units.push(pu.unit);
          if (x.mode === 'end') {
            remove(b, pu, x.year - s0);
            continue;
          }
          const e = pu.endIdx;
          if (!(e < n)) continue;
          const until = x.untilYear - s0;
          const newRent = x.ownerRentMonthly;
          mutate(b, pu, (st) => {
            for (let i = e; i < n; i++) {
              const on = i <= until ? 1 : 0;
              st.stock[i] = on;
              st.use[i] = pu.inUse ? on : 0;
              if (newRent !== undefined) {
                const old = st.ownerRent[i]!;
                st.ownerRent[i] = i === e ? pu.endFrac * old + (1 - pu.endFrac) * newRent : newRent;
              }
            }
          });
        }
        break;
      }
      case 'rehabilitering': {
        const b = basisOf(x.id);
        const from = x.fromYear - s0;
        const to = x.toYear - s0;
        for (const pu of found(x.unitIds)) {
          b.units.push(pu.unit);
          mutate(b, pu, (st) => {
            for (let i = from; i <= to && i < n; i++) st.use[i] = 0;
            if (to + 1 < n && st.stock[to + 1]! > 0) {
              for (let i = to + 1; i < n; i++) st.use[i] = st.stock[i]!;
            }
          });
        }
        break;
      }
      case 'avvikling': {
        const b = basisOf(x.id);
        for (const pu of found(x.unitIds)) {
          b.units.push(pu.unit);
          remove(b, pu, x.year - s0);
        }
        break;
      }
      case 'kjop':
      case 'bygging':
        break;
    }
  }
  return { base: baseline(reg), actions };
}
