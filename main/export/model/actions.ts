// The actions' budget terms, kind by kind (purchase, build, sale, framleie, leie-til-eie,
// rehabilitation, decommissioning), in plan.ts's order of operations; their parameters go to
// Tiltak and their register changes to Grunnlag.
import type {
  Action,
  BuildAction,
  PurchaseAction,
  RehabAction,
  SaleAction,
} from '../../domain/scenario';
import { type BudgetLine } from '../../domain/scenario/budget';
import { roundKr } from '../../domain/scenario/money';
import { segmentIndex, segmentLabel } from '../../domain/scenario/segments';
import { type ActionBasis, type ActionDebt } from '../basis';
import {
  add,
  div,
  max,
  min,
  mul,
  num,
  raw,
  ref,
  round,
  roundText,
  sub,
  sum,
  token,
  type Node,
  type X,
} from '../expr';

import { type Buffers, type ParamRow, type Pool, homes, leases } from './types';
import { LoanBuilder } from './loans';

export abstract class ActionBuilder extends LoanBuilder {
  purchase(x: PurchaseAction, b: Buffers, rows: ParamRow[], title: string): string {
    const y = x.year - this.s0;
    this.param(rows, 'År', x.year, 'year', '');
    this.param(rows, 'Segment', segmentLabel(x.segment), 'text', '');
    const count = ref(this.param(rows, 'Antall boliger', x.count, 'int', 'boliger'));
    const price = ref(
      this.param(rows, 'Pris per bolig', x.pricePerHome, 'kr', `kr (${this.s0}-priser)`),
    );
    const area = ref(this.param(rows, 'P-ROM per bolig', x.areaM2PerHome, 'm2', 'm²'));
    const rent = ref(
      this.param(
        rows,
        'Månedsleie per bolig',
        x.rentMonthlyPerHome,
        'kr',
        `kr (${this.s0}-priser)`,
      ),
    );
    const g = this.grantParams(rows, x.grant);
    const terms = this.loanParams(rows, x.loan);

    const cost = mul(mul(count, price), this.PF(y));
    b.add('purchases', y, cost);
    let grantPerHome: X = num(0);
    if (g.mode === 'rate') {
      // Never more than the price (the approved cost).
      grantPerHome = min(mul(ref(g.krPerM2!), min(area, ref(g.maxM2!))), mul(price, this.PF(y)));
      b.add('grants', y, round(mul(grantPerHome, count)));
    } else if (g.mode === 'percent') {
      b.add('grants', y, round(mul(div(ref(g.percent!), num(100)), cost)));
      grantPerHome = div(ref(b.cell('grants', y)), count);
    }
    const costKr = ref(b.cell('purchases', y));
    const financed =
      g.mode === 'none' ? max(num(0), costKr) : max(num(0), sub(costKr, ref(b.cell('grants', y))));
    const tranche = this.addLoan(
      b,
      title,
      `Lån ${x.year}`,
      y,
      mul(ref(terms.share), financed),
      terms,
    );
    for (let i = y; i < this.n; i++) this.homeOps(b, i, count, rent, area, null);
    this.pools.set(x.id, {
      grantIdx: y,
      writeDownYears: g.writeDownYears ? ref(g.writeDownYears) : null,
      remaining: count,
      segs: new Map([[segmentIndex(x.segment), { remaining: count, rent, area, grantPerHome }]]),
      tranches: [tranche],
    });
    return `Kjøp av ${homes(x.count)} i ${x.year}`;
  }

  construct(x: BuildAction, b: Buffers, rows: ParamRow[], title: string): string {
    const from = x.startYear - this.s0;
    const done = x.completionYear - this.s0;
    const years = done - from + 1;
    this.param(rows, 'Prosjekt', x.project, 'text', '');
    this.param(rows, 'Byggestart', x.startYear, 'year', '');
    this.param(rows, 'Ferdigstillelse', x.completionYear, 'year', '');
    const total = ref(
      this.param(rows, 'Samlet kostnad', x.totalCost, 'kr', `kr (${this.s0}-priser)`),
    );
    const lines = x.units.map((u, k) => {
      const pre = x.units.length > 1 ? `Boliger ${k + 1}: ` : '';
      this.param(rows, `${pre}segment`, segmentLabel(u.segment), 'text', '');
      return {
        segment: u.segment,
        count: ref(this.param(rows, `${pre}antall`, u.count, 'int', 'boliger')),
        area: ref(this.param(rows, `${pre}P-ROM per bolig`, u.areaM2PerHome, 'm2', 'm²')),
        rent: ref(
          this.param(
            rows,
            `${pre}månedsleie per bolig`,
            u.rentMonthlyPerHome,
            'kr',
            `kr (${this.s0}-priser)`,
          ),
        ),
      };
    });
    const g = this.grantParams(rows, x.grant);
    const terms = this.loanParams(rows, x.loan);

    // Spending per construction year (unrounded) and the nominal total, as the engine sums it.
    const spend: Node[] = [];
    const spendRow: (Node | null)[] = new Array<Node | null>(this.n).fill(null);
    for (let i = from; i <= done; i++) {
      const sp = this.book.formula(mul(div(total, num(years)), this.PF(i)));
      spend.push(sp);
      spendRow[i] = sp;
      b.add('building', i, ref(sp));
    }
    const nominal = this.book.formula(sum(spend.map(ref)));
    const totalUnits = sum(lines.map((l) => l.count));
    const perHome = (area: X): X =>
      g.mode === 'rate' ? mul(ref(g.krPerM2!), min(area, ref(g.maxM2!))) : num(0);
    // A rate grant never exceeds the cost; when capped, each home's share shrinks alike.
    let capShare: X = num(1);
    let uncapped: Node | null = null;
    if (g.mode === 'rate') {
      uncapped = this.book.formula(sum(lines.map((l) => mul(l.count, perHome(l.area)))));
      b.add('grants', done, round(min(ref(uncapped), ref(nominal))));
      capShare = min(num(1), div(ref(nominal), ref(uncapped)));
    } else if (g.mode === 'percent') {
      b.add('grants', done, round(mul(div(ref(g.percent!), num(100)), ref(nominal))));
    }
    const grant = g.mode === 'none' ? num(0) : ref(b.cell('grants', done));
    const costKr = round(ref(nominal));
    const financed = this.book.formula(
      mul(
        ref(terms.share),
        g.mode === 'none' ? max(num(0), costKr) : max(num(0), sub(costKr, grant)),
      ),
    );
    this.grid.push(
      { label: title, unit: '', fmt: 'text', note: '', values: [], heading: true },
      {
        label: 'Byggekostnad per år (urundet)',
        unit: 'kr',
        fmt: 'kr',
        note: 'Samlet kostnad / byggeår × prisfaktor',
        values: spendRow,
      },
      {
        label: 'Samlet byggekostnad (urundet)',
        unit: 'kr',
        fmt: 'kr',
        note: 'Sum av årene',
        values: [],
        scalar: nominal,
      },
      {
        label: 'Lånefinansiert beløp (urundet)',
        unit: 'kr',
        fmt: 'kr',
        note: 'Andel × (avrundet kostnad − tilskudd); fordeles på byggeårene',
        values: [],
        scalar: financed,
      },
    );
    if (uncapped) {
      this.grid.push({
        label: 'Tilskudd etter sats, før tak (urundet)',
        unit: 'kr',
        fmt: 'kr',
        note: 'Sats × P-ROM (maks areal) × antall; tilskuddet er aldri høyere enn kostnaden',
        values: [],
        scalar: uncapped,
      });
    }
    const tranches = spend.map((sp, k) => {
      const N = token(nominal);
      const share = roundKr(nominal.num > 0 ? (financed.num * sp.num) / nominal.num : 0);
      const principal = raw(
        `IF(${N}>0,${roundText(`${token(financed)}*${token(sp)}/${N}`)},0)`,
        share,
        true,
      );
      return this.addLoan(b, title, `Lån ${x.startYear + k}`, from + k, principal, terms);
    });
    const segs: Pool['segs'] = new Map();
    for (const l of lines) {
      const seg = segmentIndex(l.segment);
      for (let i = done; i < this.n; i++) this.homeOps(b, i, l.count, l.rent, l.area, null);
      const prev = segs.get(seg);
      const gph =
        g.mode === 'percent' ? div(grant, max(num(1), totalUnits)) : mul(perHome(l.area), capShare);
      if (prev) {
        const k = add(prev.remaining, l.count);
        prev.rent = div(add(mul(prev.rent, prev.remaining), mul(l.rent, l.count)), k);
        prev.area = div(add(mul(prev.area, prev.remaining), mul(l.area, l.count)), k);
        prev.grantPerHome = div(add(mul(prev.grantPerHome, prev.remaining), mul(gph, l.count)), k);
        prev.remaining = k;
      } else {
        segs.set(seg, { remaining: l.count, rent: l.rent, area: l.area, grantPerHome: gph });
      }
    }
    this.pools.set(x.id, {
      grantIdx: done,
      writeDownYears: g.writeDownYears ? ref(g.writeDownYears) : null,
      remaining: totalUnits,
      segs,
      tranches,
    });
    const n = x.units.reduce((s, u) => s + u.count, 0);
    return `Bygging av ${homes(n)}, ${x.startYear}–${x.completionYear}`;
  }

  sale(
    x: SaleAction | Extract<Action, { kind: 'leie_til_eie' }>,
    b: Buffers,
    rows: ParamRow[],
    title: string,
  ): string {
    const y = x.year - this.s0;
    this.param(rows, 'År', x.year, 'year', '');
    const priceParam = x.kind === 'salg' ? x.pricePerHome : x.price;
    if (x.kind === 'salg' && x.target.mode === 'action') {
      const t = x.target;
      const src = this.scenario.actions.findIndex((a) => a.id === t.actionId);
      this.param(rows, 'Boliger fra', src >= 0 ? `Tiltak ${src + 1}` : t.actionId, 'text', '');
      if (t.segment) this.param(rows, 'Segment', segmentLabel(t.segment), 'text', '');
      const k = ref(this.param(rows, 'Antall boliger', t.count, 'int', 'boliger'));
      const price = ref(
        this.param(rows, 'Pris per bolig', priceParam, 'kr', `kr (${this.s0}-priser)`),
      );
      this.sellFromPool(b, title, t.actionId, k, t.segment, y, mul(price, this.PF(y)));
      return `Salg av ${homes(t.count)} fra tiltak ${src + 1} i ${x.year}`;
    }
    const none = new Array<number>(this.n).fill(0);
    const basis: ActionBasis = this.basis.actions.get(x.id) ?? {
      delta: { rent: [], ownerRent: [], area: [], homes: [] },
      debt: { loanRepaid: none, grantRepaid: none, interest: none, instalments: none },
      sold: [],
      units: [],
    };
    if (x.kind === 'salg' && x.target.mode === 'segment') {
      this.param(rows, 'Segment', segmentLabel(x.target.segment), 'text', '');
    }
    // Leie-til-eie names no home: its number (or address) would identify the household that
    // buys it (issue 5.3). Sales of other register homes may name them.
    if (x.kind !== 'leie_til_eie') {
      this.param(rows, 'Boliger', basis.sold.map((u) => u.unitNo).join(', '), 'text', '');
    }
    const count = ref(
      this.param(rows, 'Antall boliger', basis.sold.length, 'int', 'boliger', false),
    );
    const price = ref(
      this.param(rows, 'Pris per bolig', priceParam, 'kr', `kr (${this.s0}-priser)`),
    );
    if (basis.sold.length > 0) {
      b.add('salesIncome', y, mul(count, mul(price, this.PF(y))));
    }
    this.registerChanges(b, title, basis);
    if (x.kind === 'leie_til_eie') {
      return `Salg til leietaker (leie-til-eie), ${homes(basis.sold.length)}`;
    }
    return `Salg av ${homes(basis.sold.length)} fra registeret i ${x.year}`;
  }

  registerChanges(b: Buffers, title: string, basis: ActionBasis | undefined): void {
    if (!basis) return;
    const rows = this.quantityRows(title, basis.delta, true);
    this.quantityOps(b, basis.delta, rows);
    this.debtRows(b, basis.debt, true);
  }

  /**
   * Grunnlag rows for the existing loans and grants (values from Boligplan: the loans'
   * schedules, the homes' shares and the grants' write-down are the register's, not the
   * spreadsheet's), referenced by the budget lines.
   */
  debtRows(b: Buffers, d: ActionDebt, delta: boolean): void {
    const defs: [keyof ActionDebt, BudgetLine, string][] = [
      ['interest', 'existingInterest', 'renter på eksisterende lån'],
      ['instalments', 'existingInstalments', 'avdrag på eksisterende lån'],
      ['loanRepaid', 'loanRepaidOnSale', 'innfridd andel av eksisterende lån'],
      ['grantRepaid', 'grantRepaid', 'tilbakebetalt tilskudd (ikke avskrevet del)'],
    ];
    const note = delta
      ? 'Fra Boligplan: boligenes andel av lån og tilskudd i registeret (verdier, ikke formler)'
      : 'Fra Boligplan: lånene i registeret, rente etter forutsetningen når fastrenten er ute (verdier)';
    for (const [key, line, text] of defs) {
      const series = d[key];
      if (!series.some((v) => v !== 0)) continue;
      const values = series.map((v) => this.book.value(v));
      this.grid.push({
        label: delta ? `Endring: ${text}` : `${text[0]!.toUpperCase()}${text.slice(1)}`,
        unit: 'kr',
        fmt: 'kr',
        note,
        values,
      });
      series.forEach((v, i) => {
        if (v !== 0) b.add(line, i, ref(values[i]!));
      });
    }
  }

  framleie(
    x: Extract<Action, { kind: 'framleie' }>,
    b: Buffers,
    rows: ParamRow[],
    title: string,
  ): string {
    if (x.mode === 'lease') {
      const y = x.year - this.s0;
      this.param(rows, 'År', x.year, 'year', '');
      this.param(rows, 'Segment', segmentLabel(x.segment), 'text', '');
      const count = ref(this.param(rows, 'Antall boliger', x.count, 'int', 'boliger'));
      this.param(rows, 'Leieperiode', x.termYears, 'int', 'år', false);
      const owner = ref(
        this.param(
          rows,
          'Leie til eier per bolig',
          x.ownerRentMonthly,
          'kr',
          `kr per måned (${this.s0}-priser)`,
        ),
      );
      const rent = ref(
        this.param(
          rows,
          'Husleie per bolig',
          x.rentMonthly,
          'kr',
          `kr per måned (${this.s0}-priser)`,
        ),
      );
      for (let i = y; i < Math.min(y + x.termYears, this.n); i++) {
        this.homeOps(b, i, count, rent, null, owner);
      }
      return `Leier ${homes(x.count)} fra private i ${x.termYears} år fra ${x.year}`;
    }
    const basis = this.basis.actions.get(x.id);
    const units = (basis?.units ?? []).map((u) => u.unitNo).join(', ');
    if (x.mode === 'end') {
      this.param(rows, 'Fra år', x.year, 'year', '');
      this.param(rows, 'Boliger', units, 'text', '');
      this.registerChanges(b, title, basis);
      return `Avslutter ${leases(x.unitIds.length)} fra ${x.year}`;
    }
    this.param(rows, 'Til og med år', x.untilYear, 'year', '');
    this.param(rows, 'Boliger', units, 'text', '');
    if (x.ownerRentMonthly !== undefined) {
      this.param(
        rows,
        'Ny leie til eier per bolig',
        x.ownerRentMonthly,
        'kr',
        'kr per måned',
        false,
      );
    }
    this.registerChanges(b, title, basis);
    return `Forlenger ${leases(x.unitIds.length)} til ${x.untilYear}`;
  }

  rehab(x: RehabAction, b: Buffers, rows: ParamRow[], title: string): string {
    const from = x.fromYear - this.s0;
    const to = x.toYear - this.s0;
    const years = to - from + 1;
    const basis = this.basis.actions.get(x.id);
    this.param(rows, 'Fra år', x.fromYear, 'year', '');
    this.param(rows, 'Til år', x.toYear, 'year', '');
    this.param(rows, 'Boliger', (basis?.units ?? []).map((u) => u.unitNo).join(', '), 'text', '');
    const cost = ref(this.param(rows, 'Kostnad i alt', x.cost, 'kr', `kr (${this.s0}-priser)`));
    this.param(rows, 'Ny tilstandsgrad', `TG${x.newCondition}`, 'text', '');
    const terms = this.loanParams(rows, x.loan);
    for (let i = from; i <= to && i < this.n; i++) {
      b.add('rehabilitation', i, mul(div(cost, num(years)), this.PF(i)));
      const spent = ref(b.cell('rehabilitation', i));
      this.addLoan(b, title, `Lån ${this.s0 + i}`, i, mul(ref(terms.share), spent), terms);
    }
    this.registerChanges(b, title, basis);
    return `Rehabilitering av ${homes(x.unitIds.length)} ${x.fromYear}–${x.toYear}`;
  }

  decommission(
    x: Extract<Action, { kind: 'avvikling' }>,
    b: Buffers,
    rows: ParamRow[],
    title: string,
  ): string {
    const basis = this.basis.actions.get(x.id);
    this.param(rows, 'År', x.year, 'year', '');
    this.param(rows, 'Boliger', (basis?.units ?? []).map((u) => u.unitNo).join(', '), 'text', '');
    this.registerChanges(b, title, basis);
    return `Avvikler ${homes(x.unitIds.length)} fra ${x.year}`;
  }
}
