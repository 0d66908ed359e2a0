// The import of the finance department's loan list (one row per loan): the columns of the
// template, and the API types and input schemas. Pure: shared by main, renderer and tests.
import { z } from 'zod';
import { bool, id, text } from './fields';
import type { FieldChange, ImportProblem } from './import';

/** The list's columns, in template order. */
export const LOAN_LIST_COLUMNS = [
  'lender',
  'loanNo',
  'balance',
  'balanceDate',
  'interestRate',
  'fixedUntil',
  'repayment',
  'remainingYears',
  'unitNos',
  'shares',
  'note',
] as const;
export type LoanListColumn = (typeof LOAN_LIST_COLUMNS)[number];

/** The header of each column exactly as in the template. */
export const LOAN_LIST_HEADER: Record<LoanListColumn, string> = {
  lender: 'Långiver',
  loanNo: 'Lånenummer',
  balance: 'Saldo',
  balanceDate: 'Saldo per dato',
  interestRate: 'Rente %',
  fixedUntil: 'Fastrente til',
  repayment: 'Lånetype',
  remainingYears: 'Gjenværende løpetid år',
  unitNos: 'Bolignr',
  shares: 'Andel %',
  note: 'Merknad',
};

/** Columns a row cannot do without (Fastrente til, Andel % and Merknad may be left out). */
export const LOAN_LIST_REQUIRED: readonly LoanListColumn[] = [
  'lender',
  'loanNo',
  'balance',
  'balanceDate',
  'interestRate',
  'repayment',
  'remainingYears',
  'unitNos',
];

/** What one row of the list does to the register. */
export interface LoanImportChange {
  /** Spreadsheet row number. */
  row: number;
  loanNo: string;
  action: 'create' | 'update' | 'unchanged';
  /** Create: every field's new value (old is ''); update: the fields that change, before → after. */
  fields: FieldChange[];
}

export interface LoanImportPreview {
  fileName: string;
  checksum: string;
  format: 'xlsx' | 'csv';
  /** The header's spreadsheet row; null when none was found. */
  headerRow: number | null;
  counts: {
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    errors: number;
    warnings: number;
  };
  changes: LoanImportChange[];
  problems: ImportProblem[];
  /** The register's revision the preview was made against: apply refuses if it changed. */
  revision: number;
}

export interface LoanImportRun {
  id: number;
  at: string;
  fileName: string;
  who: string | null;
  created: number;
  updated: number;
  undoneAt: string | null;
}

const token = text(100).min(1, 'må fylles ut');

export const loanImportPreviewInput = z.object({ token });
export const loanImportApplyInput = z.object({
  token,
  confirmWarnings: bool(),
  /** The checksum the planner saw in the preview: a file changed since is refused. */
  checksum: text(100).optional(),
  /** The register revision the preview showed: apply refuses if the register changed since. */
  revision: z.number().int().min(0).optional(),
});
export const loanImportUndoInput = z.object({ importId: id() });
