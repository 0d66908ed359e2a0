// Data minimisation: the register holds pseudonymous references, never national id numbers.
// One check for every free-text value on every way in (forms, API, imports, scenario files)
// and once more in every export before it is written.
//
// Use:
//   containsNationalId(text)            – true for «01019012345», «010190 12345», «01.01.90-123 45»,
//                                         with zero-width or other invisible characters in between
//   NATIONAL_ID_MESSAGE                 – the Norwegian refusal, to put after a field's label
//   findNationalIds(value, skipKeys)    – every string in a nested value (an API payload) that
//                                         has one, with its path
//   maskNationalIds(text)               – «010190*****» for showing a refused value back

/** Invisible characters (zero-width, joiners, direction marks, soft hyphen, BOM …). */
const INVISIBLE = /\p{Cf}|\u034f|\u115f|\u1160|\u17b4|\u17b5|\u180e|\u3164|\uffa0/gu;
/** Separators people (and hostile input) put between digits. */
const SEPARATOR = /[\s.\-\u2010-\u2015\u2212_/·•]/u;

export const NATIONAL_ID_MESSAGE =
  'ser ut som et fødselsnummer – registeret skal ikke ha personnummer';

/**
 * The text as the check reads it: compatibility forms folded (fullwidth and other digit forms
 * become 0–9), invisible characters removed.
 */
export function normalizeForPrivacy(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/**
 * True when the text contains something shaped like a Norwegian national id number
 * (fødselsnummer/d-nummer): 11 digits in a row, or 11 digits with single separators between
 * them (6 + 5, 6 + 3 + 2, dd.mm.åå-nnnnn …), not part of a longer number.
 */
export function containsNationalId(text: string): boolean {
  if (text.length < 11) return false;
  const s = normalizeForPrivacy(text);
  // Runs of digits joined by at most one separator at a time.
  let digits = 0;
  let plain = 0;
  let longestPlain = 0;
  let pendingSeparator = false;
  const endRun = () => {
    if (digits === 11 || longestPlain === 11) return true;
    digits = 0;
    plain = 0;
    longestPlain = 0;
    return false;
  };
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') {
      digits++;
      plain = pendingSeparator ? 1 : plain + 1;
      longestPlain = Math.max(longestPlain, plain);
      pendingSeparator = false;
    } else if (digits > 0 && !pendingSeparator && SEPARATOR.test(ch)) {
      pendingSeparator = true;
    } else {
      if (endRun()) return true;
      pendingSeparator = false;
    }
  }
  if (endRun()) return true;
  // A number glued to other digits by separators («tlf 22 33 44 55 01019012345») still holds
  // 11 digits written together.
  return /(^|\D)\d{11}(?!\d)/.test(s) || /(^|\D)\d{6}[\s.\-\u00a0]\d{5}(?!\d)/.test(s);
}

/** Masks what looks like a national id before a value is shown back: «010190*****». */
export function maskNationalIds(text: string): string {
  return normalizeForPrivacy(text).replace(
    /\d(?:[\s.\-\u00a0]?\d){10}/g,
    (m) => `${m.replace(/\D/g, '').slice(0, 6)}*****`,
  );
}

export interface PersonalDataHit {
  /** Path of the value, e.g. ['scenario', 'actions', 2, 'note']. */
  path: (string | number)[];
}

/**
 * Every string in a nested value (an API payload, a scenario file) that contains a national
 * id, with its path. Keys in `skipKeys` (file tokens, checksums) are not free text and are
 * skipped. Bounded by depth so a hostile payload cannot recurse forever.
 */
export function findNationalIds(
  value: unknown,
  skipKeys: ReadonlySet<string> = new Set(),
  path: (string | number)[] = [],
  depth = 0,
): PersonalDataHit[] {
  if (depth > 64) return [];
  if (typeof value === 'string') return containsNationalId(value) ? [{ path }] : [];
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => findNationalIds(v, skipKeys, [...path, i], depth + 1));
  }
  if (value !== null && typeof value === 'object') {
    const hits: PersonalDataHit[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (skipKeys.has(k)) continue;
      // A key can carry text too (a mapping's header names).
      if (containsNationalId(k)) hits.push({ path: [...path, k] });
      hits.push(...findNationalIds(v, skipKeys, [...path, k], depth + 1));
    }
    return hits;
  }
  return [];
}

/** A pseudonymous reference: letters, digits, hyphen, underscore, dot; no spaces (no names). */
export const PSEUDONYM_PATTERN = /^[A-Za-z0-9][A-Za-z0-9\-_.]*$/;
