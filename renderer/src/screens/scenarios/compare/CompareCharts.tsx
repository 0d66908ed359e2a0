// Compare charts (Recharts): one series per scenario.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PlanYear } from '../../../../../main/domain/scenario';
import { Panel } from '../../../components/Panel';
import {
  axisTick,
  GRID,
  homesTooltip,
  millions,
  MONEY_AXIS_NOTE,
  moneyDomain,
  moneyTooltip,
  SERIES_COLORS,
  SrTable,
} from '../chartKit';
import { moneyCell, type MoneyPair } from '../../../../../main/domain/wording';
import type { Compared } from './useCompared';

type Row = Record<string, number | string | null>;

function byYear(items: Compared[], years: number[], value: (y: PlanYear) => number): Row[] {
  return years.map((year) => {
    const row: Row = { year };
    items.forEach((c, i) => {
      const y = c.result?.perYear.find((p) => p.year === year);
      row[`s${i}`] = y ? value(y) : null;
    });
    return row;
  });
}

function Sr({
  title,
  items,
  data,
  x,
  money,
}: {
  title: string;
  items: Compared[];
  data: Row[];
  x: string;
  /** Money in words with this pair (+ = cost). */
  money?: MoneyPair | undefined;
}) {
  const cell = (v: number | null): string | number =>
    v === null ? '–' : money ? moneyCell(v, money).text : v;
  return (
    <SrTable
      caption={title}
      head={[x, ...items.map((c) => c.name)]}
      rows={data.map((d) => [
        String(d[x === 'År' ? 'year' : 'label']),
        ...items.map((_, i) => cell((d[`s${i}`] as number | null) ?? null)),
      ])}
    />
  );
}

export function CompareLines(props: {
  title: string;
  items: Compared[];
  years: number[];
  value: (y: PlanYear) => number;
}) {
  const data = byYear(props.items, props.years, props.value);
  return (
    <Panel title={props.title} className="chart-panel">
      <div aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height={250}>
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis dataKey="year" tick={axisTick} />
            <YAxis tick={axisTick} width={48} domain={['auto', 'auto']} />
            <Tooltip formatter={homesTooltip} />
            <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
            {props.items.map((c, i) => (
              <Line
                key={c.key}
                dataKey={`s${i}`}
                name={c.name}
                stroke={SERIES_COLORS[i]}
                strokeWidth={2}
                strokeDasharray={c.id === null ? '5 4' : undefined}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <Sr title={props.title} items={props.items} data={data} x="År" />
    </Panel>
  );
}

export function CompareBars(props: {
  title: string;
  items: Compared[];
  data: Row[];
  x: 'year' | 'label';
  /** Money (kroner) in words with this pair. */
  money?: MoneyPair;
}) {
  return (
    <Panel title={props.title} className="chart-panel">
      <div aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height={250}>
          <BarChart data={props.data} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis dataKey={props.x} tick={axisTick} interval={0} />
            <YAxis
              tick={axisTick}
              width={props.money ? 72 : 48}
              tickFormatter={props.money ? millions : undefined}
              domain={moneyDomain(
                props.data.flatMap((d) => props.items.map((_, i) => d[`s${i}`] as number | null)),
              )}
            />
            <Tooltip formatter={props.money ? moneyTooltip(props.money) : homesTooltip} />
            <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
            <ReferenceLine y={0} stroke="#8a939e" ifOverflow="extendDomain" />
            {props.items.map((c, i) => (
              <Bar
                key={c.key}
                dataKey={`s${i}`}
                name={c.name}
                fill={SERIES_COLORS[i]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {props.money && <p className="chart-caption">{MONEY_AXIS_NOTE}</p>}
      <Sr
        title={props.title}
        items={props.items}
        data={props.data}
        x={props.x === 'year' ? 'År' : 'Segment'}
        money={props.money}
      />
    </Panel>
  );
}

export { byYear };

/** Balance per segment: horizontal bars, one group per segment (full labels on the axis). */
export function SegmentBars(props: { title: string; items: Compared[]; data: Row[] }) {
  const height = Math.max(160, props.data.length * (14 + props.items.length * 7) + 60);
  return (
    <div className="chart-panel segment-chart">
      <div aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={props.data}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
            barGap={1}
          >
            <CartesianGrid horizontal={false} stroke={GRID} />
            <XAxis type="number" tick={axisTick} allowDecimals={false} />
            <YAxis type="category" dataKey="label" tick={axisTick} width={190} interval={0} />
            <Tooltip formatter={homesTooltip} />
            <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
            <ReferenceLine x={0} stroke="#8a939e" />
            {props.items.map((c, i) => (
              <Bar
                key={c.key}
                dataKey={`s${i}`}
                name={c.name}
                fill={SERIES_COLORS[i]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Sr title={props.title} items={props.items} data={props.data} x="Segment" />
    </div>
  );
}
