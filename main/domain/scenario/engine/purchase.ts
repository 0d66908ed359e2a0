// Kjøp: homes bought in a year — the price (inflated), the grant (capped at the price), the
// loan, the homes' running income and costs from that year, and a pool the homes can later be
// sold from (sale.ts, sellFromPool).
import type { PurchaseAction } from '../actions';
import { GRANT_WRITE_DOWN_YEARS, resolveLoan } from '../assumptions';
import { roundKr } from '../money';
import { segmentIndex } from '../segments';
import { EID, type PlanEngine } from './engine';

/** A purchase of `count` homes of one segment in its year. */
export function purchase(eng: PlanEngine, x: PurchaseAction, title: string): void {
  const b = eng.buf(x.id);
  const y = x.year - eng.s0;
  const seg = segmentIndex(x.segment);
  const cost = x.count * x.pricePerHome * eng.priceF[y]!;
  b.purchases[y]! += cost;
  let grantPerHome = 0;
  let grant = 0;
  if (x.grant.mode === 'rate') {
    const r = eng.grantRate(x.grant);
    // Never more than the approved cost (validateScenario warns, the form refuses).
    grantPerHome = Math.min(
      r.krPerM2 * Math.min(x.areaM2PerHome, r.maxM2),
      x.pricePerHome * eng.priceF[y]!,
    );
    grant = roundKr(grantPerHome * x.count);
  } else if (x.grant.mode === 'percent') {
    grant = roundKr((x.grant.percent / 100) * cost);
    grantPerHome = grant / x.count;
  }
  b.grants[y]! += grant;
  const terms = resolveLoan(eng.a, x.loan);
  const costKr = roundKr(cost);
  const tranche = eng.addLoan(b, y, terms.share * Math.max(0, costKr - grant), terms);
  for (let i = y; i < eng.n; i++) {
    eng.homeOps(b, i, x.count, x.rentMonthlyPerHome, x.areaM2PerHome, 'eid');
  }
  eng.addStock(seg, EID, x.count, y);
  eng.events.push({ idx: y, segIdx: seg, delta: x.count, part: 'added', actionId: x.id });
  eng.pools.set(x.id, {
    grantIdx: y,
    writeDownYears:
      x.grant.mode === 'none'
        ? GRANT_WRITE_DOWN_YEARS
        : (x.grant.writeDownYears ?? GRANT_WRITE_DOWN_YEARS),
    remaining: x.count,
    segs: new Map([
      [
        seg,
        {
          remaining: x.count,
          rentMonthly: x.rentMonthlyPerHome,
          areaM2: x.areaM2PerHome,
          grantPerHome,
        },
      ],
    ]),
    tranches: [tranche],
  });
  eng.projectRent(
    x.id,
    title,
    y,
    costKr,
    grant,
    terms,
    x.count,
    x.count * x.areaM2PerHome,
    x.count * x.rentMonthlyPerHome,
  );
}
