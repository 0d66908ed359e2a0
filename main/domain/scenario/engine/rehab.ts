// Rehabilitering: the cost spread over the period (inflated) with its loans, and the register
// homes out of use during it and back in use after it.
import type { RehabAction } from '../actions';
import { resolveLoan } from '../assumptions';
import { roundKr } from '../money';
import { type PlanEngine } from './engine';

/** A rehabilitation of register homes from fromYear through toYear. */
export function rehab(eng: PlanEngine, x: RehabAction): void {
  const b = eng.buf(x.id);
  const from = x.fromYear - eng.s0;
  const to = x.toYear - eng.s0;
  const years = to - from + 1;
  const terms = resolveLoan(eng.a, x.loan);
  for (let i = from; i <= to && i < eng.n; i++) {
    const sp = (x.cost / years) * eng.priceF[i]!;
    b.rehabilitation[i]! += sp;
    eng.addLoan(b, i, terms.share * roundKr(sp), terms);
  }
  const basis = eng.basisOf(x.id);
  for (const id of x.unitIds) {
    const pu = eng.reg.byId.get(id);
    if (!pu) continue;
    basis.unitIds.push(id);
    eng.mutateUnit(b, basis.delta, pu, (st) => {
      const wasInUse = (st.use[from] ?? 0) > 0;
      for (let i = from; i <= to && i < eng.n; i++) st.use[i] = 0;
      if (wasInUse) st.events.push({ idx: from, delta: -1, part: 'removed', actionId: x.id });
      if (to + 1 < eng.n && st.stock[to + 1]! > 0) {
        for (let i = to + 1; i < eng.n; i++) st.use[i] = st.stock[i]!;
        st.events.push({ idx: to + 1, delta: 1, part: 'added', actionId: x.id });
      }
    });
  }
}
