// Side-by-side tables: key figures per scenario, figures per year (one row per scenario), and
// the balance per segment in a chosen year.
import type { ReactNode } from 'react';
import {
  SEGMENT_KEYS,
  segmentLabel,
  type PlanResult,
  type PlanYear,
} from '../../../../../main/domain/scenario';
import {
  moneyWords,
  NET_COST,
  NET_INVESTMENT,
  NET_OPERATING,
} from '../../../../../main/domain/wording';
import { homes, period, pct, rate } from '../fmt';
import { count, signedCount } from '../needs/counts';
import { YearTable, type YearRow } from '../results/YearTable';
import type { Compared } from './useCompared';

type Ok = Compared & { result: PlanResult };

const lastYear = (r: PlanResult) => r.perYear[r.perYear.length - 1]!;

export function KeyFigureTable({ items, heads }: { items: Ok[]; heads: ReactNode[] }) {
  const rows: { label: string; value: (r: PlanResult) => string; money?: boolean }[] = [
    { label: 'Periode', value: (r) => period(r.startYear, r.years) },
    { label: 'Boliger 31.12 siste år', value: (r) => homes(lastYear(r).stock.total) },
    {
      label: 'Husstander uten tilbud, samlet til siste år',
      value: (r) => count(Math.max(0, -lastYear(r).needs.total.cumulativeGap)),
    },
    { label: 'Dekningsgrad siste år', value: (r) => pct(lastYear(r).needs.total.coverage) },
    {
      label: 'Investering i perioden',
      value: (r) => moneyWords(r.total.netInvestment, NET_INVESTMENT).text,
      money: true,
    },
    {
      label: 'Drift i perioden',
      value: (r) => moneyWords(r.total.netOperatingCost, NET_OPERATING).text,
      money: true,
    },
    {
      label: 'Investering og drift i perioden',
      value: (r) => moneyWords(r.total.netCost, NET_COST).text,
      money: true,
    },
    {
      // The convention is the same for every scenario; each one's rate is on its own row.
      label: 'Nåverdi av investering og drift (startåret udiskontert)',
      value: (r) => moneyWords(r.npv, NET_COST).text,
      money: true,
    },
    { label: 'Kalkulasjonsrente', value: (r) => rate(r.assumptions.discountRate) },
  ];
  return (
    <div className="table-wrap">
      <table className="data-table compare-table">
        <caption className="sr-only">Nøkkeltall per scenario</caption>
        <thead>
          <tr>
            <th scope="col">Nøkkeltall</th>
            {heads.map((h, i) => (
              <th key={items[i]!.key} scope="col" className="align-right">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {items.map((c) => (
                <td
                  key={c.key}
                  className="align-right"
                  data-scenario={c.key}
                  data-money={row.money ? '' : undefined}
                >
                  {row.value(c.result)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PerYearTable(props: {
  caption: string;
  items: Ok[];
  years: number[];
  value: (y: PlanYear) => number;
  format: (n: number) => string;
  /** Money cells (kroner, in words). */
  money?: boolean;
}) {
  const rows: YearRow[] = props.items.map((c) => ({
    key: c.key,
    label: c.name,
    values: props.years.map((year) => {
      const y = c.result.perYear.find((p) => p.year === year);
      return y ? props.value(y) : null;
    }),
    format: props.format,
    money: props.money,
  }));
  return (
    <YearTable
      caption={props.caption}
      head="Scenario"
      years={props.years}
      rows={rows}
      minCol={props.money ? 150 : 70}
    />
  );
}

export function SegmentGapTable(props: { items: Ok[]; year: number; cumulative: boolean }) {
  const cell = (c: Ok, k: (typeof SEGMENT_KEYS)[number]) => {
    const y = c.result.perYear.find((p) => p.year === props.year);
    if (!y) return null;
    const s = y.needs.segments[k];
    return props.cumulative ? s.cumulativeGap : s.gap;
  };
  const segments = SEGMENT_KEYS.filter((k) =>
    props.items.some((c) =>
      c.result.perYear.some(
        (y) => y.needs.segments[k].demandTotal !== 0 || y.needs.segments[k].supplyTotal !== 0,
      ),
    ),
  );
  return (
    <div className="table-wrap">
      <table
        className="data-table compact year-table"
        style={{ minWidth: 230 + props.items.length * 90 }}
      >
        <caption className="sr-only">
          {props.cumulative ? 'Akkumulert balanse' : 'Balanse'} per segment {props.year}
        </caption>
        <thead>
          <tr>
            <th scope="col">Segment</th>
            {props.items.map((c) => (
              <th key={c.key} scope="col" className="align-right">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {segments.map((k) => (
            <tr key={k}>
              <th scope="row">{segmentLabel(k)}</th>
              {props.items.map((c) => {
                const v = cell(c, k);
                return (
                  <td key={c.key} className="align-right">
                    {v === null ? '–' : signedCount(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
