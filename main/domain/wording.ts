// How money and changes are put into words for the reader: one convention, used by the app,
// the report and the export. The engine keeps signed figures (+ = cost for the municipality);
// a reader never has to decode a minus sign.
import { formatInteger, formatKr, formatNumber } from './format';

/** The sign convention, for column heads that show signed figures. */
export const COST_SIGN_CONVENTION = '+ = utgift for kommunen';

/** Words for a signed amount where + is a cost: the label, and the amount without its sign. */
export interface MoneyWords {
  label: string;
  /** Always ≥ 0. */
  amount: number;
  /** «Netto utgift 1 234 kr». */
  text: string;
}

type Pair = readonly [costWord: string, incomeWord: string];

/** Net cost for the municipality (operating + investment, or the NPV of it). */
export const NET_COST: Pair = ['Netto utgift', 'Netto overskudd'];
/** Net operating cost (Drift). */
export const NET_OPERATING: Pair = ['Netto driftsutgift', 'Netto driftsoverskudd'];
/** Net investment: purchases, building and rehabilitation less grants, loans and sales. */
export const NET_INVESTMENT: Pair = ['Netto investering', 'Netto innbetaling'];

function words(pair: Pair, amount: number, format: (n: number) => string): MoneyWords {
  const rounded = Math.round(amount);
  // Zero reads as a cost of 0 kr (nothing to pay), never «-0».
  const label = rounded > 0 || rounded === 0 ? pair[0] : pair[1];
  const abs = Math.abs(rounded);
  return { label, amount: abs, text: `${label} ${format(abs)}` };
}

/** «Netto utgift 1 234 kr» / «Netto overskudd 41 000 000 kr» (the default pair is net cost). */
export function moneyWords(amount: number, pair: Pair = NET_COST): MoneyWords {
  return words(pair, amount, formatKr);
}

/** The same in 1 000 kr: «Netto utgift 1 235» (the caller states «1 000 kr» in the heading). */
export function moneyWordsThousands(amount: number, pair: Pair = NET_COST): MoneyWords {
  return words(pair, amount / 1000, (n) => formatInteger(n));
}

/**
 * A change of a cost against a reference: «1 200 000 kr høyere utgift», «300 000 kr lavere
 * utgift», «Uendret». `noun` names what changed («utgift», «investering», «driftsutgift»).
 */
export function costChangeWords(delta: number, noun = 'utgift'): string {
  const d = Math.round(delta);
  if (d === 0) return 'Uendret';
  return `${formatKr(Math.abs(d))} ${d > 0 ? 'høyere' : 'lavere'} ${noun}`;
}

/** A change of homes: «12 flere boliger», «1 bolig færre», «Uendret». */
export function homesChangeWords(delta: number): string {
  const d = Math.round(delta);
  if (d === 0) return 'Uendret';
  const n = Math.abs(d);
  return d > 0
    ? `${formatInteger(n)} ${n === 1 ? 'bolig' : 'boliger'} flere`
    : `${formatInteger(n)} ${n === 1 ? 'bolig' : 'boliger'} færre`;
}

/** A change of a share in percentage points: «5,0 prosentpoeng høyere», «Uendret», «–» (null). */
export function pointsChangeWords(points: number | null): string {
  if (points === null) return '–';
  const p = Math.round(points * 10) / 10;
  if (p === 0) return 'Uendret';
  return `${formatNumber(Math.abs(p), 1)} prosentpoeng ${p > 0 ? 'høyere' : 'lavere'}`;
}
