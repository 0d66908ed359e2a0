// The scenario's charts: the stock over the years (by tenure, with the baseline), and
// investment, operating cost and net cost per year.
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PlanResult } from '../../../../../main/domain/scenario';
import {
  moneyCell,
  NET_COST,
  NET_INVESTMENT,
  NET_OPERATING,
  pairLabel,
} from '../../../../../main/domain/wording';
import { TENURE_LABEL } from '../../../../../main/domain/labels';
import { Panel } from '../../../components/Panel';
import {
  axisTick,
  GRID,
  homesTooltip,
  millions,
  MONEY_AXIS_NOTE,
  moneyDomain,
  SrTable,
  TENURE_COLORS,
} from '../chartKit';

export function StockChart({
  result,
  baseline,
}: {
  result: PlanResult;
  baseline: PlanResult | null;
}) {
  const data = result.perYear.map((y, i) => ({
    year: y.year,
    eid: y.stock.byTenure.eid,
    framleie: y.stock.byTenure.framleie,
    tildelingsrett: y.stock.byTenure.tildelingsrett,
    baseline: baseline?.perYear[i]?.stock.total ?? null,
  }));
  return (
    <Panel title="Boligmassen per år" className="chart-panel">
      <div aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis dataKey="year" tick={axisTick} />
            <YAxis tick={axisTick} width={48} allowDecimals={false} />
            <Tooltip formatter={homesTooltip} />
            <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
            {(['eid', 'framleie', 'tildelingsrett'] as const).map((t) => (
              <Bar
                key={t}
                dataKey={t}
                stackId="stock"
                name={TENURE_LABEL[t]}
                fill={TENURE_COLORS[t]}
                isAnimationActive={false}
              />
            ))}
            {baseline && (
              <Line
                dataKey="baseline"
                name="Ingen tiltak (i alt)"
                stroke="#c7772b"
                strokeWidth={2}
                strokeDasharray="5 4"
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <SrTable
        caption="Boligmassen per år"
        head={['År', 'Eid', 'Framleie', 'Tildelingsrett', 'Ingen tiltak']}
        rows={data.map((d) => [
          String(d.year),
          d.eid,
          d.framleie,
          d.tildelingsrett,
          d.baseline ?? '–',
        ])}
      />
    </Panel>
  );
}

const SERIES = {
  netInvestment: { name: pairLabel(NET_INVESTMENT), pair: NET_INVESTMENT },
  netOperatingCost: { name: pairLabel(NET_OPERATING), pair: NET_OPERATING },
  netCost: { name: pairLabel(NET_COST), pair: NET_COST },
} as const;

/** Tooltip per series: the series' own words («innbetaling», «driftsoverskudd»). */
function moneySeriesTooltip(v: unknown, name: unknown): string {
  const s = Object.values(SERIES).find((x) => x.name === name);
  return moneyCell(Number(v), s?.pair ?? NET_COST).text;
}

export function MoneyChart({ result }: { result: PlanResult }) {
  const data = result.perYear.map((y) => ({
    year: y.year,
    netInvestment: y.netInvestment,
    netOperatingCost: y.netOperatingCost,
    netCost: y.netCost,
  }));
  return (
    <Panel title="Investering og netto utgift per år" className="chart-panel">
      <div aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis dataKey="year" tick={axisTick} />
            <YAxis
              tick={axisTick}
              tickFormatter={millions}
              width={72}
              domain={moneyDomain(
                data.flatMap((d) => [d.netInvestment, d.netOperatingCost, d.netCost]),
              )}
            />
            <Tooltip formatter={moneySeriesTooltip} />
            <ReferenceLine y={0} stroke="#8a939e" ifOverflow="extendDomain" />
            <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
            <Bar
              dataKey="netInvestment"
              name={SERIES.netInvestment.name}
              fill="#6f9cc7"
              isAnimationActive={false}
            />
            <Bar
              dataKey="netOperatingCost"
              name={SERIES.netOperatingCost.name}
              fill="#a9c3dd"
              isAnimationActive={false}
            />
            <Line
              dataKey="netCost"
              name={SERIES.netCost.name}
              stroke="#1d2733"
              strokeWidth={2}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-caption">{MONEY_AXIS_NOTE}</p>
      <SrTable
        caption="Investering og netto utgift per år"
        head={['År', SERIES.netInvestment.name, SERIES.netOperatingCost.name, SERIES.netCost.name]}
        rows={data.map((d) => [
          String(d.year),
          moneyCell(d.netInvestment, NET_INVESTMENT).text,
          moneyCell(d.netOperatingCost, NET_OPERATING).text,
          moneyCell(d.netCost, NET_COST).text,
        ])}
      />
    </Panel>
  );
}
