// «Plan og resultat» charts (Recharts): homes provided per year, planned against recorded,
// and the surveyed years' stock and vacancy. Each chart has the same numbers as a table for
// screen readers (the visible tables on the screen carry them too).
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { HomesComparison, IndicatorYear } from '../../../../../main/domain/planFollowUp';
import { formatInteger } from '../../../../../main/domain/format';
import { ChartPanel } from '../../../components/ChartPanel';

const COLORS = { planned: '#a9c3dd', actual: '#2f5d8a', vacant: '#c7772b', grid: '#e3e7ec' };
const axisTick = { fill: '#5b6573', fontSize: 12 };
const fmt = (v: unknown) => formatInteger(Number(v));

export function ProvidedChart({ homes }: { homes: HomesComparison }) {
  const data = homes.years.map((y) => ({
    name: String(y.year),
    planned: y.plannedAdded,
    actual: y.actualAdded,
  }));
  return (
    <ChartPanel
      height={240}
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
      height={240}
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
