// The survey's columns: how each is recognised in a header row (normalised name and synonyms),
// what kind of value it holds, the input help and drop-down list the template shows.
import { SURVEY_FIELDS, SURVEY_HEADER, type SurveyField } from '../contract/import';
import { BUILDING_TYPE_LABEL, STATUS_LABEL, TENURE_LABEL } from '../domain/labels';

export type ValueKind =
  | 'unitNo'
  | 'text'
  | 'buildingType'
  | 'tenure'
  | 'int'
  | 'decimal'
  | 'kroner'
  | 'bool'
  | 'condition'
  | 'status'
  | 'householdRef'
  | 'date';

export interface FieldSpec {
  field: SurveyField;
  header: string;
  kind: ValueKind;
  /** Other names for the column, normalised (see normalizeHeader). */
  synonyms: string[];
  /** Input help: the note on the template's header cell. */
  help: string;
  /** Allowed values: the template's drop-down list. */
  list?: string[];
  /** Integer bounds (int kind). */
  min?: number;
  max?: number;
  /** Template column width. */
  width: number;
}

export const YES_NO = ['Ja', 'Nei'];
export const CONDITION_LIST = ['TG0', 'TG1', 'TG2', 'TG3', 'Ikke vurdert'];

const SPECS: Record<SurveyField, Omit<FieldSpec, 'field' | 'header'>> = {
  unitNo: {
    kind: 'unitNo',
    synonyms: [
      'bolignummer',
      'boligno',
      'boligid',
      'boligident',
      'boligidentifikator',
      'bolig',
      'enhetsnr',
      'enhetsnummer',
      'boenhetsnr',
      'boenhetsnummer',
      'boenhet',
      'objektnr',
      'objektnummer',
      'leilighetsnr',
      'leilighetsnummer',
      'nr',
    ],
    help: 'Kommunens eget nummer for boligen, f.eks. B-001. Må fylles ut, og kan bare stå én gang i filen.',
    width: 12,
  },
  address: {
    kind: 'text',
    synonyms: ['adr', 'gateadresse', 'boligadresse', 'besoksadresse', 'adresseboligen'],
    help: 'Gateadresse med husnummer, f.eks. Fjordgata 12 B. Må fylles ut for en ny bolig.',
    width: 26,
  },
  area: {
    kind: 'text',
    synonyms: ['omradenavn', 'sone', 'skolekrets', 'bydel', 'krets', 'grend', 'strok'],
    help: 'Område eller skolekrets. Nye navn blir opprettet som nye områder.',
    width: 16,
  },
  buildingType: {
    kind: 'buildingType',
    synonyms: ['type', 'hustype', 'bygningstype', 'typebolig', 'boform'],
    help: 'Velg fra listen: ' + Object.values(BUILDING_TYPE_LABEL).join(', ') + '.',
    list: Object.values(BUILDING_TYPE_LABEL),
    width: 15,
  },
  tenure: {
    kind: 'tenure',
    synonyms: ['eieform', 'eierforhold', 'disposisjonsform', 'disposisjon', 'eiertype'],
    help: 'Eid (kommunen eier), Framleie (leid fra privat eier og leid ut videre) eller Tildelingsrett.',
    list: Object.values(TENURE_LABEL),
    width: 15,
  },
  bedrooms: {
    kind: 'int',
    min: 0,
    max: 20,
    synonyms: ['soverom', 'antsoverom', 'antallsov', 'sov', 'soveromantall', 'ansoverom'],
    help: 'Antall soverom, helt tall (0 for hybel).',
    width: 10,
  },
  areaM2: {
    kind: 'decimal',
    synonyms: [
      'bra',
      'areal',
      'bruksareal',
      'boareal',
      'kvm',
      'm2',
      'arealm2',
      'arealbra',
      'bruksarealbra',
      'bruksarealm2',
      'brakvm',
    ],
    help: 'Bruksareal (BRA) i kvadratmeter, f.eks. 62,5.',
    width: 9,
  },
  rooms: {
    kind: 'int',
    min: 1,
    max: 30,
    synonyms: ['rom', 'antrom', 'antallrom', 'romantall'],
    help: 'Antall rom (stuer og soverom), helt tall. Valgfritt: brukes i SSBs regel for trangboddhet.',
    width: 10,
  },
  promM2: {
    kind: 'decimal',
    synonyms: ['prom', 'primaerrom', 'primærrom', 'promm2', 'arealprom', 'promkvm'],
    help: 'Primærrom (P-ROM) i kvadratmeter. Valgfritt: anslås som 90 % av BRA når det mangler.',
    width: 9,
  },
  floor: {
    kind: 'int',
    min: -5,
    max: 50,
    synonyms: ['etg', 'etasjenr', 'etasjenummer', 'plan'],
    help: 'Etasje, helt tall (1 = første etasje, -1 = kjeller/underetasje).',
    width: 8,
  },
  wheelchairAccessible: {
    kind: 'bool',
    synonyms: [
      'rullestol',
      'rullestoltilpasset',
      'tilgjengeligforrullestol',
      'tilgjengeligforrullestolbruker',
      'rullestolbruker',
      'hc',
      'hctilpasset',
      'rt',
    ],
    help: 'Ja eller Nei: kan en rullestolbruker bo i boligen?',
    list: YES_NO,
    width: 12,
  },
  condition: {
    kind: 'condition',
    synonyms: ['tg', 'tilstand', 'tilstandsgradtg', 'tilstandsgradns3424'],
    help: 'Tilstandsgrad etter NS 3424: TG0 (ingen avvik) til TG3 (store eller alvorlige avvik), eller Ikke vurdert.',
    list: CONDITION_LIST,
    width: 11,
  },
  maintenanceBacklog: {
    kind: 'kroner',
    synonyms: [
      'vedlikeholdsbehov',
      'vedlikeholdsetterslep',
      'etterslep',
      'vedlikehold',
      'vedlikeholdskostnad',
      'vedlikeholdsbehovnok',
    ],
    help: 'Anslått vedlikeholdsbehov (etterslep) i hele kroner, f.eks. 150000.',
    width: 14,
  },
  rentMonthly: {
    kind: 'kroner',
    synonyms: [
      'manedsleie',
      'husleie',
      'leie',
      'leiepermaned',
      'leiepermnd',
      'husleiepermaned',
      'husleiepermnd',
      'husleiemnd',
      'manedlig',
      'manedligleie',
      'manedsleienok',
    ],
    help: 'Husleie per måned i hele kroner, f.eks. 9500.',
    width: 12,
  },
  status: {
    kind: 'status',
    synonyms: ['boligstatus', 'utleiestatus', 'tilstatus'],
    help: 'Velg fra listen: ' + Object.values(STATUS_LABEL).join(', ') + '.',
    list: Object.values(STATUS_LABEL),
    width: 18,
  },
  householdRef: {
    kind: 'householdRef',
    synonyms: [
      'husstand',
      'husstandsref',
      'husstandsreferanse',
      'husstandreferanse',
      'husstandid',
      'husstandsnr',
      'leietakerref',
      'leietakerid',
      'beboerref',
      'ref',
      'referanse',
    ],
    help: 'Pseudonym kode for husstanden som bor i boligen, f.eks. H-1001. Aldri navn eller fødselsnummer. Tom: ingen beboer.',
    width: 12,
  },
  adults: {
    kind: 'int',
    min: 1,
    max: 10,
    synonyms: ['voksne', 'antvoksne', 'antallvoksen'],
    help: 'Antall voksne i husstanden.',
    width: 9,
  },
  children: {
    kind: 'int',
    min: 0,
    max: 15,
    synonyms: ['barn', 'antbarn', 'antallbarnunder18'],
    help: 'Antall barn under 18 år i husstanden.',
    width: 9,
  },
  contractStart: {
    kind: 'date',
    synonyms: [
      'kontraktsstart',
      'kontraktstartdato',
      'startkontrakt',
      'kontraktfra',
      'leiestart',
      'innflyttet',
      'innflytting',
      'innflyttingsdato',
      'fra',
    ],
    help: 'Dato leiekontrakten starter, dd.mm.åååå.',
    width: 12,
  },
  contractEnd: {
    kind: 'date',
    synonyms: [
      'kontraktsslutt',
      'kontraktsluttdato',
      'kontraktutlop',
      'kontraktsutlop',
      'kontrakttil',
      'utlopkontrakt',
      'utlop',
      'leieslutt',
      'til',
    ],
    help: 'Dato leiekontrakten slutter, dd.mm.åååå. Tom for tidsubestemt kontrakt.',
    width: 12,
  },
  surveyedOn: {
    kind: 'date',
    synonyms: [
      'kartlagt',
      'kartleggingsdato',
      'befaringsdato',
      'befaring',
      'befart',
      'dato',
      'datokartlagt',
    ],
    help: 'Datoen boligen ble kartlagt, dd.mm.åååå.',
    width: 12,
  },
  note: {
    kind: 'text',
    synonyms: ['merknader', 'kommentar', 'kommentarer', 'notat', 'anmerkning', 'anmerkninger'],
    help: 'Fritekst om boligen. Ikke skriv navn, fødselsnummer eller helseopplysninger.',
    width: 30,
  },
};

export const FIELD_SPECS: readonly FieldSpec[] = SURVEY_FIELDS.map((field) => ({
  field,
  header: SURVEY_HEADER[field],
  ...SPECS[field],
}));

export const SPEC: Record<SurveyField, FieldSpec> = Object.fromEntries(
  FIELD_SPECS.map((s) => [s.field, s]),
) as Record<SurveyField, FieldSpec>;

/**
 * Header (or enum value) normalisation: case, spacing, punctuation and Norwegian letters do not
 * matter. «Antall  soverom», «antall_soverom», «ANTALL SOVEROM:» → "antallsoverom";
 * «Månedsleie (kr)» → "manedsleiekr"; «BRA m²» → "bram2".
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Unit words a header may end with: «Areal (m2)», «Husleie kr», «Leie per mnd». */
const UNIT_SUFFIX = /(ikr|inok|kr|nok|ikvm|kvm|im2|m2|permnd|prmnd|permaned|mnd|dato)$/;

const LOOKUP = new Map<string, { field: SurveyField; exact: boolean }>();
for (const s of FIELD_SPECS) {
  LOOKUP.set(normalizeHeader(s.header), { field: s.field, exact: true });
}
for (const s of FIELD_SPECS) {
  for (const syn of s.synonyms) {
    if (!LOOKUP.has(syn)) LOOKUP.set(syn, { field: s.field, exact: false });
  }
}

/** The field a header names, by canonical name or synonym; null when unknown. */
export function matchHeader(header: string): { field: SurveyField; exact: boolean } | null {
  const key = normalizeHeader(header);
  if (!key) return null;
  const candidates = [key, key.replace(UNIT_SUFFIX, '')];
  // Old spelling and files written without æøå: «Omraade», «Maanedsleie».
  candidates.push(...candidates.map((c) => c.replace(/aa/g, 'a')));
  for (const c of candidates) {
    const hit = c ? LOOKUP.get(c) : undefined;
    if (hit) return hit;
  }
  return null;
}

const PERSONAL =
  /^(navn|fulltnavn|fornavn|etternavn|leietaker|leietakernavn|leietakersnavn|beboer|beboernavn|beboere|hovedleietaker|kontaktperson|fodselsnummer|fodselsnr|fodselsdato|personnummer|personnr|fnr|pnr|dnummer|telefon|telefonnr|tlf|mobil|epost|email|diagnose|helse)$/;

/** Columns the register must never take in: names, national id numbers, contact details. */
export function isPersonalHeader(header: string): boolean {
  const key = normalizeHeader(header);
  return PERSONAL.test(key) || /navn$|fodselsn|personn/.test(key);
}
