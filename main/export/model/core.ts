// The base of a scenario's model: growth factors and the register's quantities (Grunnlag),
// references to the named assumptions (Forutsetninger), the running income and costs of homes,
// and the action parameters (Tiltak).
import {
  GRANT_MAX_M2,
  GRANT_RATES,
  GRANT_WRITE_DOWN_YEARS,
} from '../../domain/scenario/assumptions';
import type { GrantSpec, LoanTerms, Scenario } from '../../domain/scenario';
import { LOAN_TYPE_LABEL } from '../../domain/scenario/labels';
import type { RegisterSnapshot } from '../../domain/scenario/needs';
import type { PlanResult } from '../../domain/scenario/plan';
import { PROM_SHARE_OF_BRA } from '../../domain/rules';
import { registerBasis, type Quantities } from '../basis';
import { type Book } from '../book';
import { add, div, mul, name, num, pow, raw, ref, type Node, type X } from '../expr';

import {
  type Buffers,
  type GridRow,
  type LoanBlock,
  type NameKey,
  NAMES,
  type ParamRow,
  type Pool,
  type ScenarioModel,
  type Fmt,
} from './types';

export abstract class CoreBuilder {
  readonly n: number;
  readonly s0: number;
  readonly names: Record<NameKey, string>;
  readonly grid: GridRow[] = [];
  readonly loans: LoanBlock[] = [];
  readonly pools = new Map<string, Pool>();
  readonly factors: ScenarioModel['factors'];
  readonly grantRate: Node;
  protected readonly basis;

  constructor(
    readonly book: Book,
    readonly no: number,
    readonly scenario: Scenario,
    readonly plan: PlanResult,
    snapshot: RegisterSnapshot,
    readonly fallbacks: string[],
  ) {
    this.n = scenario.years;
    this.s0 = scenario.startYear;
    this.names = Object.fromEntries(
      Object.entries(NAMES).map(([k, v]) => [k, `${v}_${no}`]),
    ) as Record<NameKey, string>;
    this.basis = registerBasis(snapshot, plan);
    const a = scenario.assumptions;
    const g = (key: NameKey, v: number) => name(this.names[key], v);
    this.grantRate = book.formula(
      raw(
        `VLOOKUP(${this.names.municipalityGroup},Husbanken_satser,2,FALSE)`,
        GRANT_RATES[a.municipalityGroup].krPerM2,
      ),
    );
    const price: Node[] = [];
    const rent: Node[] = [];
    const cost: Node[] = [];
    const discount: Node[] = [];
    for (let i = 0; i < this.n; i++) {
      // Math.pow(1 + growth, i), as the engine's factors.
      price.push(book.formula(pow(add(num(1), g('priceGrowth', a.priceGrowth)), num(i))));
      rent.push(book.formula(pow(add(num(1), g('rentGrowth', a.rentGrowth)), num(i))));
      cost.push(book.formula(pow(add(num(1), g('costGrowth', a.costGrowth)), num(i))));
      // presentValue: factor starts at 1 and is multiplied by (1 + rate) each year.
      discount.push(
        i === 0
          ? book.value(1)
          : book.formula(
              mul(ref(discount[i - 1]!), add(num(1), g('discountRate', a.discountRate))),
            ),
      );
    }
    this.factors = { price, rent, cost, discount };
    this.grid.push(
      { label: 'Vekstfaktorer', unit: '', fmt: 'text', note: '', values: [], heading: true },
      {
        label: 'Prisfaktor',
        unit: 'faktor',
        fmt: 'factor',
        note: '(1 + prisvekst) ^ år fra startåret',
        values: price,
      },
      {
        label: 'Husleiefaktor',
        unit: 'faktor',
        fmt: 'factor',
        note: '(1 + husleievekst) ^ år fra startåret',
        values: rent,
      },
      {
        label: 'Kostnadsfaktor',
        unit: 'faktor',
        fmt: 'factor',
        note: '(1 + kostnadsvekst) ^ år fra startåret',
        values: cost,
      },
      {
        label: 'Diskonteringsfaktor',
        unit: 'faktor',
        fmt: 'factor',
        note: '(1 + kalkulasjonsrente) ^ år fra startåret',
        values: discount,
      },
    );
  }

  // --- References ---------------------------------------------------------------------------

  nm(key: NameKey): X {
    const a = this.scenario.assumptions;
    const v: Record<NameKey, number> = {
      startYear: this.s0,
      years: this.n,
      interestRate: a.interestRate,
      priceGrowth: a.priceGrowth,
      rentGrowth: a.rentGrowth,
      costGrowth: a.costGrowth,
      maintenancePerM2PerYear: a.maintenancePerM2PerYear,
      managementPerUnitPerYear: a.managementPerUnitPerYear,
      vacancyLoss: a.vacancyLoss,
      discountRate: a.discountRate,
      moveOutRateAtContractEnd: a.moveOutRateAtContractEnd,
      careerExitRate: a.careerExitRate,
      contractRenewalYears: a.contractRenewalYears,
      mustMoveRate: a.mustMoveRate,
      coverageTarget: a.coverageTarget,
      municipalityGroup: 0,
      grantRate: GRANT_RATES[a.municipalityGroup].krPerM2,
      grantMaxM2: GRANT_MAX_M2,
      grantWriteDown: GRANT_WRITE_DOWN_YEARS,
      loanShare: a.defaultLoan.share,
      loanYears: a.defaultLoan.years,
      loanType: 0,
    };
    return name(this.names[key], v[key]);
  }

  PF = (i: number): X => ref(this.factors.price[i]!);
  RF = (i: number): X => ref(this.factors.rent[i]!);
  CF = (i: number): X => ref(this.factors.cost[i]!);

  /** homeOps: running income and costs of k homes in year i. */
  homeOps(
    b: Buffers,
    i: number,
    k: X,
    rentMonthly: X,
    areaM2: X | null,
    ownerRentMonthly: X | null,
  ): void {
    const rent = mul(mul(mul(k, rentMonthly), num(12)), this.RF(i));
    b.add('rentIncome', i, rent);
    b.add('vacancyLoss', i, mul(rent, this.nm('vacancyLoss')));
    if (areaM2) {
      b.add(
        'operationMaintenance',
        i,
        mul(
          mul(mul(k, div(areaM2, num(PROM_SHARE_OF_BRA))), this.nm('maintenancePerM2PerYear')),
          this.CF(i),
        ),
      );
    } else if (ownerRentMonthly) {
      b.add('framleieRentPaid', i, mul(mul(mul(k, ownerRentMonthly), num(12)), this.RF(i)));
    }
    b.add('management', i, mul(mul(k, this.nm('managementPerUnitPerYear')), this.CF(i)));
  }

  /** Register-home changes: the quantities (values) times the assumptions (formulas). */
  quantityOps(b: Buffers, q: Quantities, rows: Node[][]): void {
    const [rent, owner, area, homes] = rows;
    for (let i = 0; i < this.n; i++) {
      if (q.rent[i] !== 0) {
        const r = mul(mul(ref(rent![i]!), num(12)), this.RF(i));
        b.add('rentIncome', i, r);
        b.add('vacancyLoss', i, mul(r, this.nm('vacancyLoss')));
      }
      if (q.ownerRent[i] !== 0) {
        b.add('framleieRentPaid', i, mul(mul(ref(owner![i]!), num(12)), this.RF(i)));
      }
      if (q.area[i] !== 0) {
        b.add(
          'operationMaintenance',
          i,
          mul(mul(ref(area![i]!), this.nm('maintenancePerM2PerYear')), this.CF(i)),
        );
      }
      if (q.homes[i] !== 0) {
        b.add(
          'management',
          i,
          mul(mul(ref(homes![i]!), this.nm('managementPerUnitPerYear')), this.CF(i)),
        );
      }
    }
  }

  /** Grunnlag rows for quantities; returns the value nodes per row. */
  quantityRows(title: string, q: Quantities, delta: boolean): Node[][] {
    const label = (text: string) =>
      delta ? `Endring: ${text}` : `${text[0]!.toUpperCase()}${text.slice(1)}`;
    const note = delta
      ? 'Fra Boligplan: boligene tiltaket berører (verdier, ikke formler)'
      : 'Fra Boligplan: summert over registerets boliger (verdier, ikke formler)';
    const defs: [keyof Quantities, string, string, Fmt][] = [
      ['rent', label('månedsleie for boliger i bruk'), 'kr per måned', 'kr'],
      ['ownerRent', label('leie til private eiere (framleie)'), 'kr per måned', 'kr'],
      ['area', label('BRA eide boliger'), 'm² (årsandel)', 'm2'],
      ['homes', label('boliger i boligmassen'), 'antall (årsandel)', 'dec'],
    ];
    const shown = defs.filter(([key]) => !delta || q[key].some((v) => v !== 0));
    if (shown.length > 0) {
      this.grid.push({ label: title, unit: '', fmt: 'text', note: '', values: [], heading: true });
    }
    return defs.map(([key, label, unit, fmt]) => {
      const values = q[key].map((v) => this.book.value(v));
      if (shown.some(([k]) => k === key)) this.grid.push({ label, unit, fmt, note, values });
      return values;
    });
  }

  // --- Parameters (Tiltak) ------------------------------------------------------------------

  param(
    rows: ParamRow[],
    label: string,
    v: number | string,
    fmt: Fmt,
    unit: string,
    input = fmt !== 'text' && fmt !== 'year',
  ): Node {
    const node = this.book.value(v);
    rows.push({ label, node, fmt, unit, input });
    return node;
  }

  /** A parameter that follows a named assumption unless the action sets its own value. */
  paramOr(
    rows: ParamRow[],
    label: string,
    own: number | string | undefined,
    key: NameKey,
    fallback: number | string,
    fmt: Fmt,
    unit: string,
  ): Node {
    if (own !== undefined) return this.param(rows, label, own, fmt, unit, true);
    const node = this.book.formula(
      raw(this.names[key], typeof fallback === 'number' ? fallback : 0),
      fallback,
    );
    rows.push({ label, node, fmt, unit, note: 'Fra forutsetningene', input: false });
    return node;
  }

  loanParams(rows: ParamRow[], loan: Partial<LoanTerms> | undefined) {
    const a = this.scenario.assumptions;
    return {
      share: this.paramOr(
        rows,
        'Lånefinansiert andel',
        loan?.share,
        'loanShare',
        a.defaultLoan.share,
        'pct',
        'andel',
      ),
      rate: this.paramOr(
        rows,
        'Rente',
        loan?.interestRate,
        'interestRate',
        a.interestRate,
        'pct',
        'andel',
      ),
      years: this.paramOr(
        rows,
        'Løpetid',
        loan?.years,
        'loanYears',
        a.defaultLoan.years,
        'int',
        'år',
      ),
      type: this.paramOr(
        rows,
        'Lånetype',
        loan?.type === undefined ? undefined : LOAN_TYPE_LABEL[loan.type],
        'loanType',
        LOAN_TYPE_LABEL[a.defaultLoan.type],
        'text',
        '',
      ),
    };
  }

  grantParams(rows: ParamRow[], g: GrantSpec) {
    const a = this.scenario.assumptions;
    const wdy = (own: number | undefined) =>
      this.paramOr(
        rows,
        'Tilskudd, avskrivningstid',
        own,
        'grantWriteDown',
        GRANT_WRITE_DOWN_YEARS,
        'int',
        'år',
      );
    if (g.mode === 'rate') {
      return {
        mode: g.mode,
        krPerM2: this.paramOr(
          rows,
          'Tilskudd, sats',
          g.krPerM2,
          'grantRate',
          GRANT_RATES[a.municipalityGroup].krPerM2,
          'kr',
          'kr per m²',
        ),
        maxM2: this.paramOr(
          rows,
          'Tilskudd, maks areal',
          g.maxM2,
          'grantMaxM2',
          GRANT_MAX_M2,
          'm2',
          'm² per bolig',
        ),
        percent: null,
        writeDownYears: wdy(g.writeDownYears),
      };
    }
    if (g.mode === 'percent') {
      return {
        mode: g.mode,
        krPerM2: null,
        maxM2: null,
        percent: this.param(
          rows,
          'Tilskudd, prosent av kostnad',
          g.percent,
          'percentNumber',
          'prosent',
        ),
        writeDownYears: wdy(g.writeDownYears),
      };
    }
    rows.push({
      label: 'Tilskudd',
      node: this.book.value('Uten tilskudd'),
      fmt: 'text',
      unit: '',
      input: false,
    });
    return {
      mode: g.mode,
      krPerM2: null,
      maxM2: null,
      percent: null,
      writeDownYears: null,
    };
  }
}
