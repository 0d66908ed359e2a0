// The hostile corpus: files built to hurt the reader (bombs, huge row counts, entity expansion,
// unterminated quotes, mixed encodings, late NUL bytes, national ids in every column). Built
// in code, so the repository holds no hostile binaries; shared by the tests and the bench.
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { join } from 'node:path';

// No vitest here: the bench uses the corpus too.
const fixture = (name: string) => join(__dirname, '../../fixtures/import', name);

export interface HostileFile {
  name: string;
  bytes: Buffer;
  /** What the refusal must say (a part of the Norwegian message). */
  says: RegExp;
}

const SOURCE_CSV = () => readFileSync(fixture('survey-2026-source.csv'), 'utf8');

/** A zip written with Node's native deflate (fast even for a bomb's 80 MB). */
export function buildZip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data, { level: data.length > 1_000_000 ? 1 : 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A real survey .xlsx (LibreOffice's) with one part replaced (or added). */
async function xlsxWith(part: string, xml: string | Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(fixture('survey-2026-libreoffice.xlsx')));
  const entries: { name: string; data: Buffer }[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir || file.name === part) continue;
    entries.push({ name: file.name, data: await file.async('nodebuffer') });
  }
  entries.push({ name: part, data: Buffer.isBuffer(xml) ? xml : Buffer.from(xml, 'utf8') });
  return buildZip(entries);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

function manyRows(count: number): string {
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return SHEET_HEAD + rows.join('') + SHEET_TAIL;
}

/** A shared string that unpacks to `mb` megabytes (a few hundred KB packed). */
function bombStrings(mb: number): Buffer {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>',
  );
  const tail = Buffer.from('</t></si></sst>');
  return Buffer.concat([head, Buffer.alloc(mb * 1024 * 1024, 'A'), tail]);
}

export async function hostileXlsx(bombMb = 80): Promise<HostileFile[]> {
  return [
    {
      name: 'bombe.xlsx',
      bytes: await xlsxWith('xl/sharedStrings.xml', bombStrings(bombMb)),
      says: /er for stor når den pakkes ut: delen «xl\/sharedStrings\.xml» blir mer enn 64 MB/,
    },
    {
      name: 'millioner-rader.xlsx',
      bytes: await xlsxWith('xl/worksheets/sheet1.xml', manyRows(120_000)),
      says: /har flere enn 100 000 rader \(grensen\)/,
    },
    {
      name: 'rad-en-million.xlsx',
      bytes: await xlsxWith(
        'xl/worksheets/sheet1.xml',
        `${SHEET_HEAD}<row r="1048576"><c r="A1048576"><v>1</v></c></row>${SHEET_TAIL}`,
      ),
      says: /har flere enn 100 000 rader \(grensen\)/,
    },
    {
      name: 'entiteter.xlsx',
      bytes: await xlsxWith(
        'xl/worksheets/sheet1.xml',
        '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>',
      ),
      says: /XML-definisjoner \(DOCTYPE\/ENTITY\)/,
    },
    {
      name: 'mange-kolonner.xlsx',
      bytes: await xlsxWith(
        'xl/worksheets/sheet1.xml',
        `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c><c r="ZZ1"><v>2</v></c></row>${SHEET_TAIL}`,
      ),
      says: /flere enn 200 kolonner \(grensen\)/,
    },
    {
      name: 'lang-celle.xlsx',
      bytes: await xlsxWith(
        'xl/worksheets/sheet1.xml',
        `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(20_000)}</t></is></c></row>${SHEET_TAIL}`,
      ),
      says: /en celle med mer enn 10 000 tegn \(grensen\)/,
    },
  ];
}

export function hostileCsv(): HostileFile[] {
  const source = SOURCE_CSV();
  const lines = source.split('\n');
  // Line 7 (B-002) gets a quote that never closes: the rows after it must not vanish into it.
  const unterminated = [...lines];
  unterminated[6] = unterminated[6]!.replace('Fjordgata 3', '"Fjordgata 3');
  // Half UTF-8, half Windows-1252: «Øvre» written both ways.
  const utf8Part = Buffer.from(lines.slice(0, 8).join('\n') + '\n', 'utf8');
  const cp1252Part = Buffer.from(
    lines.slice(8).join('\n').replace('Kirkeveien', 'Øvre vei'),
    'latin1',
  );
  const withUtf8Letter = Buffer.from(
    utf8Part.toString('utf8').replace('Fjordgata 1', 'Øvre Fjordgata 1'),
    'utf8',
  );
  // A NUL byte after the first 64 KB (padding in a note).
  const padded = [...lines];
  padded[7] = padded[7]!.replace(/;$/, `;${'x'.repeat(9_000)}`);
  const longNote = padded.join('\n');
  const nulLate = Buffer.concat([
    Buffer.from(source + ';'.repeat(70_000) + '\n', 'utf8'),
    Buffer.from('B-099;Sjøveien 1\u0000;Sentrum\n', 'utf8'),
  ]);
  const extraField = [...lines];
  extraField[6] = `${extraField[6]!.replace(/\r$/, '')};ekstra;felt`;
  return [
    {
      name: 'uavsluttet-sitat.csv',
      bytes: Buffer.from(unterminated.join('\n'), 'utf8'),
      says: /linje 7: et anførselstegn \(“?"?\)? ?åpner en verdi som aldri avsluttes|linje 7: et anførselstegn/,
    },
    {
      name: 'blandet-koding.csv',
      bytes: Buffer.concat([withUtf8Letter, cp1252Part]),
      says: /blander tegnkodinger: linje 1 er skrevet som UTF-8, men linje 9 som Windows-1252/,
    },
    {
      name: 'nul-sent.csv',
      bytes: nulLate,
      says: /linje 20: har et kontrolltegn \(kode 00\)/,
    },
    {
      name: 'lang-merknad.csv',
      bytes: Buffer.from(longNote.replace('x'.repeat(9_000), 'x'.repeat(12_000)), 'utf8'),
      says: /linje 8: en celle har mer enn 10 000 tegn \(grensen\)/,
    },
    {
      name: 'ekstra-felt.csv',
      bytes: Buffer.from(extraField.join('\n'), 'utf8'),
      says: /Rad 7: har 23 felt, men overskriftsraden har 21/,
    },
  ];
}

/** A national id written the ways people (and attackers) write it. */
export const NATIONAL_IDS = [
  '01019012345',
  '010190 12345',
  '010190-12345',
  '01.01.90 123 45',
  '0101\u200b9012345', // zero-width space
  '01019\u2060012345', // word joiner
  '０１０１９０１２３４５', // fullwidth digits
  '010190\u00a012345', // no-break space
];

/** The survey CSV with a national id in one stored text column (address, area, note …). */
export function csvWithNationalId(column: 'address' | 'area' | 'note', id: string): Buffer {
  const lines = SOURCE_CSV().split('\n');
  const cells = lines[5]!.split(';');
  const index = { address: 1, area: 2, note: 20 }[column];
  cells[index] = `${cells[index]} ${id}`.trim();
  lines[5] = cells.join(';');
  return Buffer.from(lines.join('\n'), 'utf8');
}
