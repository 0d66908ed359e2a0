// CSV: text encoding detection (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252
// as Norwegian Excel writes it), delimiter detection (; , or tab) and RFC 4180 parsing.
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

/** Decodes text bytes; null when they are binary. */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'UTF-8 med BOM',
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const le = bytes[0] === 0xff;
    return {
      text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)),
      encoding: 'UTF-16',
    };
  }
  if (looksBinary(bytes)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
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

/** RFC 4180: quoted fields with "" for a quote, line breaks inside quotes, CRLF or LF. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
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
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
      i++;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
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
