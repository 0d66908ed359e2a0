// Demand against supply per year, for all segments or one, in whole households; the same
// figures as a table for screen readers. The figures come from the engine; this only rounds
// them for display.
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
import { segmentLabel, type NeedsYear, type SegmentKey } from '../../../../../main/domain/scenario';
import { formatInteger } from '../../../../../main/domain/format';
import { SelectField } from '../../../components/Field';
import { Panel } from '../../../components/Panel';
import { axisTick, GRID, SrTable } from '../chartKit';
import { period } from '../fmt';
import { count, rounded, signedCount } from './counts';

const DEMAND_COLOR = '#b5443b';
const SUPPLY_COLOR = '#2f5d8a';

interface Props {
  perYear: NeedsYear[];
  /** The segment shown; null for all segments. */
  segment: SegmentKey | null;
  /** Segments to choose from (those with figures). */
  segments: readonly SegmentKey[];
  onSegment: (s: SegmentKey | null) => void;
}

export function NeedsChart({ perYear, segment, segments, onSegment }: Props) {
  const figures = (y: NeedsYear) =>
    segment
      ? { demand: y.segments[segment].demandTotal, supply: y.segments[segment].supplyTotal }
      : { demand: y.total.demand, supply: y.total.supply };
  const data = perYear.map((y) => {
    const f = figures(y);
    return { year: String(y.year), demand: rounded(f.demand), supply: rounded(f.supply), raw: f };
  });
  const scope = segment ? segmentLabel(segment) : 'alle segmenter';
  const title = `Behov og tilbud per år, ${scope}`;
  const first = perYear[0]?.year ?? 0;
  return (
    <Panel
      title={title}
      className="chart-panel needs-chart"
      actions={
        <SelectField
          name="chartSegment"
          label="Segment i diagrammet"
          value={segment ?? ''}
          empty="Alle segmenter"
          options={segments.map((k) => ({ value: k, label: segmentLabel(k) }))}
          onChange={(v) => onSegment(v === '' ? null : (v as SegmentKey))}
        />
      }
    >
      <div aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis dataKey="year" tick={axisTick} />
            <YAxis tick={axisTick} width={48} allowDecimals={false} />
            <Tooltip formatter={(v) => `${formatInteger(Number(v))} husstander`} />
            <Legend wrapperStyle={{ fontSize: 13 }} />
            <Bar
              dataKey="demand"
              name="Behov (husstander)"
              fill={DEMAND_COLOR}
              isAnimationActive={false}
            />
            <Bar
              dataKey="supply"
              name="Tilbud (boliger)"
              fill={SUPPLY_COLOR}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <SrTable
        caption={`${title}, ${period(first, perYear.length)}`}
        head={['År', 'Behov', 'Tilbud', 'Balanse']}
        rows={data.map((d) => [
          d.year,
          count(d.raw.demand),
          count(d.raw.supply),
          signedCount(d.raw.supply - d.raw.demand),
        ])}
      />
    </Panel>
  );
}
