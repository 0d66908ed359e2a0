// Shared look of the scenario charts (Recharts), value formats, and the same numbers as a
// table for screen readers.
import { formatNumber } from '../../../../main/domain/format';
import { moneyCell, NET_COST, type MoneyPair } from '../../../../main/domain/wording';

export const SERIES_COLORS = ['#2f5d8a', '#c7772b', '#3b8a5a', '#8a5a9e'];
export const TENURE_COLORS = { eid: '#2f5d8a', framleie: '#6f9cc7', tildelingsrett: '#a9c3dd' };
export const GRID = '#e3e7ec';
export const axisTick = { fill: '#5b6573', fontSize: 12 };

/** Axis ticks in millions: «12 mill.», «-1,5 mill.». */
export const millions = (v: unknown) => {
  const n = Number(v);
  return n === 0 ? '0' : `${formatNumber(n / 1_000_000, Math.abs(n) < 10_000_000 ? 1 : 0)} mill.`;
};
/**
 * A money axis: Recharts' own round ticks (a zero line with ifOverflow="extendDomain" keeps 0
 * in range, so bars grow from it); all-zero data gets a unit range instead of repeated zeros.
 */
export function moneyDomain(
  values: (number | null | undefined)[],
): [number, number] | ['auto', 'auto'] {
  return values.every((v) => !v) ? [0, 1_000_000] : ['auto', 'auto'];
}

/** A money tooltip in words (+ = cost): «1 234 kr», «5 678 kr overskudd». */
export const moneyTooltip =
  (pair: MoneyPair = NET_COST) =>
  (v: unknown) =>
    moneyCell(Number(v), pair).text;

/** Said under every money chart whose bars may go below zero. */
export const MONEY_AXIS_NOTE =
  'Over nullstreken: utgift for kommunen. Under nullstreken: overskudd eller innbetaling.';
export const homesTooltip = (v: unknown) => formatNumber(Number(v), 1);

export function SrTable(props: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    // The wrapper is hidden (a table ignores the 1px width and could widen the page).
    <div className="sr-only">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{typeof c === 'number' ? formatNumber(c, 1) : c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
