// `import-survey FILE --db FILE [--dry-run] [--confirm-warnings] [--exclude 14,15]`: imports the
// annual unit survey and prints a JSON report. Exit 0 when applied (or a dry run found no
// errors), 1 when refused — and then nothing in the register has changed.
import { resolve } from 'node:path';
import type { ImportCounts, ImportPreview, ImportProblem } from '../contract/import';
import { AppError } from '../register/errors';
import { openForReading } from '../register/db';
import { RegisterSession, type Clock } from '../register/session';
import { osUserName } from '../import/handlers';
import {
  ImportRefused,
  applyImport,
  loadSource,
  prepareImport,
  refusalFor,
  type SurveySource,
} from '../import/service';
import { counted } from '../domain/count';

export interface ImportSurveyArgs {
  file: string;
  db: string;
  dryRun: boolean;
  confirmWarnings: boolean;
  excludeRows: number[];
  who: string | null;
}

/** The counts the report gives (0 when the file could not be read), in this order. */
const REPORT_COUNTS = [
  'rows',
  'created',
  'updated',
  'unchanged',
  'missing',
  'excluded',
  'tenanciesStarted',
  'tenanciesEnded',
] as const satisfies readonly (keyof ImportCounts)[];

type ReportCounts = Pick<ImportCounts, (typeof REPORT_COUNTS)[number]>;
type BriefProblem = Pick<ImportProblem, 'row' | 'column' | 'message'>;

export interface ImportReport extends ReportCounts {
  ok: boolean;
  dryRun: boolean;
  applied: boolean;
  file: string;
  errors: BriefProblem[];
  warnings: BriefProblem[];
  notes: string[];
  message: string;
  importId?: number;
  backup?: string | null;
}

const brief = (p: ImportProblem): BriefProblem => ({
  row: p.row,
  column: p.column,
  message: p.message,
});

function report(
  file: string,
  preview: ImportPreview | null,
  fields: Pick<ImportReport, 'ok' | 'dryRun' | 'applied' | 'message'> &
    Partial<Pick<ImportReport, 'importId' | 'backup' | 'errors'>>,
): ImportReport {
  const c = preview?.counts;
  return {
    ok: fields.ok,
    dryRun: fields.dryRun,
    applied: fields.applied,
    file,
    ...(Object.fromEntries(REPORT_COUNTS.map((k) => [k, c?.[k] ?? 0])) as ReportCounts),
    errors: fields.errors ?? preview?.errors.map(brief) ?? [],
    warnings: preview?.warnings.map(brief) ?? [],
    notes: preview?.notes ?? [],
    message: fields.message,
    ...(fields.importId !== undefined ? { importId: fields.importId } : {}),
    ...(fields.backup !== undefined ? { backup: fields.backup } : {}),
  };
}

/** Parses «14,15 20» into row numbers; null when it is not a list of row numbers. */
export function parseRowList(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) return null;
  return parts.map(Number);
}

/** The one-line Norwegian summary a refused import prints on stderr. */
export function refusedLine(report: ImportReport): string {
  const n = report.errors.length;
  const w = report.warnings.length;
  if (report.dryRun) {
    return `Prøvekjøringen fant ${n} feil. Registeret er uendret.`;
  }
  if (n > 0) return `Importen er stoppet: ${n} feil. Registeret er uendret.`;
  if (w > 0) {
    return `Importen er stoppet: ${counted(w, 'advarsel', 'advarsler')} må bekreftes (--confirm-warnings). Registeret er uendret.`;
  }
  return `Importen er stoppet: ${report.message} Registeret er uendret.`;
}

function refusedReport(file: string, e: ImportRefused): ImportReport {
  const hint =
    e.preview && e.preview.errors.length === 0 && e.preview.warnings.length > 0
      ? ' Kjør med --confirm-warnings for å bekrefte advarslene.'
      : '';
  return report(file, e.preview, {
    ok: false,
    dryRun: false,
    applied: false,
    message: e.message + hint,
  });
}

export async function importSurvey(
  args: ImportSurveyArgs,
  clock: Clock,
  print: (report: ImportReport) => void,
  /** Gets the one-line Norwegian summary when the import is refused (the CLI: stderr). */
  complain: (line: string) => void = () => {},
): Promise<number> {
  const file = resolve(args.file);
  const dbPath = resolve(args.db);
  const refuse = (r: ImportReport) => {
    print(r);
    complain(refusedLine(r));
    return 1;
  };
  // Read first, without touching the register file: a dry run and a refused import leave it
  // exactly as it was (no migration, no backup, no WAL switch).
  const reader = openForReading(dbPath);
  let source: SurveySource;
  const options = { today: clock.today(), excludeRows: args.excludeRows };
  try {
    try {
      source = loadSource(file);
      const { plan, preview } = await prepareImport(reader.db, source, options);
      if (args.dryRun) {
        const ok = preview.errors.length === 0;
        const r = report(file, preview, {
          ok,
          dryRun: true,
          applied: false,
          message: ok
            ? 'Prøvekjøring: ingen feil. Ingenting er endret.'
            : `Prøvekjøring: ${preview.errors.length} feil. Ingenting er endret.`,
        });
        if (!ok) return refuse(r);
        print(r);
        return 0;
      }
      const refused = refusalFor(plan, preview, args.confirmWarnings);
      if (refused) return refuse(refusedReport(file, refused));
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'validation') throw e;
      // The file could not be read: a clear message, nothing changed.
      return refuse(
        report(file, null, {
          ok: false,
          dryRun: args.dryRun,
          applied: false,
          message: e.message,
          errors: [{ row: null, column: null, message: e.message }],
        }),
      );
    }
  } finally {
    reader.close();
  }

  // Worth applying: now open for writing (migrating an older register, with its backup).
  // Take the register lock like the app does: if the app (or another command) has the
  // register open, refuse with who holds it rather than write behind its back.
  const session = new RegisterSession(dbPath, clock, { lock: 'cli' });
  try {
    if (session.readOnly) {
      return refuse(
        report(file, null, {
          ok: false,
          dryRun: false,
          applied: false,
          message: `${session.readOnly.message} Importen er ikke gjort.`,
          errors: [],
        }),
      );
    }
    const { run, preview } = await applyImport(session.db, session.path, source, {
      ...options,
      now: clock.now(),
      confirmWarnings: args.confirmWarnings,
      who: args.who ?? osUserName(),
    });
    print(
      report(file, preview, {
        ok: true,
        dryRun: false,
        applied: true,
        message: `Importert som import ${run.id}.`,
        importId: run.id,
        backup: run.backupPath,
      }),
    );
    return 0;
  } catch (e) {
    if (e instanceof ImportRefused) return refuse(refusedReport(file, e));
    if (e instanceof AppError && e.code === 'conflict') {
      return refuse(
        report(file, null, { ok: false, dryRun: false, applied: false, message: e.message }),
      );
    }
    throw e;
  } finally {
    session.close();
  }
}
