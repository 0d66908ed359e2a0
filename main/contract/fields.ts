// Input schemas (zod) with Norwegian messages. Field labels are defined once here and used
// to name the field in every validation message.
import { z } from 'zod';
import { isValidIsoDate } from '../domain/format';
import { containsNationalId, PSEUDONYM_PATTERN } from '../domain/privacy';
import {
  BUILDING_TYPES,
  CAREER_PATHS,
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
  // Issue 13: follow-up, applications and KOSTRA.
  statusDate: 'Dato for oppfølging',
  refId: 'Kontrakt',
  months: 'Slutter innen',
  date: 'Dato',
  contractEnd: 'Kontrakt slutt',
  ssbGroup: 'SSB-gruppe',
  year: 'Rapporteringsår',
  population: 'Innbyggere per 31.12',
  comments: 'Kommentar',
};

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
    rooms: int(1, 30),
    areaM2: z
      .number({ error: MSG.number })
      .min(1, 'må være større enn 0')
      .max(2000, 'er urimelig stort')
      .refine((n) => Number.isInteger(n * 10), 'kan ha høyst én desimal'),
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
    if (u.rooms < u.bedrooms) {
      ctx.addIssue({ code: 'custom', path: ['rooms'], message: 'kan ikke være færre enn soverom' });
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
