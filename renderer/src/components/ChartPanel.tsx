// A chart's panel: the title, an optional caption, the chart (hidden from screen readers, or
// `empty` instead when there is nothing to draw), and the same numbers as a table. Used by the
// overview and «Plan og resultat».
import { ResponsiveContainer } from 'recharts';
import type { ReactElement, ReactNode } from 'react';
import { formatInteger } from '../../../main/domain/format';
import { Panel } from './Panel';

function DataTableSr(props: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="sr-only">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={String(r[0])}>
            {r.map((c, i) => (
              <td key={i}>{typeof c === 'number' ? formatInteger(c) : c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A chart's panel: the title, an optional caption, the chart (hidden from screen readers, or
 * `empty` instead when there is nothing to draw), and the same numbers as a table.
 */
export function ChartPanel(props: {
  title: string;
  caption?: string;
  height: number;
  /** The table for screen readers: column headings and one row per bar (group). */
  head: string[];
  rows: (string | number)[][];
  empty?: ReactNode;
  children: ReactElement;
}) {
  return (
    <Panel title={props.title} className="chart-panel">
      {props.caption && <p className="chart-caption">{props.caption}</p>}
      {props.empty ?? (
        <div aria-hidden="true" inert>
          <ResponsiveContainer width="100%" height={props.height}>
            {props.children}
          </ResponsiveContainer>
        </div>
      )}
      <DataTableSr caption={props.title} head={props.head} rows={props.rows} />
    </Panel>
  );
}
