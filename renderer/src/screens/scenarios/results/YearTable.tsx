// A table of figures per year (rows × years), numbers right-aligned in tabular figures, with
// an optional sum column whose values the caller takes from the engine's totals.
import { keepFigures } from '../fmt';
export interface YearRow {
  key: string;
  label: string;
  values: (number | null)[];
  sum?: number | null;
  format: (n: number) => string;
  /** 'subtotal', 'total', 'indent'. */
  cls?: string;
  /** The cells are money (marked for the no-bare-minus check). */
  money?: boolean;
}

interface Props {
  caption: string;
  /** Visible heading of the first column. */
  head: string;
  years: number[];
  rows: YearRow[];
  sumLabel?: string;
  /** Minimum width of a year column (px); the table scrolls sideways below that. */
  minCol?: number;
}

/** Label column width; year columns share the rest equally, so stacked tables line up. */
export const LABEL_COL = 290;

export function YearTable({ caption, head, years, rows, sumLabel, minCol = 80 }: Props) {
  const cols = years.length + (sumLabel ? 1 : 0);
  return (
    <div className="table-wrap">
      <table
        className="data-table compact year-table wrap-words"
        style={{ minWidth: LABEL_COL + cols * minCol }}
      >
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="align-right">
                {y}
              </th>
            ))}
            {sumLabel && (
              <th scope="col" className="align-right sum-col">
                {sumLabel}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.cls}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={i} className="align-right" data-money={r.money ? '' : undefined}>
                  {v === null ? '–' : keepFigures(r.format(v))}
                </td>
              ))}
              {sumLabel && (
                <td className="align-right sum-col" data-money={r.money ? '' : undefined}>
                  {r.sum === null || r.sum === undefined ? '' : keepFigures(r.format(r.sum))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
