// Segments and the needs assessment, with every figure traced back to its ids.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEDROOM_RULE } from '../../../main/domain/rules';
import {
  assessNeeds,
  cellSources,
  DEFAULT_ASSUMPTIONS,
  DEMAND_PARTS,
  isSegmentKey,
  moveYears,
  residentsOf,
  SEGMENT_KEYS,
  segmentIndexOf,
  segmentLabel,
  segmentOf,
  SUPPLY_PARTS,
  unitSegment,
  validateScenario,
  withDefaults,
} from '../../../main/domain/scenario';
import { FLAT, household, need, scenario, snapshot, tenancy, unit } from './fixtures';

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

  it('has no coverage without demand', () => {
    // 2029, '3|-|-': the lease of home 4 ends, but that is demand elsewhere (its tenant needs
    // a 1-bedroom home), not −1 supply here: «0 behov, 0 tilbud, –».
    const c = cell(2029, '3|-|-');
    expect([c.demandTotal, c.supplyTotal, c.coverage]).toEqual([0, 0, null]);
    // With demand, coverage is supply / demand: 2027 '3|-|-' has 1 demand, no supply.
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

  it('counts the tenant of a framleie home whose lease ends as demand, and stops its turnover', () => {
    // Home 4 (3 bedrooms) leaves the stock 30.06.2029; household 4 (one adult) lives there and
    // needs a home of its own size (0–1 bedrooms) that year. No supply changes.
    const d = cell(2029, '1|-|-').demand.leaseEnding;
    expect(d.value).toBe(1);
    expect(d.sources.householdIds).toEqual([4]);
    expect(d.sources.unitIds).toEqual([4]);
    const c = cell(2029, '3|-|-');
    expect(c.supplyTotal).toBe(0);
    expect(c.supply.contractEnd.value).toBe(0);
    // Cumulative gap of '3|-|-': −1 (2027, the crowded family) + 0 (2028) + 0 (2029) = −1
    expect(c.cumulativeGap).toBe(-1);
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
    // Children under 13 share regardless of gender: 1 + ⌈2 × ½⌉ = 2 bedrooms, as the home has;
    // and a crowding rule that never fires: nobody must move.
    const lenient = assessNeeds(snap, {
      startYear: 2027,
      turnover,
      bedroomRule: {
        coupleShares: true,
        adultAge: 16,
        youngChildAge: 13,
        youngChildShare: 0.5,
        olderChildShare: 0.5,
      },
      crowdingRule: { roomsPerPerson: 0, minM2PerPerson: 0, requireBoth: true },
    });
    expect(lenient.perYear[0]!.segments['2|-|-'].demand.mustMove.value).toBe(0);
    expect(lenient.perYear[0]!.segments['3|-|-'].demand.mustMove.value).toBe(0);
    // Enough bedrooms by the rule, but crowded by SSB's rule (4 persons in 3 rooms, 60 m² BRA ≈
    // 54 m² P-ROM < 100): the household needs a larger home of the size the rule gives — a
    // 2-bedroom home — not «one bedroom more than now».
    const ssb = assessNeeds(snap, {
      startYear: 2027,
      turnover,
      bedroomRule: {
        coupleShares: true,
        adultAge: 16,
        youngChildAge: 13,
        youngChildShare: 0.5,
        olderChildShare: 0.5,
      },
    });
    expect(ssb.perYear[0]!.segments['2|-|-'].demand.mustMove.value).toBe(1);
    expect(ssb.perYear[0]!.segments['3|-|-'].demand.mustMove.value).toBe(0);
    // Area only short, rooms enough (4 rooms): not crowded by SSB's rule (both conditions).
    const roomy = assessNeeds(
      { ...snap, units: snap.units.map((u) => (u.id === 1 ? { ...u, rooms: 4 } : u)) },
      { startYear: 2027, turnover, bedroomRule: { ...DEFAULT_BEDROOM_RULE, youngChildAge: 13 } },
    );
    expect(roomy.perYear[0]!.segments['2|-|-'].demand.mustMove.value).toBe(0);
  });

  it('defaults to four years and rejects horizons outside 1–20', () => {
    expect(assessNeeds(snap, { startYear: 2027, turnover }).perYear).toHaveLength(4);
    expect(() => assessNeeds(snap, { startYear: 2027, years: 21, turnover })).toThrow(/1–20 år/);
  });
});

describe('households that should move, spread over the years', () => {
  // Eight families (couple + children 4 and 12: 1 + ⌈½ + 1⌉ = 3 bedrooms needed, 4 persons) in
  // 1-bedroom homes (2 rooms, 40 m²): all crowded, all need a '3|-|-' home; their homes are
  // '1|-|-'. Contracts without an end date: no turnover.
  const families = Array.from({ length: 8 }, (_, k) => k + 1);
  const snap = snapshot({
    units: families.map((id) => unit(id, { bedrooms: 1, rooms: 2, areaM2: 40 })),
    households: families.map((id) =>
      household(id, { adults: 2, couple: true, childAges: [4, 12] }),
    ),
    tenancies: families.map((id) => tenancy(id, id, id)),
  });
  const base = { moveOutRateAtContractEnd: 0.3, careerExitRate: 0.1, contractRenewalYears: 3 };
  const run = (mustMoveRate: number, years = 4) =>
    assessNeeds(snap, { startYear: 2027, years, turnover: { ...base, mustMoveRate } });
  const perYear = (r: ReturnType<typeof run>, part: 'mustMove') =>
    r.perYear.map((y) => y.segments['3|-|-'].demand[part].value);

  it('moves 25 % of them a year: 8 → 2 a year over four years, the oldest records first', () => {
    // By the end of year i, ⌈(i + 1) × 0,25 × 8⌉ have moved: 2, 4, 6, 8 → 2, 2, 2, 2.
    const r = run(0.25);
    expect(perYear(r, 'mustMove')).toEqual([2, 2, 2, 2]);
    // Each mover's home is released the year it moves: 2 a year in '1|-|-'.
    expect(r.perYear.map((y) => y.segments['1|-|-'].supply.released.value)).toEqual([2, 2, 2, 2]);
    // Equally crowded and equally short of bedrooms: by household id.
    expect(r.perYear[0]!.segments['3|-|-'].demand.mustMove.sources.householdIds).toEqual([1, 2]);
    expect(r.perYear[3]!.segments['3|-|-'].demand.mustMove.sources.householdIds).toEqual([7, 8]);
    expect(r.mustMoveSchedule).toEqual({
      households: 8,
      rate: 0.25,
      perYear: [2, 2, 2, 2],
      afterHorizon: 0,
      displaced: 0,
    });
  });

  it('rounds up to whole households, and leaves the rest after the horizon', () => {
    // 30 %: ⌈2,4⌉ = 3, ⌈4,8⌉ = 5, ⌈7,2⌉ = 8 → 3, 2, 3, 0 (all within three years).
    expect(perYear(run(0.3), 'mustMove')).toEqual([3, 2, 3, 0]);
    // 10 %: ⌈0,8⌉ = 1, ⌈1,6⌉ = 2, ⌈2,4⌉ = 3, ⌈3,2⌉ = 4 → 1 a year, 4 left after 2030.
    const slow = run(0.1);
    expect(perYear(slow, 'mustMove')).toEqual([1, 1, 1, 1]);
    expect(slow.mustMoveSchedule.afterHorizon).toBe(4);
    // 100 %: everybody in the first year (the engine's old behaviour).
    expect(perYear(run(1), 'mustMove')).toEqual([8, 0, 0, 0]);
    // Without a rate in the turnover assumptions: 25 %.
    const d = assessNeeds(snap, { startYear: 2027, turnover: base });
    expect(perYear(d, 'mustMove')).toEqual([2, 2, 2, 2]);
  });

  it('takes the crowded before those only short of a bedroom', () => {
    // Household 9: one adult and a 14-year-old in a 1-bedroom home of 3 rooms and 80 m²: needs
    // 2 bedrooms (not crowded: 3 rooms for 2 persons, 40 m² each). Last of the nine.
    const more = snapshot({
      ...snap,
      units: [...snap.units, unit(9, { bedrooms: 1, rooms: 3, areaM2: 80 })],
      households: [...snap.households, household(9, { childAges: [14] })],
      tenancies: [...snap.tenancies, tenancy(9, 9, 9)],
    });
    const r = assessNeeds(more, {
      startYear: 2027,
      turnover: { ...base, mustMoveRate: 0.25 },
    });
    // 9 at 25 %: ⌈2,25⌉ = 3, ⌈4,5⌉ = 5, ⌈6,75⌉ = 7, 9 → 3, 2, 2, 2.
    expect(r.mustMoveSchedule.perYear).toEqual([3, 2, 2, 2]);
    expect(r.perYear[3]!.segments['2|-|-'].demand.mustMove.sources.householdIds).toEqual([9]);
  });

  it('keeps supply at zero or above and the sums whole, whatever leaves the stock', () => {
    // Homes 1 and 7 are framleie with leases ending 30.06.2028. Family 1 moves in 2027 (its
    // turn, before the lease ends); family 7's turn would be 2030, but its home goes first: it
    // is counted as leaseEnding in 2028 instead, and its home is not released.
    const leased = snapshot({
      ...snap,
      units: snap.units.map((u) =>
        u.id === 1
          ? { ...u, tenure: 'framleie' as const, leaseEnd: '2028-06-30', ownerRentMonthly: 9_000 }
          : u.id === 7
            ? { ...u, tenure: 'framleie' as const, leaseEnd: '2028-06-30', ownerRentMonthly: 9_000 }
            : u,
      ),
    });
    const r = assessNeeds(leased, { startYear: 2027, turnover: { ...base, mustMoveRate: 0.25 } });
    // 2028 '1|-|-': home 1 was let again in 2027 (after family 1 moved): that household must
    // move, in the home's own segment. '3|-|-': family 7 must move when its lease ends.
    expect(r.perYear[1]!.segments['1|-|-'].demand.leaseEnding.value).toBe(1);
    expect(r.perYear[1]!.segments['1|-|-'].demand.leaseEnding.sources.householdIds).toEqual([]);
    expect(r.perYear[1]!.segments['3|-|-'].demand.leaseEnding.value).toBe(1);
    expect(r.perYear[1]!.segments['3|-|-'].demand.leaseEnding.sources.householdIds).toEqual([7]);
    // Family 7 leaves the mover schedule: 2, 2, 2, 1 (families 1–2, 3–4, 5–6, 8).
    expect(r.mustMoveSchedule.perYear).toEqual([2, 2, 2, 1]);
    expect(r.mustMoveSchedule.displaced).toBe(1);
    expect(r.perYear[3]!.segments['1|-|-'].supply.released.sources.unitIds).toEqual([8]);
    // Every mover counted once: 2 + 2 + 2 + 1 + 1 displaced + 0 after the horizon = 8.
    const s = r.mustMoveSchedule;
    expect(s.perYear.reduce((a, b) => a + b, 0) + s.displaced + s.afterHorizon).toBe(s.households);
    for (const y of r.perYear) {
      let demand = 0;
      let supply = 0;
      for (const c of Object.values(y.segments)) {
        for (const p of SUPPLY_PARTS) expect(c.supply[p].value).toBeGreaterThanOrEqual(0);
        expect(c.supplyTotal).toBeGreaterThanOrEqual(0);
        expect(c.demandTotal).toBe(DEMAND_PARTS.reduce((a, p) => a + c.demand[p].value, 0));
        expect(Number.isInteger(c.demandTotal)).toBe(true);
        demand += c.demandTotal;
        supply += c.supplyTotal;
      }
      expect(y.total.demand).toBe(demand);
      expect(y.total.supply).toBe(supply);
      expect(y.total.gap).toBe(supply - demand);
    }
    // 2028 in all: demand 2 movers + 2 leaseEnding = 4; supply 2 released (homes 3, 4) = 2.
    expect([r.perYear[1]!.total.demand, r.perYear[1]!.total.supply]).toEqual([4, 2]);
  });

  it('spreads them as moveYears says', () => {
    expect(moveYears(8, 0.25, 4)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(moveYears(3, 0, 4)).toEqual([Infinity, Infinity, Infinity]);
    expect(moveYears(0, 0.25, 4)).toEqual([]);
  });
});

describe('residentsOf', () => {
  it('lists the households living in the homes now, home by home', () => {
    const snap = snapshot({
      tenancies: [
        tenancy(1, 11, 1),
        tenancy(2, 12, 2, { movedOut: '2026-01-01' }),
        tenancy(3, 13, 2),
        tenancy(4, 14, 3),
      ],
    });
    expect(residentsOf(snap, [2, 1, 9])).toEqual([
      { unitId: 2, householdId: 13 },
      { unitId: 1, householdId: 11 },
    ]);
  });
});

describe('mustMoveRate among the assumptions', () => {
  const errors = (mustMoveRate: number) =>
    validateScenario(scenario([], { assumptions: { ...FLAT, mustMoveRate } }), snapshot())
      .filter((i) => i.severity === 'error')
      .map((i) => i.message);

  it('defaults to 25 % a year and is refused outside (0, 100 %]', () => {
    expect(DEFAULT_ASSUMPTIONS.mustMoveRate).toBe(0.25);
    expect(withDefaults({ interestRate: 0.05 }).mustMoveRate).toBe(0.25);
    expect(errors(0.25)).toEqual([]);
    expect(errors(1)).toEqual([]);
    for (const bad of [0, -0.1, 1.5, NaN]) {
      expect(errors(bad).join()).toMatch(
        /Flytting av dem som bør flytte: må være over 0 % og høyst 100 % per år/,
      );
    }
  });
});
