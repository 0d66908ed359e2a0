import { describe, expect, it } from 'vitest';
import { bedroomsNeeded, DEFAULT_BEDROOM_RULE, isCrowded } from '../../main/domain/rules';
import { formatDate, formatKr, formatPercent, parseNorwegianDate } from '../../main/domain/format';

describe('bedroom rule', () => {
  const h = (adults: number, couple: boolean, childAges: number[]) => ({
    adults,
    couple,
    childAges,
  });
  it.each([
    ['a single adult', h(1, false, []), 1],
    ['a couple', h(2, true, []), 1],
    ['two adults who are not a couple', h(2, false, []), 2],
    ['a couple with two children under 10 (they share)', h(2, true, [3, 8]), 2],
    ['a couple with three children under 10', h(2, true, [1, 4, 9]), 3],
    [
      'a single parent with a 12- and a 14-year-old (no gender data: a room each)',
      h(1, false, [12, 14]),
      3,
    ],
    ['a couple with a 17-year-old (counts as adult)', h(2, true, [17]), 2],
  ])('%s needs %i bedrooms', (_, household, expected) => {
    expect(bedroomsNeeded(household)).toBe(expected);
  });

  it('is configurable: same-gender 10–15-year-olds may share', () => {
    const rule = { ...DEFAULT_BEDROOM_RULE, olderChildShare: 0.5 };
    expect(bedroomsNeeded(h(1, false, [12, 14]), rule)).toBe(2);
    expect(bedroomsNeeded(h(1, false, [12, 14]))).toBe(3);
  });
});

describe('crowding (SSB)', () => {
  it('counts fewer rooms than persons, or under 25 m² per person, for two or more', () => {
    expect(isCrowded(1, { rooms: 1, areaM2: 15 })).toBe(false);
    expect(isCrowded(3, { rooms: 2, areaM2: 90 })).toBe(true);
    expect(isCrowded(3, { rooms: 3, areaM2: 74 })).toBe(true);
    expect(isCrowded(3, { rooms: 3, areaM2: 75 })).toBe(false);
    expect(isCrowded(3, { rooms: 3, areaM2: 60 }, { roomsPerPerson: 1, minM2PerPerson: 20 })).toBe(
      false,
    );
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
