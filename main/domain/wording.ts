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
/** A [cost word, income word] pair such as NET_COST. */
export type MoneyPair = Pair;

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

/** «Netto utgift / overskudd»: a row or column label for a figure that may go either way. */
export function pairLabel(pair: Pair = NET_COST): string {
  return `${pair[0]} / ${shortWord(pair[1])}`;
}

/** «Netto overskudd» → «overskudd», «Netto innbetaling» → «innbetaling». */
function shortWord(word: string): string {
  return word.replace(/^Netto\s+/i, '').toLowerCase();
}

/** A table cell for a signed amount (+ = cost), under a `pairLabel` head. */
export interface MoneyCell {
  /** The amount without its sign: «1 234 kr». */
  kr: string;
  /** The other direction's short word («overskudd», «innbetaling»); null for a cost. */
  word: string | null;
  /** «1 234 kr» or «1 234 kr overskudd». */
  text: string;
}

/**
 * A signed amount in a compact cell: a cost reads as the amount («1 234 kr», the row or column
 * is labelled with `pairLabel(pair)`), income as the amount and its word («1 234 kr
 * overskudd»). Never a minus sign.
 */
export function moneyCell(amount: number, pair: Pair = NET_COST): MoneyCell {
  const rounded = Math.round(amount);
  const kr = formatKr(Math.abs(rounded));
  const word = rounded < 0 ? shortWord(pair[1]) : null;
  return { kr, word, text: word ? `${kr} ${word}` : kr };
}

/**
 * A budget line that is positive in its natural direction but may be negative as an action's
 * marginal effect (a sale's lost rent): «120 000 kr», or «120 000 kr mindre».
 */
export function lineAmountWords(amount: number): string {
  const rounded = Math.round(amount);
  return rounded < 0 ? `${formatKr(-rounded)} mindre` : formatKr(rounded);
}

/** Figures where + is a gain for the municipality, as [gain word, loss word]. */
type GainPair = readonly [gainWord: string, lossWord: string];

/** A home's value (the present value of its net rent less its costs). */
export const NET_VALUE: GainPair = ['Netto verdi', 'Netto tap'];
/** A year's net rent less running costs (+ = income). */
export const NET_INCOME: GainPair = ['Netto inntekt', 'Netto utgift'];

/** «Netto verdi 1 234 kr» / «Netto tap 5 678 kr» for a figure where + is a gain. */
export function gainWords(amount: number, pair: GainPair = NET_VALUE): MoneyWords {
  const rounded = Math.round(amount);
  const label = rounded >= 0 ? pair[0] : pair[1];
  const abs = Math.abs(rounded);
  return { label, amount: abs, text: `${label} ${formatKr(abs)}` };
}

/** A money change in a compact cell (the row names what changed): «1 200 kr høyere». */
export function costChangeCell(delta: number): string {
  const d = Math.round(delta);
  if (d === 0) return 'Uendret';
  return `${formatKr(Math.abs(d))} ${d > 0 ? 'høyere' : 'lavere'}`;
}

/** The heading of the difference a plan makes: «Endring mot Ingen tiltak». */
export function differenceTitle(referenceName: string): string {
  return `Endring mot ${referenceName}`;
}
