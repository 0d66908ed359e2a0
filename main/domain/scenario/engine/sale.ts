// Homes leaving the stock by sale: salg (named register homes, register homes picked from a
// segment, or homes from an earlier purchase or build), leie-til-eie (the tenant buys; the
// household leaves the figures) and avvikling (winding up), with the settling of a register
// home's existing loans and grants.
import { compareNb } from '../../format';
import type { DecommissionAction, RentToOwnAction, SaleAction } from '../actions';
import { grantRemaining, loanSchedule, roundKr } from '../money';
import type { PreparedUnit } from '../prepare';
import { segmentIndex, type SegmentKey } from '../segments';
import { planYearFactor } from '../values';
import { EID, type Buf, type PlanEngine } from './engine';

/** A sale or leie-til-eie: register homes named or picked, or homes from an earlier action. */
export function sale(
  eng: PlanEngine,
  x: SaleAction | RentToOwnAction,
  named: Set<number>,
  index: number,
  title: string,
): void {
  const b = eng.buf(x.id);
  const y = x.year - eng.s0;
  const price = (x.kind === 'salg' ? x.pricePerHome : x.price) * eng.priceF[y]!;
  let homes: PreparedUnit[] = [];
  if (x.kind === 'leie_til_eie') {
    const pu = eng.reg.byId.get(x.unitId);
    if (pu) homes = [pu];
  } else if (x.target.mode === 'units') {
    homes = x.target.unitIds.flatMap((id) => {
      const pu = eng.reg.byId.get(id);
      return pu ? [pu] : [];
    });
  } else if (x.target.mode === 'segment') {
    const c = candidatesFor(eng, segmentIndex(x.target.segment), named);
    homes = c.list.slice(c.pos, c.pos + x.target.count);
    c.pos += homes.length;
  } else {
    sellFromPool(eng, b, x.id, x.target.actionId, x.target.count, x.target.segment, y, price);
    return;
  }
  const basis = eng.basisOf(x.id);
  for (const pu of homes) {
    if (x.kind === 'leie_til_eie') {
      eng.removeUnit(b, pu, y, 'removed', x.id, false);
      for (const t of eng.reg.tenantsByUnit.get(pu.unit.id) ?? []) {
        eng.householdsGone.add(t.householdId);
      }
    } else {
      // A let home: its households become demand in year y, in their own segment
      // (buildNeeds turns the 'removed' event into demand.homeRemoved; supply never < 0).
      eng.removeUnit(b, pu, y, 'removed', x.id);
    }
    basis.soldUnitIds.push(pu.unit.id);
    basis.unitIds.push(pu.unit.id);
    b.salesIncome[y]! += price;
    settleRegisterHome(eng, b, x.id, index, title, pu, y, x.keepLoan === true);
  }
}

/**
 * Sells k homes bought or built by an earlier action (its pool): the grant not yet written down
 * is paid back, each loan tranche repays its share of the balance and runs on for the rest.
 */
function sellFromPool(
  eng: PlanEngine,
  b: Buf,
  saleId: string,
  poolId: string,
  k: number,
  segment: SegmentKey | undefined,
  y: number,
  price: number,
): void {
  const pool = eng.pools.get(poolId);
  if (!pool || k <= 0) return;
  const segIdx = segment !== undefined ? segmentIndex(segment) : [...pool.segs.keys()][0]!;
  const g = pool.segs.get(segIdx);
  if (!g) return;
  b.salesIncome[y]! += k * price;
  b.grantRepaid[y]! += grantRemaining(g.grantPerHome * k, y - pool.grantIdx, pool.writeDownYears);
  for (const t of pool.tranches) {
    const done = y - t.drawIdx;
    if (t.sched.length === 0 || done >= t.terms.years) continue;
    // The balance at the start of the sale year on the schedule in force: opening of loan
    // year `done` = its balance + its instalment. An earlier sale in the same year has already
    // replaced that year (with its own opening less its repayment), so the second sale starts
    // after the first one's repayment rather than from the balance after year y − 1.
    const cur = t.sched[Math.max(0, done)]!;
    const opening = done < 0 ? t.principal : cur.balance + cur.instalment;
    const repaid = roundKr((opening * k) / pool.remaining);
    b.loanRepaidOnSale[y]! += repaid;
    const from = Math.max(0, done);
    const tail = loanSchedule(
      opening - repaid,
      t.terms.interestRate,
      t.terms.years - from,
      t.terms.type,
    );
    tail.forEach((ly, j) => {
      const old = t.sched[from + j]!;
      const i = t.drawIdx + from + j;
      if (i < eng.n) {
        b.interest[i]! += ly.interest - old.interest;
        b.instalments[i]! += ly.instalment - old.instalment;
      }
      t.sched[from + j] = { ...ly, year: from + j + 1 };
    });
  }
  for (let i = y; i < eng.n; i++) eng.homeOps(b, i, -k, g.rentMonthly, g.areaM2, 'eid');
  eng.addStock(segIdx, EID, -k, y);
  eng.events.push({ idx: y, segIdx, delta: -k, part: 'removed', actionId: saleId });
  g.remaining -= k;
  pool.remaining -= k;
}

/**
 * Avvikling: register homes wound up (taken out of the stock) from 1 January of the year; their
 * households become demand, their loans and grants are settled as on a sale.
 */
export function decommission(
  eng: PlanEngine,
  x: DecommissionAction,
  index: number,
  title: string,
): void {
  const b = eng.buf(x.id);
  const basis = eng.basisOf(x.id);
  for (const id of x.unitIds) {
    const pu = eng.reg.byId.get(id);
    if (!pu) continue;
    basis.unitIds.push(id);
    eng.removeUnit(b, pu, x.year - eng.s0, 'removed', x.id);
    settleRegisterHome(eng, b, x.id, index, title, pu, x.year - eng.s0, x.keepLoan === true);
  }
}

/**
 * A register home leaves the stock in year index y (sold, sold to the tenant, wound up): its
 * share of the existing loans is repaid (unless kept) and its debt service stops; the part of
 * its grants not yet written down is paid back. Warns when the register has neither.
 */
function settleRegisterHome(
  eng: PlanEngine,
  b: Buf,
  actionId: string,
  actionIndex: number,
  title: string,
  pu: PreparedUnit,
  y: number,
  keepLoan: boolean,
): void {
  const f = eng.debt.removal(pu.unit.id, y, keepLoan);
  const d = eng.basisOf(actionId).debt;
  b.loanRepaidOnSale[y]! += f.loanRepaid;
  b.grantRepaid[y]! += f.grantRepaid;
  d.loanRepaid[y]! += f.loanRepaid;
  d.grantRepaid[y]! += f.grantRepaid;
  for (let i = y; i < eng.n; i++) {
    b.existingInterest[i]! += f.delta.interest[i]!;
    b.existingInstalments[i]! += f.delta.instalments[i]!;
    d.interest[i]! += f.delta.interest[i]!;
    d.instalments[i]! += f.delta.instalments[i]!;
    eng.existingBalanceDelta[i]! += f.delta.balance[i]!;
  }
  if (pu.unit.tenure === 'eid' && !f.hasLoan && !f.hasGrant) {
    eng.warnings.push({
      severity: 'warning',
      actionId,
      actionIndex,
      field: 'Bolig',
      code: 'no-loan-data',
      year: eng.s0 + y,
      unitIds: [pu.unit.id],
      message:
        `${title}, Bolig: registeret har verken lån eller tilskudd for bolig ${pu.unit.unitNo}; ` +
        'salget er beregnet uten innfrielse av lån og uten tilbakebetaling av tilskudd',
    });
  }
}

/** Owned register homes of a segment for segment sales, best candidates first. */
function candidatesFor(
  eng: PlanEngine,
  segIdx: number,
  named: Set<number>,
): { list: PreparedUnit[]; pos: number } {
  let c = eng.candidates.get(segIdx);
  if (!c) {
    const rf = planYearFactor(eng.a.rentGrowth, eng.a.discountRate, 30);
    const cf = planYearFactor(eng.a.costGrowth, eng.a.discountRate, 30);
    const value = (pu: PreparedUnit) =>
      pu.unit.rentMonthly * 12 * (1 - eng.a.vacancyLoss) * rf -
      (pu.unit.areaM2 * eng.a.maintenancePerM2PerYear + eng.a.managementPerUnitPerYear) * cf -
      pu.unit.maintenanceBacklog;
    const list = eng.reg.units
      .filter((pu) => pu.segIdx === segIdx && pu.unit.tenure === 'eid' && !named.has(pu.unit.id))
      .map((pu) => ({ pu, v: value(pu), forSale: pu.unit.status === 'til_salgs' ? 0 : 1 }))
      .sort(
        (p, q) =>
          p.forSale - q.forSale || p.v - q.v || compareNb(p.pu.unit.unitNo, q.pu.unit.unitNo),
      )
      .map((p) => p.pu);
    c = { list, pos: 0 };
    eng.candidates.set(segIdx, c);
  }
  return c;
}
