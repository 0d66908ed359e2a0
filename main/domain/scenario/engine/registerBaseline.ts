// The existing stock without actions (the line «Eksisterende boligmasse»): the register's
// budget and quantities (RegisterQuantities) aggregated once with difference arrays
// (O(units + years)), its homes in the stock per year, and the existing loans' debt service.
import { REGISTER_LINE_ID } from '../budget';
import type { PreparedUnit } from '../prepare';
import { NSEG, NTEN, type PlanEngine } from './engine';

/** Books the register's baseline on the «register» line (the first thing runPlan does). */
export function registerBaseline(eng: PlanEngine): void {
  const { n } = eng;
  const b = eng.buf(REGISTER_LINE_ID);
  const rent = new Array<number>(n + 1).fill(0);
  const own = new Array<number>(n + 1).fill(0);
  const area = new Array<number>(n + 1).fill(0);
  const count = new Array<number>(n + 1).fill(0);
  const rentP = new Array<number>(n).fill(0);
  const ownP = new Array<number>(n).fill(0);
  const areaP = new Array<number>(n).fill(0);
  const countP = new Array<number>(n).fill(0);
  const oou = new Array<number>(n + 1).fill(0);
  const add = (diff: number[], part: number[], pu: PreparedUnit, v: number) => {
    if (v === 0) return;
    const end = Math.min(pu.endIdx, n);
    diff[0] = diff[0]! + v;
    diff[end] = diff[end]! - v;
    if (pu.endIdx < n) part[pu.endIdx] = part[pu.endIdx]! + pu.endFrac * v;
  };
  for (const pu of eng.reg.units) {
    const u = pu.unit;
    add(rent, rentP, pu, pu.inUse ? u.rentMonthly : 0);
    add(own, ownP, pu, u.tenure === 'framleie' ? (u.ownerRentMonthly ?? 0) : 0);
    add(area, areaP, pu, u.tenure === 'eid' ? u.areaM2 : 0);
    add(count, countP, pu, 1);
    const end = Math.min(pu.endIdx, n);
    const k = pu.segIdx * NTEN + pu.tenureIdx;
    eng.stockDiff[k] = eng.stockDiff[k]! + 1;
    eng.stockDiff[end * NSEG * NTEN + k] = eng.stockDiff[end * NSEG * NTEN + k]! - 1;
    if (!pu.inUse) {
      oou[0] = oou[0]! + 1;
      oou[end] = oou[end]! - 1;
    }
  }
  let r = 0;
  let o = 0;
  let ar = 0;
  let c = 0;
  let out = 0;
  const q = eng.baseQ;
  for (let i = 0; i < n; i++) {
    r += rent[i]!;
    o += own[i]!;
    ar += area[i]!;
    c += count[i]!;
    out += oou[i]!;
    q.rent[i] = r + rentP[i]!;
    q.ownerRent[i] = o + ownP[i]!;
    q.area[i] = ar + areaP[i]!;
    q.homes[i] = c + countP[i]!;
    const rentIncome = q.rent[i]! * 12 * eng.rentF[i]!;
    b.rentIncome[i] = rentIncome;
    b.vacancyLoss[i] = rentIncome * eng.a.vacancyLoss;
    b.framleieRentPaid[i] = q.ownerRent[i]! * 12 * eng.rentF[i]!;
    b.operationMaintenance[i] = q.area[i]! * eng.a.maintenancePerM2PerYear * eng.costF[i]!;
    b.management[i] = q.homes[i]! * eng.a.managementPerUnitPerYear * eng.costF[i]!;
    b.existingInterest[i] = eng.debt.baseline.interest[i]!;
    b.existingInstalments[i] = eng.debt.baseline.instalments[i]!;
    eng.outOfUseDelta[i] = eng.outOfUseDelta[i]! + out;
  }
}
