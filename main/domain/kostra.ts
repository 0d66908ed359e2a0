// KOSTRA skjema 13 «Boliger kommunen disponerer» (issue 13.4): the figures for a reporting year
// as of 31.12, counted from plain register rows by SSB's definitions as this app reads them,
// and control checks like SSB's control programme. Pure: no I/O.
//
// Definitions (as of 31.12 of the reporting year Y, «the date»):
// - homes: every home in the register, except framleie leases that ended before the date.
//   The stock is the register as it is when the report is made (January–February after Y):
//   the report is saved per year, so next year compares with what was reported.
//   owned = eid, leased = framleie (innleid), allocationRight = tildelingsrett (privately owned
//   with the municipality's right to allocate). wheelchair = wheelchair-accessible homes.
// - homes.let: homes with a tenancy that started on or before the date and had not ended
//   (moved out) by it.
// - applications.received: applications (søkere, not forecasts) registered in Y;
//   applications.new: those from households not living in a municipal home on the day they
//   applied (the rest are tenants applying to move, e.g. crowded).
// - applications.granted / refused: vedtak innvilget / avslått dated in Y. An application
//   withdrawn after a decision keeps its decision (avslått cannot be withdrawn).
// - allocated: applications tildelt in Y, by SSB group (the planner's choice, or the default
//   from the target group).
// - waiting: households with a vedtak (innvilget) on or before the date, not allocated or
//   withdrawn by it.
import { defaultSsbGroup, SSB_GROUPS, SSB_GROUP_LABEL, type SsbGroup } from './casework';
import type { NeedStatus } from './casework';
import { formatInteger, formatNumber, formatPercent } from './format';
import type { TargetGroup, Tenure } from './types';

export interface KostraUnit {
  id: number;
  unitNo: string;
  tenure: Tenure;
  leaseEnd: string | null;
  wheelchairAccessible: boolean;
}

export interface KostraTenancy {
  unitId: number;
  householdId: number;
  start: string;
  movedOut: string | null;
}

export interface KostraApplication {
  id: number;
  ref: string | null;
  kind: 'soker' | 'prognose';
  targetGroup: TargetGroup;
  householdId: number | null;
  status: NeedStatus;
  registered: string;
  decidedOn: string | null;
  allocatedOn: string | null;
  withdrawnOn: string | null;
  ssbGroup: SsbGroup | null;
}

export interface KostraFigures {
  year: number;
  homes: {
    total: number;
    owned: number;
    leased: number;
    allocationRight: number;
    wheelchair: number;
    let: number;
  };
  applications: { received: number; new: number; granted: number; refused: number };
  allocated: { total: number; byGroup: Record<SsbGroup, number> };
  waiting: number;
}

/** The homes and applications behind each line (bolignr or søker ref), for checking by hand. */
export type KostraSources = Record<string, string[]>;

export interface KostraIndicators {
  homesPer1000: number | null;
  wheelchairShare: number | null;
  letShare: number | null;
  refusedShare: number | null;
  allocatedPer1000: number | null;
  waitingPer1000: number | null;
}

const dateOf = (year: number) => `${year}-12-31`;
const inYear = (iso: string | null, year: number): iso is string =>
  iso !== null && iso.slice(0, 4) === String(year);
const needRef = (a: KostraApplication) => a.ref ?? `søker nr. ${a.id}`;

/** Counts skjema 13 for `year` from the register's rows, with the rows behind each line. */
export function countKostra(
  year: number,
  rows: { units: KostraUnit[]; tenancies: KostraTenancy[]; applications: KostraApplication[] },
): { figures: KostraFigures; sources: KostraSources } {
  const date = dateOf(year);
  const sources: KostraSources = {};
  const add = (key: string, ref: string) => (sources[key] ??= []).push(ref);

  const stock = rows.units.filter(
    (u) => !(u.tenure === 'framleie' && u.leaseEnd !== null && u.leaseEnd < date),
  );
  const occupiedOn = (day: string, t: KostraTenancy) =>
    t.start <= day && (t.movedOut === null || t.movedOut > day);
  const letUnits = new Set(rows.tenancies.filter((t) => occupiedOn(date, t)).map((t) => t.unitId));
  const homes = { total: 0, owned: 0, leased: 0, allocationRight: 0, wheelchair: 0, let: 0 };
  const TENURE_KEY = {
    eid: 'owned',
    framleie: 'leased',
    tildelingsrett: 'allocationRight',
  } as const;
  for (const u of stock) {
    homes.total++;
    add('homes.total', u.unitNo);
    const key = TENURE_KEY[u.tenure];
    homes[key]++;
    add(`homes.${key}`, u.unitNo);
    if (u.wheelchairAccessible) {
      homes.wheelchair++;
      add('homes.wheelchair', u.unitNo);
    }
    if (letUnits.has(u.id)) {
      homes.let++;
      add('homes.let', u.unitNo);
    }
  }

  const applications = { received: 0, new: 0, granted: 0, refused: 0 };
  const byGroup = Object.fromEntries(SSB_GROUPS.map((g) => [g, 0])) as Record<SsbGroup, number>;
  let allocatedTotal = 0;
  let waiting = 0;
  for (const a of rows.applications) {
    if (a.kind !== 'soker') continue;
    const ref = needRef(a);
    if (inYear(a.registered, year)) {
      applications.received++;
      add('applications.received', ref);
      const housed =
        a.householdId !== null &&
        rows.tenancies.some((t) => t.householdId === a.householdId && occupiedOn(a.registered, t));
      if (!housed) {
        applications.new++;
        add('applications.new', ref);
      }
    }
    const granted = a.decidedOn !== null && a.status !== 'avslatt';
    if (inYear(a.decidedOn, year)) {
      if (granted) {
        applications.granted++;
        add('applications.granted', ref);
      } else {
        applications.refused++;
        add('applications.refused', ref);
      }
    }
    if (inYear(a.allocatedOn, year)) {
      const group = a.ssbGroup ?? defaultSsbGroup(a.targetGroup);
      byGroup[group]++;
      allocatedTotal++;
      add(`allocated.byGroup.${group}`, ref);
      add('allocated.total', ref);
    }
    if (
      granted &&
      a.decidedOn! <= date &&
      (a.allocatedOn === null || a.allocatedOn > date) &&
      (a.withdrawnOn === null || a.withdrawnOn > date)
    ) {
      waiting++;
      add('waiting', ref);
    }
  }
  return {
    figures: {
      year,
      homes,
      applications,
      allocated: { total: allocatedTotal, byGroup },
      waiting,
    },
    sources,
  };
}

const ratio = (part: number, whole: number | null) =>
  whole === null || whole === 0 ? null : part / whole;

/** Indicators SSB publishes: per 1 000 inhabitants and shares. */
export function kostraIndicators(f: KostraFigures, population: number | null): KostraIndicators {
  const per1000 = (n: number) => (population ? (n / population) * 1000 : null);
  return {
    homesPer1000: per1000(f.homes.total),
    wheelchairShare: ratio(f.homes.wheelchair, f.homes.total),
    letShare: ratio(f.homes.let, f.homes.total),
    refusedShare: ratio(f.applications.refused, f.applications.granted + f.applications.refused),
    allocatedPer1000: per1000(f.allocated.total),
    waitingPer1000: per1000(f.waiting),
  };
}

// ---- The form's lines, in the form's order ----------------------------------------------------

export type LineKind = 'count' | 'per1000' | 'share';

export interface KostraLine {
  /** Dotted key, as in the CLI's JSON (e.g. "homes.total"). */
  key: string;
  section: string;
  label: string;
  kind: LineKind;
  /** Sub-lines («herav») are indented on the page. */
  part?: boolean;
}

const HOMES = '1. Boliger kommunen disponerer per 31.12';
const APPS = '2. Søknader i løpet av året';
const ALLOC = '3. Husstander tildelt bolig i løpet av året';
const WAIT = '4. Husstander som venter per 31.12';
const IND = '5. Nøkkeltall';

export const KOSTRA_LINES: readonly KostraLine[] = [
  { key: 'homes.total', section: HOMES, label: 'Boliger kommunen disponerer i alt', kind: 'count' },
  { key: 'homes.owned', section: HOMES, label: 'Eid av kommunen', kind: 'count', part: true },
  { key: 'homes.leased', section: HOMES, label: 'Innleid (framleie)', kind: 'count', part: true },
  {
    key: 'homes.allocationRight',
    section: HOMES,
    label: 'Privateid med tildelingsrett',
    kind: 'count',
    part: true,
  },
  {
    key: 'homes.wheelchair',
    section: HOMES,
    label: 'Herav tilrettelagt for rullestolbrukere',
    kind: 'count',
  },
  { key: 'homes.let', section: HOMES, label: 'Herav utleid per 31.12', kind: 'count' },
  { key: 'applications.received', section: APPS, label: 'Søknader mottatt', kind: 'count' },
  {
    key: 'applications.new',
    section: APPS,
    label: 'Herav nye søknader',
    kind: 'count',
    part: true,
  },
  { key: 'applications.granted', section: APPS, label: 'Søknader innvilget', kind: 'count' },
  { key: 'applications.refused', section: APPS, label: 'Søknader avslått', kind: 'count' },
  {
    key: 'allocated.total',
    section: ALLOC,
    label: 'Husstander tildelt bolig i alt',
    kind: 'count',
  },
  ...SSB_GROUPS.map((g): KostraLine => ({
    key: `allocated.byGroup.${g}`,
    section: ALLOC,
    label: SSB_GROUP_LABEL[g],
    kind: 'count',
    part: true,
  })),
  {
    key: 'waiting',
    section: WAIT,
    label: 'Husstander med vedtak som venter på bolig',
    kind: 'count',
  },
  {
    key: 'indicators.homesPer1000',
    section: IND,
    label: 'Boliger per 1 000 innbyggere',
    kind: 'per1000',
  },
  {
    key: 'indicators.wheelchairShare',
    section: IND,
    label: 'Andel tilrettelagt for rullestolbrukere',
    kind: 'share',
  },
  { key: 'indicators.letShare', section: IND, label: 'Andel utleid', kind: 'share' },
  { key: 'indicators.refusedShare', section: IND, label: 'Andel avslag av vedtak', kind: 'share' },
  {
    key: 'indicators.allocatedPer1000',
    section: IND,
    label: 'Tildelte husstander per 1 000 innbyggere',
    kind: 'per1000',
  },
  {
    key: 'indicators.waitingPer1000',
    section: IND,
    label: 'Ventende husstander per 1 000 innbyggere',
    kind: 'per1000',
  },
];

/** The value of a line's key in the figures (and indicators). */
export function lineValue(
  key: string,
  f: KostraFigures,
  indicators: KostraIndicators,
): number | null {
  const root = { ...f, indicators } as unknown as Record<string, unknown>;
  let v: unknown = root;
  for (const part of key.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return null;
    v = (v as Record<string, unknown>)[part];
  }
  return typeof v === 'number' ? v : null;
}

/** A line's value as SSB's form shows it (Norwegian number format). */
export function formatLineValue(kind: LineKind, v: number | null): string {
  if (v === null) return '–';
  if (kind === 'share') return formatPercent(v);
  if (kind === 'per1000') return formatNumber(v, 1);
  return formatInteger(v);
}

// ---- Control checks -------------------------------------------------------------------------

export const SEVERITIES = ['FATAL', 'ERROR', 'WARNING', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface KostraCheck {
  /** Stable code; comments are stored per code. */
  code: string;
  severity: Severity;
  message: string;
  /** The lines the check is about. */
  keys: string[];
}

/** Beyond this change from last year's report, a figure needs a comment. */
export const JUMP_LIMIT = 0.3;

const JUMP_KEYS = [
  'homes.total',
  'homes.owned',
  'homes.leased',
  'homes.allocationRight',
  'homes.wheelchair',
  'homes.let',
  'applications.received',
  'applications.refused',
  'allocated.total',
  'waiting',
];

const labelOf = (key: string) => KOSTRA_LINES.find((l) => l.key === key)?.label ?? key;
const n = formatInteger;

export function kostraChecks(
  f: KostraFigures,
  population: number | null,
  lastYear: KostraFigures | null,
): KostraCheck[] {
  const checks: KostraCheck[] = [];
  const h = f.homes;
  const parts = h.owned + h.leased + h.allocationRight;
  if (parts !== h.total) {
    checks.push({
      code: 'homes.parts',
      severity: 'FATAL',
      message: `Eid, innleid og tildelingsrett (${n(parts)}) summerer ikke til boliger i alt (${n(h.total)}).`,
      keys: ['homes.total', 'homes.owned', 'homes.leased', 'homes.allocationRight'],
    });
  }
  if (h.wheelchair > h.total) {
    checks.push({
      code: 'homes.wheelchair',
      severity: 'FATAL',
      message: `Flere rullestoltilpassede boliger (${n(h.wheelchair)}) enn boliger i alt (${n(h.total)}).`,
      keys: ['homes.wheelchair', 'homes.total'],
    });
  }
  if (h.let > h.total) {
    checks.push({
      code: 'homes.let',
      severity: 'FATAL',
      message: `Flere utleide boliger (${n(h.let)}) enn boliger i alt (${n(h.total)}).`,
      keys: ['homes.let', 'homes.total'],
    });
  }
  const groups = Object.values(f.allocated.byGroup).reduce((a, b) => a + b, 0);
  if (groups !== f.allocated.total) {
    checks.push({
      code: 'allocated.parts',
      severity: 'FATAL',
      message: `Tildelte per gruppe (${n(groups)}) summerer ikke til tildelte i alt (${n(f.allocated.total)}).`,
      keys: ['allocated.total'],
    });
  }
  if (f.applications.new > f.applications.received) {
    checks.push({
      code: 'applications.new',
      severity: 'ERROR',
      message: `Flere nye søknader (${n(f.applications.new)}) enn søknader mottatt (${n(f.applications.received)}).`,
      keys: ['applications.new', 'applications.received'],
    });
  }
  if (f.allocated.total > f.applications.received) {
    checks.push({
      code: 'allocated.received',
      severity: 'ERROR',
      message: `Flere husstander tildelt bolig (${n(f.allocated.total)}) enn søknader mottatt i året (${n(f.applications.received)}). Kontroller at søknadene er registrert med riktig dato.`,
      keys: ['allocated.total', 'applications.received'],
    });
  }
  if (f.applications.refused > f.applications.received) {
    checks.push({
      code: 'applications.refused',
      severity: 'ERROR',
      message: `Flere avslag (${n(f.applications.refused)}) enn søknader mottatt i året (${n(f.applications.received)}).`,
      keys: ['applications.refused', 'applications.received'],
    });
  }
  if (population === null) {
    checks.push({
      code: 'population',
      severity: 'ERROR',
      message:
        'Innbyggertall per 31.12 mangler: nøkkeltallene per 1 000 innbyggere kan ikke beregnes.',
      keys: ['indicators.homesPer1000'],
    });
  }
  if (lastYear) {
    for (const key of JUMP_KEYS) {
      const before = lineValue(key, lastYear, kostraIndicators(lastYear, null));
      const now = lineValue(key, f, kostraIndicators(f, null));
      if (before === null || now === null || before === 0) continue;
      const change = (now - before) / before;
      if (Math.abs(change) > JUMP_LIMIT) {
        checks.push({
          code: `jump.${key}`,
          severity: 'WARNING',
          message: `${labelOf(key)}: ${n(now)} mot ${n(before)} i ${lastYear.year} (${change > 0 ? '+' : ''}${formatPercent(change, 0)}). Endringer over ${formatPercent(JUMP_LIMIT, 0)} må forklares.`,
          keys: [key],
        });
      }
    }
  }
  const vacant = h.total - h.let;
  if (vacant > 0 && f.waiting > 0) {
    checks.push({
      code: 'vacant.waiting',
      severity: 'INFO',
      message: `${n(vacant)} boliger var ikke utleid per 31.12 mens ${n(f.waiting)} husstander med vedtak ventet. Forklar kort (f.eks. rehabilitering, feil størrelse).`,
      keys: ['homes.let', 'waiting'],
    });
  }
  return checks;
}

export const isBlocking = (c: KostraCheck) => c.severity === 'FATAL' || c.severity === 'ERROR';

/** What stops «ferdig»: blocking checks, and warnings without a comment. */
export function finishProblems(checks: KostraCheck[], comments: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const c of checks) {
    if (isBlocking(c)) problems.push(`${c.severity}: ${c.message}`);
    else if (!comments[c.code]?.trim()) problems.push(`${c.severity} uten kommentar: ${c.message}`);
  }
  return problems;
}
