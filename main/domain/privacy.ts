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
 * (fødselsnummer/d-nummer): 11 digits written together (not part of a longer number), or a
 * birth date (6 digits, perhaps written dd.mm.åå) then 5 digits (perhaps 3 + 2), joined by
 * single separators, also inside a longer run of numbers («1 01.01.90 123 45»). Amounts such
 * as «1 200 000 2026» are not taken for one.
 */
export function containsNationalId(text: string): boolean {
  if (text.length < 11) return false;
  const s = normalizeForPrivacy(text);
  // Runs of digit groups joined by one separator at a time: «01.01.90 123 45» → [2, 2, 2, 3, 2].
  let groups: number[] = [];
  let current = 0;
  let pendingSeparator = false;
  const endRun = (): boolean => {
    if (current > 0) groups.push(current);
    const hit = runHasNationalId(groups);
    groups = [];
    current = 0;
    return hit;
  };
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') {
      if (pendingSeparator) {
        groups.push(current);
        current = 0;
        pendingSeparator = false;
      }
      current++;
    } else if (current > 0 && !pendingSeparator && SEPARATOR.test(ch)) {
      pendingSeparator = true;
    } else {
      pendingSeparator = false;
      if (endRun()) return true;
    }
  }
  return endRun();
}

function runHasNationalId(groups: readonly number[]): boolean {
  if (groups.length === 0) return false;
  if (groups.includes(11)) return true;
  // A window of groups that is 6 digits (the birth date) then 5.
  for (let i = 0; i < groups.length; i++) {
    let sum = 0;
    let sixAtBoundary = false;
    for (let j = i; j < groups.length && sum < 11; j++) {
      sum += groups[j]!;
      if (sum === 6) sixAtBoundary = true;
    }
    if (sum === 11 && sixAtBoundary) return true;
  }
  return false;
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
