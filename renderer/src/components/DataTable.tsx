// A readable table with sortable column headers (aria-sort), right-aligned numbers, and rows
// that open their record: the first cell is a link (Tab + Enter), and a click anywhere on the
// row does the same.
import type { ReactNode } from 'react';
import { navigate } from '../state/router';

export interface Column<Row> {
  key: string;
  header: string;
  /** The API's sort key, when the column can be sorted. */
  sortKey?: string;
  align?: 'right' | 'center';
  /** Full text for a short header, e.g. "Tilstandsgrad" for "TG". */
  title?: string;
  render: (row: Row) => ReactNode;
}

export type SortDir = 'asc' | 'desc';

interface Props<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** Link for the row (the first column's content becomes the link). */
  rowHref: (row: Row) => string;
  /** Accessible name of the row link when the first cell's text is not enough. */
  rowLabel?: (row: Row) => string;
  sort?: string | undefined;
  dir?: SortDir | undefined;
  onSort?: (sortKey: string) => void;
  busy?: boolean;
  empty?: ReactNode;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function DataTable<Row>(props: Props<Row>) {
  const { columns, rows, sort, dir = 'asc', onSort } = props;
  return (
    <div className="table-wrap">
      <table className="data-table" aria-busy={props.busy || undefined}>
        <caption className="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = c.sortKey !== undefined && c.sortKey === sort;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.align ? `align-${c.align}` : undefined}
                  aria-sort={sorted ? ARIA_SORT[dir] : undefined}
                  title={c.title}
                >
                  {c.sortKey && onSort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(c.sortKey!)}
                      title={c.title ? `Sorter etter ${c.title.toLowerCase()}` : undefined}
                    >
                      {c.header}
                      <span
                        className={sorted ? 'sort-icon sorted' : 'sort-icon'}
                        aria-hidden="true"
                      >
                        {sorted ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const link = props.rowHref(row);
            return (
              <tr
                key={props.rowKey(row)}
                onClick={(e) => {
                  const target = e.target as HTMLElement;
                  if (target.closest('a, button, input, select')) return;
                  if (window.getSelection()?.toString()) return;
                  navigate(link);
                }}
              >
                {columns.map((c, i) => (
                  <td key={c.key} className={c.align ? `align-${c.align}` : undefined}>
                    {i === 0 ? (
                      <a href={link} className="row-link" aria-label={props.rowLabel?.(row)}>
                        {c.render(row)}
                      </a>
                    ) : (
                      c.render(row)
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <div className="table-empty">{props.empty ?? 'Ingen treff.'}</div>}
    </div>
  );
}
