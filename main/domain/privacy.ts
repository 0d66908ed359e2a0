// Data minimisation: the register holds pseudonymous references, never national id numbers.

/**
 * True when the text contains something shaped like a Norwegian national id number
 * (fødselsnummer/d-nummer): 11 digits, also written 6 + 5 with a space, dot or hyphen between.
 */
export function containsNationalId(text: string): boolean {
  return /(^|\D)\d{6}[\s.\-\u00a0]?\d{5}(?!\d)/.test(text);
}

/** A pseudonymous reference: letters, digits, hyphen, underscore, dot; no spaces (no names). */
export const PSEUDONYM_PATTERN = /^[A-Za-z0-9][A-Za-z0-9\-_.]*$/;
