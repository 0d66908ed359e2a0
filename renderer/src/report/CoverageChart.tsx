// Demand and supply per year as a vector chart (hand-drawn SVG: the same markup in the app and
// in the CLI's HTML file). The table beside it has the same figures for screen readers.
import { formatInteger } from '../../../main/domain/format';
import type { CoverageRow } from '../../../main/report/model';
import { coverageText } from './format';

const W = 640;
const H = 230;
const LEFT = 44;
const RIGHT = 12;
const TOP = 28;
const BOTTOM = 44;

function niceMax(v: number): number {
  if (v <= 0) return 10;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

interface Props {
  rows: CoverageRow[];
  id: string;
  scenarioName: string;
}

export function CoverageChart({ rows, id, scenarioName }: Props) {
  const max = niceMax(Math.max(0, ...rows.flatMap((r) => [r.demand, Math.max(0, r.supply)])));
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const slot = rows.length ? plotW / rows.length : plotW;
  const bar = Math.min(28, slot / 3);
  const y = (v: number) => TOP + plotH - (Math.max(0, v) / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const titleId = `${id}-title`;
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={titleId}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>
        {`Behov og tilbud per år, ${scenarioName}: ` +
          rows
            .map(
              (r) =>
                `${r.year} behov ${formatInteger(Math.round(r.demand))}, tilbud ${formatInteger(Math.round(Math.max(0, r.supply)))}, dekning ${coverageText(r.coverage)}`,
            )
            .join('; ')}
      </title>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} stroke="#d9dee4" strokeWidth={1} />
          <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill="#444">
            {formatInteger(Math.round(t))}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const cx = LEFT + slot * i + slot / 2;
        return (
          <g key={r.year}>
            <rect
              x={cx - bar - 1}
              y={y(r.demand)}
              width={bar}
              height={TOP + plotH - y(r.demand)}
              fill="#1f4e79"
            />
            <rect
              x={cx + 1}
              y={y(r.supply)}
              width={bar}
              height={TOP + plotH - y(r.supply)}
              fill="#8cb7de"
              stroke="#1f4e79"
              strokeWidth={0.5}
            />
            <text x={cx} y={H - BOTTOM + 16} textAnchor="middle" fontSize={11} fill="#1d2733">
              {r.year}
            </text>
            <text x={cx} y={H - BOTTOM + 31} textAnchor="middle" fontSize={11} fill="#1d2733">
              {coverageText(r.coverage)}
            </text>
          </g>
        );
      })}
      <line x1={LEFT} x2={W - RIGHT} y1={TOP + plotH} y2={TOP + plotH} stroke="#1d2733" />
      <g fontSize={11} fill="#1d2733">
        <rect x={LEFT} y={6} width={12} height={12} fill="#1f4e79" />
        <text x={LEFT + 17} y={16}>
          Behov (husstander)
        </text>
        <rect
          x={LEFT + 150}
          y={6}
          width={12}
          height={12}
          fill="#8cb7de"
          stroke="#1f4e79"
          strokeWidth={0.5}
        />
        <text x={LEFT + 167} y={16}>
          Tilbud (boliger)
        </text>
        <text x={W - RIGHT} y={16} textAnchor="end">
          Dekning under årstallet
        </text>
      </g>
    </svg>
  );
}
