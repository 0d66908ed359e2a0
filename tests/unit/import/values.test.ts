// Value parsing, header recognition and CSV decoding: forgiving about how people write,
// strict about what reaches the register.
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, parseCsv } from '../../../main/import/csv';
import { isPersonalHeader, matchHeader, normalizeHeader } from '../../../main/import/fields';
import {
  parseArea,
  parseBool,
  parseBuildingType,
  parseCondition,
  parseDate,
  parseFloor,
  parseHouseholdRef,
  parseInteger,
  parseKroner,
  parseStatus,
  parseTenure,
  parseUnitNo,
} from '../../../main/import/values';

const value = <T>(p: { kind: string; value?: T }) => (p.kind === 'ok' ? p.value : p.kind);

describe('header names', () => {
  it('ignores case, spacing, punctuation and Norwegian letters', () => {
    expect(normalizeHeader('  Antall  SOVEROM: ')).toBe('antallsoverom');
    expect(normalizeHeader('Månedsleie (kr)')).toBe('manedsleiekr');
    expect(normalizeHeader('BRA m²')).toBe('bram2');
    expect(normalizeHeader('Vedlikeholdsetterslep_Kr')).toBe('vedlikeholdsetterslepkr');
    expect(normalizeHeader('Ærlig Øre')).toBe('aerligore');
  });

  it('knows the canonical names and common synonyms', () => {
    const field = (h: string) => matchHeader(h)?.field ?? null;
    expect(matchHeader('Bolignr')).toEqual({ field: 'unitNo', exact: true });
    expect(field('bolig nr.')).toBe('unitNo');
    expect(field('Bolignummer')).toBe('unitNo');
    expect(field('Adr.')).toBe('address');
    expect(field('Soverom')).toBe('bedrooms');
    expect(field('Areal')).toBe('areaM2');
    expect(field('Areal (m2)')).toBe('areaM2');
    expect(field('BRA')).toBe('areaM2');
    expect(field('Husleie')).toBe('rentMonthly');
    expect(field('Leie')).toBe('rentMonthly');
    expect(field('Husleie kr')).toBe('rentMonthly');
    expect(field('Manedsleie')).toBe('rentMonthly');
    expect(field('Maanedsleie kr')).toBe('rentMonthly');
    expect(field('TG')).toBe('condition');
    expect(field('Omraade')).toBe('area');
    expect(field('Skolekrets')).toBe('area');
    expect(field('Eieform')).toBe('tenure');
    expect(field('Husstand')).toBe('householdRef');
    expect(field('Kontrakt fra')).toBe('contractStart');
    expect(field('Kontraktsslutt')).toBe('contractEnd');
    expect(field('Befaringsdato')).toBe('surveyedOn');
    expect(field('Kommentar')).toBe('note');
    expect(field('Vaktmester')).toBeNull();
  });

  it('recognises columns with personal data', () => {
    expect(isPersonalHeader('Navn')).toBe(true);
    expect(isPersonalHeader('Leietakers navn')).toBe(true);
    expect(isPersonalHeader('Fødselsnummer')).toBe(true);
    expect(isPersonalHeader('Telefon')).toBe(true);
    expect(isPersonalHeader('Husstand ref')).toBe(false);
    expect(isPersonalHeader('Område')).toBe(false);
  });
});

describe('values', () => {
  it('reads numbers with decimal comma, spaces and «kr»', () => {
    expect(value(parseKroner('9 500'))).toBe(9500);
    expect(value(parseKroner('9 500 kr'))).toBe(9500);
    expect(value(parseKroner('kr 9 500,00'))).toBe(9500);
    expect(value(parseKroner('9\u00a0500,-'))).toBe(9500);
    expect(value(parseKroner('12.500'))).toBe(12500);
    expect(value(parseKroner('1.250.000'))).toBe(1_250_000);
    expect(value(parseKroner(8000))).toBe(8000);
    expect(parseKroner('9 500,50')).toMatchObject({
      kind: 'ok',
      value: 9501,
      warning: expect.stringContaining('rundet av'),
    });
    expect(parseKroner('-500')).toMatchObject({
      kind: 'bad',
      detail: '«-500» kan ikke være negativ',
    });
    expect(parseKroner('ca. 5000')).toMatchObject({
      kind: 'bad',
      detail: '«ca. 5000» er ikke et tall',
    });
    expect(value(parseArea('62,5'))).toBe(62.5);
    expect(value(parseArea('62.5'))).toBe(62.5);
    expect(value(parseArea('62,5 m²'))).toBe(62.5);
    expect(value(parseArea(62.449999))).toBe(62.4);
    expect(value(parseArea(''))).toBe('blank');
  });

  it('says «tre» is not a number, and 2,5 bedrooms is not a whole number', () => {
    expect(parseInteger('tre', 0, 20)).toEqual({ kind: 'bad', detail: '«tre» er ikke et tall' });
    expect(parseInteger('2,5', 0, 20)).toEqual({
      kind: 'bad',
      detail: '«2,5» må være et helt tall',
    });
    expect(parseInteger('25', 0, 20)).toEqual({ kind: 'bad', detail: '«25» kan være høyst 20' });
    expect(value(parseInteger('3', 0, 20))).toBe(3);
    expect(value(parseInteger(' 3 ', 0, 20))).toBe(3);
    expect(value(parseInteger('2,0', 0, 20))).toBe(2);
  });

  it('reads floors the way people write them', () => {
    expect(value(parseFloor('2'))).toBe(2);
    expect(value(parseFloor('2.'))).toBe(2);
    expect(value(parseFloor('2. etg'))).toBe(2);
    expect(value(parseFloor('U'))).toBe(-1);
    expect(value(parseFloor('Kjeller'))).toBe(-1);
    expect(value(parseFloor('H0301'))).toBe(3);
    expect(parseFloor('loftet').kind).toBe('bad');
  });

  it('reads dates as dd.mm.yyyy text, ISO, Excel dates and serials', () => {
    expect(value(parseDate('01.03.2026'))).toBe('2026-03-01');
    expect(value(parseDate('1.3.2026'))).toBe('2026-03-01');
    expect(value(parseDate('1.3.26'))).toBe('2026-03-01');
    expect(value(parseDate('01/03/2026'))).toBe('2026-03-01');
    expect(value(parseDate('2026-03-01'))).toBe('2026-03-01');
    expect(value(parseDate('1. mars 2026'))).toBe('2026-03-01');
    expect(value(parseDate(new Date(Date.UTC(2026, 2, 1))))).toBe('2026-03-01');
    expect(value(parseDate(46082))).toBe('2026-03-01'); // Excel serial
    expect(parseDate('31.02.2026')).toEqual({
      kind: 'bad',
      detail: '«31.02.2026» er ikke en gyldig dato (dd.mm.åååå)',
    });
    expect(parseDate('snart').kind).toBe('bad');
  });

  it('reads yes/no as Ja/Nei, J/N, x, true/false', () => {
    for (const yes of ['Ja', 'ja', 'J', 'x', 'X', 'true', 'SANN', '1', true, 1]) {
      expect(value(parseBool(yes)), String(yes)).toBe(true);
    }
    for (const no of ['Nei', 'N', 'nei', 'false', '0', false, 0, '-']) {
      expect(value(parseBool(no)), String(no)).toBe(false);
    }
    expect(parseBool('kanskje')).toEqual({ kind: 'bad', detail: '«kanskje» må være Ja eller Nei' });
  });

  it('reads tenure, building type, status and condition grade', () => {
    expect(value(parseTenure('Eid'))).toBe('eid');
    expect(value(parseTenure('fremleie'))).toBe('framleie');
    expect(value(parseTenure('Tildelingsrett'))).toBe('tildelingsrett');
    expect(parseTenure('Leie').kind).toBe('bad');
    expect(value(parseBuildingType('leil.'))).toBe('leilighet');
    expect(value(parseBuildingType('Omsorgsbolig'))).toBe('omsorgsbolig');
    expect(value(parseStatus('Under rehabilitering'))).toBe('under_rehabilitering');
    expect(value(parseStatus('ute av drift'))).toBe('ute_av_drift');
    expect(value(parseStatus('TIL SALGS'))).toBe('til_salgs');
    expect(parseStatus('Reservert')).toMatchObject({
      kind: 'bad',
      detail: expect.stringContaining('er ikke en kjent status'),
    });
    for (const [text, grade] of [
      ['TG0', 0],
      ['tg 1', 1],
      ['2', 2],
      [3, 3],
      ['TG-3', 3],
    ] as const) {
      expect(value(parseCondition(text)), String(text)).toBe(grade);
    }
    expect(value(parseCondition('Ikke vurdert'))).toBeNull();
    expect(parseCondition('TG4')).toMatchObject({
      kind: 'bad',
      detail: expect.stringContaining('gyldig tilstandsgrad'),
    });
  });

  it('keeps household refs pseudonymous: no national id numbers, no names', () => {
    expect(value(parseHouseholdRef('H-1001'))).toBe('H-1001');
    expect(parseHouseholdRef('01019012345')).toMatchObject({
      kind: 'bad',
      detail: expect.stringContaining('fødselsnummer'),
    });
    expect(parseHouseholdRef('010190 12345')).toMatchObject({
      kind: 'bad',
      detail: expect.stringContaining('fødselsnummer'),
    });
    expect(parseHouseholdRef('H-01019012345')).toMatchObject({ kind: 'bad' });
    expect(parseHouseholdRef('Ola Nordmann')).toMatchObject({
      kind: 'bad',
      detail: expect.stringContaining('pseudonym kode'),
    });
  });

  it('checks the Bolignr format', () => {
    expect(value(parseUnitNo('B-001'))).toBe('B-001');
    expect(value(parseUnitNo(1001))).toBe('1001');
    expect(parseUnitNo('B#001')).toMatchObject({
      kind: 'bad',
      detail: expect.stringContaining('ikke et gyldig bolignummer'),
    });
    expect(parseUnitNo('-001').kind).toBe('bad');
  });
});

describe('CSV', () => {
  it('decodes UTF-8 with and without BOM, and Windows-1252', () => {
    const text = 'Område;Månedsleie\r\nSørbyen;9 500\r\n';
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual(
      {
        text,
        encoding: 'UTF-8 med BOM',
      },
    );
    expect(decodeText(Buffer.from(text, 'latin1'))).toEqual({ text, encoding: 'Windows-1252' });
    expect(decodeText(Buffer.from([0x80, 0x41]))?.text).toBe('€A');
    expect(decodeText(Buffer.from([0, 1, 2, 3, 200, 17]))).toBeNull();
  });

  it('reads Excel «Unicode text» (UTF-16 with BOM, tab-separated)', () => {
    const text = 'Bolignr\tOmråde\r\nB-001\tSørbyen\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const decoded = decodeText(bytes)!;
    expect(decoded).toEqual({ text, encoding: 'UTF-16' });
    expect(parseCsv(decoded.text, detectDelimiter(decoded.text))).toEqual([
      ['Bolignr', 'Område'],
      ['B-001', 'Sørbyen'],
    ]);
  });

  it('detects the delimiter even with decimal commas', () => {
    expect(detectDelimiter('Bolignr;BRA;Leie\nB-1;62,5;9 500\nB-2;45,5;7 000\n')).toBe(';');
    expect(detectDelimiter('Bolignr,BRA,Leie\nB-1,"62,5",9500\nB-2,45,7000\n')).toBe(',');
    expect(detectDelimiter('Bolignr\tBRA\nB-1\t62,5\n')).toBe('\t');
  });

  it('parses quotes, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a;"b;c";"d ""e"""\r\n"f\ng";h\n', ';')).toEqual([
      ['a', 'b;c', 'd "e"'],
      ['f\ng', 'h'],
    ]);
  });
});
