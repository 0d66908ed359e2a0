// Scenario actions (tiltak): a discriminated union on `kind`.
//
// Timing convention: an action takes effect on 1 January of its year. A home bought in year Y
// is let, costs and earns for the whole of Y; a home sold in Y earns nothing in Y; a loan drawn
// in Y has its first interest and instalment in Y; a sale in Y repays the balance after Y − 1.
// Amounts are entered in the plan's first year's kroner and inflated (see Assumptions).
// Unit ids refer to Unit.id in the register snapshot.
import type { ConditionGrade } from '../types';
import type { Assumptions, LoanTerms } from './assumptions';
import type { SegmentKey } from './segments';

/** Husbanken grant for an acquisition. */
export type GrantSpec =
  | {
      mode: 'rate';
      /** Kr per m²; default: the rate for the municipality group in the assumptions. */
      krPerM2?: number;
      /** Cap per home, default 80 m². */
      maxM2?: number;
      /** Write-down period of this grant, default 30 years (older grants: 20). */
      writeDownYears?: number;
    }
  | {
      mode: 'percent';
      /** Percent of the cost, 0–100. */
      percent: number;
      writeDownYears?: number;
    }
  | { mode: 'none' };

interface ActionBase {
  /** Stable id, unique in the scenario (budget lines are keyed by it). */
  id: string;
  note?: string;
}

/** Kjøp: buy `count` homes of a segment in `year`. */
export interface PurchaseAction extends ActionBase {
  kind: 'kjop';
  year: number;
  segment: SegmentKey;
  count: number;
  pricePerHome: number;
  areaM2PerHome: number;
  rentMonthlyPerHome: number;
  grant: GrantSpec;
  /** Missing fields come from the assumptions (defaultLoan, interestRate). */
  loan?: Partial<LoanTerms>;
}

export interface BuildUnits {
  segment: SegmentKey;
  count: number;
  areaM2PerHome: number;
  rentMonthlyPerHome: number;
}

/**
 * Bygging: a project built over [startYear..completionYear], cost spread evenly; loans are
 * drawn in the same proportion each construction year; the grant is paid and the homes arrive
 * in the completion year.
 */
export interface BuildAction extends ActionBase {
  kind: 'bygging';
  project: string;
  units: BuildUnits[];
  totalCost: number;
  startYear: number;
  completionYear: number;
  grant: GrantSpec;
  loan?: Partial<LoanTerms>;
}

/** What a sale sells. */
export type SaleTarget =
  /** Named homes from the register. */
  | { mode: 'units'; unitIds: number[] }
  /**
   * N owned register homes of a segment: homes marked «til salgs» first, then the lowest
   * value (unitValues), then bolignr. Homes named in any action are never picked.
   */
  | { mode: 'segment'; segment: SegmentKey; count: number }
  /** N homes bought or built by an earlier action (segment required if it built several). */
  | { mode: 'action'; actionId: string; count: number; segment?: SegmentKey };

export interface SaleAction extends ActionBase {
  kind: 'salg';
  year: number;
  target: SaleTarget;
  pricePerHome: number;
  /**
   * Register homes only: keep their share of the existing loans instead of repaying it on
   * sale (Husbanken requires repayment; an explicit choice). The grant on record not yet
   * written down is always paid back.
   */
  keepLoan?: boolean;
}

/** Framleie: lease `count` homes from private owners for `termYears` from `year`, sublet them. */
export interface FramleieLeaseAction extends ActionBase {
  kind: 'framleie';
  mode: 'lease';
  year: number;
  segment: SegmentKey;
  count: number;
  termYears: number;
  /** Rent paid to the owner per home per month. */
  ownerRentMonthly: number;
  /** Rent charged to the tenant per home per month. */
  rentMonthly: number;
}

/** End existing framleie leases from 1 January of `year`. */
export interface FramleieEndAction extends ActionBase {
  kind: 'framleie';
  mode: 'end';
  unitIds: number[];
  year: number;
}

/** Renew existing framleie leases from their end date through 31 December of `untilYear`. */
export interface FramleieRenewAction extends ActionBase {
  kind: 'framleie';
  mode: 'renew';
  unitIds: number[];
  untilYear: number;
  /** New owner rent per month from the renewal; default unchanged. */
  ownerRentMonthly?: number;
}

export type FramleieAction = FramleieLeaseAction | FramleieEndAction | FramleieRenewAction;

/** Leie-til-eie: the tenant buys the home; it leaves the stock, the household leaves the figures. */
export interface RentToOwnAction extends ActionBase {
  kind: 'leie_til_eie';
  unitId: number;
  year: number;
  price: number;
  /** Keep the home's share of the existing loans instead of repaying it (see SaleAction). */
  keepLoan?: boolean;
}

/**
 * Rehabilitering: owned homes out of use fromYear..toYear (inclusive); cost spread evenly over
 * those years, financed by loan per `loan`; back in use (as a vacant home) the year after.
 */
export interface RehabAction extends ActionBase {
  kind: 'rehabilitering';
  unitIds: number[];
  fromYear: number;
  toYear: number;
  /** Total cost for all the homes. */
  cost: number;
  newCondition: ConditionGrade;
  loan?: Partial<LoanTerms>;
}

/** Avvikling: homes (owned or with allocation right) taken out of the stock from `year`. */
export interface DecommissionAction extends ActionBase {
  kind: 'avvikling';
  unitIds: number[];
  year: number;
  /** Keep the homes' share of the existing loans instead of repaying it (see SaleAction). */
  keepLoan?: boolean;
}

export type Action =
  | PurchaseAction
  | BuildAction
  | SaleAction
  | FramleieAction
  | RentToOwnAction
  | RehabAction
  | DecommissionAction;

export type ActionKind = Action['kind'];

export const ACTION_KINDS: readonly ActionKind[] = [
  'kjop',
  'bygging',
  'salg',
  'framleie',
  'leie_til_eie',
  'rehabilitering',
  'avvikling',
];

export interface Scenario {
  name: string;
  startYear: number;
  /** Horizon in years, 1–20 (the økonomiplan is 4). */
  years: number;
  assumptions: Assumptions;
  actions: Action[];
}

export const BASELINE_NAME = 'Ingen tiltak';

/** The baseline of a scenario: same horizon and assumptions, no actions. */
export function baselineScenario(s: Scenario): Scenario {
  return { ...s, name: BASELINE_NAME, actions: [] };
}

/** The year an action first takes effect (used for ordering). */
export function actionYear(a: Action): number {
  switch (a.kind) {
    case 'kjop':
    case 'salg':
    case 'leie_til_eie':
    case 'avvikling':
      return a.year;
    case 'bygging':
      return a.completionYear;
    case 'rehabilitering':
      return a.fromYear;
    case 'framleie':
      return a.mode === 'renew' ? a.untilYear : a.year;
  }
}

/** Register unit ids an action names. */
export function namedUnitIds(a: Action): number[] {
  switch (a.kind) {
    case 'salg':
      return a.target.mode === 'units' ? a.target.unitIds : [];
    case 'framleie':
      return a.mode === 'lease' ? [] : a.unitIds;
    case 'leie_til_eie':
      return [a.unitId];
    case 'rehabilitering':
    case 'avvikling':
      return a.unitIds;
    case 'kjop':
    case 'bygging':
      return [];
  }
}
