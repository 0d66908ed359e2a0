// The import as the handlers and the CLI use it: read a picked file, preview it (changes
// nothing), apply it (backup first, one transaction, recorded and undoable), undo, history,
// the template and the register export. File and register I/O live here, at the edge.
import { createHash } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FieldIssue } from '../contract/api';
import type {
  ImportPreview,
  ImportProblem,
  ImportRun,
  MappingTarget,
  PreviewTenancy,
} from '../contract/import';
import { STATUS_LABEL, BUILDING_TYPE_LABEL, TENURE_LABEL, conditionLabel } from '../domain/labels';
import type { Db } from '../register/db';
import { freePath } from '../register/db';
import { AppError } from '../register/errors';
import { registerRevision, STALE_MESSAGE } from '../register/revision';
import type { BuildingType, Tenure, UnitStatus } from '../domain/types';
import {
  applyPlan,
  checkUndo,
  loadRegisterState,
  rememberedMapping,
  undoImport,
  type ApplyHooks,
} from './apply';
import { planImport, type ImportPlan } from './plan';
import { readSurveyBytes } from './read';
import { readFileBounded, SURVEY_LIMITS } from './bounded';
import { buildSurveyWorkbook, type SurveySheetRow } from './template';
import type { ParsedSurvey } from './types';
import { normalizeMapping, parseSurvey } from './validate';
import { counted } from '../domain/count';

export interface SurveySource {
  fileName: string;
  bytes: Uint8Array;
  /** SHA-256, hex. */
  checksum: string;
}

export function sourceFromBytes(fileName: string, bytes: Uint8Array): SurveySource {
  return { fileName, bytes, checksum: createHash('sha256').update(bytes).digest('hex') };
}

export function loadSource(path: string): SurveySource {
  // The size limit is checked before the file is read into memory.
  return sourceFromBytes(basename(path), readFileBounded(path, SURVEY_LIMITS));
}

export interface PreviewOptions {
  today: string;
  /** Header as written → field or 'ignore': the planner's choices in this import. */
  mapping?: Record<string, MappingTarget> | undefined;
  excludeRows?: readonly number[] | undefined;
}

export interface Prepared {
  parsed: ParsedSurvey;
  plan: ImportPlan;
  /** The register revision the plan was made against. */
  revision: number;
  preview: ImportPreview;
}

/** Reads and parses the file (async), then plans against the register (sync). */
async function readParsed(
  db: Db,
  source: SurveySource,
  mapping: Record<string, MappingTarget> | undefined,
): Promise<ParsedSurvey> {
  const read = await readSurveyBytes(source.bytes, source.fileName);
  return parseSurvey(read, {
    chosen: normalizeMapping(mapping),
    remembered: rememberedMapping(db),
  });
}

function planNow(
  db: Db,
  source: SurveySource,
  parsed: ParsedSurvey,
  options: PreviewOptions,
): Prepared {
  const excludeRows = new Set(options.excludeRows ?? []);
  const revision = registerRevision(db);
  const plan = planImport(parsed, loadRegisterState(db), { today: options.today, excludeRows });
  return {
    parsed,
    plan,
    revision,
    preview: toPreview(source, parsed, plan, excludeRows, revision),
  };
}

/** The dry run: what the import would do. Changes nothing. */
export async function prepareImport(
  db: Db,
  source: SurveySource,
  options: PreviewOptions,
): Promise<Prepared> {
  const parsed = await readParsed(db, source, options.mapping);
  return planNow(db, source, parsed, options);
}

export function toPreview(
  source: SurveySource,
  parsed: ParsedSurvey,
  plan: ImportPlan,
  excludeRows: ReadonlySet<number>,
  revision: number,
): ImportPreview {
  const tenancies: PreviewTenancy[] = [
    ...plan.ends.map((e) => ({
      row: e.row,
      unitNo: e.unitNo,
      kind: 'end' as const,
      householdRef: e.householdRef,
      newHousehold: false,
      text: e.text,
    })),
    ...plan.starts.map((s) => ({
      row: s.row,
      unitNo: s.unitNo,
      kind: 'start' as const,
      householdRef: s.householdRef,
      newHousehold: s.newHousehold,
      text: s.text,
    })),
    ...plan.dateChanges.map((d) => ({
      row: d.row,
      unitNo: d.unitNo,
      kind: 'update' as const,
      householdRef: d.householdRef,
      newHousehold: false,
      text: d.text,
    })),
  ].sort((a, b) => a.row - b.row);
  return {
    fileName: source.fileName,
    checksum: source.checksum,
    revision,
    format: parsed.format,
    sheetName: parsed.sheetName,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    headerRow: parsed.headerRow,
    surveyYear: plan.surveyYear,
    notes: [...parsed.notes, ...plan.notes],
    columns: parsed.columns,
    counts: plan.counts,
    created: plan.units
      .filter((u) => u.unitId === null)
      .map((u) => ({
        row: u.row,
        unitNo: u.unitNo,
        address: u.after.address,
        areaName: u.areaName,
        bedrooms: u.after.bedrooms,
        areaM2: u.after.areaM2,
        rentMonthly: u.after.rentMonthly,
        status: STATUS_LABEL[u.after.status],
      })),
    updated: plan.changedRows,
    missing: plan.missing,
    tenancies,
    newAreas: plan.newAreas,
    errors: plan.errors,
    warnings: plan.warnings,
    errorRows: plan.errorRows,
    excludedRows: excludedRowsIn(parsed, excludeRows),
    canApply: plan.errors.length === 0,
  };
}

/** The rows asked to be left out that are data rows of the file, in order. */
function excludedRowsIn(parsed: ParsedSurvey, excludeRows: ReadonlySet<number>): number[] {
  const rows = new Set(parsed.rows.map((r) => r.row));
  return [...excludeRows].filter((r) => rows.has(r)).sort((a, b) => a - b);
}

const asIssues = (problems: ImportProblem[]): FieldIssue[] =>
  problems.slice(0, 200).map((p) => ({
    field: p.row !== null ? `rad ${p.row}` : 'fil',
    message: p.message,
  }));

export interface ApplyOptions extends PreviewOptions {
  now: string;
  confirmWarnings: boolean;
  /** The checksum the planner saw in the preview; refused if the file has changed since. */
  checksum?: string | undefined;
  /** The register revision the planner's preview showed; refused if the register changed. */
  revision?: number | undefined;
  who?: string | null | undefined;
  hooks?: ApplyHooks & {
    /** Called after planning and the backup, before the write transaction (tests). */
    beforeWrite?: () => void;
  };
}

export interface Applied {
  run: ImportRun;
  preview: ImportPreview;
}

/** Thrown when the import is refused: nothing was changed. Carries the preview. */
export class ImportRefused extends AppError {
  constructor(
    message: string,
    readonly preview: ImportPreview | null,
    issues: FieldIssue[] = [],
  ) {
    super('validation', message, issues);
  }
}

/** Why an import with this plan would be refused (errors, unconfirmed warnings), or null. */
export function refusalFor(
  plan: ImportPlan,
  preview: ImportPreview,
  confirmWarnings: boolean,
): ImportRefused | null {
  if (plan.errors.length > 0) {
    return new ImportRefused(
      `Importen er stoppet: ${plan.errors.length} feil må rettes i filen, eller radene må utelates. Ingenting er endret.`,
      preview,
      asIssues(plan.errors),
    );
  }
  if (plan.warnings.length > 0 && !confirmWarnings) {
    return new ImportRefused(
      `Importen har ${counted(plan.warnings.length, 'advarsel', 'advarsler')} som må bekreftes før den kan gjennomføres. Ingenting er endret.`,
      preview,
      asIssues(plan.warnings),
    );
  }
  return null;
}

/**
 * Applies the survey: refuses with errors or unconfirmed warnings; otherwise writes a backup
 * copy of the register, then everything in one transaction.
 */
export async function applyImport(
  db: Db,
  registerPath: string,
  source: SurveySource,
  options: ApplyOptions,
): Promise<Applied> {
  if (options.checksum !== undefined && options.checksum !== source.checksum) {
    throw new ImportRefused(
      `Filen ${source.fileName} er endret siden forhåndsvisningen. Se gjennom forhåndsvisningen på nytt før du importerer. Ingenting er endret.`,
      null,
    );
  }
  const parsed = await readParsed(db, source, options.mapping);
  const { plan, preview, revision } = planNow(db, source, parsed, options);
  if (options.revision !== undefined && options.revision !== revision) {
    throw new ImportRefused(`${STALE_MESSAGE} Ingenting er endret.`, preview);
  }
  const refused = refusalFor(plan, preview, options.confirmWarnings);
  if (refused) throw refused;
  let backupPath: string | null = null;
  if (registerPath !== ':memory:') {
    backupPath = freePath(`${registerPath}.for-import-${options.today}.bak`);
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  const mapped = new Set(parsed.columns.map((c) => c.header));
  const remember = Object.fromEntries(
    Object.entries(options.mapping ?? {}).filter(([header]) => mapped.has(header)),
  );
  try {
    options.hooks?.beforeWrite?.();
    // Another program may have written since the plan was made: applyPlan checks the
    // revision inside its transaction and refuses rather than overwrite.
    const run = applyPlan(
      db,
      plan,
      {
        now: options.now,
        today: options.today,
        fileName: source.fileName,
        checksum: source.checksum,
        who: options.who ?? null,
        backupPath,
        expectedRevision: options.revision ?? revision,
        chosenMapping: normalizeMapping(remember),
      },
      options.hooks,
    );
    return { run, preview };
  } catch (e) {
    // Nothing was written: the backup of an import that did not happen is not left behind.
    if (backupPath !== null) rmSync(backupPath, { force: true });
    throw e;
  }
}

/** Undo, with a backup copy first (undo is a big write too). */
export function undoImportWithBackup(
  db: Db,
  registerPath: string,
  importId: number,
  now: string,
): ImportRun {
  checkUndo(db, importId); // refuse before writing the backup
  let backupPath: string | null = null;
  if (registerPath !== ':memory:') {
    backupPath = freePath(`${registerPath}.for-angre-import-${importId}-${now.slice(0, 10)}.bak`);
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  try {
    return undoImport(db, importId, now);
  } catch (e) {
    if (backupPath !== null) rmSync(backupPath, { force: true });
    throw e;
  }
}

// ---- Template and export --------------------------------------------------------------------

interface ExportRecord {
  unit_no: string;
  address: string;
  area_name: string | null;
  building_type: BuildingType;
  tenure: Tenure;
  bedrooms: number;
  area_m2: number;
  floor: number | null;
  wheelchair_accessible: number;
  condition: number | null;
  maintenance_backlog: number;
  rent_monthly: number;
  status: UnitStatus;
  note: string;
  ref: string | null;
  adults: number | null;
  children: number | null;
  start: string | null;
  end: string | null;
}

/**
 * The register's homes in the survey's columns. No personal data beyond the pseudonymous ref.
 * `forPropertyDepartment`: the homes only (issue 5.6) — no household ref, adults, children,
 * contract dates or free-text note; those fields are left out of the rows altogether.
 */
export function surveyRowsFromRegister(
  db: Db,
  opts: { forPropertyDepartment?: boolean } = {},
): SurveySheetRow[] {
  const records = db
    .prepare(
      `SELECT u.unit_no, u.address, a.name AS area_name, u.building_type, u.tenure, u.bedrooms,
              u.area_m2, u.floor, u.wheelchair_accessible, u.condition, u.maintenance_backlog,
              u.rent_monthly, u.status, u.note, h.ref, h.adults, h.children, t.start, t.end
       FROM unit u
       LEFT JOIN area a ON a.id = u.area_id
       LEFT JOIN tenancy t ON t.unit_id = u.id AND t.moved_out IS NULL
       LEFT JOIN household h ON h.id = t.household_id
       ORDER BY u.unit_no`,
    )
    .all() as ExportRecord[];
  return records.map((r) => {
    const home: SurveySheetRow = {
      unitNo: r.unit_no,
      address: r.address,
      area: r.area_name,
      buildingType: BUILDING_TYPE_LABEL[r.building_type],
      tenure: TENURE_LABEL[r.tenure],
      bedrooms: r.bedrooms,
      areaM2: r.area_m2,
      floor: r.floor,
      wheelchairAccessible: r.wheelchair_accessible === 1 ? 'Ja' : 'Nei',
      condition: r.condition === null ? null : conditionLabel(r.condition),
      maintenanceBacklog: r.maintenance_backlog,
      rentMonthly: r.rent_monthly,
      status: STATUS_LABEL[r.status],
      surveyedOn: null,
    };
    if (opts.forPropertyDepartment) return home;
    return {
      ...home,
      householdRef: r.ref,
      adults: r.adults,
      children: r.children,
      contractStart: r.start,
      contractEnd: r.end,
      note: r.note === '' ? null : r.note,
    };
  });
}

/** Writes bytes next to the target first, then renames: never a half-written file. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError(
      'validation',
      `Kunne ikke lagre filen ${basename(path)}: ${(e as Error).message}`,
    );
  }
}

export async function templateBytes(municipality: string, today: string): Promise<Buffer> {
  return buildSurveyWorkbook([], { municipality, today });
}

export async function exportBytes(
  db: Db,
  municipality: string,
  today: string,
): Promise<{
  bytes: Buffer;
  rows: number;
}> {
  const rows = surveyRowsFromRegister(db);
  return { bytes: await buildSurveyWorkbook(rows, { municipality, today }), rows: rows.length };
}
