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
