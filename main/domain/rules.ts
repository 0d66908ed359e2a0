// Explicit, configurable household rules: the bedroom need and SSB's crowding definition.
import type { Household, Unit } from './types';

/**
 * Bedroom rule (after the common UK "bedroom standard", e.g. Hackney's calculator):
 * one bedroom per adult couple and per other person aged `adultAge` or over; children under
 * `youngChildAge` share regardless of gender; children from `youngChildAge` to `adultAge − 1`
 * share with a child of the same gender. Shares are rounded up per group.
 */
export interface BedroomRule {
  /** A couple shares one bedroom. */
  coupleShares: boolean;
  /** From this age a child counts as an adult (own bedroom). */
  adultAge: number;
  /** Children under this age share regardless of gender. */
  youngChildAge: number;
  /** Share of a bedroom for a child under `youngChildAge` (0.5 = two share a room). */
  youngChildShare: number;
  /**
   * Share of a bedroom for a child from `youngChildAge` to `adultAge − 1` with a sibling of the
   * same gender (0.5 = two of the same gender share; 1 = a room each). Where genders are not
   * recorded the rule plans for the worst case over genders: with 0.5, ⌊n/2⌋ + 1 rooms for n
   * such children (never n).
   */
  olderChildShare: number;
}

export const DEFAULT_BEDROOM_RULE: BedroomRule = {
  coupleShares: true,
  adultAge: 16,
  youngChildAge: 10,
  youngChildShare: 0.5,
  olderChildShare: 0.5,
};

export type HouseholdComposition = Pick<Household, 'adults' | 'couple' | 'childAges'> &
  Partial<Pick<Household, 'childGenders'>>;

/** Rooms for `count` children who share at `share` a room each: ⌈count × share⌉, in quarters. */
function roomsFor(count: number, share: number): number {
  return Math.ceil((count * Math.round(share * 4)) / 4);
}

export function bedroomsNeeded(
  h: HouseholdComposition,
  rule: BedroomRule = DEFAULT_BEDROOM_RULE,
): number {
  const coupleRoom = rule.coupleShares && h.couple && h.adults >= 2 ? 1 : 0;
  const otherAdults = h.adults - (coupleRoom ? 2 : 0);
  let rooms = coupleRoom + otherAdults;
  let young = 0;
  let girls = 0;
  let boys = 0;
  let unknown = 0;
  h.childAges.forEach((age, i) => {
    if (age >= rule.adultAge) rooms += 1;
    else if (age < rule.youngChildAge) young += 1;
    else {
      const g = h.childGenders?.[i] ?? null;
      if (g === 'jente') girls += 1;
      else if (g === 'gutt') boys += 1;
      else unknown += 1;
    }
  });
  rooms += roomsFor(young, rule.youngChildShare);
  // Older children share by gender; unknown genders take the split that needs the most rooms.
  let older = 0;
  for (let x = 0; x <= unknown; x++) {
    older = Math.max(
      older,
      roomsFor(girls + x, rule.olderChildShare) +
        roomsFor(boys + unknown - x, rule.olderChildShare),
    );
  }
  return Math.max(1, rooms + older);
}

export function householdSize(h: Pick<Household, 'adults' | 'childAges'>): number {
  return h.adults + h.childAges.length;
}

/**
 * P-ROM is estimated as this share of BRA where the register has no P-ROM (BRA also counts
 * internal walls and storage rooms; about 90 % of a flat's BRA is P-ROM).
 */
export const PROM_SHARE_OF_BRA = 0.9;

/** P-ROM of a home: recorded, or estimated from BRA (PROM_SHARE_OF_BRA). */
export function promOf(home: Pick<Unit, 'areaM2' | 'promM2'>): number {
  return home.promM2 ?? home.areaM2 * PROM_SHARE_OF_BRA;
}

/**
 * Crowding (trangbodd). SSB's register definition (since 2015, vardok 3462): both
 * (1) fewer rooms than persons, or one person in one room, and (2) under 25 m² P-ROM per
 * person. Where rooms or area are unknown, one condition met is enough.
 * `requireBoth: false` is an alternative rule (either condition), labelled as such.
 */
export interface CrowdingRule {
  /** Condition 1: fewer rooms than persons × this (1 = SSB). */
  roomsPerPerson: number;
  /** Condition 2: under this many m² P-ROM per person (25 = SSB). */
  minM2PerPerson: number;
  /** Both conditions must hold (SSB's rule, the default); false = either (alternative). */
  requireBoth: boolean;
}

export const SSB_CROWDING_RULE: CrowdingRule = {
  roomsPerPerson: 1,
  minM2PerPerson: 25,
  requireBoth: true,
};
export const DEFAULT_CROWDING_RULE = SSB_CROWDING_RULE;

/** True if the rule is SSB's own (not an alternative). */
export function isSsbCrowdingRule(r: CrowdingRule): boolean {
  return (
    r.requireBoth === SSB_CROWDING_RULE.requireBoth &&
    r.roomsPerPerson === SSB_CROWDING_RULE.roomsPerPerson &&
    r.minM2PerPerson === SSB_CROWDING_RULE.minM2PerPerson
  );
}

export interface CrowdingHome {
  rooms: number | null;
  /** P-ROM, m², or null when not known. */
  promM2: number | null;
}

export function isCrowded(
  persons: number,
  home: CrowdingHome,
  rule: CrowdingRule = DEFAULT_CROWDING_RULE,
): boolean {
  if (persons < 1) return false;
  const fewRooms =
    home.rooms === null
      ? null
      : home.rooms < persons * rule.roomsPerPerson || (persons === 1 && home.rooms === 1);
  const smallArea = home.promM2 === null ? null : home.promM2 < persons * rule.minM2PerPerson;
  if (fewRooms === null) return smallArea === true;
  if (smallArea === null) return fewRooms;
  return rule.requireBoth ? fewRooms && smallArea : fewRooms || smallArea;
}

/** Crowding of a register home (P-ROM recorded or estimated from BRA). */
export function isUnitCrowded(
  persons: number,
  unit: Pick<Unit, 'rooms' | 'areaM2' | 'promM2'>,
  rule: CrowdingRule = DEFAULT_CROWDING_RULE,
): boolean {
  return isCrowded(persons, { rooms: unit.rooms, promM2: promOf(unit) }, rule);
}
