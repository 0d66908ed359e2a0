// Turning what the planner typed (strings) into API input, and API issues back into
// messages per field. The server is the authority on validity; the checks here only catch
// what cannot even be sent (an empty required number, a child age that is not a number).
import type { FieldIssue } from '../../../main/contract/api';
import { FIELD_LABEL } from '../../../main/contract/fields';

export type Errors = Record<string, string>;

/** Collects client-side problems while converting a draft. */
export class Converter {
  readonly issues: FieldIssue[] = [];

  private fail(field: string, message: string): void {
    this.issues.push({ field, message: `${FIELD_LABEL[field] ?? field}: ${message}` });
  }

  text(value: string): string {
    return value.trim();
  }

  /** Empty → null. */
  optionalText(value: string): string | null {
    return value.trim() === '' ? null : value.trim();
  }

  number(field: string, value: string): number {
    if (value.trim() === '') {
      this.fail(field, 'må fylles ut');
      return 0;
    }
    const n = Number(value);
    if (!Number.isFinite(n)) this.fail(field, 'må være et tall');
    return n;
  }

  optionalNumber(field: string, value: string): number | null {
    return value.trim() === '' ? null : this.number(field, value);
  }

  /** A select's value; the empty choice → null. */
  optionalChoice<T extends string>(value: string): T | null {
    return value === '' ? null : (value as T);
  }

  optionalDate(value: string): string | null {
    return value === '' ? null : value;
  }

  date(field: string, value: string): string {
    if (value === '') this.fail(field, 'må fylles ut');
    return value;
  }

  /** "3, 7,12" → [3, 7, 12]; empty → []. */
  numberList(field: string, value: string): number[] {
    const parts = value
      .split(/[,;\s]+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const out: number[] = [];
    for (const p of parts) {
      if (!/^\d+$/.test(p)) {
        this.fail(field, `«${p}» er ikke en alder i hele år (skriv f.eks. 3, 7, 12)`);
        return [];
      }
      out.push(Number(p));
    }
    return out;
  }
}

/** The field a path like "unit.rentMonthly" or "childAges.0" is about, if the form has it. */
function fieldOf(path: string, fields: readonly string[]): string | null {
  return (
    path
      .split('.')
      .reverse()
      .find((p) => fields.includes(p)) ?? null
  );
}

/**
 * Messages per field for the fields this form shows (first one wins), and every message for
 * the summary; those about no field of the form are in the summary only.
 */
export function splitIssues(
  issues: FieldIssue[],
  fields: readonly string[],
): { byField: Errors; summary: { field: string | null; message: string }[] } {
  const byField: Errors = {};
  const summary = issues.map((issue) => {
    const field = fieldOf(issue.field, fields);
    if (field) byField[field] ??= issue.message;
    return { field, message: issue.message };
  });
  return { byField, summary };
}

export const numText = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : String(n);
