// Figures of the printed plan: 1 000 kr without signs (a net figure says what it is in words).
import { formatInteger, formatPercent } from '../../../main/domain/format';

/** A budget line in 1 000 kr, positive in its natural direction; less than nothing in words. */
export function thousands(kr: number): string {
  const t = Math.round(kr / 1000);
  return t < 0 ? `${formatInteger(-t)} mindre` : formatInteger(t);
}

/**
 * A net figure in 1 000 kr: a cost as a number, a surplus with its word («412» and
 * «overskudd»); the word is shown under the number so the column stays narrow.
 */
export function netThousands(
  kr: number,
  incomeWord: string,
): { amount: string; word: string | null } {
  const t = Math.round(kr / 1000);
  return t < 0
    ? { amount: formatInteger(-t), word: incomeWord }
    : { amount: formatInteger(t), word: null };
}

export function coverageText(c: number | null): string {
  return c === null ? '–' : formatPercent(c, 0);
}

/** Households or homes (expected values) as whole numbers. */
export function whole(n: number): string {
  return formatInteger(Math.round(n));
}

/** «Mangler 12», «Overskudd 3», «I balanse»: from the whole figures shown beside it. */
export function gapText(demand: number, supply: number): string {
  const g = Math.round(Math.max(0, supply)) - Math.round(demand);
  if (g === 0) return 'I balanse';
  return g < 0 ? `Mangler ${formatInteger(-g)}` : `Overskudd ${formatInteger(g)}`;
}

/** Splits the years into tables of at most `size` columns (a table never runs off the page). */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}
