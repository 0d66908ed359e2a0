// Display formats for plan figures (formatting only; the figures come from the engine).
import {
  formatInteger,
  formatKr,
  formatNumber,
  formatPercent,
} from '../../../../main/domain/format';
import {
  gainWords,
  lineAmountWords,
  moneyCell,
  NET_COST,
  NET_VALUE,
  type MoneyCell,
  type MoneyPair,
} from '../../../../main/domain/wording';
import { DASH } from '../../display';

export { formatKr as kr, formatInteger as int };

/** Homes and households: expected values may have decimals; tiny values read as 0. */
export function homes(v: number): string {
  return formatNumber(Math.abs(v) < 0.05 ? 0 : v, 1);
}

/** Coverage and other shares as whole per cent: «75 %»; «–» for null (no demand to cover). */
export function pct(v: number | null): string {
  return v === null ? DASH : formatPercent(v, 0);
}

/** A rate with the decimals it has (up to two): «4,5 %», «3 %», «5,25 %». */
export function rate(v: number): string {
  const p = Number((v * 100).toFixed(2));
  const decimals = Number.isInteger(p) ? 0 : Number.isInteger(p * 10) ? 1 : 2;
  return formatPercent(v, decimals);
}

/** «2027–2030» (or «2027» for one year). */
export function period(startYear: number, years: number): string {
  return years <= 1 ? String(startYear) : `${startYear}–${startYear + years - 1}`;
}

export function yearList(startYear: number, years: number): number[] {
  return Array.from({ length: years }, (_, i) => startYear + i);
}

/** CSS class for a balance cell: shortfall (red), surplus (green), balanced. */
export function gapClass(v: number): string {
  if (v <= -3) return 'gap-neg gap-strong';
  if (v < -0.05) return 'gap-neg';
  if (v > 0.05) return 'gap-pos';
  return 'gap-zero';
}

type Pair = MoneyPair;

/** A signed amount (+ = cost) in a cell under a pairLabel head: «1 234 kr», «5 kr overskudd». */
export const netCell =
  (pair: Pair = NET_COST) =>
  (n: number): string =>
    moneyCell(n, pair).text;

/** The cell's parts, for a cell that styles the word. */
export const netParts = (n: number, pair: Pair = NET_COST): MoneyCell => moneyCell(n, pair);

/** A budget line that an action may lower: «120 000 kr» or «120 000 kr mindre». */
export const lineKr = lineAmountWords;

/** A value where + is a gain: «Netto verdi 1 234 kr» / «Netto tap 56 kr». */
export const valueText = (n: number, pair: Parameters<typeof gainWords>[1] = NET_VALUE) =>
  gainWords(n, pair).text;

/**
 * Keeps a figure on one line where a cell may wrap between words: the spaces inside a number
 * and before «kr» become non-breaking («1 556 270 kr» / «innbetaling»).
 */
export function keepFigures(text: string): string {
  return text.replace(/(\d) (?=\d)/g, '$1\u00a0').replace(/(\d) kr\b/g, '$1\u00a0kr');
}
