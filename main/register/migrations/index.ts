// Numbered migrations. Append only: never edit one that has shipped.
import m001 from './001_initial';
import m002 from './002_scenarios';
import m003 from './003_import';
import m004 from './004_finance';
import m005 from './005_loan_import';
import m006 from './006_follow_up';
import m007 from './007_warning_seen';
import m008 from './008_adopted_plan';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: m001 },
  { version: 2, name: 'scenarios', sql: m002 },
  { version: 3, name: 'import', sql: m003 },
  { version: 4, name: 'finance', sql: m004 },
  { version: 5, name: 'loan_import', sql: m005 },
  { version: 6, name: 'follow_up', sql: m006 },
  { version: 7, name: 'warning_seen', sql: m007 },
  { version: 8, name: 'adopted_plan', sql: m008 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
