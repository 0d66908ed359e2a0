// Framleie: new leases from private owners (homes for the term, their end a supply event), and
// the register's own leases ended early or renewed (the homes' timelines changed).
import type { FramleieAction } from '../actions';
import { segmentIndex } from '../segments';
import { FRAMLEIE, type PlanEngine } from './engine';

/** A framleie action: lease new homes, end register leases, or renew them. */
export function framleie(eng: PlanEngine, x: FramleieAction): void {
  const b = eng.buf(x.id);
  if (x.mode === 'lease') {
    const y = x.year - eng.s0;
    const end = y + x.termYears;
    const seg = segmentIndex(x.segment);
    for (let i = y; i < Math.min(end, eng.n); i++) {
      eng.homeOps(b, i, x.count, x.rentMonthly, 0, 'framleie', x.ownerRentMonthly);
    }
    eng.addStock(seg, FRAMLEIE, x.count, y, end);
    eng.events.push({ idx: y, segIdx: seg, delta: x.count, part: 'added', actionId: x.id });
    if (end < eng.n) {
      eng.events.push({
        idx: end,
        segIdx: seg,
        delta: -x.count,
        part: 'framleieEnding',
        actionId: x.id,
      });
    }
    return;
  }
  const basis = eng.basisOf(x.id);
  for (const id of x.unitIds) {
    const pu = eng.reg.byId.get(id);
    if (!pu) continue;
    basis.unitIds.push(id);
    if (x.mode === 'end') {
      eng.removeUnit(b, pu, x.year - eng.s0, 'framleieEnding', x.id);
      continue;
    }
    const e = pu.endIdx;
    if (!(e < eng.n)) continue;
    const until = x.untilYear - eng.s0;
    const newRent = x.ownerRentMonthly;
    eng.mutateUnit(b, basis.delta, pu, (st) => {
      for (let i = e; i < eng.n; i++) {
        const on = i <= until ? 1 : 0;
        st.stock[i] = on;
        st.use[i] = pu.inUse ? on : 0;
        if (newRent !== undefined) {
          const old = st.ownerRent[i]!;
          st.ownerRent[i] = i === e ? pu.endFrac * old + (1 - pu.endFrac) * newRent : newRent;
        }
      }
      st.events = st.events.filter((ev) => ev.idx < e);
      // A renewal ending before the plan (a stale lease) ends in the first year, like the lease.
      const endAt = Math.max(0, until + 1);
      if (pu.inUse && endAt < eng.n) {
        st.events.push({ idx: endAt, delta: -1, part: 'framleieEnding', actionId: x.id });
      }
    });
  }
}
