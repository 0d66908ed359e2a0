// `kostra --db FILE --year Y`: KOSTRA skjema 13 for the reporting year and the control results
// as JSON, keys in English (homes.total, applications.received, allocated.byGroup, checks[]).
import type { Db } from '../register/db';
import { kostraReport } from '../register/kostra';

export function kostraJson(db: Db, year: number) {
  const r = kostraReport(db, year);
  return {
    year: r.year,
    asOf: r.asOf,
    municipality: r.municipality,
    status: r.status,
    population: r.population,
    homes: r.figures.homes,
    applications: r.figures.applications,
    allocated: r.figures.allocated,
    waiting: r.figures.waiting,
    indicators: r.indicators,
    checks: r.checks.map((c) => ({
      code: c.code,
      severity: c.severity,
      message: c.message,
      comment: r.comments[c.code] ?? null,
    })),
    canFinish: r.finishProblems.length === 0,
  };
}
