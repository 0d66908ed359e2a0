// Figures of the printed plan: 1 000 kr without signs (a net figure says what it is in words).
import { formatInteger, formatPercent } from '../../../main/domain/format';

/** A budget line in 1 000 kr, positive in its natural direction; less than nothing in words. */
export function thousands(kr: number): string {
  const t = Math.round(kr / 1000);
  return t < 0 ? `${formatInteger(-t)} mindre` : formatInteger(t);
}

/** A net figure in 1 000 kr: a cost as a number, a surplus with its word («412 overskudd»). */
export function netThousands(kr: number, incomeWord: string): string {
  const t = Math.round(kr / 1000);
  return t < 0 ? `${formatInteger(-t)} ${incomeWord}` : formatInteger(t);
}

export function coverageText(c: number | null): string {
  return c === null ? '–' : formatPercent(c, 0);
}

/** Households or homes (expected values) as whole numbers. */
export function whole(n: number): string {
  return formatInteger(Math.round(n));
}

/** «Mangler 12», «Overskudd 3», «I balanse». */
export function gapText(gap: number): string {
  const g = Math.round(gap);
  if (g === 0) return 'I balanse';
  return g < 0 ? `Mangler ${formatInteger(-g)}` : `Overskudd ${formatInteger(g)}`;
}

/** Splits the years into tables of at most `size` columns (a table never runs off the page). */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}
