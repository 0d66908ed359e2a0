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
import { NET_LABEL, type PlanResult } from '../../../../../main/domain/scenario';
import { TENURE_LABEL } from '../../../../../main/domain/labels';
import { Panel } from '../../../components/Panel';
import {
  axisTick,
  GRID,
  homesTooltip,
  krTooltip,
  millions,
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

export function MoneyChart({ result }: { result: PlanResult }) {
  const data = result.perYear.map((y) => ({
    year: y.year,
    netInvestment: y.netInvestment,
    netOperatingCost: y.netOperatingCost,
    netCost: y.netCost,
  }));
  return (
    <Panel title="Investering og netto kostnad per år" className="chart-panel">
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
            <Tooltip formatter={krTooltip} />
            <ReferenceLine y={0} stroke="#8a939e" ifOverflow="extendDomain" />
            <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
            <Bar
              dataKey="netInvestment"
              name={NET_LABEL.netInvestment}
              fill="#6f9cc7"
              isAnimationActive={false}
            />
            <Bar
              dataKey="netOperatingCost"
              name={NET_LABEL.netOperatingCost}
              fill="#a9c3dd"
              isAnimationActive={false}
            />
            <Line
              dataKey="netCost"
              name={NET_LABEL.netCost}
              stroke="#1d2733"
              strokeWidth={2}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <SrTable
        caption="Investering og netto kostnad per år (kr)"
        head={['År', NET_LABEL.netInvestment, NET_LABEL.netOperatingCost, NET_LABEL.netCost]}
        rows={data.map((d) => [String(d.year), d.netInvestment, d.netOperatingCost, d.netCost])}
      />
    </Panel>
  );
}
