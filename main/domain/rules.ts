// Explicit, configurable household rules: the bedroom need and SSB's crowding definition.
import type { Household } from './types';

/**
 * Bedroom rule (after the common UK "bedroom standard", e.g. Hackney's calculator):
 * one bedroom per adult couple and per other person aged `adultAge` or over;
 * younger children occupy a share of a room each, and shares are rounded up.
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
   * Share of a bedroom for a child from `youngChildAge` to `adultAge - 1`.
   * The rule lets same-gender children of this age share (0.5); the register does not
   * hold gender, so the default is the conservative 1 (a room each).
   */
  olderChildShare: number;
}

export const DEFAULT_BEDROOM_RULE: BedroomRule = {
  coupleShares: true,
  adultAge: 16,
  youngChildAge: 10,
  youngChildShare: 0.5,
  olderChildShare: 1,
};

export type HouseholdComposition = Pick<Household, 'adults' | 'couple' | 'childAges'>;

export function bedroomsNeeded(
  h: HouseholdComposition,
  rule: BedroomRule = DEFAULT_BEDROOM_RULE,
): number {
  const coupleRoom = rule.coupleShares && h.couple && h.adults >= 2 ? 1 : 0;
  const otherAdults = h.adults - (coupleRoom ? 2 : 0);
  let ownRooms = coupleRoom + otherAdults;
  // Shares are counted in quarters so the sum stays exact (no float drift).
  let quarters = 0;
  for (const age of h.childAges) {
    if (age >= rule.adultAge) ownRooms += 1;
    else if (age < rule.youngChildAge) quarters += Math.round(rule.youngChildShare * 4);
    else quarters += Math.round(rule.olderChildShare * 4);
  }
  return Math.max(1, ownRooms + Math.ceil(quarters / 4));
}

export function householdSize(h: HouseholdComposition): number {
  return h.adults + h.childAges.length;
}

/** SSB's definition of trangbodd, with the thresholds as parameters. */
export interface CrowdingRule {
  /** Crowded if the home has fewer rooms than persons. */
  roomsPerPerson: number;
  /** Crowded if there is less than this many m² per person (households of two or more). */
  minM2PerPerson: number;
  /**
   * Both conditions must hold (as in SSB's register statistics) instead of either one (the
   * reading in our domain brief). Default false.
   */
  requireBoth?: boolean;
}

export const DEFAULT_CROWDING_RULE: CrowdingRule = { roomsPerPerson: 1, minM2PerPerson: 25 };

export function isCrowded(
  persons: number,
  home: { rooms: number; areaM2: number },
  rule: CrowdingRule = DEFAULT_CROWDING_RULE,
): boolean {
  if (persons < 2) return false;
  const fewRooms = home.rooms < persons * rule.roomsPerPerson;
  const smallArea = home.areaM2 < persons * rule.minM2PerPerson;
  return rule.requireBoth ? fewRooms && smallArea : fewRooms || smallArea;
}
