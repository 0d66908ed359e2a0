// Errors the register raises on purpose. They carry a Norwegian message for the planner.
import type { ApiErrorCode, FieldIssue } from '../contract/api';

export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: number | string) =>
  new AppError('not_found', `Fant ikke ${what} ${id}.`);

export const fieldError = (field: string, label: string, message: string) =>
  new AppError('validation', `${label}: ${message}`, [{ field, message: `${label}: ${message}` }]);

const BUSY_MESSAGE =
  'Registeret er opptatt: et annet program eller en annen bruker skriver til det akkurat nå. ' +
  'Prøv igjen om litt. Ingenting er endret.';

/**
 * SQLite's own errors as the planner should read them: a busy or locked file, a read-only
 * file, a full disk, a damaged file. Anything else stays as it is (null).
 */
export function sqliteAppError(e: unknown): AppError | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('register', BUSY_MESSAGE);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError(
      'register',
      'Registeret er åpnet skrivebeskyttet og kan ikke endres herfra. Ingenting er endret.',
    );
  }
  if (code === 'SQLITE_FULL') {
    return new AppError('register', 'Disken er full. Ingenting er endret.');
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppError('register', 'Registerfilen er skadet og kan ikke leses.');
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError(
      'register',
      'Registerfilen kunne ikke leses eller skrives (filen eller nettverksdisken er utilgjengelig). Ingenting er endret.',
    );
  }
  return null;
}

/** Any error as an AppError with a Norwegian message: library text never reaches a user. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  return (
    sqliteAppError(e) ??
    new AppError(
      'internal',
      'Uventet feil – ingenting ble lagret. Prøv igjen, eller start Boligplan på nytt.',
    )
  );
}
