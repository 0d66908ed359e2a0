import { describe, expect, it } from 'vitest';
import {
  bedroomsNeeded,
  DEFAULT_BEDROOM_RULE,
  DEFAULT_CROWDING_RULE,
  isCrowded,
  isSsbCrowdingRule,
  isUnitCrowded,
  SSB_CROWDING_RULE,
} from '../../main/domain/rules';
import { crowdingRuleSummary } from '../../main/domain/labels';
import { formatDate, formatKr, formatPercent, parseNorwegianDate } from '../../main/domain/format';

describe('bedroom rule', () => {
  type G = 'jente' | 'gutt' | null;
  const h = (adults: number, couple: boolean, childAges: number[], childGenders?: G[]) => ({
    adults,
    couple,
    childAges,
    ...(childGenders ? { childGenders } : {}),
  });
  it.each([
    ['a single adult', h(1, false, []), 1],
    ['a couple', h(2, true, []), 1],
    ['two adults who are not a couple', h(2, false, []), 2],
    ['a couple with two children under 10 (they share)', h(2, true, [3, 8]), 2],
    // couple 1 + ⌈3 × ½⌉ = 1 + 2 = 3
    ['a couple with three children under 10', h(2, true, [1, 4, 9]), 3],
    // 1 + (⌊2/2⌋ + 1 = 2): without genders a boy and a girl is the worst case
    ['a single parent with a 12- and a 14-year-old, no genders', h(1, false, [12, 14]), 3],
    ['a couple with a 17-year-old (counts as adult)', h(2, true, [17]), 2],
    // Boundaries: 16 is an adult (own room), 15 is not; 10 shares by gender, 9 with anyone.
    ['a single parent with a 16-year-old', h(1, false, [16]), 2],
    [
      'a single parent with two 15-year-old boys (share)',
      h(1, false, [15, 15], ['gutt', 'gutt']),
      2,
    ],
    [
      'a single parent with two 16-year-old boys (a room each)',
      h(1, false, [16, 16], ['gutt', 'gutt']),
      3,
    ],
    // two 9-year-olds of any gender: ⌈2 × ½⌉ = 1; a 10-year-old girl and a 9-year-old boy: 1 + 1
    ['a couple with a girl and a boy of 9', h(2, true, [9, 9], ['jente', 'gutt']), 2],
    ['a couple with a girl of 10 and a boy of 10', h(2, true, [10, 10], ['jente', 'gutt']), 3],
  ])('%s needs %i bedrooms', (_, household, expected) => {
    expect(bedroomsNeeded(household)).toBe(expected);
  });

  // Children aged 10–15 with a single parent (1 room), worst case without genders ⌊n/2⌋ + 1:
  //   n = 1: 1 + 1 = 2;  n = 2: 1 + 2 = 3;  n = 3: 1 + 2 = 3;  n = 4: 1 + 3 = 4.
  // With genders: same-gender pairs share, ⌈girls/2⌉ + ⌈boys/2⌉.
  it.each([
    [[12], undefined, 2],
    [[11, 13], undefined, 3],
    [[10, 12, 15], undefined, 3],
    [[10, 11, 12, 13], undefined, 4],
    [[12], ['jente'], 2],
    [[11, 13], ['gutt', 'gutt'], 2], // 1 + ⌈2/2⌉
    [[11, 13], ['gutt', 'jente'], 3], // 1 + 1 + 1
    [[10, 12, 15], ['jente', 'jente', 'jente'], 3], // 1 + ⌈3/2⌉ = 3
    [[10, 12, 15], ['jente', 'jente', 'gutt'], 3], // 1 + 1 + 1
    [[10, 11, 12, 13], ['jente', 'jente', 'gutt', 'gutt'], 3], // 1 + 1 + 1
    [[10, 11, 12, 13], ['jente', 'gutt', 'gutt', 'gutt'], 4], // 1 + 1 + ⌈3/2⌉
    // Partly known: two girls and one unknown → worst case puts the unknown alone: 1 + 1 + 1
    [[10, 11, 12], ['jente', 'jente', null], 3],
    // one girl, one unknown: the unknown a boy → 1 + 1 + 1 = 3
    [[10, 11], ['jente', null], 3],
  ] as [number[], G[] | undefined, number][])(
    'children aged %j with genders %j need %i bedrooms with one parent',
    (ages, genders, expected) => {
      expect(bedroomsNeeded(h(1, false, ages, genders))).toBe(expected);
    },
  );

  it('is configurable: 10–15-year-olds may have a room each', () => {
    const rule = { ...DEFAULT_BEDROOM_RULE, olderChildShare: 1 };
    // 1 + 2 × 1 = 3, even for two boys
    expect(bedroomsNeeded(h(1, false, [12, 14], ['gutt', 'gutt']), rule)).toBe(3);
    expect(bedroomsNeeded(h(1, false, [12, 14], ['gutt', 'gutt']))).toBe(2);
  });
});

describe('crowding (SSB: both conditions)', () => {
  // persons, rooms, P-ROM m², crowded?  Condition 1: rooms < persons, or one person in one
  // room. Condition 2: P-ROM < 25 m² × persons. Both must hold; an unknown one is left out.
  it.each([
    [3, 2, 74, true], // 2 < 3 and 74 < 75
    [3, 2, 75, false], // exactly 25 m² per person is not under 25
    [3, 2, 90, false], // few rooms, but 30 m² per person (the old «either» reading said yes)
    [3, 3, 60, false], // small, but as many rooms as persons
    [1, 1, 20, true], // one person in one room, under 25 m²
    [1, 1, 25, false], // one person in one room, exactly 25 m²
    [1, 2, 20, false], // one person, two rooms
    [4, null, 99, true], // rooms unknown: the area alone, 99 < 100
    [4, null, 100, false],
    [2, 1, null, true], // area unknown: the rooms alone
    [2, 2, null, false],
    [2, null, null, false], // nothing known
  ] as [number, number | null, number | null, boolean][])(
    '%i persons, %s rooms, %s m² P-ROM → crowded %s',
    (persons, rooms, promM2, expected) => {
      expect(isCrowded(persons, { rooms, promM2 })).toBe(expected);
    },
  );

  it('estimates P-ROM from BRA where it is missing (90 %)', () => {
    // 3 persons, 2 rooms, BRA 82 → P-ROM 73,8 < 75: crowded; BRA 84 → 75,6: not
    expect(isUnitCrowded(3, { rooms: 2, areaM2: 82, promM2: null })).toBe(true);
    expect(isUnitCrowded(3, { rooms: 2, areaM2: 84, promM2: null })).toBe(false);
    // A recorded P-ROM wins over the estimate: BRA 100, P-ROM 70 → 70 < 75
    expect(isUnitCrowded(3, { rooms: 2, areaM2: 100, promM2: 70 })).toBe(true);
  });

  it('has an alternative rule (either condition), labelled as not SSB’s', () => {
    const either = { ...SSB_CROWDING_RULE, requireBoth: false };
    expect(isCrowded(3, { rooms: 2, promM2: 90 }, either)).toBe(true);
    expect(isSsbCrowdingRule(either)).toBe(false);
    expect(isSsbCrowdingRule(DEFAULT_CROWDING_RULE)).toBe(true);
    expect(crowdingRuleSummary(either)).toContain('alternativ regel');
    expect(crowdingRuleSummary(DEFAULT_CROWDING_RULE)).toContain('SSBs definisjon');
  });
});

describe('Norwegian formats', () => {
  it('formats kroner, per cent and dates the Norwegian way', () => {
    expect(formatKr(1234567)).toBe('1 234 567 kr');
    expect(formatKr(-2500)).toBe('-2 500 kr');
    expect(formatPercent(0.125)).toBe('12,5 %');
    expect(formatDate('2026-12-31')).toBe('31.12.2026');
    expect(parseNorwegianDate('1.2.2027')).toBe('2027-02-01');
    expect(parseNorwegianDate('30.02.2027')).toBeNull();
  });
});
