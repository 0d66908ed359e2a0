// Default prices and settings for «Foreslå plan» (first-year kroner; the planner changes them).
// Purchase prices and rents per bedroom bucket are a mid-sized Norwegian municipality's level;
// rents default to the register's average rent for the bucket when it has let homes.
import type { RegisterSnapshot } from '../scenario/needs';
import type { Scenario } from '../scenario/actions';
import { BEDROOM_BUCKETS, bedroomBucket, type BedroomBucket } from '../scenario/segments';
import type { FramleiePrice, PurchasePrice, SuggestRequest } from './types';

export const DEFAULT_PURCHASE: Record<BedroomBucket, PurchasePrice> = {
  '1': { pricePerHome: 2_600_000, areaM2PerHome: 40, rentMonthlyPerHome: 9_000 },
  '2': { pricePerHome: 3_400_000, areaM2PerHome: 55, rentMonthlyPerHome: 11_000 },
  '3': { pricePerHome: 4_200_000, areaM2PerHome: 70, rentMonthlyPerHome: 13_000 },
  '4+': { pricePerHome: 5_000_000, areaM2PerHome: 85, rentMonthlyPerHome: 15_000 },
};

export const DEFAULT_FRAMLEIE: Record<BedroomBucket, FramleiePrice> = {
  '1': { ownerRentMonthly: 10_000, rentMonthly: 9_000 },
  '2': { ownerRentMonthly: 12_500, rentMonthly: 11_000 },
  '3': { ownerRentMonthly: 15_000, rentMonthly: 13_000 },
  '4+': { ownerRentMonthly: 17_500, rentMonthly: 15_000 },
};

/** Average monthly rent of owned homes per bedroom bucket in the register (whole kroner). */
export function registerRents(snapshot: RegisterSnapshot): Partial<Record<BedroomBucket, number>> {
  const sum = new Map<BedroomBucket, { n: number; rent: number }>();
  for (const u of snapshot.units) {
    if (u.tenure !== 'eid' || !(u.rentMonthly > 0)) continue;
    const b = bedroomBucket(u.bedrooms);
    const acc = sum.get(b) ?? { n: 0, rent: 0 };
    acc.n++;
    acc.rent += u.rentMonthly;
    sum.set(b, acc);
  }
  const out: Partial<Record<BedroomBucket, number>> = {};
  for (const [b, acc] of sum) out[b] = Math.round(acc.rent / acc.n);
  return out;
}

/** A request with the defaults: 95 % per segment by the last plan year, kjøp/framleie/salg. */
export function defaultRequest(snapshot: RegisterSnapshot, base: Scenario): SuggestRequest {
  const rents = registerRents(snapshot);
  const purchase = {} as Record<BedroomBucket, PurchasePrice>;
  const framleie = {} as Record<BedroomBucket, FramleiePrice>;
  for (const b of BEDROOM_BUCKETS) {
    const rent = rents[b] ?? DEFAULT_PURCHASE[b].rentMonthlyPerHome;
    purchase[b] = { ...DEFAULT_PURCHASE[b], rentMonthlyPerHome: rent };
    framleie[b] = { ...DEFAULT_FRAMLEIE[b], rentMonthly: rent };
  }
  return {
    base,
    target: { coverage: 0.95, year: base.startYear + base.years - 1, scope: 'segment' },
    limits: {
      maxNetInvestmentPerYear: null,
      maxPurchasesPerYear: null,
      maxFramleieShare: null,
      protectedUnitIds: [],
    },
    allowed: { kjop: true, bygging: true, framleie: true, salg: true },
    objective: 'npv',
    purchase,
    framleie: { ...framleie, termYears: 5 },
    projects: [],
    salePriceShare: 0.9,
    saleCandidates: 5,
    timeLimitSeconds: 20,
    name: 'Forslag 1',
  };
}
