// Checks of the financing terms: the assumptions (rates, growth, shares, the default loan), a
// grant spec and a loan's terms, and the grant per home before any cap. Each check reports
// through `err`/`warn` with a Norwegian field label and text; validateScenario (validate.ts)
// turns them into Issues naming the action or «Forutsetninger». grantPerHome is re-exported
// from validate.ts.
import { formatInteger } from '../format';
import type { GrantSpec } from './actions';
import {
  GRANT_GROUPS,
  GRANT_MAX_M2,
  GRANT_RATES,
  type Assumptions,
  type LoanTerms,
} from './assumptions';
import { LOAN_TYPES } from './money';

/** A grant spec: write-down years, percent 0–100, kr per m² (warns above the rate), max m². */
export function checkGrant(
  g: GrantSpec,
  a: Assumptions,
  err: (field: string, text: string) => void,
  warn: (field: string, text: string) => void,
): void {
  if (g.mode === 'none') return;
  if (
    g.writeDownYears !== undefined &&
    (!Number.isInteger(g.writeDownYears) || g.writeDownYears < 1)
  ) {
    err('Tilskudd', 'avskrivningstiden må være et helt antall år, minst 1');
  }
  if (g.mode === 'percent') {
    if (!Number.isFinite(g.percent) || g.percent < 0 || g.percent > 100) {
      err('Tilskudd', 'prosent må være mellom 0 og 100');
    }
    return;
  }
  if (g.krPerM2 !== undefined) {
    if (!Number.isFinite(g.krPerM2) || g.krPerM2 < 0)
      err('Tilskudd', 'kr per m² kan ikke være negativ');
    else {
      const rate = GRANT_RATES[a.municipalityGroup]?.krPerM2;
      if (rate !== undefined && g.krPerM2 > rate) {
        warn(
          'Tilskudd',
          `${formatInteger(g.krPerM2)} kr/m² er høyere enn satsen for kommunegruppen ` +
            `(${formatInteger(rate)} kr/m²)`,
        );
      }
    }
  }
  if (g.maxM2 !== undefined && (!Number.isFinite(g.maxM2) || g.maxM2 <= 0)) {
    err('Tilskudd', 'maks areal må være større enn 0');
  }
}

/** A loan's terms (any left out come from the assumptions): share, rate, years, type. */
export function checkLoan(
  loan: Partial<LoanTerms> | undefined,
  err: (field: string, text: string) => void,
): void {
  if (!loan) return;
  if (loan.share !== undefined && !(loan.share >= 0 && loan.share <= 1)) {
    err('Lån', 'lånefinansiert andel må være mellom 0 og 100 %');
  }
  if (loan.interestRate !== undefined && !(loan.interestRate >= 0 && loan.interestRate < 1)) {
    err('Lån', 'renten må være mellom 0 og 100 %');
  }
  if (
    loan.years !== undefined &&
    !(Number.isInteger(loan.years) && loan.years >= 1 && loan.years <= 50)
  ) {
    err('Lån', 'løpetiden må være 1–50 år');
  }
  if (loan.type !== undefined && !LOAN_TYPES.includes(loan.type)) err('Lån', 'ukjent lånetype');
}

/** The scenario's assumptions, including the default loan at the plan's interest rate. */
export function checkAssumptions(a: Assumptions, err: (field: string, text: string) => void): void {
  const pct = (x: number) => `${x < 0 ? '−' : ''}${formatInteger(Math.abs(Math.round(x * 100)))} %`;
  const share = (field: string, v: number, lo = 0, hi = 1) => {
    if (!(Number.isFinite(v) && v >= lo && v <= hi)) {
      err(field, `må være mellom ${pct(lo)} og ${pct(hi)}`);
    }
  };
  const kr = (field: string, v: number) => {
    if (!(Number.isFinite(v) && v >= 0)) err(field, 'kan ikke være negativ');
  };
  share('Rente', a.interestRate);
  // A yearly change beyond ±30 % is a typo (30 instead of 3 %), not a forecast.
  share('Prisvekst', a.priceGrowth, -0.3, 0.3);
  share('Husleievekst', a.rentGrowth, -0.3, 0.3);
  share('Kostnadsvekst', a.costGrowth, -0.3, 0.3);
  kr('Drift og vedlikehold per m²', a.maintenancePerM2PerYear);
  kr('Forvaltning per bolig', a.managementPerUnitPerYear);
  share('Tap ved tomgang', a.vacancyLoss);
  share('Kalkulasjonsrente', a.discountRate, 0, 0.15);
  share('Utflytting ved kontraktslutt', a.moveOutRateAtContractEnd);
  share('Utflytting via boligkarriere', a.careerExitRate);
  share('Mål for dekning', a.coverageTarget);
  if (!(Number.isFinite(a.mustMoveRate) && a.mustMoveRate > 0 && a.mustMoveRate <= 1)) {
    err('Flytting av dem som bør flytte', 'må være over 0 % og høyst 100 % per år');
  }
  if (!(Number.isInteger(a.contractRenewalYears) && a.contractRenewalYears >= 0)) {
    err('Lengde på fornyet kontrakt', 'må være et helt antall år');
  }
  if (!GRANT_GROUPS.includes(a.municipalityGroup))
    err('Kommunegruppe for tilskudd', 'ukjent gruppe');
  checkLoan({ ...a.defaultLoan, interestRate: a.interestRate }, err);
}

/**
 * The grant per home of a purchase or a build line before any cap, in kroner: the rate × P-ROM
 * (capped at maxM2), or the percent of the cost. `costPerHome` is only read by percent grants.
 */
export function grantPerHome(
  g: GrantSpec,
  promM2: number,
  a: Assumptions,
  costPerHome: number,
): number {
  if (g.mode === 'none') return 0;
  if (g.mode === 'percent') return (g.percent / 100) * costPerHome;
  const rate = g.krPerM2 ?? GRANT_RATES[a.municipalityGroup]?.krPerM2 ?? 0;
  return rate * Math.min(promM2, g.maxM2 ?? GRANT_MAX_M2);
}
