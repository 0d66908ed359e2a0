// Year-on-year figures from the survey snapshots: condition, maintenance backlog, occupancy and
// rent, this year against the year before. Per year, each home counts once: as the latest
// (not undone) import of that year left it.
import type { SnapshotComparison, SurveyAggregate } from '../contract/import';
import type { Db } from '../register/db';

interface AggregateRecord {
  year: number;
  homes: number;
  tg0: number;
  tg1: number;
  tg2: number;
  tg3: number;
  not_assessed: number;
  condition_sum: number | null;
  backlog: number;
  occupied: number;
  rent_total: number;
  rent_homes: number;
}

const LATEST_PER_HOME = `
  WITH ranked AS (
    SELECT s.*, row_number() OVER (PARTITION BY s.year, s.unit_id ORDER BY s.import_id DESC) AS rn
    FROM survey_snapshot s JOIN import_run r ON r.id = s.import_id
    WHERE r.undone_at IS NULL
  )`;

export function surveyYears(db: Db): number[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT s.year FROM survey_snapshot s JOIN import_run r ON r.id = s.import_id
         WHERE r.undone_at IS NULL ORDER BY s.year DESC`,
      )
      .all() as { year: number }[]
  ).map((r) => r.year);
}

export function surveyAggregate(db: Db, year: number): SurveyAggregate | null {
  const r = db
    .prepare(
      `${LATEST_PER_HOME}
       SELECT year, count(*) AS homes,
              sum(condition = 0) AS tg0, sum(condition = 1) AS tg1,
              sum(condition = 2) AS tg2, sum(condition = 3) AS tg3,
              sum(condition IS NULL) AS not_assessed,
              sum(condition) AS condition_sum,
              sum(backlog) AS backlog, sum(occupied) AS occupied,
              sum(rent_monthly) AS rent_total, sum(rent_monthly > 0) AS rent_homes
       FROM ranked WHERE rn = 1 AND year = ? GROUP BY year`,
    )
    .get(year) as AggregateRecord | undefined;
  if (!r) return null;
  const assessed = r.homes - r.not_assessed;
  return {
    year: r.year,
    homes: r.homes,
    condition: {
      tg0: r.tg0,
      tg1: r.tg1,
      tg2: r.tg2,
      tg3: r.tg3,
      notAssessed: r.not_assessed,
    },
    averageCondition:
      assessed > 0 && r.condition_sum !== null
        ? Math.round((r.condition_sum / assessed) * 100) / 100
        : null,
    backlogTotal: r.backlog,
    occupied: r.occupied,
    occupancy: r.homes > 0 ? r.occupied / r.homes : 0,
    rentTotalMonthly: r.rent_total,
    rentAverageMonthly: r.rent_homes > 0 ? Math.round(r.rent_total / r.rent_homes) : 0,
  };
}

/** This year (the newest, or the one asked for) against the closest earlier year. */
export function compareSnapshots(db: Db, year?: number): SnapshotComparison {
  const years = surveyYears(db);
  const currentYear = year ?? years[0];
  if (currentYear === undefined) return { years, current: null, previous: null, change: null };
  const previousYear = years.find((y) => y < currentYear);
  const current = surveyAggregate(db, currentYear);
  const previous = previousYear !== undefined ? surveyAggregate(db, previousYear) : null;
  const change =
    current && previous
      ? {
          homes: current.homes - previous.homes,
          averageCondition:
            current.averageCondition !== null && previous.averageCondition !== null
              ? Math.round((current.averageCondition - previous.averageCondition) * 100) / 100
              : null,
          backlogTotal: current.backlogTotal - previous.backlogTotal,
          occupancy: current.occupancy - previous.occupancy,
          rentAverageMonthly: current.rentAverageMonthly - previous.rentAverageMonthly,
        }
      : null;
  return { years, current, previous, change };
}
