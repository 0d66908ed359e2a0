// CSV: text encoding detection (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252
// as Norwegian Excel writes it), delimiter detection (; , or tab) and strict RFC 4180 parsing.
// Strict: a file that is not valid UTF-8 is read as Windows-1252 as a whole, never line by
// line, and a file that mixes the two is refused; control characters and an unterminated
// quote are refused with the line number, never absorbed.
import { AppError } from '../register/errors';
import { RowBounds, SURVEY_LIMITS, type ReadLimits } from './bounded';
import type { Cell } from './types';

export interface DecodedText {
  text: string;
  /** 'UTF-8', 'UTF-8 med BOM', 'UTF-16', 'Windows-1252'. */
  encoding: string;
}

/** True when the bytes are not text at all (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.005;
}

const refuse = (message: string) => new AppError('validation', message);

/** The 1-based line of byte offset `at` (counting LF, and CR not followed by LF). */
function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Offset of the first byte sequence that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return -1;
}

/**
 * Offset of the first UTF-8 encoded letter (two bytes, C3 xx: æ ø å Æ Ø Å é ü …) or a UTF-8
 * typographic sign (E2 80 xx: – — ‘ ’ “ ” …), or -1. In a Windows-1252 file these read as «Ã˜»,
 * «Ã¥», «â€“»: text nobody writes.
 */
function firstUtf8Letter(bytes: Uint8Array): number {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i]!;
    const c = bytes[i + 1]!;
    if ((b === 0xc3 || b === 0xc2) && c >= 0x80 && c <= 0xbf) return i;
    if (b === 0xe2 && c === 0x80 && (bytes[i + 2] ?? 0) >= 0x90 && (bytes[i + 2] ?? 0) <= 0xbf) {
      return i;
    }
  }
  return -1;
}

/** Bytes Windows-1252 does not define. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Decodes text bytes; null when they are binary. Refuses mixed or undecodable text. */
export function decodeText(bytes: Uint8Array, name = 'Filen'): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      throw refuse(
        `${name} sier at den er UTF-8, men linje ${lineOfByte(body, bad)} er ikke gyldig UTF-8 ` +
          '(filen blander tegnkodinger). Lagre hele filen på nytt som «CSV UTF-8» fra Excel.',
      );
    }
    return { text: new TextDecoder('utf-8').decode(body), encoding: 'UTF-8 med BOM' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const le = bytes[0] === 0xff;
    return {
      text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)),
      encoding: 'UTF-16',
    };
  }
  if (looksBinary(bytes)) return null;
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  // Not UTF-8: Windows-1252 as a whole — unless parts of it are UTF-8 after all.
  const utf8 = firstUtf8Letter(bytes);
  if (utf8 >= 0) {
    throw refuse(
      `${name} blander tegnkodinger: linje ${lineOfByte(bytes, utf8)} er skrevet som UTF-8, ` +
        `men linje ${lineOfByte(bytes, bad)} som Windows-1252. Da blir æ, ø og å feil. ` +
        'Lagre hele filen på nytt som «CSV UTF-8» fra Excel og prøv igjen.',
    );
  }
  const undefinedByte = bytes.findIndex((b) => CP1252_UNDEFINED.has(b));
  if (undefinedByte >= 0) {
    throw refuse(
      `${name} er verken UTF-8 eller Windows-1252 (linje ${lineOfByte(bytes, undefinedByte)} har ` +
        'tegn ingen av dem har). Lagre filen på nytt som «CSV UTF-8» fra Excel.',
    );
  }
  return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
}

/**
 * Refuses control characters (NUL, escape …) anywhere in the text, with the line: they are not
 * part of a survey and would be stored as they are. Tab, line feed and carriage return are fine.
 */
export function checkControlCharacters(text: string, name = 'Filen'): void {
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (!m) return;
  const line = text.slice(0, m.index).split(/\r\n|\n|\r/).length;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
  throw refuse(
    `${name}, linje ${line}: har et kontrolltegn (kode ${code}) som ikke hører hjemme i en ` +
      'tekstfil. Filen kan være skadet – lagre den på nytt fra regnearket.',
  );
}

// 0x80–0x9F in Windows-1252 (€, ‚, ƒ, „, …, †, ‡, ˆ, ‰, Š, ‹, Œ, Ž, ‘, ’, “, ”, •, –, — …);
// the rest is Latin-1. Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
// control characters, so the table is ours.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chars = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chars[i] = String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b);
  }
  return chars.join('');
}

const CANDIDATES = [';', '\t', ','] as const;

/** Counts a character outside quotes on one line. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * The delimiter whose count per line is most consistent over the first lines: semicolons in a
 * Norwegian file stay constant while decimal commas vary from line to line.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 40);
  let best: { delimiter: string; score: number } = { delimiter: ';', score: 0 };
  for (const d of CANDIDATES) {
    const freq = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [count, times] of freq) score = Math.max(score, times * 1000 + count);
    if (score > best.score) best = { delimiter: d, score };
  }
  return best.delimiter;
}

/**
 * RFC 4180: quoted fields with "" for a quote, line breaks inside quotes, CRLF or LF. Strict:
 * a quote that is never closed is refused with the line where it opened (it would otherwise
 * swallow the rest of the file into one field); rows, columns and cell length are bounded.
 */
export function parseCsv(
  text: string,
  delimiter: string,
  limits: ReadLimits = SURVEY_LIMITS,
  name = 'Filen',
): string[][] {
  const bounds = new RowBounds(limits, name);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  const endField = () => {
    bounds.cell(field.length, rowLine);
    row.push(field);
    field = '';
  };
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      field += c;
      if (field.length > limits.cellChars) bounds.cell(field.length, quoteLine);
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
      i++;
    } else if (c === delimiter) {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endField();
      bounds.row(row.length, rowLine);
      rows.push(row);
      row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      field += c;
      if (field.length > limits.cellChars) bounds.cell(field.length, rowLine);
      i++;
    }
  }
  if (quoted) {
    throw refuse(
      `${name}, linje ${quoteLine}: et anførselstegn (") åpner en verdi som aldri avsluttes, ` +
        'så resten av filen ville blitt lest som én celle. Rett eller fjern anførselstegnet og prøv igjen.',
    );
  }
  if (field !== '' || row.length > 0) {
    endField();
    bounds.row(row.length, rowLine);
    rows.push(row);
  }
  return rows;
}

/** Excel's «="00123"» (text that keeps leading zeros) → «00123». */
function unwrap(field: string): string {
  const m = /^="(.*)"$/.exec(field);
  return m ? m[1]! : field;
}

export function csvToCells(rows: string[][]): Cell[][] {
  return rows.map((r) => r.map((f) => (f.trim() === '' ? null : unwrap(f))));
}
