// The mixed-integer model as CPLEX LP text (what HiGHS reads), and its solution back to counts.
// Pure: no solver here.
//
//   x_c ≥ 0 integer (homes of a kjøp/framleie column; 0/1 for a project year or a home's sale)
//   coverage   per segment with demand (or all together):
//              Σ_c (Δsupply_c − t·Δdemand_c)·x_c ≥ t·demand_base − supply_base   (through the target year)
//              and the same with the target year's own supply and demand (where it has demand)
//   budget     each plan year: Σ_c netInvestment_c[y]·x_c ≤ L_y − netInvestment_base[y]
//   purchases  each plan year: Σ kjøp x_c ≤ M − bought_base[y]
//   framleie   each plan year: Σ_c (F_c[y] − share·T_c[y])·x_c ≤ max(0, share·T_base[y] − F_base[y])
//   groups     Σ_{c ∈ g} x_c ≤ 1 (= 1 for a decided project)
//   minimise   Σ npv_c·x_c (NPV of net cost) or Σ_c Σ_y netInvestment_c[y]·x_c
// Money is in thousands of kroner in the LP (numerically kinder); the model never reports money.
// Mode «coverage» maximises z, the coverage every segment (or the total) reaches, instead.
import type { SegmentKey } from '../scenario/segments';
import type { BasePlan, Column } from './columns';
import type { LpSolution, Objective, SuggestLimits, TargetScope } from './types';

export interface ModelSpec {
  mode: 'cost' | 'coverage';
  coverage: number;
  scope: TargetScope;
  segments: SegmentKey[];
  objective: Objective;
  limits: SuggestLimits;
  /** Per plan year, overrides maxNetInvestmentPerYear (the repair step tightens single years). */
  budgetPerYear?: (number | null)[];
  /** Groups that must have exactly one column chosen (decided projects). */
  requiredGroups: string[];
}

const K = 1000;

function num(v: number): string {
  // LP format wants plain decimals.
  const r = Math.round(v * 1e6) / 1e6;
  return Object.is(r, -0) ? '0' : String(r);
}

function term(coef: number, name: string): string {
  return `${coef < 0 ? '-' : '+'} ${num(Math.abs(coef))} ${name}`;
}

function row(name: string, terms: string[], sense: '>=' | '<=' | '=', rhs: number): string {
  return ` ${name}: ${terms.length > 0 ? terms.join(' ') : '0 x_zero'} ${sense} ${num(rhs)}`;
}

/** Column name in the LP (the column's own name is safe: letters, digits, underscores). */
export const lpName = (c: Column) => `x_${c.name}`;

export function buildLp(base: BasePlan, cols: Column[], spec: ModelSpec): string {
  const years = base.netInvestment.length;
  const rows: string[] = [];
  const t = spec.mode === 'cost' ? spec.coverage : 0;

  // Coverage through the target year, and in the target year itself.
  const coverageRow = (segs: SegmentKey[], name: string, own: boolean) => {
    const terms: string[] = [];
    for (const c of cols) {
      let a = 0;
      for (const s of segs) {
        a += own
          ? (c.supplyAt[s] ?? 0) - t * (c.demandAt[s] ?? 0)
          : (c.supply[s] ?? 0) - t * (c.demand[s] ?? 0);
      }
      if (a !== 0) terms.push(term(a, lpName(c)));
    }
    let supply = 0;
    let demand = 0;
    for (const s of segs) {
      supply += own ? base.supplyAt[s] : base.supply[s];
      demand += own ? base.demandAt[s] : base.demand[s];
    }
    if (spec.mode === 'coverage') {
      terms.push(term(-demand, 'z'));
      rows.push(row(name, terms, '>=', -supply));
    } else {
      rows.push(row(name, terms, '>=', t * demand - supply));
    }
  };
  if (spec.scope === 'total') {
    coverageRow(spec.segments, 'cov_total', false);
    coverageRow(spec.segments, 'covy_total', true);
  } else {
    spec.segments.forEach((s, i) => coverageRow([s], `cov_${i}`, false));
    spec.segments.forEach((s, i) => coverageRow([s], `covy_${i}`, true));
  }

  for (let y = 0; y < years; y++) {
    const limit = spec.budgetPerYear?.[y] ?? spec.limits.maxNetInvestmentPerYear;
    if (limit !== null && limit !== undefined) {
      const terms = cols
        .filter((c) => c.netInvestment[y] !== 0)
        .map((c) => term(c.netInvestment[y]! / K, lpName(c)));
      rows.push(row(`inv_${y}`, terms, '<=', (limit - base.netInvestment[y]!) / K));
    }
    const m = spec.limits.maxPurchasesPerYear;
    if (m !== null) {
      const terms = cols.filter((c) => c.bought[y] !== 0).map((c) => term(c.bought[y]!, lpName(c)));
      if (terms.length > 0)
        rows.push(row(`buy_${y}`, terms, '<=', Math.max(0, m - base.bought[y]!)));
    }
    const share = spec.limits.maxFramleieShare;
    if (share !== null) {
      const terms = cols
        .map((c) => ({ c, a: c.framleieStock[y]! - share * c.stock[y]! }))
        .filter((p) => p.a !== 0 && p.c.framleieStock[y] !== 0)
        .map((p) => term(p.a, lpName(p.c)));
      if (terms.length > 0) {
        // Other columns change the total stock too (kjøp and bygging add to it, sales take away).
        for (const c of cols) {
          if (c.framleieStock[y] === 0 && c.stock[y] !== 0) {
            terms.push(term(-share * c.stock[y]!, lpName(c)));
          }
        }
        const rhs = Math.max(0, share * base.stock[y]! - base.framleieStock[y]!);
        rows.push(row(`fl_${y}`, terms, '<=', rhs));
      }
    }
  }

  const groups = new Map<string, Column[]>();
  for (const c of cols) {
    if (c.group) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  }
  for (const [g, cs] of groups) {
    const required = spec.requiredGroups.includes(g);
    rows.push(
      row(
        `g_${g}`,
        cs.map((c) => term(1, lpName(c))),
        required ? '=' : '<=',
        1,
      ),
    );
  }

  const objTerms =
    spec.mode === 'coverage'
      ? ['z']
      : cols
          .map((c) => {
            const v = spec.objective === 'npv' ? c.npv : c.netInvestment.reduce((a, b) => a + b, 0);
            return v === 0 ? '' : term(v / K, lpName(c));
          })
          .filter((s) => s !== '');
  const bounds = cols.map((c) => ` 0 <= ${lpName(c)} <= ${c.upper}`);
  if (spec.mode === 'coverage') bounds.push(' 0 <= z <= 100');
  bounds.push(' x_zero = 0');
  return [
    spec.mode === 'coverage' ? 'Maximize' : 'Minimize',
    ` obj: ${objTerms.length > 0 ? objTerms.join(' ') : '0 x_zero'}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds,
    'Generals',
    ` ${cols.map(lpName).join(' ')}`,
    'End',
    '',
  ].join('\n');
}

/** Chosen counts per column (rounded: the solver's integers within tolerance). */
export function chosen(cols: Column[], sol: LpSolution): { col: Column; count: number }[] {
  return cols
    .map((col) => ({ col, count: Math.round(sol.values[lpName(col)] ?? 0) }))
    .filter((p) => p.count > 0);
}
