// Builders for scenario-engine tests: small registers with explicit values, and a seeded PRNG.
import type { Household, Need, Tenancy, Unit } from '../../../main/domain/types';
import {
  DEFAULT_ASSUMPTIONS,
  type Action,
  type Assumptions,
  type PurchaseAction,
  type RegisterSnapshot,
  type SaleAction,
  type Scenario,
} from '../../../main/domain/scenario';

export function unit(id: number, o: Partial<Unit> = {}): Unit {
  return {
    id,
    unitNo: `B-${String(id).padStart(3, '0')}`,
    address: `Testveien ${id}`,
    areaId: null,
    buildingType: 'leilighet',
    tenure: 'eid',
    leaseEnd: null,
    ownerRentMonthly: null,
    bedrooms: 2,
    rooms: 3,
    areaM2: 60,
    promM2: null,
    floor: 1,
    wheelchairAccessible: false,
    universalDesign: false,
    staffed: false,
    targetGroup: null,
    condition: 1,
    maintenanceBacklog: 0,
    rentMonthly: 10_000,
    marketRentMonthly: null,
    bookValue: null,
    status: 'utleid',
    note: '',
    ...o,
  };
}

export function household(id: number, o: Partial<Household> = {}): Household {
  return {
    id,
    ref: `H-${id}`,
    adults: 1,
    couple: false,
    childAges: [],
    incomeSource: 'arbeid',
    targetGroup: null,
    followUp: 'ingen',
    careerPath: 'ingen',
    arrears: false,
    note: '',
    ...o,
  };
}

export function tenancy(
  id: number,
  householdId: number,
  unitId: number,
  o: Partial<Tenancy> = {},
): Tenancy {
  return { id, householdId, unitId, start: '2024-01-01', end: null, movedOut: null, ...o };
}

export function need(id: number, o: Partial<Need> = {}): Need {
  return {
    id,
    kind: 'soker',
    ref: `S-${id}`,
    targetGroup: 'barnefamilier',
    households: 1,
    householdSize: 3,
    bedrooms: 2,
    wheelchair: false,
    staffed: false,
    urgency: 'normal',
    registered: '2026-01-01',
    expectedYear: 2027,
    note: '',
    ...o,
  };
}

export function snapshot(o: Partial<RegisterSnapshot> = {}): RegisterSnapshot {
  return { asOf: '2026-11-25', units: [], tenancies: [], households: [], needs: [], ...o };
}

/** Assumptions without growth, so hand calculations stay simple. */
export const FLAT: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  priceGrowth: 0,
  rentGrowth: 0,
  costGrowth: 0,
};

export function scenario(actions: Action[], o: Partial<Scenario> = {}): Scenario {
  return { name: 'Test', startYear: 2027, years: 4, assumptions: FLAT, actions, ...o };
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Kjøp of `count` homes in segment 2|-|- (54 m² P-ROM); override anything. */
export function purchaseAction(o: Partial<PurchaseAction> = {}): PurchaseAction {
  return {
    kind: 'kjop',
    id: 'k1',
    year: 2027,
    segment: '2|-|-',
    count: 2,
    pricePerHome: 1_200_000,
    areaM2PerHome: 54,
    rentMonthlyPerHome: 10_000,
    grant: { mode: 'percent', percent: 25 },
    ...o,
  };
}

/** Salg of named register homes. */
export function saleAction(unitIds: number[], o: Partial<SaleAction> = {}): SaleAction {
  return {
    kind: 'salg',
    id: 's1',
    year: 2028,
    target: { mode: 'units', unitIds },
    pricePerHome: 2_000_000,
    ...o,
  };
}

/**
 * One home bought in 2027 for 1 000 000 kr, no grant, no loan, 60 m² P-ROM, 10 000 kr a month:
 * the hand-calculated purchase of difference.test.ts and differenceView.test.ts.
 */
export const BUY_ONE_HOME: Action = {
  kind: 'kjop',
  id: 'k1',
  year: 2027,
  segment: '2|-|-',
  count: 1,
  pricePerHome: 1_000_000,
  areaM2PerHome: 60,
  rentMonthlyPerHome: 10_000,
  grant: { mode: 'none' },
  loan: { type: 'serial', interestRate: 0.05, years: 10, share: 0 },
};
