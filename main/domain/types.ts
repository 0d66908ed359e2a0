// The register's domain types. Pure data: no I/O, shared by main, renderer, CLI and tests.
// Money is always integer kroner. Dates are ISO strings (yyyy-mm-dd).

export const TENURES = ['eid', 'framleie', 'tildelingsrett'] as const;
export type Tenure = (typeof TENURES)[number];

export const UNIT_STATUSES = [
  'utleid',
  'ledig',
  'under_rehabilitering',
  'ute_av_drift',
  'til_salgs',
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const BUILDING_TYPES = [
  'leilighet',
  'rekkehus',
  'enebolig',
  'tomannsbolig',
  'hybel',
  'bofellesskap',
  'omsorgsbolig',
] as const;
export type BuildingType = (typeof BUILDING_TYPES)[number];

/** Building types meant for families: they must have at least one bedroom. */
export const FAMILY_BUILDING_TYPES: readonly BuildingType[] = [
  'rekkehus',
  'enebolig',
  'tomannsbolig',
];

export const TARGET_GROUPS = [
  'barnefamilier',
  'flyktninger',
  'rus_psykisk_helse',
  'utviklingshemmede',
  'funksjonsnedsettelse',
  'unge_i_overgang',
  'eldre',
  'bostedslose',
  'loslatte',
  'andre',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const INCOME_SOURCES = [
  'arbeid',
  'uforetrygd',
  'aap',
  'sosialhjelp',
  'introduksjonsstonad',
  'annet',
] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export const FOLLOW_UP_LEVELS = ['ingen', 'lav', 'middels', 'hoy'] as const;
export type FollowUpLevel = (typeof FOLLOW_UP_LEVELS)[number];

/** Boligkarriere: where a household could move on to. */
export const CAREER_PATHS = ['ingen', 'startlan', 'leie_til_eie', 'privat_leie'] as const;
export type CareerPath = (typeof CAREER_PATHS)[number];

export const URGENCIES = ['akutt', 'hoy', 'normal', 'lav'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** An applicant on the waiting list, or a forecast (e.g. refugee settlement agreed with IMDi). */
export const NEED_KINDS = ['soker', 'prognose'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const CHILD_GENDERS = ['jente', 'gutt'] as const;
export type ChildGender = (typeof CHILD_GENDERS)[number];

/** TG0–TG3 (NS 3424). */
export type ConditionGrade = 0 | 1 | 2 | 3;

export interface Area {
  id: number;
  name: string;
}

export interface Unit {
  id: number;
  /** Bolignr: the municipality's own id for the home, unique. */
  unitNo: string;
  address: string;
  areaId: number | null;
  buildingType: BuildingType;
  tenure: Tenure;
  /** Framleie only: when the lease from the private owner ends. */
  leaseEnd: string | null;
  /** Framleie only: monthly rent paid to the private owner, kroner. */
  ownerRentMonthly: number | null;
  bedrooms: number;
  /** Rooms (living rooms and bedrooms), null when not known. */
  rooms: number | null;
  /** Bruksareal (BRA), m², one decimal at most. */
  areaM2: number;
  /** Primærrom (P-ROM), m², null when not known (then estimated from BRA, see rules.ts). */
  promM2: number | null;
  floor: number | null;
  wheelchairAccessible: boolean;
  universalDesign: boolean;
  /** Staffed or co-located (bemannet / samlokalisert). */
  staffed: boolean;
  targetGroup: TargetGroup | null;
  condition: ConditionGrade | null;
  maintenanceBacklog: number;
  rentMonthly: number;
  marketRentMonthly: number | null;
  bookValue: number | null;
  status: UnitStatus;
  note: string;
}

export interface Household {
  id: number;
  /** Pseudonymous reference (never a name or national id number). */
  ref: string;
  adults: number;
  /** The two first adults are a couple (share a bedroom under the bedroom rule). */
  couple: boolean;
  /** Ages of children under 18, in whole years. */
  childAges: number[];
  /**
   * Genders of the children, in the order of childAges; optional (null or missing = not
   * recorded). Only the bedroom rule reads it (children 10–15 of the same gender share).
   */
  childGenders?: (ChildGender | null)[];
  incomeSource: IncomeSource;
  targetGroup: TargetGroup | null;
  followUp: FollowUpLevel;
  careerPath: CareerPath;
  arrears: boolean;
  note: string;
}

export interface Tenancy {
  id: number;
  householdId: number;
  unitId: number;
  start: string;
  /** Contract end (3-year contracts are the norm). Null for an open-ended contract. */
  end: string | null;
  /** Date the household actually moved out; null while they live there. */
  movedOut: string | null;
}

export interface Need {
  id: number;
  kind: NeedKind;
  /** Pseudonymous applicant reference (optional; forecasts have none). */
  ref: string | null;
  targetGroup: TargetGroup;
  /** Number of households this line stands for (1 for an applicant; N for a forecast). */
  households: number;
  householdSize: number;
  bedrooms: number;
  wheelchair: boolean;
  staffed: boolean;
  urgency: Urgency;
  registered: string;
  expectedYear: number;
  note: string;
}

// --- The existing stock's finances --------------------------------------------------------

export const LENDERS = ['husbanken', 'kbn', 'annen'] as const;
export type Lender = (typeof LENDERS)[number];

export const REPAYMENT_TYPES = ['annuity', 'serial'] as const;
export type RepaymentType = (typeof REPAYMENT_TYPES)[number];

/** A home's share of a loan or a grant (0 < share ≤ 1). */
export interface UnitShare {
  unitId: number;
  share: number;
}

/**
 * A loan on existing homes (Husbanken grunnlån, KBN, other): the balance at a date, the
 * remaining term from then, the rate (fixed until a date, or floating) and the homes it
 * finances with each home's share.
 */
export interface ExistingLoan {
  id: number;
  lender: Lender;
  /** The lender's loan number. */
  loanNo: string;
  /** Outstanding balance at balanceDate, kroner. */
  balance: number;
  balanceDate: string;
  /** Yearly rate as a fraction (0.045 = 4,5 %). */
  interestRate: number;
  /** The rate is fixed through this date; null = floating (follows the plan's interest rate). */
  fixedUntil: string | null;
  repayment: RepaymentType;
  /** Whole years left after balanceDate. */
  remainingYears: number;
  note: string;
  units: UnitShare[];
}

/**
 * A Husbanken grant on record (tilskudd til utleieboliger) for one home or a project: paid on
 * a date and written down over the grant's own number of years (30 today, 20 for older
 * grants); on sale the part not yet written down is paid back (forskrift § 11).
 */
export interface GrantRecord {
  id: number;
  /** Husbanken's case or commitment number (tilsagn). */
  grantNo: string;
  amount: number;
  paidDate: string;
  writeDownYears: number;
  note: string;
  units: UnitShare[];
}
