// The existing stock without actions (the line «Eksisterende boligmasse»): the register's
// budget and quantities (RegisterQuantities) aggregated with difference arrays (O(units +
// years)), its homes in the stock per year, and the existing loans' debt service. The
// quantities depend only on the register and the horizon, so they are aggregated once per
// prepared register; each plan multiplies them by its own assumptions.
import { keptPer } from '../../keptPer';
import { REGISTER_LINE_ID } from '../budget';
import type { PlanEngine } from './engine';
import { NSEG, NTEN } from './engine';
import type { PreparedRegister, PreparedUnit } from '../prepare';
import type { RegisterQuantities } from '../plan';

/** The register's own stock per year, before any action. Read only. */
interface RegisterStock {
  quantities: RegisterQuantities;
  /** Difference array (length n + 1) × segment × tenure of the homes in the stock. */
  stockDiff: number[];
  /** Homes in the stock but not in use, per year. */
  outOfUse: number[];
}

const keptStock = keptPer<PreparedRegister, RegisterStock>();

function registerStock(reg: PreparedRegister): RegisterStock {
  return keptStock(reg, 'stock', () => aggregateStock(reg));
}

function aggregateStock(reg: PreparedRegister): RegisterStock {
  const { n } = reg.h;
  const zeros = (k: number) => new Array<number>(k).fill(0);
  const rent = zeros(n + 1);
  const own = zeros(n + 1);
  const area = zeros(n + 1);
  const count = zeros(n + 1);
  const rentP = zeros(n);
  const ownP = zeros(n);
  const areaP = zeros(n);
  const countP = zeros(n);
  const oou = zeros(n + 1);
  const stockDiff = zeros((n + 1) * NSEG * NTEN);
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
    const end = Math.min(pu.endIdx, n);
    const k = pu.segIdx * NTEN + pu.tenureIdx;
    stockDiff[k] = stockDiff[k]! + 1;
    stockDiff[end * NSEG * NTEN + k] = stockDiff[end * NSEG * NTEN + k]! - 1;
    if (!pu.inUse) {
      oou[0] = oou[0]! + 1;
      oou[end] = oou[end]! - 1;
    }
  }
  const q: RegisterQuantities = { rent: [], ownerRent: [], area: [], homes: [] };
  const outOfUse: number[] = [];
  let r = 0;
  let o = 0;
  let ar = 0;
  let c = 0;
  let out = 0;
  for (let i = 0; i < n; i++) {
    r += rent[i]!;
    o += own[i]!;
    ar += area[i]!;
    c += count[i]!;
    out += oou[i]!;
    q.rent.push(r + rentP[i]!);
    q.ownerRent.push(o + ownP[i]!);
    q.area.push(ar + areaP[i]!);
    q.homes.push(c + countP[i]!);
    outOfUse.push(out);
  }
  return { quantities: q, stockDiff, outOfUse };
}

/** Books the register's baseline on the «register» line (the first thing runPlan does). */
export function registerBaseline(eng: PlanEngine): void {
  const { n } = eng;
  const b = eng.buf(REGISTER_LINE_ID);
  const { quantities, stockDiff, outOfUse } = registerStock(eng.reg);
  stockDiff.forEach((v, k) => (eng.stockDiff[k] = eng.stockDiff[k]! + v));
  const q = eng.baseQ;
  for (let i = 0; i < n; i++) {
    q.rent[i] = quantities.rent[i]!;
    q.ownerRent[i] = quantities.ownerRent[i]!;
    q.area[i] = quantities.area[i]!;
    q.homes[i] = quantities.homes[i]!;
    const rentIncome = q.rent[i]! * 12 * eng.rentF[i]!;
    b.rentIncome[i] = rentIncome;
    b.vacancyLoss[i] = rentIncome * eng.a.vacancyLoss;
    b.framleieRentPaid[i] = q.ownerRent[i]! * 12 * eng.rentF[i]!;
    b.operationMaintenance[i] = q.area[i]! * eng.a.maintenancePerM2PerYear * eng.costF[i]!;
    b.management[i] = q.homes[i]! * eng.a.managementPerUnitPerYear * eng.costF[i]!;
    b.existingInterest[i] = eng.debt.baseline.interest[i]!;
    b.existingInstalments[i] = eng.debt.baseline.instalments[i]!;
    eng.outOfUseDelta[i] = eng.outOfUseDelta[i]! + outOfUse[i]!;
  }
}
