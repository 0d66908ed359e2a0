// The difference a plan makes, as the rows a table shows: each figure per year and for the
// period, as a number (scenario minus reference, from planDifference) and in words (no
// signs). Pure: the screens only render it.
import { costChangeCell, differenceTitle, homesChangeWords, pointsChangeWords } from '../wording';
import type { PlanDifference, PlanDifferenceYear } from './difference';

export type DifferenceKey =
  'coverage' | 'homes' | 'netInvestment' | 'netOperatingCost' | 'netCost' | 'npv';

export interface DifferenceRow {
  key: DifferenceKey;
  label: string;
  /** Kroner (the cells are money cells). */
  money: boolean;
  /** Per compared year; null where there is no figure (no demand to cover, NPV per year). */
  values: (number | null)[];
  texts: string[];
  /** For the period: the sum (money), the last year (homes, coverage) or the NPV difference. */
  total: number | null;
  totalText: string;
}

export interface DifferenceView {
  /** «Endring mot Ingen tiltak». */
  title: string;
  scenarioName: string;
  referenceName: string;
  years: number[];
  /** Heading of the period column. */
  totalHead: string;
  rows: DifferenceRow[];
}

const DASH = '–';

function moneyRow(
  d: PlanDifference,
  key: 'netInvestment' | 'netOperatingCost' | 'netCost',
  label: string,
): DifferenceRow {
  const values = d.perYear.map((y) => y[key]);
  return {
    key,
    label,
    money: true,
    values,
    texts: values.map(costChangeCell),
    total: d.total[key],
    totalText: costChangeCell(d.total[key]),
  };
}

function stockRow(
  d: PlanDifference,
  key: 'coverage' | 'homes',
  label: string,
  value: (y: PlanDifferenceYear) => number | null,
  words: (v: number | null) => string,
  total: number | null,
): DifferenceRow {
  const values = d.perYear.map(value);
  return {
    key,
    label,
    money: false,
    values,
    texts: values.map(words),
    total,
    totalText: `${words(total)} (siste år)`,
  };
}

/** The rows of «Endring mot <reference>» for one scenario. */
export function differenceView(d: PlanDifference): DifferenceView {
  const npv = d.total.npv;
  return {
    title: differenceTitle(d.referenceName),
    scenarioName: d.scenarioName,
    referenceName: d.referenceName,
    years: d.perYear.map((y) => y.year),
    totalHead: 'Perioden',
    rows: [
      stockRow(
        d,
        'coverage',
        'Dekningsgrad',
        (y) => y.coveragePoints,
        pointsChangeWords,
        d.total.coveragePointsEnd,
      ),
      stockRow(
        d,
        'homes',
        'Boliger 31.12',
        (y) => y.homes,
        (v) => (v === null ? DASH : homesChangeWords(v)),
        d.total.homesEnd,
      ),
      moneyRow(d, 'netInvestment', 'Netto investering'),
      moneyRow(d, 'netOperatingCost', 'Netto driftsutgift'),
      moneyRow(d, 'netCost', 'Netto utgift (investering og drift)'),
      {
        key: 'npv',
        label: 'Nåverdi av netto utgift',
        money: true,
        values: d.perYear.map(() => null),
        texts: d.perYear.map(() => DASH),
        total: npv,
        // Different horizons or discount rates: the NPVs are not comparable.
        totalText: npv === null ? 'Ikke sammenlignbar' : costChangeCell(npv),
      },
    ],
  };
}
