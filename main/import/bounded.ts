// Bounded reading: every file Boligplan reads (survey, loan list, scenario file) is checked
// against limits on file size, the unpacked size of each part of an .xlsx, rows, columns,
// cells and cell length, while it is unpacked and scanned, before a library builds anything
// big in memory. A hostile file (a zip bomb, a million rows, a 200 MB cell, XML entities) is
// refused within seconds with a Norwegian message naming the limit.
//
// Use:
//   const bytes = readFileBounded(path, SURVEY_LIMITS);          // size checked before reading
//   checkXlsxBounds(bytes, SURVEY_LIMITS, '«fil.xlsx»');          // before ExcelJS loads it
//   parseCsv(text, ';', SURVEY_LIMITS)                             // rows/columns/cell length
//   parseJsonBounded(bytes, JSON_LIMITS, '«scenario.json»')        // size and nesting depth
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { formatInteger } from '../domain/format';
import { AppError } from '../register/errors';

export interface ReadLimits {
  /** The file itself, in bytes. */
  fileBytes: number;
  /** One part of an .xlsx (a sheet, the shared strings) after unpacking, in bytes. */
  partBytes: number;
  /** All parts of an .xlsx together after unpacking, in bytes. */
  totalBytes: number;
  /** Parts (files) inside an .xlsx. */
  parts: number;
  /** Rows in a sheet (or lines of a CSV). */
  rows: number;
  /** Columns in a row. */
  columns: number;
  /** Filled cells in a sheet. */
  cells: number;
  /** Characters in one cell. */
  cellChars: number;
}

const MB = 1024 * 1024;

/**
 * The survey's limits: far above any real municipality's survey (Oslo's 12 000 homes in 25
 * columns are about 2 MB as .xlsx, 15 MB unpacked, 300 000 cells), far below what hurts.
 */
export const SURVEY_LIMITS: ReadLimits = {
  fileBytes: 30 * MB,
  partBytes: 64 * MB,
  totalBytes: 128 * MB,
  parts: 2000,
  rows: 100_000,
  columns: 200,
  cells: 1_500_000,
  cellChars: 10_000,
};

export interface JsonLimits {
  fileBytes: number;
  /** Nesting of objects and arrays. */
  depth: number;
  /** Characters in one string value. */
  stringChars: number;
}

/** A scenario file or similar small JSON document. */
export const JSON_LIMITS: JsonLimits = { fileBytes: 5 * MB, depth: 32, stringChars: 10_000 };

/** A file refused because it breaks a limit: carries which limit, for the message and tests. */
export class LimitExceeded extends AppError {
  constructor(
    readonly limit: keyof ReadLimits | keyof JsonLimits | 'xml' | 'zip',
    message: string,
  ) {
    super('validation', message);
  }
}

export const megabytes = (bytes: number) => `${formatInteger(Math.round(bytes / MB))} MB`;
const n = (v: number) => formatInteger(v);

/**
 * Reads a file, refusing it (before reading) when it is larger than the limit. Reads at most
 * the limit, so a file that grows while it is read cannot exceed it either.
 */
export function readFileBounded(path: string, limits: Pick<ReadLimits, 'fileBytes'>): Buffer {
  const name = `«${basename(path)}»`;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new AppError(
      'validation',
      code === 'ENOENT'
        ? `Fant ikke filen ${path}.`
        : code === 'EACCES' || code === 'EPERM'
          ? `Boligplan har ikke tilgang til filen ${name}.`
          : code === 'EISDIR'
            ? `${name} er en mappe, ikke en fil.`
            : `Kunne ikke lese filen ${name}.`,
    );
  }
  try {
    const size = fstatSync(fd).size;
    if (size > limits.fileBytes) throw tooBig(name, size, limits.fileBytes);
    const buffer = Buffer.alloc(Math.min(size, limits.fileBytes) + 1);
    let read = 0;
    for (;;) {
      const got = readSync(fd, buffer, read, buffer.length - read, null);
      if (got === 0) break;
      read += got;
      if (read > limits.fileBytes) throw tooBig(name, read, limits.fileBytes);
    }
    return buffer.subarray(0, read);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('validation', `Kunne ikke lese filen ${name}.`);
  } finally {
    closeSync(fd);
  }
}

const tooBig = (name: string, _size: number, limit: number) =>
  new LimitExceeded(
    'fileBytes',
    `Filen ${name} er større enn grensen på ${megabytes(limit)}. ` +
      'En kartlegging er sjelden over noen få MB – er det riktig fil?',
  );

export function checkFileSize(bytes: Uint8Array, limits: ReadLimits, name: string): void {
  if (bytes.length > limits.fileBytes) throw tooBig(name, bytes.length, limits.fileBytes);
}

// ---- .xlsx (zip) -----------------------------------------------------------------------------

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const damaged = (name: string) =>
  new LimitExceeded(
    'zip',
    `Filen ${name} er skadet eller ufullstendig og kan ikke åpnes som Excel-fil. ` +
      'Lagre den på nytt fra Excel (eller hent en ny kopi) og prøv igjen.',
  );

/** The zip's central directory: names and sizes of its parts, without unpacking anything. */
export function zipEntries(bytes: Uint8Array, limits: ReadLimits, name: string): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(name);
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new LimitExceeded(
      'parts',
      `Filen ${name} er en zip64-fil – større enn en kartlegging kan være. Er det riktig fil?`,
    );
  }
  if (count > limits.parts) {
    throw new LimitExceeded(
      'parts',
      `Filen ${name} har ${n(count)} deler; grensen er ${n(limits.parts)}. Er det riktig fil?`,
    );
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw damaged(name);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Unpacks one part, never beyond `max` bytes whatever the zip claims: zlib stops at the limit,
 * so a bomb costs at most `max` bytes of memory and a fraction of a second.
 */
function unpack(buf: Buffer, entry: ZipEntry, max: number, name: string): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw damaged(name);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  const tooLarge = () =>
    new LimitExceeded(
      'partBytes',
      `Filen ${name} er for stor når den pakkes ut: delen «${entry.name}» blir mer enn ` +
        `${megabytes(max)} (grensen per del). Filen kan være laget for å skade programmet, ` +
        'eller den er langt større enn en kartlegging.',
    );
  if (entry.method === 0) {
    if (data.length > max) throw tooLarge();
    return data;
  }
  if (entry.method !== 8) throw damaged(name);
  try {
    return inflateRawSync(data, { maxOutputLength: max, chunkSize: 1024 * 1024 });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw tooLarge();
    }
    throw damaged(name);
  }
}

/** "AB" → 28. */
function columnNumber(letters: string): number {
  let v = 0;
  for (const ch of letters) v = v * 26 + (ch.charCodeAt(0) - 64);
  return v;
}

/**
 * Checks an .xlsx against the limits by unpacking each XML part within its limit and scanning
 * it: no DOCTYPE or entity definitions, rows, columns, cells and cell length within bounds.
 * Throws LimitExceeded (a Norwegian message) on the first limit broken; returns when the file
 * is safe to hand to ExcelJS.
 */
export function checkXlsxBounds(bytes: Uint8Array, limits: ReadLimits, name: string): void {
  checkFileSize(bytes, limits, name);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  const longText = new RegExp(`>[^<]{${limits.cellChars + 1}}`);
  for (const entry of zipEntries(bytes, limits, name)) {
    if (!/\.(xml|rels|vml)$/i.test(entry.name)) continue; // images etc. are not read
    const xml = unpack(buf, entry, limits.partBytes, name);
    total += xml.length;
    if (total > limits.totalBytes) {
      throw new LimitExceeded(
        'totalBytes',
        `Filen ${name} er for stor når den pakkes ut: mer enn ${megabytes(limits.totalBytes)} ` +
          'til sammen (grensen). Er det riktig fil?',
      );
    }
    const text = xml.toString('utf8');
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
      throw new LimitExceeded(
        'xml',
        `Filen ${name} inneholder XML-definisjoner (DOCTYPE/ENTITY) som en Excel-fil aldri har, ` +
          'og som kan brukes til å skade programmet. Lagre regnearket på nytt fra Excel.',
      );
    }
    if (longText.test(text)) {
      throw new LimitExceeded(
        'cellChars',
        `Filen ${name} har en celle med mer enn ${n(limits.cellChars)} tegn (grensen). ` +
          'En kartlegging har korte verdier – er det riktig fil?',
      );
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) checkSheetXml(text, limits, name);
  }
}

function checkSheetXml(xml: string, limits: ReadLimits, name: string): void {
  let rows = 0;
  let maxRow = 0;
  for (const m of xml.matchAll(/<row\b([^>]*)>/g)) {
    rows++;
    const r = /\br="(\d+)"/.exec(m[1]!);
    if (r) maxRow = Math.max(maxRow, Number(r[1]));
    if (rows > limits.rows || maxRow > limits.rows) break;
  }
  if (rows > limits.rows || maxRow > limits.rows) {
    throw new LimitExceeded(
      'rows',
      `Filen ${name} har flere enn ${n(limits.rows)} rader (grensen). ` +
        'En kartlegging har én rad per bolig – er det riktig fil?',
    );
  }
  let cells = 0;
  let maxColumn = 0;
  for (const m of xml.matchAll(/<c\b([^>]*?)\/?>/g)) {
    cells++;
    const r = /\br="([A-Z]{1,3})\d+"/.exec(m[1]!);
    if (r) maxColumn = Math.max(maxColumn, columnNumber(r[1]!));
    if (cells > limits.cells || maxColumn > limits.columns) break;
  }
  if (maxColumn > limits.columns) {
    throw new LimitExceeded(
      'columns',
      `Filen ${name} har flere enn ${n(limits.columns)} kolonner (grensen). Er det riktig fil?`,
    );
  }
  if (cells > limits.cells) {
    throw new LimitExceeded(
      'cells',
      `Filen ${name} har flere enn ${n(limits.cells)} utfylte celler i ett ark (grensen). ` +
        'Er det riktig fil?',
    );
  }
}

// ---- Rows read by a parser (CSV) -------------------------------------------------------------

/** Counts rows, columns and cell length as a parser produces them; throws at the first breach. */
export class RowBounds {
  private rows = 0;

  constructor(
    private readonly limits: ReadLimits,
    private readonly name: string,
  ) {}

  /** A cell of `length` characters, starting on `line`. */
  cell(length: number, line: number): void {
    if (length > this.limits.cellChars) {
      throw new LimitExceeded(
        'cellChars',
        `${this.name}, linje ${line}: en celle har mer enn ${n(this.limits.cellChars)} tegn ` +
          '(grensen). Kanskje et anførselstegn mangler sin avslutning?',
      );
    }
  }

  /** A finished row of `columns` fields, starting on `line`. */
  row(columns: number, line: number): void {
    if (columns > this.limits.columns) {
      throw new LimitExceeded(
        'columns',
        `${this.name}, linje ${line}: flere enn ${n(this.limits.columns)} kolonner (grensen).`,
      );
    }
    if (++this.rows > this.limits.rows) {
      throw new LimitExceeded(
        'rows',
        `${this.name} har flere enn ${n(this.limits.rows)} rader (grensen). ` +
          'En kartlegging har én rad per bolig – er det riktig fil?',
      );
    }
  }
}

// ---- JSON ------------------------------------------------------------------------------------

/**
 * Parses a small JSON document (a scenario file) after checking its size, nesting depth and
 * string lengths in one pass over the text. Keys named __proto__, constructor or prototype
 * are refused. Messages are Norwegian; JSON.parse's English never reaches the planner.
 */
export function parseJsonBounded(bytes: Uint8Array, limits: JsonLimits, name: string): unknown {
  if (bytes.length > limits.fileBytes) {
    throw new LimitExceeded(
      'fileBytes',
      `Filen ${name} er større enn grensen på ${megabytes(limits.fileBytes)}.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('validation', `Filen ${name} er ikke en tekstfil i UTF-8.`);
  }
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (i - stringStart > limits.stringChars) {
          throw new LimitExceeded(
            'stringChars',
            `Filen ${name} har en tekst på mer enn ${n(limits.stringChars)} tegn (grensen).`,
          );
        }
      }
    } else if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '{' || c === '[') {
      if (++depth > limits.depth) {
        throw new LimitExceeded(
          'depth',
          `Filen ${name} er nøstet dypere enn ${limits.depth} nivåer (grensen). Er det riktig fil?`,
        );
      }
    } else if (c === '}' || c === ']') depth--;
  }
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        throw new SyntaxError('forbidden key');
      }
      return value;
    });
  } catch {
    throw new AppError(
      'validation',
      `Filen ${name} er ikke gyldig JSON (skadet, eller ikke en Boligplan-fil).`,
    );
  }
}
