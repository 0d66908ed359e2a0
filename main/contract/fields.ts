// Input schemas (zod) with Norwegian messages. Field labels are defined once here and used
// to name the field in every validation message.
import { z } from 'zod';
import { isValidIsoDate } from '../domain/format';
import { containsNationalId, PSEUDONYM_PATTERN } from '../domain/privacy';
import {
  BUILDING_TYPES,
  CAREER_PATHS,
  CHILD_GENDERS,
  FAMILY_BUILDING_TYPES,
  FOLLOW_UP_LEVELS,
  INCOME_SOURCES,
  NEED_KINDS,
  TARGET_GROUPS,
  TENURES,
  UNIT_STATUSES,
  URGENCIES,
} from '../domain/types';

export const FIELD_LABEL: Record<string, string> = {
  id: 'Id',
  unitNo: 'Bolignr',
  address: 'Adresse',
  areaId: 'Område',
  buildingType: 'Boligtype',
  tenure: 'Eierform',
  leaseEnd: 'Leieavtale med eier slutter',
  ownerRentMonthly: 'Leie til eier per måned',
  bedrooms: 'Antall soverom',
  rooms: 'Antall rom',
  areaM2: 'BRA m²',
  promM2: 'P-ROM m²',
  childGenders: 'Kjønn på barn',
  floor: 'Etasje',
  wheelchairAccessible: 'Rullestoltilgjengelig',
  universalDesign: 'Universelt utformet',
  staffed: 'Bemannet/samlokalisert',
  targetGroup: 'Målgruppe',
  condition: 'Tilstandsgrad',
  maintenanceBacklog: 'Vedlikeholdsetterslep',
  rentMonthly: 'Månedsleie',
  marketRentMonthly: 'Gjengs leie per måned',
  bookValue: 'Bokført verdi',
  status: 'Status',
  note: 'Merknad',
  reason: 'Begrunnelse',
  code: 'Kode',
  key: 'Varsel',
  scenarioId: 'Scenario',
  ref: 'Referanse',
  adults: 'Antall voksne',
  couple: 'Par',
  childAges: 'Alder på barn',
  incomeSource: 'Inntektskilde',
  followUp: 'Oppfølgingsbehov',
  careerPath: 'Boligkarriere',
  arrears: 'Husleierestanse',
  householdId: 'Husstand',
  unitId: 'Bolig',
  start: 'Kontrakt start',
  end: 'Kontrakt slutt',
  movedOut: 'Flyttet ut',
  kind: 'Type behov',
  households: 'Antall husstander',
  householdSize: 'Antall personer',
  wheelchair: 'Behov for rullestoltilpasning',
  urgency: 'Hastegrad',
  registered: 'Registrert dato',
  expectedYear: 'Forventet år',
  name: 'Navn',
  search: 'Søk',
  municipality: 'Kommune',
  path: 'Fil',
  scenarioIds: 'Scenarioer',
  // Scenarios, their actions and assumptions (the labels the scenario screens show).
  scenario: 'Scenario',
  description: 'Beskrivelse',
  actions: 'Tiltak',
  assumptions: 'Forutsetninger',
  startYear: 'Startår',
  years: 'Antall år',
  year: 'År',
  segment: 'Segment',
  count: 'Antall boliger',
  pricePerHome: 'Pris per bolig',
  areaM2PerHome: 'P-ROM m² per bolig',
  rentMonthlyPerHome: 'Månedsleie per bolig',
  grant: 'Tilskudd',
  loan: 'Lån',
  share: 'Låneandel',
  interestRate: 'Rente',
  type: 'Lånetype',
  mode: 'Valg',
  percent: 'Prosent',
  krPerM2: 'Kroner per m²',
  maxM2: 'Maks m²',
  writeDownYears: 'Nedskrivingstid (år)',
  project: 'Prosjekt',
  units: 'Boliger',
  totalCost: 'Total kostnad',
  completionYear: 'Ferdig år',
  target: 'Hvilke boliger',
  unitIds: 'Boliger',
  price: 'Pris',
  termYears: 'Leieperiode (år)',
  cost: 'Kostnad',
  newCondition: 'Ny tilstandsgrad',
  fromYear: 'Fra år',
  toYear: 'Til år',
  untilYear: 'Til år',
  actionId: 'Tiltak',
  discountRate: 'Kalkulasjonsrente',
  priceGrowth: 'Prisvekst',
  costGrowth: 'Kostnadsvekst',
  rentGrowth: 'Leievekst',
  vacancyLoss: 'Tap ved ledighet',
  managementPerUnitPerYear: 'Forvaltning per bolig per år',
  careerExitRate: 'Andel som går videre (boligkarriere)',
  coverageTarget: 'Mål for dekning',
  moveOutRateAtContractEnd: 'Andel som flytter ved kontraktslutt',
  contractRenewalYears: 'Fornyelse av kontrakt (år)',
  mustMoveRate: 'Flytting av dem som bør flytte',
  defaultLoan: 'Standard lån',
  municipalityGroup: 'Kommunegruppe',
  unit: 'Bolig',
  household: 'Husstand',
  need: 'Behov',
  token: 'Fil',
  mapping: 'Kolonnevalg',
  excludeRows: 'Utelatte rader',
  confirmWarnings: 'Bekreft advarsler',
  checksum: 'Fil',
  revision: 'Registerversjon',
  version: 'Versjon',
  importId: 'Import',
  sort: 'Sortering',
  dir: 'Sorteringsretning',
  offset: 'Side',
  limit: 'Antall per side',
  withChildren: 'Med barn',
  crowded: 'Trangbodd',
  expired: 'Utløpt kontrakt',
  housed: 'Har bolig',
  // Loans and grants on record (finance.ts).
  lender: 'Långiver',
  loanNo: 'Lånenummer',
  balance: 'Saldo',
  balanceDate: 'Saldo per dato',
  fixedUntil: 'Fastrente til',
  repayment: 'Lånetype',
  remainingYears: 'Gjenværende løpetid (år)',
  grantNo: 'Tilsagnsnummer',
  amount: 'Tilskudd',
  paidDate: 'Utbetalt dato',
  keepLoan: 'Behold lånet',
  // Issue 13: follow-up, applications and KOSTRA.
  statusDate: 'Dato for oppfølging',
  refId: 'Kontrakt',
  months: 'Slutter innen',
  date: 'Dato',
  contractEnd: 'Kontrakt slutt',
  ssbGroup: 'SSB-gruppe',
  population: 'Innbyggere per 31.12',
  comments: 'Kommentar',
  // Issue 13.3: the adopted plan and the stock events.
  adoptedOn: 'Vedtatt dato',
  reference: 'Vedtak',
  eventKind: 'Hvordan',
  arrival: 'Hvordan kom boligen inn',
};

const TYPE_WORD: Record<string, string> = {
  object: 'en gruppe verdier',
  array: 'en liste',
  string: 'tekst',
  number: 'et tall',
  int: 'et helt tall',
  boolean: 'ja eller nei',
  date: 'en dato',
};

/**
 * Zod's own messages are English (and its Norwegian locale half English): every message a
 * schema does not set itself is written here, in plain bokmål. The field's label is put in
 * front by the API's error handling.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return MSG.required;
        return `må være ${TYPE_WORD[issue.expected] ?? 'en gyldig verdi'}`;
      case 'too_big':
        return issue.origin === 'string'
          ? `kan ha høyst ${String(issue.maximum)} tegn`
          : issue.origin === 'array' || issue.origin === 'set'
            ? `kan ha høyst ${String(issue.maximum)} elementer`
            : `kan være høyst ${String(issue.maximum)}`;
      case 'too_small':
        return issue.origin === 'string'
          ? Number(issue.minimum) <= 1
            ? MSG.required
            : `må ha minst ${String(issue.minimum)} tegn`
          : issue.origin === 'array' || issue.origin === 'set'
            ? `må ha minst ${String(issue.minimum)} elementer`
            : `må være minst ${String(issue.minimum)}`;
      case 'unrecognized_keys':
        return 'inneholder felt som ikke hører hjemme her';
      case 'invalid_value':
      case 'invalid_union':
      case 'invalid_key':
      case 'invalid_element':
        return MSG.choice;
      case 'invalid_format':
        return 'har feil format';
      case 'not_multiple_of':
        return 'har en ugyldig verdi';
      default:
        return 'er ugyldig';
    }
  },
});

const MSG = {
  number: 'må være et tall',
  integer: 'må være et helt tall',
  kroner: 'må være et helt kronebeløp',
  negative: 'kan ikke være negativ',
  required: 'må fylles ut',
  date: 'må være en gyldig dato (dd.mm.åååå)',
  choice: 'er ikke et gyldig valg',
  boolean: 'må være ja eller nei',
};

export const text = (max = 200) =>
  z.string({ error: MSG.required }).trim().max(max, `kan ha høyst ${max} tegn`);
export const requiredText = (max = 200) => text(max).min(1, MSG.required);
export const int = (min: number, max: number) =>
  z
    .number({ error: MSG.number })
    .int(MSG.integer)
    .min(min, min === 0 ? MSG.negative : `må være minst ${min}`)
    .max(max, `kan være høyst ${max}`);
/** Whole kroner, never negative. */
export const kroner = () =>
  z
    .number({ error: MSG.number })
    .int(MSG.kroner)
    .min(0, MSG.negative)
    .max(1_000_000_000_000, 'er urimelig høyt');
export const isoDate = () =>
  z.string({ error: MSG.date }).refine((s) => isValidIsoDate(s), { message: MSG.date });
export const bool = () => z.boolean({ error: MSG.boolean });
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: MSG.choice });
export const id = () => z.number({ error: MSG.number }).int(MSG.integer).positive(MSG.required);

/** m² with one decimal at most. */
export const area = () =>
  z
    .number({ error: MSG.number })
    .min(1, 'må være større enn 0')
    .max(2000, 'er urimelig stort')
    .refine((n) => Number.isInteger(Math.round(n * 1e6) / 1e5), 'kan ha høyst én desimal');

export const unitFields = z
  .object({
    unitNo: requiredText(30).regex(/^[\p{L}\p{N}][\p{L}\p{N}\-./ ]*$/u, 'har ugyldige tegn'),
    address: requiredText(200),
    areaId: id().nullable(),
    buildingType: choice(BUILDING_TYPES),
    tenure: choice(TENURES),
    leaseEnd: isoDate().nullable(),
    ownerRentMonthly: kroner().nullable(),
    bedrooms: int(0, 20),
    rooms: int(1, 30).nullable(),
    areaM2: area(),
    promM2: area().nullable().default(null),
    floor: int(-5, 50).nullable(),
    wheelchairAccessible: bool(),
    universalDesign: bool(),
    staffed: bool(),
    targetGroup: choice(TARGET_GROUPS).nullable(),
    condition: z
      .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], {
        error: 'må være TG0, TG1, TG2 eller TG3',
      })
      .nullable(),
    maintenanceBacklog: kroner(),
    rentMonthly: kroner(),
    marketRentMonthly: kroner().nullable(),
    bookValue: kroner().nullable(),
    status: choice(UNIT_STATUSES),
    note: text(2000),
  })
  .superRefine((u, ctx) => {
    if (FAMILY_BUILDING_TYPES.includes(u.buildingType) && u.bedrooms < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['bedrooms'],
        message: 'en familiebolig (rekkehus, enebolig, tomannsbolig) må ha minst ett soverom',
      });
    }
    if (u.rooms !== null && u.rooms < u.bedrooms) {
      ctx.addIssue({ code: 'custom', path: ['rooms'], message: 'kan ikke være færre enn soverom' });
    }
    if (u.promM2 !== null && u.promM2 > u.areaM2) {
      ctx.addIssue({ code: 'custom', path: ['promM2'], message: 'kan ikke være større enn BRA' });
    }
    if (u.tenure !== 'framleie' && (u.leaseEnd !== null || u.ownerRentMonthly !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: [u.leaseEnd !== null ? 'leaseEnd' : 'ownerRentMonthly'],
        message: 'gjelder bare boliger på framleie',
      });
    }
    if (u.tenure === 'framleie' && u.ownerRentMonthly === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['ownerRentMonthly'],
        message: 'må fylles ut for boliger på framleie',
      });
    }
  });

export const householdFields = z
  .object({
    ref: requiredText(40).regex(
      PSEUDONYM_PATTERN,
      'må være en pseudonym kode (bokstaver, tall og bindestrek), ikke navn eller fødselsnummer',
    ),
    adults: int(1, 10),
    couple: bool(),
    childAges: z.array(int(0, 17), { error: 'må være en liste med alder' }).max(15),
    childGenders: z
      .array(choice(CHILD_GENDERS).nullable(), { error: 'må være en liste med kjønn' })
      .max(15)
      .default([]),
    incomeSource: choice(INCOME_SOURCES),
    targetGroup: choice(TARGET_GROUPS).nullable(),
    followUp: choice(FOLLOW_UP_LEVELS),
    careerPath: choice(CAREER_PATHS),
    arrears: bool(),
    note: text(2000),
  })
  .superRefine((h, ctx) => {
    for (const field of ['ref', 'note'] as const) {
      if (containsNationalId(h[field])) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'ser ut som et fødselsnummer – registeret skal ikke ha personnummer',
        });
      }
    }
    if (h.childGenders.length > h.childAges.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['childGenders'],
        message: 'kan ikke ha flere kjønn enn barn',
      });
    }
    if (h.couple && h.adults < 2) {
      ctx.addIssue({ code: 'custom', path: ['couple'], message: 'et par krever minst to voksne' });
    }
  });

const tenancyBase = z.object({
  householdId: id(),
  unitId: id(),
  start: isoDate(),
  end: isoDate().nullable(),
  movedOut: isoDate().nullable(),
});
const checkTenancyDates = (
  t: { start: string; end: string | null; movedOut: string | null },
  ctx: z.RefinementCtx,
) => {
  if (t.end !== null && t.end < t.start) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: 'kontrakten kan ikke slutte før den starter',
    });
  }
  if (t.movedOut !== null && t.movedOut < t.start) {
    ctx.addIssue({
      code: 'custom',
      path: ['movedOut'],
      message: 'kan ikke være før kontraktstart',
    });
  }
};
export const tenancyFields = tenancyBase.superRefine(checkTenancyDates);
export const tenancyUpdate = tenancyBase.extend({ id: id() }).superRefine(checkTenancyDates);

export const needFields = z
  .object({
    kind: choice(NEED_KINDS),
    ref: text(40).nullable(),
    targetGroup: choice(TARGET_GROUPS),
    households: int(1, 1000),
    householdSize: int(1, 20),
    bedrooms: int(0, 10),
    wheelchair: bool(),
    staffed: bool(),
    urgency: choice(URGENCIES),
    registered: isoDate(),
    expectedYear: int(2000, 2100),
    note: text(2000),
  })
  .superRefine((n, ctx) => {
    if (n.kind === 'soker' && n.households !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['households'],
        message: 'en søker er én husstand (bruk prognose for flere)',
      });
    }
    for (const field of ['ref', 'note'] as const) {
      const value = n[field];
      if (value !== null && containsNationalId(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'ser ut som et fødselsnummer – bruk en pseudonym kode',
        });
      }
    }
    if (n.ref !== null && n.ref !== '' && !PSEUDONYM_PATTERN.test(n.ref)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ref'],
        message: 'må være en pseudonym kode (bokstaver, tall og bindestrek), ikke navn',
      });
    }
  });

export const listQuery = z.object({
  search: text(100).optional(),
  sort: text(40).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  offset: int(0, 10_000_000).optional(),
  limit: int(1, 1000).optional(),
});

/** A crowding rule (rules.ts): SSB's thresholds by default, an alternative if changed. */
export const crowdingRuleFields = z.object({
  roomsPerPerson: z
    .number({ error: MSG.number })
    .min(0.5, 'må være minst 0,5')
    .max(3, 'kan være høyst 3'),
  minM2PerPerson: z
    .number({ error: MSG.number })
    .min(0, MSG.negative)
    .max(100, 'kan være høyst 100'),
  requireBoth: bool(),
});
