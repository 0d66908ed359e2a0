// The overview's charts (Recharts). Each chart has a caption and, for screen readers, the
// same numbers as a table.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Overview } from '../../../../main/contract/api';
import { formatInteger } from '../../../../main/domain/format';
import { ChartPanel } from '../../components/ChartPanel';
import { bedroomRows, statusBars, tenureBars, type Bar as BarDatum } from './chartData';

const COLORS = {
  primary: '#2f5d8a',
  need: '#c7772b',
  grid: '#e3e7ec',
  axis: '#5b6573',
};

const STATUS_COLORS: Record<string, string> = {
  utleid: '#2f5d8a',
  ledig: '#3b8a5a',
  under_rehabilitering: '#c7952b',
  ute_av_drift: '#8a939e',
  til_salgs: '#8a5a9e',
};

const TENURE_COLORS: Record<string, string> = {
  eid: '#2f5d8a',
  framleie: '#6f9cc7',
  tildelingsrett: '#a9c3dd',
};

const axisTick = { fill: COLORS.axis, fontSize: 12 };
const fmt = (v: unknown) => formatInteger(Number(v));

function HorizontalBars(props: {
  title: string;
  data: BarDatum[];
  colors: Record<string, string>;
}) {
  return (
    <ChartPanel
      title={props.title}
      height={210}
      head={['', 'Boliger']}
      rows={props.data.map((d) => [d.name, d.value])}
    >
      <BarChart
        data={props.data}
        layout="vertical"
        margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke={COLORS.grid} />
        <XAxis type="number" allowDecimals={false} tick={axisTick} tickFormatter={fmt} />
        <YAxis type="category" dataKey="name" width={150} tick={axisTick} />
        <Tooltip formatter={fmt} cursor={{ fill: '#f1f4f7' }} />
        <Bar dataKey="value" name="Boliger" isAnimationActive={false} barSize={20}>
          {props.data.map((d) => (
            <Cell key={d.key} fill={props.colors[d.key] ?? COLORS.primary} />
          ))}
          <LabelList dataKey="value" position="right" formatter={fmt} fill="#1d2733" />
        </Bar>
      </BarChart>
    </ChartPanel>
  );
}

export function TenureChart({ overview }: { overview: Overview }) {
  return (
    <HorizontalBars
      title="Boliger etter eierform"
      data={tenureBars(overview)}
      colors={TENURE_COLORS}
    />
  );
}

export function StatusChart({ overview }: { overview: Overview }) {
  return (
    <HorizontalBars
      title="Boliger etter status"
      data={statusBars(overview)}
      colors={STATUS_COLORS}
    />
  );
}

/** A bar per series, labelled with its value on top. */
const labelledBars = (series: { key: string; name: string; fill: string; barSize?: number }[]) =>
  series.map((s) => (
    <Bar
      key={s.key}
      dataKey={s.key}
      name={s.name}
      fill={s.fill}
      isAnimationActive={false}
      barSize={s.barSize}
    >
      <LabelList dataKey={s.key} position="top" formatter={fmt} className="chart-label" />
    </Bar>
  ));

export function BedroomChart({ overview }: { overview: Overview }) {
  const data = bedroomRows(overview);
  return (
    <ChartPanel
      title="Soverom: boligmassen mot ventelisten"
      caption="Antall boliger med hvert antall soverom, ved siden av hvor mange søkere på ventelisten som trenger det."
      height={240}
      head={['Soverom', 'Boliger', 'Søkere']}
      rows={data.map((d) => [d.bedrooms, d.stock, d.need])}
    >
      <BarChart data={data} margin={{ top: 16, right: 8, bottom: 4, left: 0 }} barGap={2}>
        <CartesianGrid vertical={false} stroke={COLORS.grid} />
        <XAxis dataKey="bedrooms" tick={axisTick} tickFormatter={(b: string) => `${b} sov.`} />
        <YAxis allowDecimals={false} tick={axisTick} tickFormatter={fmt} width={40} />
        <Tooltip
          formatter={fmt}
          labelFormatter={(b) => `${String(b)} soverom`}
          cursor={{ fill: '#f1f4f7' }}
        />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        {labelledBars([
          { key: 'stock', name: 'Boliger i boligmassen', fill: COLORS.primary },
          { key: 'need', name: 'Søkere på ventelisten', fill: COLORS.need },
        ])}
      </BarChart>
    </ChartPanel>
  );
}

export function ForecastChart({ overview }: { overview: Overview }) {
  const data = overview.forecasts;
  return (
    <ChartPanel
      title="Prognoser: husstander per år"
      caption="Forventet behov fra prognoser, f.eks. bosetting av flyktninger avtalt med IMDi."
      height={240}
      head={['År', 'Husstander']}
      rows={data.map((d) => [String(d.year), d.households])}
      empty={
        data.length === 0 ? <p className="muted">Ingen prognoser er registrert.</p> : undefined
      }
    >
      <BarChart data={data} margin={{ top: 16, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke={COLORS.grid} />
        <XAxis dataKey="year" tick={axisTick} />
        <YAxis allowDecimals={false} tick={axisTick} tickFormatter={fmt} width={40} />
        <Tooltip formatter={fmt} cursor={{ fill: '#f1f4f7' }} />
        {labelledBars([{ key: 'households', name: 'Husstander', fill: COLORS.need, barSize: 48 }])}
      </BarChart>
    </ChartPanel>
  );
}
