// The annual unit survey (årlig boligkartlegging): the columns of the template, and the API
// types and input schemas of the import. Pure: shared by main, renderer, CLI and tests.
import { z } from 'zod';
import { bool, id, int } from './fields';

/** The survey's columns, in template order. */
export const SURVEY_FIELDS = [
  'unitNo',
  'address',
  'area',
  'buildingType',
  'tenure',
  'bedrooms',
  'areaM2',
  'rooms',
  'promM2',
  'floor',
  'wheelchairAccessible',
  'condition',
  'maintenanceBacklog',
  'rentMonthly',
  'status',
  'householdRef',
  'adults',
  'children',
  'contractStart',
  'contractEnd',
  'surveyedOn',
  'note',
] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];

/** The canonical header of each column, exactly as in the template. */
export const SURVEY_HEADER: Record<SurveyField, string> = {
  unitNo: 'Bolignr',
  address: 'Adresse',
  area: 'Område',
  buildingType: 'Boligtype',
  tenure: 'Eierform',
  bedrooms: 'Antall soverom',
  areaM2: 'BRA m2',
  rooms: 'Antall rom',
  promM2: 'P-ROM m2',
  floor: 'Etasje',
  wheelchairAccessible: 'Rullestoltilgjengelig',
  condition: 'Tilstandsgrad',
  maintenanceBacklog: 'Vedlikeholdsbehov kr',
  rentMonthly: 'Månedsleie kr',
  status: 'Status',
  householdRef: 'Husstand ref',
  adults: 'Antall voksne',
  children: 'Antall barn',
  contractStart: 'Kontrakt start',
  contractEnd: 'Kontrakt slutt',
  surveyedOn: 'Kartlagt dato',
  note: 'Merknad',
};

/** A mapping choice for a column: a survey field, or "ignore this column". */
export type MappingTarget = SurveyField | 'ignore';

/** How a column of the file was placed. */
export type ColumnSource =
  | 'exact' // the canonical header (differences in case, spacing, punctuation allowed)
  | 'synonym' // a known synonym (Soverom, Areal, Husleie …)
  | 'remembered' // the planner's choice from an earlier import
  | 'chosen' // the planner's choice in this import
  | 'ignored' // the planner chose to ignore it
  | 'duplicate' // a second column for a field already placed: ignored
  | 'personal' // looks like personal data (name, national id): never imported
  | 'unknown'; // not placed: ignored until the planner maps it

export interface ImportColumn {
  /** 0-based column index in the sheet. */
  index: number;
  /** Spreadsheet column letter (A, B, … AA). */
  letter: string;
  /** The header as written in the file. */
  header: string;
  field: SurveyField | null;
  source: ColumnSource;
}

export interface ImportProblem {
  severity: 'error' | 'warning';
  /** The spreadsheet row number as the planner sees it; null for the file as a whole. */
  row: number | null;
  /** The column header as written in the file (or the field's name); null when not tied to one. */
  column: string | null;
  /** The value as read (text), when the problem is about a value. */
  value: string | null;
  /** The whole Norwegian sentence: «Rad 14, Antall soverom: «tre» er ikke et tall». */
  message: string;
}

export interface ImportCounts {
  /** Data rows read (non-empty rows below the header). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Homes in the register that the survey does not mention. */
  missing: number;
  /** Rows the planner excluded. */
  excluded: number;
  tenanciesStarted: number;
  tenanciesEnded: number;
  householdsCreated: number;
  errors: number;
  warnings: number;
}

export interface FieldChange {
  field: string;
  label: string;
  /** Display text, Norwegian formats. */
  old: string;
  new: string;
}

export interface PreviewNewUnit {
  row: number;
  unitNo: string;
  address: string;
  areaName: string | null;
  bedrooms: number;
  areaM2: number;
  rentMonthly: number;
  status: string;
}

export interface PreviewChangedUnit {
  row: number;
  unitId: number;
  unitNo: string;
  changes: FieldChange[];
}

export interface PreviewMissingUnit {
  unitId: number;
  unitNo: string;
  address: string;
  status: string;
}

export interface PreviewTenancy {
  row: number;
  unitNo: string;
  kind: 'start' | 'end' | 'update';
  householdRef: string;
  /** The household does not exist yet and will be created. */
  newHousehold: boolean;
  /** Norwegian description: «Husstand H-1001 flytter inn 01.03.2026 (kontrakt til 28.02.2029)». */
  text: string;
}

export interface ImportPreview {
  fileName: string;
  /** SHA-256 of the file, hex: apply refuses if the file changed since the preview. */
  checksum: string;
  /** The register's revision the preview was planned against: apply refuses if it changed. */
  revision: number;
  format: 'xlsx' | 'csv';
  sheetName: string | null;
  /** CSV only: the text encoding and delimiter that were detected. */
  encoding: string | null;
  delimiter: string | null;
  /** Spreadsheet row number of the header row. */
  headerRow: number;
  /** The year the survey is filed under (most common Kartlagt dato year, else this year). */
  surveyYear: number;
  /** Things worth knowing that are not problems (e.g. "the .xlsx file is really CSV"). */
  notes: string[];
  columns: ImportColumn[];
  counts: ImportCounts;
  created: PreviewNewUnit[];
  updated: PreviewChangedUnit[];
  missing: PreviewMissingUnit[];
  tenancies: PreviewTenancy[];
  newAreas: string[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** Rows (spreadsheet numbers) that have at least one error. */
  errorRows: number[];
  /** The rows the preview left out, as asked. */
  excludedRows: number[];
  /** No errors left and at least the header was understood. */
  canApply: boolean;
}

export interface ImportRun {
  id: number;
  at: string;
  fileName: string;
  checksum: string;
  who: string | null;
  surveyYear: number;
  counts: ImportCounts;
  backupPath: string | null;
  undoneAt: string | null;
  /** Not undone yet: the register can go back to how it was before. */
  canUndo: boolean;
}

export interface ImportApplied {
  run: ImportRun;
}

export interface SurveyAggregate {
  year: number;
  /** Homes the survey(s) of this year covered. */
  homes: number;
  condition: { tg0: number; tg1: number; tg2: number; tg3: number; notAssessed: number };
  /** Mean TG over assessed homes; null when none assessed. */
  averageCondition: number | null;
  backlogTotal: number;
  occupied: number;
  /** Occupied share of homes (0–1). */
  occupancy: number;
  rentTotalMonthly: number;
  /** Mean monthly rent of homes with rent > 0, whole kroner. */
  rentAverageMonthly: number;
}

export interface SnapshotComparison {
  /** Years with a survey snapshot, newest first. */
  years: number[];
  current: SurveyAggregate | null;
  previous: SurveyAggregate | null;
  /** current − previous, where both exist. */
  change: {
    homes: number;
    averageCondition: number | null;
    backlogTotal: number;
    occupancy: number;
    rentAverageMonthly: number;
  } | null;
}

export interface SavedFile {
  path: string;
  fileName: string;
  /** Token for 'shell.showInFolder'. */
  token: string;
  rows: number;
}

// ---- Input schemas ------------------------------------------------------------------------

const token = () =>
  z.string({ error: 'mangler filvalg' }).min(1, 'mangler filvalg').max(100, 'er ugyldig');
const mappingTarget = z.enum([...SURVEY_FIELDS, 'ignore'], { error: 'er ikke et gyldig valg' });
/** Header as written in the file → field (or 'ignore'). */
export const importMapping = z.record(z.string().max(200), mappingTarget);
const rowList = z.array(int(1, 1_048_576)).max(1_048_576);

export const importPreviewInput = z
  .object({ token: token(), mapping: importMapping.optional(), excludeRows: rowList.optional() })
  .strict();

export const importApplyInput = z
  .object({
    token: token(),
    mapping: importMapping.default({}),
    excludeRows: rowList.default([]),
    confirmWarnings: bool(),
    /** The checksum the preview showed: apply refuses if the file changed since. */
    checksum: z.string().max(128).optional(),
    /** The register revision the preview showed: apply refuses if the register changed since. */
    revision: z.number().int().min(0).optional(),
  })
  .strict();

export const importUndoInput = z.object({ importId: id() }).strict();
export const snapshotCompareInput = z
  .object({ year: int(1900, 2200).optional() })
  .strict()
  .optional();
export const showInFolderInput = z.object({ token: token() }).strict();
