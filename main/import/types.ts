// Types shared by the import's stages: read (bytes → sheet), validate (sheet → survey rows),
// plan (survey rows + register → changes) and apply (changes → register).
import type { ImportColumn, ImportProblem, SurveyField } from '../contract/import';
import type { BuildingType, ConditionGrade, Tenure, UnitStatus } from '../domain/types';

/** A cell the spreadsheet could not give a value for (an Excel error or a formula without one). */
export interface CellFault {
  fault: 'error' | 'formula';
  /** What to show the planner: "#REF!" or the formula text. */
  text: string;
}

/** One cell as read: text from a CSV, typed values from an .xlsx. */
export type Cell = string | number | boolean | Date | CellFault | null;

/** A sheet as read from a file. rows[i] is spreadsheet row i + 1; cells are 0-based columns. */
export interface Sheet {
  name: string | null;
  rows: Cell[][];
}

export interface ReadResult {
  format: 'xlsx' | 'csv';
  /** All sheets that have any content (an .xlsx may have several; a CSV has one). */
  sheets: Sheet[];
  encoding: string | null;
  delimiter: string | null;
  notes: string[];
}

/** Values one survey row gives. Undefined: not given (column absent or cell blank). */
export interface SurveyValues {
  unitNo?: string;
  address?: string;
  area?: string;
  buildingType?: BuildingType;
  tenure?: Tenure;
  bedrooms?: number;
  areaM2?: number;
  rooms?: number;
  promM2?: number;
  floor?: number;
  wheelchairAccessible?: boolean;
  /** null: explicitly «Ikke vurdert». */
  condition?: ConditionGrade | null;
  maintenanceBacklog?: number;
  rentMonthly?: number;
  status?: UnitStatus;
  householdRef?: string;
  adults?: number;
  children?: number;
  contractStart?: string;
  contractEnd?: string;
  surveyedOn?: string;
  note?: string;
}

/** One data row after value parsing. */
export interface SurveyRow {
  /** Spreadsheet row number. */
  row: number;
  values: SurveyValues;
  /** The column header (as written) each given field came from, for messages. */
  columnOf: Partial<Record<SurveyField, string>>;
  /** The text of each given value, for messages. */
  shown: Partial<Record<SurveyField, string>>;
  /** Problems found in the row's own values (register not consulted). */
  problems: ImportProblem[];
}

/** The outcome of reading and validating a file, before the register is consulted. */
export interface ParsedSurvey {
  format: 'xlsx' | 'csv';
  sheetName: string | null;
  encoding: string | null;
  delimiter: string | null;
  headerRow: number;
  columns: ImportColumn[];
  rows: SurveyRow[];
  /** Problems about the file as a whole (no header, no Bolignr column …). */
  fileProblems: ImportProblem[];
  notes: string[];
}
