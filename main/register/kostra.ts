// KOSTRA skjema 13 per reporting year (issue 13.4): counted from the register, saved per year
// (figures, population, comments, status), so next year's controls compare with what was
// reported. A finished report is frozen: its figures are what was saved.
import type { z } from 'zod';
import type { KostraReport, kostraSaveInput } from '../contract/kostra';
import {
  countKostra,
  finishProblems,
  KOSTRA_LINES,
  kostraChecks,
  kostraIndicators,
  lineValue,
  type KostraApplication,
  type KostraFigures,
  type KostraSources,
  type KostraTenancy,
  type KostraUnit,
} from '../domain/kostra';
import { logChange } from './changelog';
import type { Db } from './db';
import { AppError } from './errors';
import { getSettings } from './settings';

export type KostraSaveInput = z.output<typeof kostraSaveInput>;

interface ReportRecord {
  year: number;
  population: number | null;
  figures: string;
  comments: string;
  status: 'utkast' | 'ferdig';
  saved_at: string;
}

interface StoredFigures {
  figures: KostraFigures;
  sources: KostraSources;
}

function readRows(db: Db) {
  const units = (
    db.prepare('SELECT id, unit_no, tenure, lease_end, wheelchair_accessible FROM unit').all() as {
      id: number;
      unit_no: string;
      tenure: KostraUnit['tenure'];
      lease_end: string | null;
      wheelchair_accessible: number;
    }[]
  ).map((u): KostraUnit => ({
    id: u.id,
    unitNo: u.unit_no,
    tenure: u.tenure,
    leaseEnd: u.lease_end,
    wheelchairAccessible: u.wheelchair_accessible === 1,
  }));
  const tenancies = db
    .prepare(
      'SELECT unit_id AS unitId, household_id AS householdId, start, moved_out AS movedOut FROM tenancy',
    )
    .all() as KostraTenancy[];
  const applications = db
    .prepare(
      `SELECT id, ref, kind, target_group AS targetGroup, household_id AS householdId, status,
              registered, decided_on AS decidedOn, allocated_on AS allocatedOn,
              withdrawn_on AS withdrawnOn, ssb_group AS ssbGroup
       FROM need WHERE kind = 'soker' ORDER BY registered, id`,
    )
    .all() as KostraApplication[];
  return { units, tenancies, applications };
}

function stored(db: Db, year: number): ReportRecord | undefined {
  return db.prepare('SELECT * FROM kostra_report WHERE year = ?').get(year) as
    ReportRecord | undefined;
}

/** The figures as counted now, or as saved when the report is finished. */
function figuresFor(db: Db, year: number, record: ReportRecord | undefined): StoredFigures {
  if (record?.status === 'ferdig') return JSON.parse(record.figures) as StoredFigures;
  return countKostra(year, readRows(db));
}

export function kostraReport(db: Db, year: number): KostraReport {
  return db.transaction((): KostraReport => {
    const record = stored(db, year);
    const last = stored(db, year - 1);
    const lastYear = last ? (JSON.parse(last.figures) as StoredFigures).figures : null;
    const { figures, sources } = figuresFor(db, year, record);
    const population = record?.population ?? null;
    const indicators = kostraIndicators(figures, population);
    const lastIndicators = lastYear ? kostraIndicators(lastYear, last?.population ?? null) : null;
    const checks = kostraChecks(figures, population, lastYear);
    const comments = record ? (JSON.parse(record.comments) as Record<string, string>) : {};
    return {
      year,
      asOf: `${year}-12-31`,
      municipality: getSettings(db).municipality,
      status: record?.status ?? 'ny',
      savedAt: record?.saved_at ?? null,
      population,
      figures,
      indicators,
      sources,
      lines: KOSTRA_LINES.map((l) => ({
        key: l.key,
        section: l.section,
        label: l.label,
        kind: l.kind,
        part: l.part ?? false,
        value: lineValue(l.key, figures, indicators),
        lastYear: lastYear && lastIndicators ? lineValue(l.key, lastYear, lastIndicators) : null,
        sources: sources[l.key] ?? [],
      })),
      checks,
      comments,
      finishProblems: finishProblems(checks, comments),
      lastYear,
    };
  })();
}

/**
 * Saves the report for a year: the figures as counted now, the population and the comments.
 * With `finish`, refuses (changing nothing) while a check blocks or a warning has no comment.
 * Saving a finished report again reopens it as a draft with freshly counted figures.
 */
export function saveKostra(db: Db, s: KostraSaveInput, now: string): KostraReport {
  return db.transaction(() => {
    const counted = countKostra(s.year, readRows(db));
    const last = stored(db, s.year - 1);
    const lastYear = last ? (JSON.parse(last.figures) as StoredFigures).figures : null;
    const checks = kostraChecks(counted.figures, s.population, lastYear);
    // Only comments on checks that are there now are kept.
    const comments = Object.fromEntries(
      Object.entries(s.comments).filter(
        ([code, text]) => text.trim() !== '' && checks.some((c) => c.code === code),
      ),
    );
    const problems = finishProblems(checks, comments);
    if (s.finish && problems.length > 0) {
      throw new AppError(
        'validation',
        `Skjemaet kan ikke markeres som ferdig:\n${problems.join('\n')}`,
      );
    }
    const status = s.finish ? 'ferdig' : 'utkast';
    db.prepare(
      `INSERT INTO kostra_report (year, population, figures, comments, status, saved_at)
       VALUES (@year, @population, @figures, @comments, @status, @now)
       ON CONFLICT (year) DO UPDATE SET population = excluded.population,
         figures = excluded.figures, comments = excluded.comments, status = excluded.status,
         saved_at = excluded.saved_at`,
    ).run({
      year: s.year,
      population: s.population,
      figures: JSON.stringify(counted),
      comments: JSON.stringify(comments),
      status,
      now,
    });
    logChange(
      db,
      now,
      'settings',
      s.year,
      'update',
      `KOSTRA skjema 13 for ${s.year} lagret${s.finish ? ' som ferdig' : ' som utkast'}`,
    );
    return kostraReport(db, s.year);
  })();
}
