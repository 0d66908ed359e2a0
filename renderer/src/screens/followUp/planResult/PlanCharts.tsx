// «Plan og resultat» charts (Recharts): homes provided per year, planned against recorded,
// and the surveyed years' stock and vacancy. Each chart has the same numbers as a table for
// screen readers (the visible tables on the screen carry them too).
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReactElement } from 'react';
import type { HomesComparison, IndicatorYear } from '../../../../../main/domain/planFollowUp';
import { formatInteger } from '../../../../../main/domain/format';
import { Panel } from '../../../components/Panel';

const COLORS = { planned: '#a9c3dd', actual: '#2f5d8a', vacant: '#c7772b', grid: '#e3e7ec' };
const axisTick = { fill: '#5b6573', fontSize: 12 };
const fmt = (v: unknown) => formatInteger(Number(v));

function SrTable(props: { caption: string; head: string[]; rows: (string | number)[][] }) {
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

function ChartPanel(props: {
  title: string;
  caption: string;
  head: string[];
  rows: (string | number)[][];
  children: ReactElement;
}) {
  return (
    <Panel title={props.title} className="chart-panel">
      <p className="chart-caption">{props.caption}</p>
      <div aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height={240}>
          {props.children}
        </ResponsiveContainer>
      </div>
      <SrTable caption={props.title} head={props.head} rows={props.rows} />
    </Panel>
  );
}

export function ProvidedChart({ homes }: { homes: HomesComparison }) {
  const data = homes.years.map((y) => ({
    name: String(y.year),
    planned: y.plannedAdded,
    actual: y.actualAdded,
  }));
  return (
    <ChartPanel
      title="Fremskaffede boliger per år"
      caption="Kjøp, bygging og framleie inn: vedtatt plan mot det som er registrert."
      head={['År', 'Planlagt', 'Fremskaffet']}
      rows={data.map((d) => [d.name, d.planned, d.actual])}
    >
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke={COLORS.grid} />
        <XAxis dataKey="name" tick={axisTick} />
        <YAxis allowDecimals={false} tick={axisTick} tickFormatter={fmt} width={40} />
        <Tooltip formatter={fmt} cursor={{ fill: '#f1f4f7' }} />
        <Legend />
        <Bar dataKey="planned" name="Planlagt" fill={COLORS.planned} isAnimationActive={false} />
        <Bar dataKey="actual" name="Fremskaffet" fill={COLORS.actual} isAnimationActive={false} />
      </BarChart>
    </ChartPanel>
  );
}

export function yearLabel(y: IndicatorYear): string {
  return y.source === 'survey' ? `${y.year} (kartlegging)` : `${y.year} (registeret i dag)`;
}

export function StockChart({ indicators }: { indicators: IndicatorYear[] }) {
  const data = indicators.map((y) => ({
    name: yearLabel(y),
    homes: y.homes - y.vacant,
    vacant: y.vacant,
  }));
  return (
    <ChartPanel
      title="Boliger og ledige per år"
      caption="Fra den årlige kartleggingen, og registeret i dag for inneværende år."
      head={['År', 'Utleid eller annen status', 'Ledige']}
      rows={data.map((d) => [d.name, d.homes, d.vacant])}
    >
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke={COLORS.grid} />
        <XAxis dataKey="name" tick={axisTick} />
        <YAxis allowDecimals={false} tick={axisTick} tickFormatter={fmt} width={48} />
        <Tooltip formatter={fmt} cursor={{ fill: '#f1f4f7' }} />
        <Legend />
        <Bar
          dataKey="homes"
          name="Utleid eller annen status"
          stackId="a"
          fill={COLORS.actual}
          isAnimationActive={false}
        />
        <Bar
          dataKey="vacant"
          name="Ledige"
          stackId="a"
          fill={COLORS.vacant}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartPanel>
  );
}
