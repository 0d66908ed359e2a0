// Value parsing for survey cells: forgiving about how people write numbers, dates, yes/no and
// the choice lists, strict about what ends up in the register. Pure functions.
import { maskNationalIds } from '../domain/privacy';
import { isValidIsoDate } from '../domain/format';
import type { BuildingType, ConditionGrade, Tenure, UnitStatus } from '../domain/types';
import { normalizeHeader } from './fields';
import type { Cell, CellFault } from './types';

/** Blank: nothing given. Ok: a value (with an optional warning). Bad: why it cannot be read. */
export type Parsed<T> =
  { kind: 'blank' } | { kind: 'ok'; value: T; warning?: string } | { kind: 'bad'; detail: string };

const blank = { kind: 'blank' } as const;
const ok = <T>(value: T, warning?: string): Parsed<T> =>
  warning === undefined ? { kind: 'ok', value } : { kind: 'ok', value, warning };
const bad = <T>(detail: string): Parsed<T> => ({ kind: 'bad', detail });

export function isFault(cell: Cell): cell is CellFault {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date from a Date read from a spreadsheet (ExcelJS uses UTC for the sheet's local date). */
export function dateToIso(d: Date): string {
  // A second of slack for floating-point serials like 45352.99999999.
  const day = Math.floor((d.getTime() + 1000) / 86_400_000);
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** How the planner sees the cell: text as written, numbers with decimal comma, dd.mm.yyyy. */
export function showCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? 'SANN' : 'USANN';
  if (cell instanceof Date) {
    const [y, m, d] = dateToIso(cell).split('-');
    return `${d}.${m}.${y}`;
  }
  return cell.text;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell fault as a reason; null when the cell has a value. */
function faultDetail(cell: Cell): string | null {
  if (!isFault(cell)) return null;
  return cell.fault === 'error'
    ? `«${cell.text}» er en feil i regnearket (rett formelen eller skriv inn verdien)`
    : `formelen «${cell.text}» har ingen lagret verdi (åpne filen i Excel, lagre den og prøv igjen)`;
}

const SPACES = /[\s\u00a0\u202f']/g;

// ---- Text ---------------------------------------------------------------------------------

export function parseText(cell: Cell, max: number): Parsed<string> {
  if (isBlank(cell)) return blank;
  const fault = faultDetail(cell);
  if (fault) return bad(fault);
  const text = showCell(cell).replace(/\r\n?/g, '\n');
  if (text.length > max) return bad(`er for lang (høyst ${max} tegn)`);
  return ok(text);
}

const UNIT_NO = /^[\p{L}\p{N}][\p{L}\p{N}\-./ ]*$/u;

export function parseUnitNo(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return blank;
  const fault = faultDetail(cell);
  if (fault) return bad(fault);
  if (typeof cell === 'number' && !Number.isInteger(cell)) {
    return bad(`«${showCell(cell)}» er ikke et gyldig bolignummer`);
  }
  const text = showCell(cell).replace(/\s+/g, ' ');
  if (text.length > 30 || !UNIT_NO.test(text)) {
    return bad(
      `«${text}» er ikke et gyldig bolignummer (bruk bokstaver, tall, bindestrek, punktum eller skråstrek, høyst 30 tegn)`,
    );
  }
  return ok(text);
}

/** Letters → A, digits → 9: "B-001" → "A-999". Used to spot a Bolignr in an unusual format. */
export function unitNoShape(unitNo: string): string {
  return unitNo.toUpperCase().replace(/\p{L}/gu, 'A').replace(/\p{N}/gu, '9');
}

/** "B-001", "b 001", "B001" → "B001": to spot near-duplicates of existing Bolignr. */
export function unitNoKey(unitNo: string): string {
  return unitNo.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const PERSONAL_ID = /\d{6}\s?\d{5}/;
const REF = /^[A-Za-z0-9][A-Za-z0-9\-_.]*$/;

export function parseHouseholdRef(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return blank;
  const fault = faultDetail(cell);
  if (fault) return bad(fault);
  const text = showCell(cell);
  if (PERSONAL_ID.test(text.replace(/[.-]/g, ''))) {
    return bad(
      'ser ut som et fødselsnummer – registeret skal ikke ha personnummer. Bruk en pseudonym kode (f.eks. H-1001)',
    );
  }
  if (text.length > 40 || !REF.test(text)) {
    return bad(
      `«${text}» må være en pseudonym kode (bokstaver, tall og bindestrek), ikke navn eller fødselsnummer`,
    );
  }
  return ok(text);
}

/** Masks what looks like a national id number before a value is shown back. */
export function maskPersonal(text: string): string {
  return maskNationalIds(text);
}

// ---- Numbers ------------------------------------------------------------------------------

/**
 * A number written by a person: «62,5», «12 500», «12.500 kr», «9 500,-», «kr 8000».
 * Returns null when it is not a number at all.
 */
export function readNumber(text: string, options: { thousandDots: boolean }): number | null {
  let s = text
    .trim()
    .toLowerCase()
    .replace(/^(kr\.?|nok)\s*/, '')
    .replace(/\s*(kr\.?|nok|,-|\.-|m2|m²|kvm|stk\.?)$/, '')
    .replace(SPACES, '')
    .replace(/\u2212/g, '-');
  if (s === '') return null;
  if (options.thousandDots && /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  if (/^-?\d{1,3}(,\d{3})+$/.test(s) && options.thousandDots) {
    // «12,500» in a kroner column is English thousands, not 12.5 kroner.
    s = s.replace(/,/g, '');
  }
  s = s.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function numberFrom(cell: Cell, thousandDots: boolean): Parsed<number> {
  if (isBlank(cell)) return blank;
  const fault = faultDetail(cell);
  if (fault) return bad(fault);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : bad('er ikke et tall');
  if (typeof cell === 'boolean' || cell instanceof Date) {
    return bad(`«${showCell(cell)}» er ikke et tall`);
  }
  const n = readNumber(String(cell), { thousandDots });
  return n === null ? bad(`«${showCell(cell)}» er ikke et tall`) : ok(n);
}

function rangeDetail(n: number, min: number, max: number): string | null {
  if (n < min) return min === 0 ? 'kan ikke være negativ' : `må være minst ${min}`;
  if (n > max) return `kan være høyst ${max}`;
  return null;
}

export function parseInteger(cell: Cell, min: number, max: number): Parsed<number> {
  const p = numberFrom(cell, false);
  if (p.kind !== 'ok') return p;
  if (!Number.isInteger(p.value)) {
    return bad(`«${showCell(cell)}» må være et helt tall`);
  }
  const range = rangeDetail(p.value, min, max);
  return range ? bad(`«${showCell(cell)}» ${range}`) : p;
}

/** Floors as people write them: «2», «2. etg», «U» / «kjeller» (−1), «H0201» (bruksenhetsnr). */
export function parseFloor(cell: Cell): Parsed<number> {
  if (typeof cell === 'string') {
    const key = normalizeHeader(cell);
    if (/^(u|kjeller|underetasje|sokkel|sokkeletasje)$/.test(key)) return ok(-1);
    const unitCode = /^([hu])(\d{2})\d{2}$/.exec(key);
    if (unitCode) {
      const floor = Number(unitCode[2]);
      return ok(unitCode[1] === 'u' ? -floor : floor);
    }
    const etg = /^\s*(-?\d+)\s*\.?\s*(etg\.?|etasje|et\.?)?\s*$/i.exec(cell);
    if (etg) return parseInteger(etg[1]!, -5, 50);
  }
  return parseInteger(cell, -5, 50);
}

/** BRA m², one decimal kept. */
export function parseArea(cell: Cell): Parsed<number> {
  const p = numberFrom(cell, false);
  if (p.kind !== 'ok') return p;
  if (p.value < 0) return bad(`«${showCell(cell)}» kan ikke være negativ`);
  if (p.value > 2000) return bad(`«${showCell(cell)}» er urimelig stort`);
  return ok(Math.round(p.value * 10) / 10);
}

/** Whole kroner. Øre are rounded off, with a warning. */
export function parseKroner(cell: Cell): Parsed<number> {
  const p = numberFrom(cell, true);
  if (p.kind !== 'ok') return p;
  if (p.value < 0) return bad(`«${showCell(cell)}» kan ikke være negativ`);
  if (p.value > 1_000_000_000_000) return bad(`«${showCell(cell)}» er urimelig høyt`);
  if (!Number.isInteger(p.value)) {
    const rounded = Math.round(p.value);
    return ok(rounded, `«${showCell(cell)}» er rundet av til ${rounded} kr`);
  }
  return p;
}

// ---- Choices ------------------------------------------------------------------------------

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', 'sann', '1', 'ok']);
const FALSE = new Set(['nei', 'n', 'no', 'false', 'usann', '0']);

export function parseBool(cell: Cell): Parsed<boolean> {
  if (isBlank(cell)) return blank;
  const fault = faultDetail(cell);
  if (fault) return bad(fault);
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return ok(cell === 1);
  const text = showCell(cell);
  if (/^[✓✔☑]$/.test(text)) return ok(true);
  if (/^[-–]$/.test(text)) return ok(false);
  const key = choiceKey(text);
  if (TRUE.has(key)) return ok(true);
  if (FALSE.has(key)) return ok(false);
  return bad(`«${text}» må være Ja eller Nei`);
}

/** True for cells people use as a tick mark («x»): a column of ticks means blank is «Nei». */
export function isTick(cell: Cell): boolean {
  return typeof cell === 'string' && /^\s*[xX✓✔☑]\s*$/.test(cell);
}

/** Normalised keys of choice values seen so far: a survey repeats the same few words. */
const keyCache = new Map<string, string>();
function choiceKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = normalizeHeader(text);
    if (keyCache.size < 10_000) keyCache.set(text, key);
  }
  return key;
}

function choice<T>(cell: Cell, table: Record<string, T>, what: string, list: string): Parsed<T> {
  if (isBlank(cell)) return blank;
  const fault = faultDetail(cell);
  if (fault) return bad(fault);
  const text = showCell(cell);
  const hit = table[choiceKey(text)];
  return hit !== undefined ? ok(hit) : bad(`«${text}» er ikke ${what} (${list})`);
}

const TENURE_WORDS: Record<string, Tenure> = {
  eid: 'eid',
  eiet: 'eid',
  eie: 'eid',
  egen: 'eid',
  egeneid: 'eid',
  kommunaleid: 'eid',
  framleie: 'framleie',
  fremleie: 'framleie',
  innleid: 'framleie',
  leid: 'framleie',
  privatinnleid: 'framleie',
  kommunalframleie: 'framleie',
  tildelingsrett: 'tildelingsrett',
  tildeling: 'tildelingsrett',
  tildelingsavtale: 'tildelingsrett',
  disposisjonsrett: 'tildelingsrett',
};

export const parseTenure = (cell: Cell) =>
  choice(cell, TENURE_WORDS, 'en kjent eierform', 'Eid, Framleie eller Tildelingsrett');

const BUILDING_WORDS: Record<string, BuildingType> = {
  leilighet: 'leilighet',
  leil: 'leilighet',
  blokkleilighet: 'leilighet',
  blokk: 'leilighet',
  rekkehus: 'rekkehus',
  kjedehus: 'rekkehus',
  enebolig: 'enebolig',
  tomannsbolig: 'tomannsbolig',
  tomannsboligvertikaldelt: 'tomannsbolig',
  hybel: 'hybel',
  hybelleilighet: 'hybel',
  bofellesskap: 'bofellesskap',
  bofelleskap: 'bofellesskap',
  omsorgsbolig: 'omsorgsbolig',
};

export const parseBuildingType = (cell: Cell) =>
  choice(
    cell,
    BUILDING_WORDS,
    'en kjent boligtype',
    'Leilighet, Rekkehus, Enebolig, Tomannsbolig, Hybel, Bofellesskap eller Omsorgsbolig',
  );

const STATUS_WORDS: Record<string, UnitStatus> = {
  utleid: 'utleid',
  bebodd: 'utleid',
  iutleie: 'utleid',
  opptatt: 'utleid',
  ledig: 'ledig',
  tom: 'ledig',
  ubebodd: 'ledig',
  ledigfor: 'ledig',
  underrehabilitering: 'under_rehabilitering',
  rehabilitering: 'under_rehabilitering',
  underrehab: 'under_rehabilitering',
  rehab: 'under_rehabilitering',
  oppussing: 'under_rehabilitering',
  underoppussing: 'under_rehabilitering',
  uteavdrift: 'ute_av_drift',
  stengt: 'ute_av_drift',
  tilsalgs: 'til_salgs',
  salg: 'til_salgs',
  skalselges: 'til_salgs',
  forsalg: 'til_salgs',
};

export const parseStatus = (cell: Cell) =>
  choice(
    cell,
    STATUS_WORDS,
    'en kjent status',
    'Utleid, Ledig, Under rehabilitering, Ute av drift eller Til salgs',
  );

export function parseCondition(cell: Cell): Parsed<ConditionGrade | null> {
  if (isBlank(cell)) return blank;
  const fault = faultDetail(cell);
  if (fault) return bad(fault);
  const key = choiceKey(showCell(cell));
  const m = /^(tg)?([0-3])$/.exec(key);
  if (m) return ok(Number(m[2]) as ConditionGrade);
  if (/^(ikkevurdert|ikkekartlagt|iv|tgiu|iu|ikkeundersokt)$/.test(key)) return ok(null);
  return bad(
    `«${showCell(cell)}» er ikke en gyldig tilstandsgrad (TG0, TG1, TG2, TG3 eller Ikke vurdert)`,
  );
}

// ---- Dates --------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  feb: 2,
  februar: 2,
  mar: 3,
  mars: 3,
  apr: 4,
  april: 4,
  mai: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  des: 12,
  desember: 12,
};

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function isoFrom(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** Dates as text (dd.mm.yyyy, d.m.yy, yyyy-mm-dd, «1. mars 2026») or Excel dates and serials. */
export function parseDate(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return blank;
  const fault = faultDetail(cell);
  if (fault) return bad(fault);
  let iso: string | null = null;
  if (cell instanceof Date) {
    iso = Number.isNaN(cell.getTime()) ? null : dateToIso(cell);
  } else if (typeof cell === 'number') {
    if (cell >= 1 && cell < 110_000) {
      iso = new Date(EXCEL_EPOCH + Math.floor(cell + 1e-6) * 86_400_000).toISOString().slice(0, 10);
    }
  } else if (typeof cell === 'string') {
    const s = cell.trim();
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/.exec(s))) {
      iso = isoFrom(fullYear(m[3]!), Number(m[2]), Number(m[1]));
    } else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s))) {
      iso = isoFrom(Number(m[1]), Number(m[2]), Number(m[3]));
    } else if ((m = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s*(\d{4})$/i.exec(s))) {
      const month = MONTHS[m[2]!.toLowerCase()];
      iso = month ? isoFrom(Number(m[3]), month, Number(m[1])) : null;
    }
  }
  if (iso === null) return bad(`«${showCell(cell)}» er ikke en gyldig dato (dd.mm.åååå)`);
  const year = Number(iso.slice(0, 4));
  if (year < 1900 || year > 2100) return bad(`«${showCell(cell)}» er ikke en rimelig dato`);
  return ok(iso);
}
