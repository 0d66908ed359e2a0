// Investering or Drift of one scenario per year, in 1 000 kr with KOSTRA function and account
// type. Long horizons are split into tables of at most YEARS_PER_TABLE years, so a table never
// runs past the page edge; the period's sum is in the last one.
import type { BudgetTable as Table } from '../../../main/report/model';
import { chunks, netThousands, thousands } from './format';

const YEARS_PER_TABLE = 6;

interface Props {
  table: Table;
  caption: string;
}

export function BudgetTable({ table, caption }: Props) {
  const incomeWord = table.accountKind === 'Investering' ? 'innbetaling' : 'overskudd';
  const parts = chunks(
    table.years.map((year, i) => ({ year, i })),
    YEARS_PER_TABLE,
  );
  return (
    <>
      {parts.map((cols, p) => {
        const last = p === parts.length - 1;
        return (
          <table key={p} className="report-table report-budget">
            <caption>
              {caption}
              {parts.length > 1 ? ` (${p + 1} av ${parts.length})` : ''}
            </caption>
            <colgroup>
              <col className="col-label" />
              <col className="col-account" />
              {cols.map((c) => (
                <col key={c.year} className="col-num" />
              ))}
              {last && <col className="col-num" />}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Post</th>
                <th scope="col">Art</th>
                {cols.map((c) => (
                  <th key={c.year} scope="col" className="num">
                    {c.year}
                  </th>
                ))}
                {last && (
                  <th scope="col" className="num">
                    Sum
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => {
                const cell = (v: number) => {
                  if (r.line !== null) return thousands(v);
                  const n = netThousands(v, incomeWord);
                  return n.word ? (
                    <>
                      {n.amount}
                      <span className="report-word"> {n.word}</span>
                    </>
                  ) : (
                    n.amount
                  );
                };
                return (
                  <tr key={r.line ?? 'net'} className={r.line === null ? 'report-net' : undefined}>
                    <th scope="row">{r.label}</th>
                    <td>{r.account ?? ''}</td>
                    {cols.map((c) => (
                      <td key={c.year} className="num">
                        {cell(r.values[c.i] ?? 0)}
                      </td>
                    ))}
                    {last && <td className="num">{cell(r.total)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
