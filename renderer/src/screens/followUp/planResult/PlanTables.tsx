// «Plan og resultat» tables: homes in and out per year, coverage, indicators per surveyed year.
// They render what the domain module computed (main/domain/planFollowUp.ts).
import { Fragment } from 'react';
import {
  ADDING_KINDS,
  REMOVING_KINDS,
  STOCK_EVENT_LABEL,
  type CoverageYear,
  type HomesComparison,
  type IndicatorYear,
  type KindCounts,
  type StockEventKind,
} from '../../../../../main/domain/planFollowUp';
import { formatPercent } from '../../../../../main/domain/format';
import { TENURE_LABEL } from '../../../../../main/domain/labels';
import { TENURES } from '../../../../../main/domain/types';
import { BEDROOM_BUCKETS } from '../../../../../main/domain/scenario/segments';
import { DASH, int, kr } from '../../../display';
import { yearLabel } from './PlanCharts';

const pct = (x: number | null) => (x === null ? DASH : formatPercent(x, 0));

type Row = { label: string; pick: (c: KindCounts) => number; sum?: boolean };

const kindRow = (k: StockEventKind): Row => ({ label: STOCK_EVENT_LABEL[k], pick: (c) => c[k] });
const ROWS: Row[] = [
  ...ADDING_KINDS.map(kindRow),
  {
    label: 'Sum fremskaffet',
    pick: (c) => ADDING_KINDS.reduce((s, k) => s + c[k], 0),
    sum: true,
  },
  ...REMOVING_KINDS.map(kindRow),
  {
    label: 'Sum avgang',
    pick: (c) => REMOVING_KINDS.reduce((s, k) => s + c[k], 0),
    sum: true,
  },
];

const STATE_NOTE = { past: '', current: ' (i år)', future: ' (kommer)' } as const;

export function HomesTable({ homes }: { homes: HomesComparison }) {
  return (
    <div className="table-wrap">
      <table className="data-table plan-homes-table">
        <caption className="sr-only">Boliger inn og ut per år, planlagt og faktisk</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Hvordan
            </th>
            {homes.years.map((y) => (
              <th key={y.year} scope="colgroup" colSpan={2} className="align-center">
                {y.year}
                {STATE_NOTE[y.state]}
              </th>
            ))}
            <th scope="colgroup" colSpan={2} className="align-center">
              Hele perioden
            </th>
          </tr>
          <tr>
            {[...homes.years.map((y) => String(y.year)), 'sum'].map((k) => (
              <Fragment key={k}>
                <th scope="col" className="align-right">
                  Planlagt
                </th>
                <th scope="col" className="align-right">
                  Faktisk
                </th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.label} className={r.sum ? 'sum-row' : undefined}>
              <th scope="row">{r.label}</th>
              {homes.years.map((y) => (
                <Fragment key={y.year}>
                  <td className="align-right">{int(r.pick(y.planned))}</td>
                  <td className="align-right">
                    {y.state === 'future' ? DASH : int(r.pick(y.actual))}
                  </td>
                </Fragment>
              ))}
              <td className="align-right">{int(r.pick(homes.totals.planned))}</td>
              <td className="align-right">{int(r.pick(homes.totals.actual))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CoverageTable({ rows }: { rows: CoverageYear[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="sr-only">Dekning per år, planlagt og målt</caption>
        <thead>
          <tr>
            <th scope="col">År</th>
            <th scope="col" className="align-right">
              Planlagt dekning
            </th>
            <th scope="col" className="align-right">
              Målt dekning (behovsanalysen)
            </th>
            <th scope="col" className="align-right">
              Tildelt i året
            </th>
            <th scope="col" className="align-right">
              Søkere med åpen søknad
            </th>
            <th scope="col" className="align-right">
              Andel tildelt
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">
                {r.year}
                {STATE_NOTE[r.state]}
              </th>
              <td className="align-right">{pct(r.planned)}</td>
              <td className="align-right">{pct(r.measured)}</td>
              <td className="align-right">{r.state === 'future' ? DASH : int(r.allocated)}</td>
              <td className="align-right">{r.state === 'future' ? DASH : int(r.applicants)}</td>
              <td className="align-right">{pct(r.allocatedShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const BUCKET_LABEL: Record<string, string> = {
  '1': '0–1 soverom',
  '2': '2 soverom',
  '3': '3 soverom',
  '4+': '4 soverom eller flere',
};

type Line = { label: string; value: (y: IndicatorYear) => string; group?: string };

const LINES: Line[] = [
  { label: 'Boliger i alt', value: (y) => int(y.homes) },
  ...TENURES.map((t): Line => ({
    label: TENURE_LABEL[t],
    value: (y) => int(y.byTenure[t]),
    group: 'Eierform',
  })),
  {
    label: 'Ukjent (slettet siden)',
    value: (y) => int(y.byTenure.ukjent),
    group: 'Eierform',
  },
  ...BEDROOM_BUCKETS.map((b): Line => ({
    label: BUCKET_LABEL[b]!,
    value: (y) => int(y.byBedrooms[b]),
    group: 'Størrelse',
  })),
  { label: 'Ledige boliger', value: (y) => int(y.vacant), group: 'Ledighet' },
  { label: 'Andel ledige', value: (y) => pct(y.vacancyRate), group: 'Ledighet' },
  ...(['TG0', 'TG1', 'TG2', 'TG3'] as const).map((g): Line => ({
    label: g,
    value: (y) => int(y.byCondition[g]),
    group: 'Tilstand',
  })),
  { label: 'Ikke vurdert', value: (y) => int(y.byCondition.ukjent), group: 'Tilstand' },
  { label: 'Vedlikeholdsetterslep', value: (y) => kr(y.backlog) },
  { label: 'Husstander som bor i kommunal bolig', value: (y) => int(y.households) },
  { label: 'Barn i disse husstandene', value: (y) => int(y.children) },
];

export function IndicatorTable({ years }: { years: IndicatorYear[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="sr-only">Nøkkeltall per år</caption>
        <thead>
          <tr>
            <th scope="col">Nøkkeltall</th>
            {years.map((y) => (
              <th key={`${y.year}-${y.source}`} scope="col" className="align-right">
                {yearLabel(y)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LINES.map((l, i) => {
            const head = l.group && l.group !== LINES[i - 1]?.group ? l.group : null;
            return (
              <Fragment key={l.label}>
                {head && (
                  <tr className="group-row">
                    <th scope="rowgroup" colSpan={years.length + 1}>
                      {head}
                    </th>
                  </tr>
                )}
                <tr>
                  <th scope="row" className={l.group ? 'indent' : undefined}>
                    {l.label}
                  </th>
                  {years.map((y) => (
                    <td key={`${y.year}-${y.source}`} className="align-right">
                      {l.value(y)}
                    </td>
                  ))}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
