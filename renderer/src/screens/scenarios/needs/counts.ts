// Households and homes as whole numbers. Demand and most of supply are whole households and
// homes; expected turnover (contract ends, boligkarriere) is an expected value, so a figure
// that includes it is rounded to a whole household and marked «ca.» (see EXPECTED_NOTE).
import { formatInteger } from '../../../../../main/domain/format';

/** Beside a table with «ca.» figures. */
export const EXPECTED_NOTE =
  'ca. = forventet verdi avrundet til hele husstander: utflytting ved kontraktslutt og via ' +
  'boligkarriere er sannsynligheter, ikke navngitte husstander. Alle andre tall er hele ' +
  'husstander og boliger.';

/** True if the figure is not a whole number (it includes expected turnover). */
export function isExpected(v: number): boolean {
  return Math.abs(v - Math.round(v)) > 1e-6;
}

function whole(v: number): number {
  const r = Math.round(v);
  return r === 0 ? 0 : r;
}

/** «12», or «ca. 12» for an expected value (12,4). */
export function count(v: number): string {
  const t = formatInteger(whole(v));
  return isExpected(v) ? `ca. ${t}` : t;
}

/** A balance: «+2», «-3», «0», or «ca. +2» for an expected value. */
export function signedCount(v: number): string {
  const r = whole(v);
  const t = r > 0 ? `+${formatInteger(r)}` : formatInteger(r);
  return isExpected(v) ? `ca. ${t}` : t;
}

/** Whole number for a chart or a screen-reader table. */
export function rounded(v: number): number {
  return whole(v);
}
