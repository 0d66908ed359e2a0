// Demand and supply by part, per year, for one segment or summed over all segments
// (a display sum of the engine's per-segment figures), with balance and coverage, in whole
// households («ca.» for expected turnover; the note says so).
import {
  DEMAND_PART_LABEL,
  DEMAND_PARTS,
  EXPECTED_SUPPLY_PARTS,
  SEGMENT_KEYS,
  SUPPLY_PART_LABEL,
  SUPPLY_PARTS,
  type NeedsYear,
  type SegmentKey,
} from '../../../../../main/domain/scenario';
import { pct } from '../fmt';
import { LABEL_COL } from '../results/YearTable';
import { count as homes, EXPECTED_NOTE, signedCount as signed } from './counts';

interface Props {
  caption: string;
  perYear: NeedsYear[];
  segment: SegmentKey | null;
}

type Row = { key: string; label: string; values: string[]; cls?: string };

export function PartsTable({ caption, perYear, segment }: Props) {
  const keys = segment ? [segment] : SEGMENT_KEYS;
  const sum = (pick: (y: NeedsYear, k: SegmentKey) => number) =>
    perYear.map((y) => keys.reduce((s, k) => s + pick(y, k), 0));
  const figures = (y: NeedsYear) => (segment ? y.segments[segment] : y.total);
  const rows: Row[] = [
    ...DEMAND_PARTS.map((p) => ({
      key: `d-${p}`,
      label: DEMAND_PART_LABEL[p],
      values: sum((y, k) => y.segments[k].demand[p].value).map(homes),
    })),
    {
      key: 'demand',
      label: 'Behov i alt',
      values: perYear.map((y) => homes(segment ? y.segments[segment].demandTotal : y.total.demand)),
      cls: 'subtotal',
    },
    ...SUPPLY_PARTS.map((p) => ({
      key: `s-${p}`,
      label: EXPECTED_SUPPLY_PARTS.includes(p)
        ? `${SUPPLY_PART_LABEL[p]} (forventet)`
        : SUPPLY_PART_LABEL[p],
      values: sum((y, k) => y.segments[k].supply[p].value).map(homes),
    })),
    {
      key: 'supply',
      label: 'Tilbud i alt',
      values: perYear.map((y) => homes(segment ? y.segments[segment].supplyTotal : y.total.supply)),
      cls: 'subtotal',
    },
    {
      key: 'gap',
      label: 'Balanse',
      values: perYear.map((y) => signed(figures(y).gap)),
      cls: 'subtotal',
    },
    {
      key: 'cum',
      label: 'Akkumulert balanse',
      values: perYear.map((y) => signed(figures(y).cumulativeGap)),
    },
    { key: 'cov', label: 'Dekningsgrad', values: perYear.map((y) => pct(figures(y).coverage)) },
  ];
  return (
    <>
      <div className="table-wrap">
        <table
          className="data-table compact year-table"
          style={{ minWidth: LABEL_COL + perYear.length * 70 }}
        >
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Kilde</th>
              {perYear.map((y) => (
                <th key={y.year} scope="col" className="align-right">
                  {y.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.cls}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, i) => (
                  <td key={i} className="align-right">
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted expected-note">{EXPECTED_NOTE}</p>
    </>
  );
}
