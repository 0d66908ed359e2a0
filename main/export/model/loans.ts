// Loans (Lån): repayment plans as formulas, a loan drawn by an action, and a sale's
// repayment of a pool's loans with the remaining loan's new schedule.
import { annuityPayment, roundKr } from '../../domain/scenario/money';
import { segmentIndex, type SegmentKey } from '../../domain/scenario/segments';
import {
  div,
  max,
  mul,
  neg,
  num,
  raw,
  ref,
  round,
  roundText,
  sub,
  token,
  type Node,
  type X,
} from '../expr';

import { type Buffers, type LoanBlock, type Tranche, SERIAL } from './types';
import { CoreBuilder } from './core';

export abstract class LoanBuilder extends CoreBuilder {
  // --- Loans ----------------------------------------------------------------------------------

  /** A repayment plan from year index `firstIdx`, as formulas (money.ts loanSchedule). */
  schedule(
    actionTitle: string,
    label: string,
    principal: Node,
    rate: Node,
    years: Node,
    type: Node,
    firstIdx: number,
    loanNo: number,
  ): LoanBlock {
    const { book } = this;
    const p = principal.num;
    const r = rate.num;
    const nY = Math.round(years.num);
    const serial = type.value === SERIAL;
    const [P, E, F, G] = [principal, rate, years, type].map(token) as [
      string,
      string,
      string,
      string,
    ];
    const pay = serial || nY < 1 ? 0 : roundKr(annuityPayment(p, r, nY));
    const payment = book.formula(
      raw(
        `IF(OR(${G}="${SERIAL}",${F}<1),0,${roundText(`IF(${E}=0,${P}/${F},${P}*${E}/(1-(1+${E})^(-${F})))`)})`,
        pay,
        true,
      ),
    );
    const I = token(payment);
    const interest: (Node | null)[] = new Array<Node | null>(this.n).fill(null);
    const instalment: (Node | null)[] = new Array<Node | null>(this.n).fill(null);
    const balance: (Node | null)[] = new Array<Node | null>(this.n).fill(null);
    let bal = p;
    for (let i = Math.max(0, firstIdx); i < this.n; i++) {
      const k = i - firstIdx + 1;
      const open = k === 1 ? p : bal;
      const O = k === 1 ? P : token(balance[i - 1]!);
      const int = k <= nY ? roundKr(open * r) : 0;
      const inst =
        k > nY
          ? 0
          : k === nY
            ? open
            : serial
              ? roundKr((p * k) / nY) - roundKr((p * (k - 1)) / nY)
              : Math.min(open, Math.max(0, pay - int));
      bal = open - inst;
      const iNode = book.formula(raw(`IF(${k}<=${F},${roundText(`${O}*${E}`)},0)`, int, true));
      const In = token(iNode);
      const sNode = book.formula(
        raw(
          `IF(${k}>${F},0,IF(${k}=${F},${O},IF(${G}="${SERIAL}",${roundText(`${P}*${k}/${F}`)}-${roundText(`${P}*${k - 1}/${F}`)},MIN(${O},MAX(0,${I}-${In})))))`,
          inst,
          true,
        ),
      );
      const bNode = book.formula(raw(`${O}-${token(sNode)}`, bal, true));
      interest[i] = iNode;
      instalment[i] = sNode;
      balance[i] = bNode;
    }
    const block: LoanBlock = {
      loanNo,
      actionTitle,
      label,
      principal,
      rate,
      years,
      type,
      firstIdx,
      payment,
      interest,
      instalment,
      balance,
    };
    this.loans.push(block);
    return block;
  }

  /** addLoan: a tranche drawn in year index `drawIdx`; books it on the action's lines. */
  addLoan(
    b: Buffers,
    title: string,
    label: string,
    drawIdx: number,
    principal: X,
    terms: { rate: Node; years: Node; type: Node },
  ): Tranche {
    const { book } = this;
    const P = book.formula(round(principal));
    const rate = book.formula(ref(terms.rate));
    const years = book.formula(ref(terms.years));
    const type = book.formula(raw(token(terms.type), 0), terms.type.value ?? '');
    const block = this.schedule(title, label, P, rate, years, type, drawIdx, this.loans.length + 1);
    b.add('newLoans', drawIdx, ref(P));
    for (let i = drawIdx; i < this.n; i++) {
      b.add('interest', i, ref(block.interest[i]!));
      b.add('instalments', i, ref(block.instalment[i]!));
    }
    return { drawIdx, blocks: [block], rate, years, type };
  }

  sellFromPool(
    b: Buffers,
    title: string,
    poolId: string,
    k: X,
    segment: SegmentKey | undefined,
    y: number,
    price: X,
  ): void {
    const pool = this.pools.get(poolId);
    if (!pool) return;
    const segIdx = segment !== undefined ? segmentIndex(segment) : [...pool.segs.keys()][0]!;
    const g = pool.segs.get(segIdx);
    if (!g) return;
    b.add('salesIncome', y, mul(k, price));
    const done = Math.max(0, Math.floor(y - pool.grantIdx));
    const wdy = pool.writeDownYears;
    if (wdy) {
      // grantRemaining(grantPerHome × k, completed years, write-down years)
      b.add(
        'grantRepaid',
        y,
        round(mul(mul(g.grantPerHome, k), max(num(0), sub(num(1), div(num(done), wdy))))),
      );
    }
    for (const t of pool.tranches) {
      const d = y - t.drawIdx;
      const from = Math.max(0, d);
      // The balance at the start of the sale year on the schedule in force (engine/sale.ts: that
      // year's balance + instalment). An earlier sale in the same year left a block starting
      // this year: its principal (the opening less that sale's repayment). Otherwise the
      // balance after year y − 1 (a later block replaces the years from its start), or the
      // principal when sold in the draw year.
      const prev = t.blocks[t.blocks.length - 1]!;
      const before = [...t.blocks].reverse().find((bl) => bl.firstIdx <= y - 1);
      const sameYear = prev.firstIdx === t.drawIdx + from;
      const opening = sameYear
        ? prev.principal
        : d <= 0 || !before
          ? t.blocks[0]!.principal
          : before.balance[y - 1]!;
      const repaid = this.book.formula(round(div(mul(ref(opening), k), pool.remaining)));
      b.add('loanRepaidOnSale', y, ref(repaid));
      const P = this.book.formula(sub(ref(opening), ref(repaid)));
      const rate = this.book.formula(ref(t.rate));
      const years = this.book.formula(sub(ref(t.years), num(from)));
      const type = this.book.formula(raw(token(t.type), 0), t.type.value ?? '');
      const tail = this.schedule(
        title,
        `Restlån etter salg ${this.s0 + y}`,
        P,
        rate,
        years,
        type,
        t.drawIdx + from,
        prev.loanNo,
      );
      tail.repaid = { idx: y, node: repaid };
      for (let i = t.drawIdx + from; i < this.n; i++) {
        b.add('interest', i, sub(ref(tail.interest[i]!), ref(prev.interest[i]!)));
        b.add('instalments', i, sub(ref(tail.instalment[i]!), ref(prev.instalment[i]!)));
      }
      t.blocks.push(tail);
    }
    for (let i = y; i < this.n; i++) this.homeOps(b, i, neg(k), g.rent, g.area, null);
    g.remaining = sub(g.remaining, k);
    pool.remaining = sub(pool.remaining, k);
  }
}
