// The loan list import as the handlers use it: read a picked file (bounded), preview it
// (changes nothing), apply it (backup copy first, one transaction, recorded and undoable), undo
// a whole import, and the history. File and register I/O live here, at the edge.
import { statSync } from 'node:fs';
import { assertRegisterUnchanged, registerRevision, STALE_MESSAGE } from '../../register/revision';
import { readFileBounded } from '../bounded';
import { basename } from 'node:path';
import type { FieldIssue } from '../../contract/api';
import type { LoanInput } from '../../contract/finance';
import type { LoanImportPreview, LoanImportRun } from '../../contract/loanImport';
import type { ExistingLoan } from '../../domain/types';
import { logChange } from '../../register/changelog';
import type { Db } from '../../register/db';
import { freePath } from '../../register/db';
import { AppError } from '../../register/errors';
import { allLoans, getLoan, insertLoan, updateLoan } from '../../register/finance';
import { readSurveyBytes } from '../read';
import { ImportRefused, sourceFromBytes, type SurveySource } from '../service';
import { unitNoKey } from '../values';
import { planLoanList, type LoanListPlan, type LoanRegisterView } from './parse';

/** A loan list is a few hundred rows; anything this big is the wrong file. */
export const MAX_LOAN_LIST_BYTES = 10 * 1024 * 1024;

const refuse = (message: string) => new AppError('validation', message);

/** Reads a picked file, refusing one too big before it is read into memory. */
export function loadLoanList(path: string): SurveySource {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw refuse(
      (e as { code?: string }).code === 'ENOENT'
        ? `Fant ikke filen ${basename(path)}.`
        : `Kunne ikke lese filen ${basename(path)}.`,
    );
  }
  if (size > MAX_LOAN_LIST_BYTES) {
    throw refuse(
      `Filen «${basename(path)}» er for stor til å være en låneliste (${Math.round(size / 1024 / 1024)} MB; høyst 10 MB).`,
    );
  }
  return sourceFromBytes(basename(path), readFileBounded(path, { fileBytes: MAX_LOAN_LIST_BYTES }));
}

function registerView(db: Db): LoanRegisterView {
  const units = new Map<string, { id: number; unitNo: string }>();
  const unitNos = new Map<number, string>();
  for (const u of db.prepare('SELECT id, unit_no FROM unit').all() as {
    id: number;
    unit_no: string;
  }[]) {
    units.set(unitNoKey(u.unit_no), { id: u.id, unitNo: u.unit_no });
    unitNos.set(u.id, u.unit_no);
  }
  const loans = new Map<string, ExistingLoan>();
  for (const l of allLoans(db)) loans.set(l.loanNo.toLowerCase(), l);
  return { units, loans, unitNos };
}

async function plan(db: Db, source: SurveySource) {
  if (source.bytes.length === 0) {
    throw refuse(`Filen «${source.fileName}» er tom (0 byte). Velg en utfylt låneliste.`);
  }
  const read = await readSurveyBytes(source.bytes, source.fileName);
  return { read, plan: planLoanList(read, registerView(db)) };
}

function toPreview(
  source: SurveySource,
  format: 'xlsx' | 'csv',
  p: LoanListPlan,
  revision: number,
): LoanImportPreview {
  const count = (a: string) => p.changes.filter((c) => c.action === a).length;
  return {
    fileName: source.fileName,
    checksum: source.checksum,
    format,
    headerRow: p.headerRow,
    counts: {
      rows: p.rows,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      errors: p.problems.filter((x) => x.severity === 'error').length,
      warnings: p.problems.filter((x) => x.severity === 'warning').length,
    },
    changes: p.changes.map(({ row, loanNo, action, fields }) => ({ row, loanNo, action, fields })),
    problems: p.problems,
    revision,
  };
}

/** The dry run: what the import would do. Changes nothing. */
export async function previewLoanList(db: Db, source: SurveySource): Promise<LoanImportPreview> {
  const revision = registerRevision(db);
  const { read, plan: p } = await plan(db, source);
  return toPreview(source, read.format, p, revision);
}

const asIssues = (p: LoanListPlan, severity: 'error' | 'warning'): FieldIssue[] =>
  p.problems
    .filter((x) => x.severity === severity)
    .map((x) => ({ field: x.column ?? '', message: x.message }));

export interface LoanApplyOptions {
  now: string;
  today: string;
  confirmWarnings: boolean;
  checksum?: string | undefined;
  /** The register revision the planner's preview showed; refused if the register changed. */
  revision?: number | undefined;
  who: string | null;
}

/** A loan as stored for undo: its fields and shares (ordered by home id). */
function snapshot(l: ExistingLoan): string {
  const { id: _id, ...rest } = l;
  return JSON.stringify({ ...rest, units: [...l.units].sort((a, b) => a.unitId - b.unitId) });
}

interface RunRecord {
  id: number;
  at: string;
  file_name: string;
  who: string | null;
  created: number;
  updated: number;
  undone_at: string | null;
}

const toRun = (r: RunRecord): LoanImportRun => ({
  id: r.id,
  at: r.at,
  fileName: r.file_name,
  who: r.who,
  created: r.created,
  updated: r.updated,
  undoneAt: r.undone_at,
});

export function listLoanImports(db: Db): LoanImportRun[] {
  return (
    db.prepare('SELECT * FROM loan_import_run ORDER BY id DESC LIMIT 100').all() as RunRecord[]
  ).map(toRun);
}

function getRun(db: Db, id: number): LoanImportRun {
  const r = db.prepare('SELECT * FROM loan_import_run WHERE id = ?').get(id) as
    RunRecord | undefined;
  if (!r) throw new AppError('not_found', `Fant ikke låneimport nr. ${id}.`);
  return toRun(r);
}

/**
 * Applies the list: refuses with errors or unconfirmed warnings; otherwise writes a backup copy
 * of the register, then every loan in one transaction, recorded for undo.
 */
export async function applyLoanList(
  db: Db,
  registerPath: string,
  source: SurveySource,
  options: LoanApplyOptions,
): Promise<{ run: LoanImportRun; preview: LoanImportPreview }> {
  if (options.checksum !== undefined && options.checksum !== source.checksum) {
    throw new ImportRefused(
      `Filen ${source.fileName} er endret siden forhåndsvisningen. Se gjennom forhåndsvisningen på nytt før du importerer. Ingenting er endret.`,
      null,
    );
  }
  const revision = registerRevision(db);
  if (options.revision !== undefined && options.revision !== revision) {
    throw new ImportRefused(`${STALE_MESSAGE} Ingenting er endret.`, null);
  }
  const { read, plan: p } = await plan(db, source);
  // From here on synchronous; the transaction checks again that nothing changed since planning.
  const preview = toPreview(source, read.format, p, revision);
  const errors = asIssues(p, 'error');
  if (errors.length) {
    throw new ImportRefused(
      `Importen er stoppet: ${errors.length} feil må rettes i lånelisten. Ingenting er endret.`,
      null,
      errors,
    );
  }
  const warnings = asIssues(p, 'warning');
  if (warnings.length && !options.confirmWarnings) {
    throw new ImportRefused(
      `Importen har ${warnings.length} advarsler som må bekreftes før den kan gjennomføres. Ingenting er endret.`,
      null,
      warnings,
    );
  }
  const writes = p.changes.filter((c) => c.action !== 'unchanged');
  if (writes.length === 0) {
    throw new ImportRefused(
      'Lånelisten gir ingen endringer i registeret. Ingenting er endret.',
      null,
    );
  }
  let backupPath: string | null = null;
  if (registerPath !== ':memory:') {
    backupPath = freePath(`${registerPath}.for-laneimport-${options.today}.bak`);
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  const run = db.transaction(() => {
    assertRegisterUnchanged(db, revision);
    const created = writes.filter((c) => c.action === 'create').length;
    const runId = Number(
      db
        .prepare(
          `INSERT INTO loan_import_run (at, file_name, checksum, who, created, updated, backup_path)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          options.now,
          source.fileName,
          source.checksum,
          options.who,
          created,
          writes.length - created,
          backupPath,
        ).lastInsertRowid,
    );
    const undo = db.prepare(
      'INSERT INTO loan_import_undo (import_id, loan_id, before_json, after_json) VALUES (?, ?, ?, ?)',
    );
    for (const c of writes) {
      if (c.existingId === null) {
        const id = insertLoan(db, c.input);
        logChange(db, options.now, 'loan', id, 'import', `Lån ${c.loanNo} importert fra låneliste`);
        undo.run(runId, id, null, snapshot(getLoan(db, id)));
      } else {
        const before = snapshot(getLoan(db, c.existingId));
        const after = updateLoan(db, c.existingId, c.input, options.now);
        undo.run(runId, c.existingId, before, snapshot(after));
      }
    }
    logChange(
      db,
      options.now,
      'import',
      runId,
      'import',
      `Låneliste ${source.fileName}: ${created} nye lån, ${writes.length - created} oppdatert`,
    );
    return getRun(db, runId);
  })();
  return { run, preview };
}

interface UndoRecord {
  loan_id: number;
  before_json: string | null;
  after_json: string;
}

/**
 * Undoes a whole loan import, if no loan it wrote has changed since (then nothing is changed):
 * created loans are deleted, updated ones get their fields and shares back. Backup copy first.
 */
export function undoLoanImport(
  db: Db,
  registerPath: string,
  importId: number,
  now: string,
): LoanImportRun {
  const check = () => {
    const run = getRun(db, importId);
    if (run.undoneAt) {
      throw refuse(`Låneimport nr. ${importId} (${run.fileName}) er allerede angret.`);
    }
    const records = db
      .prepare('SELECT * FROM loan_import_undo WHERE import_id = ? ORDER BY id DESC')
      .all(importId) as UndoRecord[];
    for (const r of records) {
      const now = db.prepare('SELECT 1 FROM loan WHERE id = ?').get(r.loan_id)
        ? snapshot(getLoan(db, r.loan_id))
        : null;
      if (now !== r.after_json) {
        const loanNo = (JSON.parse(r.after_json) as { loanNo: string }).loanNo;
        throw refuse(
          `Importen kan ikke angres: lån ${loanNo} er endret eller slettet etter importen. Ingenting er endret.`,
        );
      }
    }
    return { run, records };
  };
  check(); // refuse before writing the backup
  if (registerPath !== ':memory:') {
    db.prepare('VACUUM INTO ?').run(
      freePath(`${registerPath}.for-angre-laneimport-${importId}-${now.slice(0, 10)}.bak`),
    );
  }
  return db.transaction(() => {
    const { run, records } = check();
    for (const r of records) {
      if (r.before_json === null) {
        db.prepare('DELETE FROM loan WHERE id = ?').run(r.loan_id);
        const loanNo = (JSON.parse(r.after_json) as { loanNo: string }).loanNo;
        logChange(
          db,
          now,
          'loan',
          r.loan_id,
          'delete',
          `Lån ${loanNo} fjernet (låneimport angret)`,
        );
      } else {
        const before = JSON.parse(r.before_json) as LoanInput;
        updateLoan(db, r.loan_id, before, now);
      }
    }
    db.prepare('UPDATE loan_import_run SET undone_at = ? WHERE id = ?').run(now, importId);
    logChange(db, now, 'import', importId, 'delete', `Låneimport ${run.fileName} angret`);
    return getRun(db, importId);
  })();
}
