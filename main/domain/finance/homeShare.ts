// One home's part of a loan's or a grant's figure, split the way the engine splits (to the
// krone, parts adding up to the whole): for the home's page.
import type { UnitShare } from '../types';
import { splitByShares } from './existingDebt';

/** The home's part of `amount` split over `units` (0 when the home is not among them). */
export function homePart(amount: number, units: readonly UnitShare[], unitId: number): number {
  const i = units.findIndex((u) => u.unitId === unitId);
  if (i < 0) return 0;
  return splitByShares(
    amount,
    units.map((u) => u.share),
  )[i]!;
}

/** Shares that add up to exactly 1 over `n` homes (the last takes the rounding rest). */
export function equalShares(n: number): number[] {
  if (n <= 0) return [];
  const each = Math.floor(1_000_000 / n) / 1_000_000;
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? 1 - each * (n - 1) : each));
}
