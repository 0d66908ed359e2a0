// Issue 13.4 contract pieces: KOSTRA skjema 13 per reporting year.
import { z } from 'zod';
import type {
  KostraCheck,
  KostraFigures,
  KostraIndicators,
  KostraSources,
  LineKind,
} from '../domain/kostra';
import { containsNationalId } from '../domain/privacy';
import { choice, int, text } from './fields';

export interface KostraReportLine {
  key: string;
  section: string;
  label: string;
  kind: LineKind;
  part: boolean;
  value: number | null;
  /** Last year's reported value, when a report for last year is saved. */
  lastYear: number | null;
  /** The homes (bolignr) or applications (søker ref) behind the figure. */
  sources: string[];
}

export interface KostraReport {
  year: number;
  /** 31.12 of the year (ISO). */
  asOf: string;
  municipality: string;
  /** «ny»: never saved; «utkast»: saved, not finished; «ferdig»: finished (figures frozen). */
  status: 'ny' | 'utkast' | 'ferdig';
  savedAt: string | null;
  population: number | null;
  figures: KostraFigures;
  indicators: KostraIndicators;
  sources: KostraSources;
  lines: KostraReportLine[];
  checks: KostraCheck[];
  comments: Record<string, string>;
  /** Why «ferdig» is refused now (empty when it can be finished). */
  finishProblems: string[];
  lastYear: KostraFigures | null;
}

export const kostraYear = () => int(2000, 2100);

export const kostraGetInput = z.object({ year: kostraYear() });

export const kostraSaveInput = z
  .object({
    year: kostraYear(),
    population: int(1, 20_000_000).nullable(),
    comments: z.record(z.string().max(80), text(500)),
    /** Mark the report «ferdig» (refused while a check blocks or a warning has no comment). */
    finish: z.boolean(),
  })
  .superRefine((s, ctx) => {
    for (const [code, comment] of Object.entries(s.comments)) {
      if (containsNationalId(comment)) {
        ctx.addIssue({
          code: 'custom',
          path: ['comments', code],
          message: 'ser ut som et fødselsnummer – registeret skal ikke ha personnummer',
        });
      }
    }
  });

export const kostraExportInput = z.object({
  year: kostraYear(),
  format: choice(['xlsx', 'csv'] as const),
});
