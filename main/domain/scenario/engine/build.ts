// Bygging: a project built over its construction years — the cost spread evenly (inflated),
// loans drawn in the same proportion each year, the grant (capped at the nominal cost, shared by
// the homes) and the homes arriving in the completion year, kept in a pool for later sales.
import type { BuildAction } from '../actions';
import { GRANT_WRITE_DOWN_YEARS, resolveLoan } from '../assumptions';
import { roundKr } from '../money';
import { segmentIndex } from '../segments';
import { EID, type PlanEngine, type PoolSegment } from './engine';

/** A building project from its start year through its completion year. */
export function build(eng: PlanEngine, x: BuildAction, title: string): void {
  const b = eng.buf(x.id);
  const from = x.startYear - eng.s0;
  const done = x.completionYear - eng.s0;
  const years = done - from + 1;
  const spend: number[] = [];
  let nominal = 0;
  for (let i = from; i <= done; i++) {
    const sp = (x.totalCost / years) * eng.priceF[i]!;
    spend.push(sp);
    nominal += sp;
    b.building[i]! += sp;
  }
  const totalUnits = x.units.reduce((s, u) => s + u.count, 0);
  const totalArea = x.units.reduce((s, u) => s + u.count * u.areaM2PerHome, 0);
  const totalRent = x.units.reduce((s, u) => s + u.count * u.rentMonthlyPerHome, 0);
  let grant = 0;
  const perHome = (areaM2: number): number => {
    if (x.grant.mode !== 'rate') return 0;
    const r = eng.grantRate(x.grant);
    return r.krPerM2 * Math.min(areaM2, r.maxM2);
  };
  // Never more than the approved cost (validateScenario warns, the form refuses): a capped
  // rate grant is shared by the homes in proportion to their uncapped grant.
  let capShare = 1;
  if (x.grant.mode === 'rate') {
    const uncapped = x.units.reduce((s, u) => s + u.count * perHome(u.areaM2PerHome), 0);
    if (uncapped > 0) capShare = Math.min(1, nominal / uncapped);
    grant = roundKr(Math.min(uncapped, nominal));
  } else if (x.grant.mode === 'percent') {
    grant = roundKr((x.grant.percent / 100) * nominal);
  }
  b.grants[done]! += grant;
  const terms = resolveLoan(eng.a, x.loan);
  const costKr = roundKr(nominal);
  const financed = terms.share * Math.max(0, costKr - grant);
  const tranches = spend.map((sp, k) =>
    eng.addLoan(b, from + k, nominal > 0 ? (financed * sp) / nominal : 0, terms),
  );
  const segs = new Map<number, PoolSegment>();
  for (const u of x.units) {
    const seg = segmentIndex(u.segment);
    for (let i = done; i < eng.n; i++) {
      eng.homeOps(b, i, u.count, u.rentMonthlyPerHome, u.areaM2PerHome, 'eid');
    }
    eng.addStock(seg, EID, u.count, done);
    eng.events.push({ idx: done, segIdx: seg, delta: u.count, part: 'added', actionId: x.id });
    const prev = segs.get(seg);
    const g =
      x.grant.mode === 'percent'
        ? grant / Math.max(1, totalUnits)
        : perHome(u.areaM2PerHome) * capShare;
    if (prev) {
      // Several lines in one segment: keep averages per home.
      const k = prev.remaining + u.count;
      prev.rentMonthly = (prev.rentMonthly * prev.remaining + u.rentMonthlyPerHome * u.count) / k;
      prev.areaM2 = (prev.areaM2 * prev.remaining + u.areaM2PerHome * u.count) / k;
      prev.grantPerHome = (prev.grantPerHome * prev.remaining + g * u.count) / k;
      prev.remaining = k;
    } else {
      segs.set(seg, {
        remaining: u.count,
        rentMonthly: u.rentMonthlyPerHome,
        areaM2: u.areaM2PerHome,
        grantPerHome: g,
      });
    }
  }
  eng.pools.set(x.id, {
    grantIdx: done,
    writeDownYears:
      x.grant.mode === 'none'
        ? GRANT_WRITE_DOWN_YEARS
        : (x.grant.writeDownYears ?? GRANT_WRITE_DOWN_YEARS),
    remaining: totalUnits,
    segs,
    tranches,
  });
  eng.projectRent(x.id, title, done, costKr, grant, terms, totalUnits, totalArea, totalRent);
}
