// Display helpers: options for selects built from the shared label records, and small
// formatters on top of main/domain/format.ts. No domain figures are computed here.
import { formatDate, formatInteger, formatKr, formatNumber } from '../../main/domain/format';

export interface Option {
  value: string;
  label: string;
}

/** Select options from a code → label record, in the order of the code list. */
export function optionsOf<K extends string>(
  codes: readonly K[],
  labels: Record<K, string>,
): Option[] {
  return codes.map((value) => ({ value, label: labels[value] }));
}

export const YES_NO: Option[] = [
  { value: 'true', label: 'Ja' },
  { value: 'false', label: 'Nei' },
];

export const yesNo = (v: boolean) => (v ? 'Ja' : 'Nei');

/** A dash for missing values, so empty cells read as "none" rather than "forgotten". */
export const DASH = '–';

export const kr = (n: number | null | undefined) =>
  n === null || n === undefined ? DASH : formatKr(n);
export const date = (iso: string | null | undefined) => (iso ? formatDate(iso) : DASH);
export const int = (n: number | null | undefined) =>
  n === null || n === undefined ? DASH : formatInteger(n);
export const m2 = (n: number | null | undefined) =>
  n === null || n === undefined ? DASH : `${formatNumber(n, 1)} m²`;

/** ISO timestamp → "25.11.2026 kl. 13:05" in local time. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} kl. ${p(d.getHours())}:${p(d.getMinutes())}`;
}
