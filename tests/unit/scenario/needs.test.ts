// Segments and the needs assessment, with every figure traced back to its ids.
import { describe, expect, it } from 'vitest';
import {
  assessNeeds,
  cellSources,
  isSegmentKey,
  SEGMENT_KEYS,
  segmentIndexOf,
  segmentLabel,
  segmentOf,
  unitSegment,
} from '../../../main/domain/scenario';
import { household, need, snapshot, tenancy, unit } from './fixtures';

describe('segments', () => {
  it('buckets bedrooms 0–1, 2, 3, 4+ and crosses wheelchair × staffed', () => {
    expect(segmentOf(0, false, false)).toBe('1|-|-');
    expect(segmentOf(1, false, false)).toBe('1|-|-');
    expect(segmentOf(2, true, false)).toBe('2|R|-');
    expect(segmentOf(3, true, true)).toBe('3|R|B');
    expect(segmentOf(6, false, true)).toBe('4+|-|B');
    expect(SEGMENT_KEYS).toHaveLength(16);
    expect(new Set(SEGMENT_KEYS).size).toBe(16);
    expect(isSegmentKey('3|R|B')).toBe(true);
    expect(isSegmentKey('5|-|-')).toBe(false);
    expect(unitSegment(unit(1, { bedrooms: 4, wheelchairAccessible: true }))).toBe('4+|R|-');
    for (const b of [0, 1, 2, 3, 4, 7]) {
      for (const w of [false, true]) {
        for (const s of [false, true]) {
          expect(SEGMENT_KEYS[segmentIndexOf(b, w, s)]).toBe(segmentOf(b, w, s));
        }
      }
    }
  });

  it('has Norwegian labels', () => {
    expect(segmentLabel('3|R|B')).toBe('3 soverom, rullestoltilpasset, bemannet');
    expect(segmentLabel('1|-|-')).toBe('0–1 soverom');
    expect(segmentLabel('4+|-|B')).toBe('4+ soverom, bemannet');
  });
});

describe('assessNeeds', () => {
  const snap = snapshot({
    units: [
      // A 2-bedroom home (3 rooms, 60 m²) let to a family of four.
      unit(1, { bedrooms: 2, rooms: 3, areaM2: 60 }),
      // A vacant bedsit.
      unit(2, { bedrooms: 1, rooms: 1, areaM2: 30, status: 'ledig', buildingType: 'hybel' }),
      // A wheelchair home; the tenant is a startlån candidate whose contract ends in 2028.
      unit(3, { bedrooms: 2, wheelchairAccessible: true }),
      // A framleie home whose lease ends 30.06.2029.
      unit(4, {
        bedrooms: 3,
        rooms: 4,
        areaM2: 80,
        tenure: 'framleie',
        leaseEnd: '2029-06-30',
        ownerRentMonthly: 9_000,
      }),
    ],
    households: [
      // Couple + children 4 and 12: couple room 1 + ceil(0.5 + 1) = 3 bedrooms needed.
      household(1, { adults: 2, couple: true, childAges: [4, 12] }),
      household(3, { careerPath: 'startlan' }),
      household(4),
    ],
    tenancies: [
      tenancy(1, 1, 1, { end: '2030-01-31' }),
      tenancy(3, 3, 3, { end: '2028-03-31' }),
      // Its contract ends 2029, but the lease ends that year: no turnover counted then.
      tenancy(4, 4, 4, { end: '2029-12-31' }),
      // Moved out: not a current tenant.
      tenancy(5, 4, 2, { end: '2026-01-01', movedOut: '2026-01-01' }),
    ],
    needs: [
      need(1, { bedrooms: 2, expectedYear: 2025 }), // waiting since before the plan → 2027
      need(2, { bedrooms: 3, wheelchair: true, staffed: true, expectedYear: 2028 }),
      need(3, { kind: 'prognose', ref: null, households: 4, bedrooms: 2, expectedYear: 2029 }),
      need(4, { kind: 'prognose', ref: null, households: 2, expectedYear: 2026 }), // past: left out
      need(5, { expectedYear: 2035 }), // after the horizon
    ],
  });
  const turnover = { moveOutRateAtContractEnd: 0.3, careerExitRate: 0.1, contractRenewalYears: 3 };
  const r = assessNeeds(snap, { startYear: 2027, years: 4, turnover });
  const cell = (year: number, seg: (typeof SEGMENT_KEYS)[number]) =>
    r.perYear[year - 2027]!.segments[seg];

  it('covers the horizon and every segment', () => {
    expect(r.perYear.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(Object.keys(r.perYear[0]!.segments)).toHaveLength(16);
  });

  it('counts a crowded household as demand for the segment it needs, and its home as released', () => {
    // Family of 4 in 3 rooms: crowded; 3 bedrooms needed > 2 → demands '3|-|-' in the first year.
    const c3 = cell(2027, '3|-|-');
    expect(c3.demand.mustMove.value).toBe(1);
    expect(c3.demand.mustMove.sources.householdIds).toEqual([1]);
    expect(c3.demand.mustMove.sources.unitIds).toEqual([1]);
    expect(c3.gap).toBe(-1);
    expect(c3.coverage).toBe(0);
    const c2 = cell(2027, '2|-|-');
    expect(c2.supply.released.value).toBe(1);
    expect(c2.supply.released.sources.unitIds).toEqual([1]);
    // …and the waiting applicant from 2025 is counted in 2027.
    expect(c2.demand.waitingList.value).toBe(1);
    expect(c2.demand.waitingList.sources.needIds).toEqual([1]);
    expect(c2.gap).toBe(0);
    expect(c2.coverage).toBe(1);
  });

  it('counts vacant homes in the first year', () => {
    expect(cell(2027, '1|-|-').supply.vacant.value).toBe(1);
    expect(cell(2027, '1|-|-').supply.vacant.sources.unitIds).toEqual([2]);
    expect(cell(2028, '1|-|-').supply.vacant.value).toBe(0);
    // No demand: nothing to cover, so coverage is undefined (null, shown as «–»), not 100 %.
    expect(cell(2027, '1|-|-').demandTotal).toBe(0);
    expect(cell(2027, '1|-|-').coverage).toBeNull();
  });

  it('has no coverage without demand, also when supply is negative', () => {
    // 2029, '3|-|-': the lease of home 4 ends (−1), nobody waits: «0 behov, −1 tilbud, –».
    const c = cell(2029, '3|-|-');
    expect([c.demandTotal, c.supplyTotal, c.coverage]).toEqual([0, -1, null]);
    // With demand, coverage is max(0, supply) / demand: 2027 '3|-|-' has 1 demand, no supply.
    expect(cell(2027, '3|-|-').coverage).toBe(0);
  });

  it('expects turnover from contract ends and career exits on the same survivors', () => {
    // 2027: career 0.1 × 1 = 0.1; survivors 0.9
    // 2028: career 0.1 × 0.9 = 0.09; contract end 0.9 × 0.9 × 0.3 = 0.243;
    //       survivors 0.9 × 0.9 × 0.7 = 0.567
    // 2029: career 0.1 × 0.567 = 0.0567 (next contract end 2031)
    const w = (y: number) => cell(y, '2|R|-');
    expect(w(2027).supply.careerExit.value).toBeCloseTo(0.1, 9);
    expect(w(2027).supply.contractEnd.value).toBe(0);
    expect(w(2028).supply.careerExit.value).toBeCloseTo(0.09, 9);
    expect(w(2028).supply.contractEnd.value).toBeCloseTo(0.243, 9);
    expect(w(2028).supplyTotal).toBeCloseTo(0.333, 9);
    expect(w(2029).supply.careerExit.value).toBeCloseTo(0.0567, 9);
    expect(w(2028).supply.contractEnd.sources).toEqual({
      unitIds: [3],
      householdIds: [3],
      needIds: [],
      actionIds: [],
    });
  });

  it('reduces supply when a framleie lease ends, and stops turnover from that home', () => {
    const c = cell(2029, '3|-|-');
    expect(c.supply.framleieEnding.value).toBe(-1);
    expect(c.supply.framleieEnding.sources.unitIds).toEqual([4]);
    expect(c.supply.contractEnd.value).toBe(0);
    // Cumulative gap: −1 (2027) + 0 (2028) − 1 (2029) = −2
    expect(c.cumulativeGap).toBe(-2);
  });

  it('places applicants and forecasts in their expected year', () => {
    expect(cell(2028, '3|R|B').demand.waitingList.value).toBe(1);
    expect(cell(2029, '2|-|-').demand.forecast.value).toBe(4);
    expect(cell(2029, '2|-|-').demand.forecast.sources.needIds).toEqual([3]);
    const allNeedIds = r.perYear.flatMap((y) =>
      Object.values(y.segments).flatMap((c) => cellSources(c).needIds),
    );
    expect(allNeedIds.sort()).toEqual([1, 2, 3]);
  });

  it('totals the year', () => {
    // demand 2027: waiting 1 + must move 1 = 2; supply: vacant 1 + released 1 + career 0.1 = 2.1
    expect(r.perYear[0]!.total.demand).toBe(2);
    expect(r.perYear[0]!.total.supply).toBeCloseTo(2.1, 9);
    expect(r.perYear[0]!.total.gap).toBeCloseTo(0.1, 9);
    expect(r.perYear[0]!.total.coverage).toBeCloseTo(1.05, 9);
  });

  it('follows the configured bedroom and crowding rules', () => {
    // Same-gender children 10–15 share (0.5): 1 + ceil(0.5 + 0.5) = 2 bedrooms; no crowding rule.
    const lenient = assessNeeds(snap, {
      startYear: 2027,
      turnover,
      bedroomRule: {
        coupleShares: true,
        adultAge: 16,
        youngChildAge: 10,
        youngChildShare: 0.5,
        olderChildShare: 0.5,
      },
      crowdingRule: { roomsPerPerson: 0, minM2PerPerson: 0, requireBoth: true },
    });
    expect(lenient.perYear[0]!.segments['3|-|-'].demand.mustMove.value).toBe(0);
    // Only crowded by the SSB rule (4 persons, 3 rooms): one bedroom more than now.
    const ssb = assessNeeds(snap, {
      startYear: 2027,
      turnover,
      bedroomRule: {
        coupleShares: true,
        adultAge: 16,
        youngChildAge: 10,
        youngChildShare: 0.5,
        olderChildShare: 0.5,
      },
    });
    expect(ssb.perYear[0]!.segments['3|-|-'].demand.mustMove.value).toBe(1);
  });

  it('defaults to four years and rejects horizons outside 1–20', () => {
    expect(assessNeeds(snap, { startYear: 2027, turnover }).perYear).toHaveLength(4);
    expect(() => assessNeeds(snap, { startYear: 2027, years: 21, turnover })).toThrow(/1–20 år/);
  });
});
