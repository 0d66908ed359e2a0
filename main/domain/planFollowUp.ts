// Planned against actual (issue 13.3): the adopted housing plan («vedtatt plan») followed year
// by year. Pure: the register's rows come in, figures go out.
//
// - Homes added and removed per year: the adopted scenario's actions against the stock events
//   the register records (how and when a home came or went).
//     planned kjop          PurchaseAction.count in its year
//     planned bygging       Σ BuildAction.units[].count in the completion year (homes arrive)
//     planned framleie_inn  FramleieLeaseAction.count in its year
//     planned salg          SaleAction: named homes, or the count (segment / action)
//     planned leie_til_eie  1 per RentToOwnAction in its year
//     planned avvikling     DecommissionAction.unitIds in its year
//     planned framleie_ut   FramleieEndAction.unitIds in its year
//   Renewals and rehabilitation add or remove no homes.
//   «Fremskaffet» = kjop + bygging + framleie_inn; «avgang» = the rest.
// - Coverage planned (the adopted scenario run on today's register) against measured: the
//   needs assessment of the register as it is, for the current year only (the register does
//   not keep yesterday's waiting list). For past years the applications are what is available:
//   homes allocated in the year against the applicants with an application open in it.
// - Indicators per surveyed year from the survey's per-home figures (survey_snapshot), with
//   tenure and bedrooms from the register, and households and children living in municipal
//   homes at 31.12 of that year (from the tenancies).
import { formatInteger } from './format';
import { bedroomBucket, BEDROOM_BUCKETS, type BedroomBucket } from './scenario/segments';
import type { Scenario } from './scenario/actions';
import { TENURES, type ConditionGrade, type Household, type Tenancy, type Tenure } from './types';

export const ADDING_KINDS = ['kjop', 'bygging', 'framleie_inn'] as const;
export const REMOVING_KINDS = ['salg', 'leie_til_eie', 'avvikling', 'framleie_ut'] as const;
export const STOCK_EVENT_KINDS = [...ADDING_KINDS, ...REMOVING_KINDS] as const;
export type StockEventKind = (typeof STOCK_EVENT_KINDS)[number];

export const STOCK_EVENT_LABEL: Record<StockEventKind, string> = {
  kjop: 'Kjøp',
  bygging: 'Bygging',
  framleie_inn: 'Framleie inn',
  salg: 'Salg',
  leie_til_eie: 'Leie-til-eie',
  avvikling: 'Avvikling',
  framleie_ut: 'Framleie ut',
};

export function isAdding(kind: StockEventKind): boolean {
  return (ADDING_KINDS as readonly string[]).includes(kind);
}

/** How and when a home came into the stock or left it. */
export interface StockEvent {
  id: number;
  /** Null when the home has been deleted from the register since. */
  unitId: number | null;
  unitNo: string;
  kind: StockEventKind;
  /** ISO date. */
  date: string;
  note: string;
}

export type KindCounts = Record<StockEventKind, number>;

export function emptyCounts(): KindCounts {
  return Object.fromEntries(STOCK_EVENT_KINDS.map((k) => [k, 0])) as KindCounts;
}

export function addedOf(c: KindCounts): number {
  return ADDING_KINDS.reduce((s, k) => s + c[k], 0);
}

export function removedOf(c: KindCounts): number {
  return REMOVING_KINDS.reduce((s, k) => s + c[k], 0);
}

function yearRange(fromYear: number, toYear: number): number[] {
  return Array.from({ length: Math.max(0, toYear - fromYear + 1) }, (_, i) => fromYear + i);
}

/** The adopted scenario's homes in and out per year of [fromYear..toYear], by kind. */
export function plannedByYear(
  scenario: Pick<Scenario, 'actions'>,
  fromYear: number,
  toYear: number,
): Map<number, KindCounts> {
  const out = new Map(yearRange(fromYear, toYear).map((y) => [y, emptyCounts()]));
  const add = (year: number, kind: StockEventKind, n: number) => {
    const c = out.get(year);
    if (c) c[kind] += n;
  };
  for (const a of scenario.actions) {
    switch (a.kind) {
      case 'kjop':
        add(a.year, 'kjop', a.count);
        break;
      case 'bygging':
        add(
          a.completionYear,
          'bygging',
          a.units.reduce((s, u) => s + u.count, 0),
        );
        break;
      case 'salg':
        add(a.year, 'salg', a.target.mode === 'units' ? a.target.unitIds.length : a.target.count);
        break;
      case 'leie_til_eie':
        add(a.year, 'leie_til_eie', 1);
        break;
      case 'avvikling':
        add(a.year, 'avvikling', a.unitIds.length);
        break;
      case 'framleie':
        if (a.mode === 'lease') add(a.year, 'framleie_inn', a.count);
        else if (a.mode === 'end') add(a.year, 'framleie_ut', a.unitIds.length);
        break;
      case 'rehabilitering':
        break;
    }
  }
  return out;
}

/** The recorded events per year of [fromYear..toYear], by kind. */
export function actualByYear(
  events: readonly Pick<StockEvent, 'kind' | 'date'>[],
  fromYear: number,
  toYear: number,
): Map<number, KindCounts> {
  const out = new Map(yearRange(fromYear, toYear).map((y) => [y, emptyCounts()]));
  for (const e of events) {
    const c = out.get(Number(e.date.slice(0, 4)));
    if (c) c[e.kind] += 1;
  }
  return out;
}

/** Where a year of the plan stands against today. */
export type YearState = 'past' | 'current' | 'future';

export interface HomesYear {
  year: number;
  state: YearState;
  planned: KindCounts;
  actual: KindCounts;
  plannedAdded: number;
  actualAdded: number;
  plannedRemoved: number;
  actualRemoved: number;
}

export interface HomesTotals {
  planned: KindCounts;
  actual: KindCounts;
  plannedAdded: number;
  actualAdded: number;
  plannedRemoved: number;
  actualRemoved: number;
  /** Through the current year (what could have happened by now). */
  plannedAddedToDate: number;
}

export interface HomesComparison {
  years: HomesYear[];
  totals: HomesTotals;
}

export function compareHomes(
  scenario: Pick<Scenario, 'actions'>,
  events: readonly Pick<StockEvent, 'kind' | 'date'>[],
  fromYear: number,
  toYear: number,
  currentYear: number,
): HomesComparison {
  const planned = plannedByYear(scenario, fromYear, toYear);
  const actual = actualByYear(events, fromYear, toYear);
  const years = yearRange(fromYear, toYear).map((year): HomesYear => {
    const p = planned.get(year)!;
    const a = actual.get(year)!;
    return {
      year,
      state: year < currentYear ? 'past' : year === currentYear ? 'current' : 'future',
      planned: p,
      actual: a,
      plannedAdded: addedOf(p),
      actualAdded: addedOf(a),
      plannedRemoved: removedOf(p),
      actualRemoved: removedOf(a),
    };
  });
  const sum = (pick: (y: HomesYear) => KindCounts): KindCounts => {
    const c = emptyCounts();
    for (const y of years) for (const k of STOCK_EVENT_KINDS) c[k] += pick(y)[k];
    return c;
  };
  const tp = sum((y) => y.planned);
  const ta = sum((y) => y.actual);
  return {
    years,
    totals: {
      planned: tp,
      actual: ta,
      plannedAdded: addedOf(tp),
      actualAdded: addedOf(ta),
      plannedRemoved: removedOf(tp),
      actualRemoved: removedOf(ta),
      plannedAddedToDate: years
        .filter((y) => y.state !== 'future')
        .reduce((s, y) => s + y.plannedAdded, 0),
    },
  };
}

/** «46 fremskaffet mot 62 planlagt» (the adopted period, or through this year). */
export function providedWords(actual: number, planned: number): string {
  return `${formatInteger(actual)} fremskaffet mot ${formatInteger(planned)} planlagt`;
}

// ---- Coverage -------------------------------------------------------------------------------

/** An application with its lifecycle dates (need rows of kind «søker»). */
export interface ApplicationRecord {
  status: 'registrert' | 'innvilget' | 'avslatt' | 'tildelt' | 'trukket';
  registered: string;
  decidedOn: string | null;
  allocatedOn: string | null;
  withdrawnOn: string | null;
}

export interface CoverageYear {
  year: number;
  state: YearState;
  /** The adopted scenario's coverage that year (engine, on today's register); null: none. */
  planned: number | null;
  /** The needs assessment of the register as it is: the current year only. */
  measured: number | null;
  /** From the applications: homes allocated in the year. */
  allocated: number;
  /** Applicants with an application open at some time in the year (not refused). */
  applicants: number;
  /** allocated / applicants; null when there were none or the year has not come. */
  allocatedShare: number | null;
}

/** When the application closed (allocated, refused or withdrawn), or null while open. */
function closedOn(a: ApplicationRecord): string | null {
  if (a.status === 'tildelt') return a.allocatedOn;
  if (a.status === 'avslatt') return a.decidedOn;
  if (a.status === 'trukket') return a.withdrawnOn;
  return null;
}

/** Homes allocated in `year` and the applicants whose application was open in it. */
export function applicationsInYear(
  apps: readonly ApplicationRecord[],
  year: number,
): { allocated: number; applicants: number } {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  let allocated = 0;
  let applicants = 0;
  for (const a of apps) {
    if (a.status === 'avslatt') continue;
    const closed = closedOn(a);
    const open = a.registered <= last && (closed === null || closed >= first);
    if (!open) continue;
    applicants++;
    if (a.status === 'tildelt' && a.allocatedOn !== null && a.allocatedOn.startsWith(`${year}-`))
      allocated++;
  }
  return { allocated, applicants };
}

export function compareCoverage(input: {
  fromYear: number;
  toYear: number;
  currentYear: number;
  /** The adopted scenario's coverage per year (PlanResult.perYear[].needs.total.coverage). */
  planned: ReadonlyMap<number, number | null>;
  /** The needs assessment's coverage for the current year (register as it is). */
  measuredCurrent: number | null;
  applications: readonly ApplicationRecord[];
}): CoverageYear[] {
  return yearRange(input.fromYear, input.toYear).map((year) => {
    const state: YearState =
      year < input.currentYear ? 'past' : year === input.currentYear ? 'current' : 'future';
    const { allocated, applicants } =
      state === 'future'
        ? { allocated: 0, applicants: 0 }
        : applicationsInYear(input.applications, year);
    return {
      year,
      state,
      planned: input.planned.get(year) ?? null,
      measured: state === 'current' ? input.measuredCurrent : null,
      allocated,
      applicants,
      allocatedShare: state === 'future' || applicants === 0 ? null : allocated / applicants,
    };
  });
}

// ---- Indicators per surveyed year -----------------------------------------------------------

/** One home in one year's survey, with what the register says about it today. */
export interface SurveyHome {
  year: number;
  unitId: number;
  condition: ConditionGrade | null;
  backlog: number;
  status: string;
  /** Tenure and bedrooms from the register; null when the home has been deleted since. */
  tenure: Tenure | null;
  bedrooms: number | null;
}

export const CONDITION_KEYS = ['TG0', 'TG1', 'TG2', 'TG3', 'ukjent'] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

export interface IndicatorYear {
  year: number;
  /** 'survey': the year's survey; 'register': the register as it is today. */
  source: 'survey' | 'register';
  homes: number;
  byTenure: Record<Tenure | 'ukjent', number>;
  byBedrooms: Record<BedroomBucket | 'ukjent', number>;
  vacant: number;
  /** vacant / homes; null without homes. */
  vacancyRate: number | null;
  byCondition: Record<ConditionKey, number>;
  /** Σ vedlikeholdsetterslep, kroner. */
  backlog: number;
  /** Households living in a municipal home at 31.12 (today for the register). */
  households: number;
  /** Children under 18 in those households, as recorded today. */
  children: number;
}

/** Households living in a home on `date` (ISO) and their children (as recorded today). */
export function residentsOn(
  date: string,
  tenancies: readonly Pick<Tenancy, 'householdId' | 'start' | 'movedOut'>[],
  households: readonly Pick<Household, 'id' | 'childAges'>[],
): { households: number; children: number } {
  const ids = new Set<number>();
  for (const t of tenancies) {
    if (t.start <= date && (t.movedOut === null || t.movedOut > date)) ids.add(t.householdId);
  }
  let children = 0;
  for (const h of households) if (ids.has(h.id)) children += h.childAges.length;
  return { households: ids.size, children };
}

function tally(
  year: number,
  source: IndicatorYear['source'],
  homes: readonly Omit<SurveyHome, 'year' | 'unitId'>[],
  residents: { households: number; children: number },
): IndicatorYear {
  const byTenure = Object.fromEntries([...TENURES, 'ukjent'].map((t) => [t, 0])) as Record<
    Tenure | 'ukjent',
    number
  >;
  const byBedrooms = Object.fromEntries(
    [...BEDROOM_BUCKETS, 'ukjent'].map((b) => [b, 0]),
  ) as Record<BedroomBucket | 'ukjent', number>;
  const byCondition = Object.fromEntries(CONDITION_KEYS.map((c) => [c, 0])) as Record<
    ConditionKey,
    number
  >;
  let vacant = 0;
  let backlog = 0;
  for (const h of homes) {
    byTenure[h.tenure ?? 'ukjent']++;
    byBedrooms[h.bedrooms === null ? 'ukjent' : bedroomBucket(h.bedrooms)]++;
    byCondition[h.condition === null ? 'ukjent' : (`TG${h.condition}` as ConditionKey)]++;
    if (h.status === 'ledig') vacant++;
    backlog += h.backlog;
  }
  return {
    year,
    source,
    homes: homes.length,
    byTenure,
    byBedrooms,
    vacant,
    vacancyRate: homes.length === 0 ? null : vacant / homes.length,
    byCondition,
    backlog,
    households: residents.households,
    children: residents.children,
  };
}

/**
 * One column per surveyed year (oldest first), then the register as it is today when
 * `today` is given and no survey exists for this year.
 */
export function indicatorsByYear(input: {
  survey: readonly SurveyHome[];
  tenancies: readonly Pick<Tenancy, 'householdId' | 'start' | 'movedOut'>[];
  households: readonly Pick<Household, 'id' | 'childAges'>[];
  today?: { date: string; homes: readonly Omit<SurveyHome, 'year' | 'unitId'>[] };
}): IndicatorYear[] {
  const years = [...new Set(input.survey.map((s) => s.year))].sort((a, b) => a - b);
  const out = years.map((year) =>
    tally(
      year,
      'survey',
      input.survey.filter((s) => s.year === year),
      residentsOn(`${year}-12-31`, input.tenancies, input.households),
    ),
  );
  if (input.today) {
    const year = Number(input.today.date.slice(0, 4));
    if (!years.includes(year)) {
      out.push(
        tally(
          year,
          'register',
          input.today.homes,
          residentsOn(input.today.date, input.tenancies, input.households),
        ),
      );
    }
  }
  return out;
}

// ---- Adopted periods ------------------------------------------------------------------------

export interface AdoptedPeriod {
  id: number;
  fromYear: number;
  toYear: number;
}

/** The adopted plans whose period overlaps [fromYear..toYear] (other than `exceptId`). */
export function overlapping<T extends AdoptedPeriod>(
  plans: readonly T[],
  fromYear: number,
  toYear: number,
  exceptId?: number,
): T[] {
  return plans.filter((p) => p.id !== exceptId && p.fromYear <= toYear && fromYear <= p.toYear);
}

/** «1 bolig» / «2 boliger». */
export function homesWord(n: number): string {
  return `${formatInteger(n)} ${n === 1 ? 'bolig' : 'boliger'}`;
}
