// The gap table: segments × years, one measure at a time (balance, cumulative balance,
// coverage, demand, supply), in whole households («ca.» where expected turnover is included).
// Shortfalls are red, surpluses green. Each cell is a button that opens what is behind the
// figure in a row right below it, so the figure and its sources are seen together.
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import {
  SEGMENT_KEYS,
  segmentLabel,
  type NeedsCell,
  type NeedsTotals,
  type NeedsYear,
  type SegmentKey,
} from '../../../../../main/domain/scenario';
import { gapClass, pct } from '../fmt';
import { LABEL_COL } from '../results/YearTable';
import { count, rounded, signedCount } from './counts';
import './needs.css';

export const MEASURES = ['gap', 'cumulativeGap', 'coverage', 'demandTotal', 'supplyTotal'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABEL: Record<Measure, string> = {
  gap: 'Balanse (tilbud − behov)',
  cumulativeGap: 'Akkumulert balanse',
  coverage: 'Dekningsgrad',
  demandTotal: 'Behov',
  supplyTotal: 'Tilbud',
};

export interface CellRef {
  year: number;
  segment: SegmentKey;
}

type Figures = Pick<NeedsCell, Measure>;

const totalFigures = (t: NeedsTotals): Figures => ({
  gap: t.gap,
  cumulativeGap: t.cumulativeGap,
  coverage: t.coverage,
  demandTotal: t.demand,
  supplyTotal: t.supply,
});

function show(m: Measure, f: Figures): string {
  if (m === 'coverage') return pct(f.coverage);
  if (m === 'gap' || m === 'cumulativeGap') return signedCount(f[m]);
  return count(f[m]);
}

function tone(m: Measure, f: Figures): string {
  // The colour follows the figure shown (whole households).
  if (m === 'gap' || m === 'cumulativeGap') return gapClass(rounded(f[m]));
  if (m === 'coverage') return f.coverage !== null && f.coverage < 0.995 ? 'gap-neg' : 'gap-zero';
  return 'gap-zero';
}

/** Segments with any demand or supply in any year. */
export function activeSegments(perYear: NeedsYear[]): SegmentKey[] {
  return SEGMENT_KEYS.filter((k) =>
    perYear.some((y) => y.segments[k].demandTotal !== 0 || y.segments[k].supplyTotal !== 0),
  );
}

interface Props {
  caption: string;
  perYear: NeedsYear[];
  measure: Measure;
  showAll: boolean;
  selected: CellRef | null;
  onSelect: (cell: CellRef | null) => void;
  /** What is behind the selected cell: shown in a row right below it. */
  detail?: ReactNode;
}

export function GapTable(props: Props) {
  const { caption, perYear, measure, showAll, selected, onSelect, detail } = props;
  const segments = showAll ? SEGMENT_KEYS : activeSegments(perYear);
  const label = MEASURE_LABEL[measure].toLowerCase();
  const detailRef = useRef<HTMLTableRowElement>(null);
  const selectedKey = selected ? `${selected.year}:${selected.segment}` : null;
  // Opened: the cell and what is behind it come into view together.
  useEffect(() => {
    if (selectedKey) detailRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedKey]);
  return (
    <div className="table-wrap gap-wrap">
      <table
        className="data-table gap-table year-table"
        style={{ minWidth: LABEL_COL + perYear.length * 72 }}
      >
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Segment</th>
            {perYear.map((y) => (
              <th key={y.year} scope="col" className="align-right">
                {y.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {segments.map((k) => (
            <Fragment key={k}>
              <tr>
                <th scope="row">{segmentLabel(k)}</th>
                {perYear.map((y) => {
                  const c = y.segments[k];
                  const on = selected?.year === y.year && selected.segment === k;
                  return (
                    <td key={y.year} className={`align-right gap-cell ${tone(measure, c)}`}>
                      <button
                        type="button"
                        className={on ? 'cell-button selected' : 'cell-button'}
                        aria-pressed={on}
                        aria-expanded={on}
                        aria-controls={on ? 'needs-cell-detail' : undefined}
                        aria-label={`${y.year}, ${segmentLabel(k)}: ${label} ${show(measure, c)}`}
                        data-cell={`${y.year}:${k}`}
                        onClick={() => onSelect(on ? null : { year: y.year, segment: k })}
                      >
                        {show(measure, c)}
                      </button>
                    </td>
                  );
                })}
              </tr>
              {selected?.segment === k && detail && (
                <tr className="detail-row" ref={detailRef}>
                  <td colSpan={perYear.length + 1} id="needs-cell-detail">
                    {detail}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
          {segments.length === 0 && (
            <tr>
              <td colSpan={perYear.length + 1} className="muted">
                Ingen behov eller tilbud i perioden.
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="total-row">
            <th scope="row">Alle segmenter</th>
            {perYear.map((y) => (
              <td key={y.year} className={`align-right ${tone(measure, totalFigures(y.total))}`}>
                <span className="cell-total">{show(measure, totalFigures(y.total))}</span>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function MeasurePicker(props: {
  value: Measure;
  onChange: (m: Measure) => void;
  showAll: boolean;
  onShowAll: (v: boolean) => void;
}) {
  return (
    <div className="measure-picker">
      <fieldset className="segmented">
        <legend className="sr-only">Vis i tabellen</legend>
        {MEASURES.map((m) => (
          <label key={m} className={props.value === m ? 'active' : undefined}>
            <input
              type="radio"
              name="measure"
              value={m}
              checked={props.value === m}
              onChange={() => props.onChange(m)}
            />
            {MEASURE_LABEL[m]}
          </label>
        ))}
      </fieldset>
      <label className="inline-check">
        <input
          type="checkbox"
          checked={props.showAll}
          onChange={(e) => props.onShowAll(e.target.checked)}
        />
        Vis alle 16 segmenter
      </label>
      <span className="legend">
        <span className="swatch gap-neg" aria-hidden="true" /> underdekning
        <span className="swatch gap-pos" aria-hidden="true" /> overskudd
      </span>
    </div>
  );
}
