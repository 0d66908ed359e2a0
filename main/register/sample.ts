// The built-in sample municipality: deterministic, fictional, shaped like the kommuner in the
// source reports (~160 homes, a share on framleie, too few large homes, 3-year contracts some
// of which have expired, a few vacant, ~40 applicants waiting, refugee settlement forecasts).
import { addMonths, addYears } from '../domain/format';
import { bedroomsNeeded } from '../domain/rules';
import { createRandom, type Random } from '../domain/random';
import type { BuildingType, TargetGroup, Tenure, UnitStatus } from '../domain/types';
import type { Db } from './db';
import { insertArea } from './areas';
import { insertHousehold, type HouseholdInput } from './households';
import { insertNeed } from './needs';
import { setSetting } from './settings';
import { insertTenancy } from './tenancies';
import { insertUnit, type UnitInput } from './units';
import { insertGrant, insertLoan } from './finance';
import { GRANT_RATES } from '../domain/scenario/assumptions';
import { logChange } from './changelog';
import { addSampleHistory } from './sampleHistory';
import { addSamplePlan } from './samplePlan';

export const SAMPLE_MUNICIPALITY = 'Fjordvik kommune (fiktiv)';

export interface SampleSize {
  units: number;
  /** Households in all (current tenants plus former ones who have moved out). */
  households: number;
  needs: number;
}

export const DEFAULT_SAMPLE_SIZE: SampleSize = { units: 160, households: 150, needs: 40 };

const AREAS = ['Sentrum', 'Nordbyen', 'Sørbyen', 'Elvedalen', 'Bakkeli', 'Strandvik'];
const STREETS = [
  'Fjordgata',
  'Kirkeveien',
  'Skolebakken',
  'Elveveien',
  'Granlia',
  'Bjørkåsen',
  'Havnegata',
  'Solbergveien',
  'Lindealleen',
  'Furumoen',
];

const round = (n: number, to: number) => Math.round(n / to) * to;

function makeUnit(r: Random, i: number, areaIds: number[], today: string): UnitInput {
  const bedrooms = r.weighted([
    [0, 6],
    [1, 36],
    [2, 34],
    [3, 18],
    [4, 5],
    [5, 1],
  ] as const);
  const staffed = bedrooms <= 1 && r.chance(0.12);
  const buildingType: BuildingType =
    bedrooms === 0
      ? 'hybel'
      : staffed
        ? r.pick(['omsorgsbolig', 'bofellesskap'] as const)
        : bedrooms >= 4
          ? r.pick(['enebolig', 'rekkehus', 'tomannsbolig'] as const)
          : bedrooms === 3
            ? r.pick(['leilighet', 'rekkehus'] as const)
            : 'leilighet';
  const tenure: Tenure = r.weighted([
    ['eid', 80],
    ['framleie', 14],
    ['tildelingsrett', 6],
  ] as const);
  const areaM2 =
    bedrooms === 0
      ? r.int(22, 32)
      : bedrooms === 1
        ? r.int(36, 52)
        : bedrooms === 2
          ? r.int(50, 70)
          : bedrooms === 3
            ? r.int(68, 92)
            : r.int(92, 130);
  const condition = r.weighted([
    [0, 10],
    [1, 45],
    [2, 35],
    [3, 10],
  ] as const);
  const backlog =
    condition === 0
      ? 0
      : condition === 1
        ? round(r.int(0, 60_000), 1000)
        : condition === 2
          ? round(r.int(50_000, 300_000), 1000)
          : round(r.int(300_000, 900_000), 1000);
  const rent = round(areaM2 * r.int(120, 165), 100);
  const status: UnitStatus = r.weighted([
    ['utleid', 88],
    ['ledig', 5],
    ['under_rehabilitering', 3],
    ['ute_av_drift', 2],
    ['til_salgs', 2],
  ] as const);
  const wheelchair = staffed ? r.chance(0.7) : r.chance(0.15);
  return {
    unitNo: `B-${String(i + 1).padStart(3, '0')}`,
    address: `${r.pick(STREETS)} ${r.int(1, 80)}${r.chance(0.3) ? r.pick(['A', 'B', 'C']) : ''}`,
    areaId: r.pick(areaIds),
    buildingType,
    tenure,
    leaseEnd: tenure === 'framleie' ? addMonths(today, r.int(1, 60)) : null,
    ownerRentMonthly: tenure === 'framleie' ? round(rent * (0.9 + r.next() * 0.2), 100) : null,
    bedrooms,
    rooms: bedrooms === 0 ? 1 : bedrooms + 1,
    areaM2,
    floor: buildingType === 'leilighet' || buildingType === 'hybel' ? r.int(1, 4) : 1,
    wheelchairAccessible: wheelchair,
    universalDesign: wheelchair && r.chance(0.6),
    staffed,
    targetGroup: staffed
      ? r.pick(['utviklingshemmede', 'rus_psykisk_helse', 'eldre'] as const)
      : null,
    condition,
    maintenanceBacklog: backlog,
    rentMonthly: rent,
    marketRentMonthly: round(rent * (1.05 + r.next() * 0.3), 100),
    bookValue: tenure === 'eid' ? round(areaM2 * r.int(28_000, 45_000), 10_000) : null,
    status,
    note: '',
    promM2: null,
  };
}

function makeHousehold(r: Random, ref: string, bedrooms: number, staffed: boolean): HouseholdInput {
  // Mostly matched to the home, with some families too large for it (crowding).
  const target = Math.max(1, bedrooms + (r.chance(0.15) ? 1 : 0));
  let adults = 1;
  let couple = false;
  const childAges: number[] = [];
  if (!staffed && target >= 2) {
    couple = r.chance(0.45);
    adults = couple ? 2 : 1;
    const kids = Math.max(1, target - 1 + (r.chance(0.3) ? 1 : 0));
    for (let k = 0; k < kids; k++) childAges.push(r.int(0, 17));
  }
  const targetGroup: TargetGroup | null = staffed
    ? r.pick(['utviklingshemmede', 'rus_psykisk_helse', 'eldre'] as const)
    : childAges.length > 0
      ? r.weighted([
          ['barnefamilier', 6],
          ['flyktninger', 4],
        ] as const)
      : r.weighted([
          ['rus_psykisk_helse', 3],
          ['unge_i_overgang', 2],
          ['flyktninger', 2],
          ['bostedslose', 1],
          ['loslatte', 1],
          ['andre', 2],
        ] as const);
  return {
    ref,
    adults,
    couple,
    childAges,
    childGenders: [],
    incomeSource: r.weighted([
      ['arbeid', 18],
      ['uforetrygd', 25],
      ['aap', 15],
      ['sosialhjelp', 20],
      ['introduksjonsstonad', targetGroup === 'flyktninger' ? 40 : 2],
      ['annet', 5],
    ] as const),
    targetGroup,
    followUp: staffed
      ? 'hoy'
      : r.weighted([
          ['ingen', 30],
          ['lav', 35],
          ['middels', 25],
          ['hoy', 10],
        ] as const),
    careerPath:
      childAges.length > 0 && r.chance(0.35)
        ? r.pick(['startlan', 'leie_til_eie'] as const)
        : r.weighted([
            ['ingen', 70],
            ['privat_leie', 15],
            ['startlan', 10],
          ] as const),
    arrears: r.chance(0.12),
    note: '',
  };
}

/** Fills an empty register with the fictional sample. One transaction: all or nothing. */
export function generateSample(
  db: Db,
  options: { today: string; seed?: number; size?: SampleSize; municipality?: string },
): void {
  const r = createRandom(options.seed ?? 2027);
  // A second stream for what later versions added (P-ROM, genders, loans and grants), so the
  // homes, households and needs stay exactly those of earlier samples.
  const f = createRandom((options.seed ?? 2027) + 1);
  const size = options.size ?? DEFAULT_SAMPLE_SIZE;
  const today = options.today;
  const year = Number(today.slice(0, 4));
  db.transaction(() => {
    setSetting(db, 'municipality', options.municipality ?? SAMPLE_MUNICIPALITY);
    setSetting(db, 'sample', '1');
    const areaIds = AREAS.map((name) => insertArea(db, name));
    let householdNo = 0;
    const owned: { id: number; unit: UnitInput }[] = [];
    const nextRef = () => `H-${String(1001 + householdNo++).padStart(4, '0')}`;

    for (let i = 0; i < size.units; i++) {
      const unit = makeUnit(r, i, areaIds, today);
      // P-ROM measured for about half the homes (86–94 % of BRA); the rest is estimated.
      if (f.chance(0.5)) unit.promM2 = Math.round(unit.areaM2 * (0.86 + f.next() * 0.08) * 10) / 10;
      const unitId = insertUnit(db, unit, addMonths(today, -r.int(0, 8)));
      if (unit.tenure === 'eid') owned.push({ id: unitId, unit });
      if (unit.status !== 'utleid' || householdNo >= size.households) continue;
      const h = makeHousehold(r, nextRef(), unit.bedrooms, unit.staffed);
      // Genders recorded for about two thirds of the children.
      h.childGenders = h.childAges.map(() =>
        f.chance(0.66) ? (f.chance(0.5) ? 'jente' : 'gutt') : null,
      );
      const householdId = insertHousehold(db, h);
      // Contracts started 0–5½ years ago on the 1st; those over 3 years old have expired.
      const start = `${addMonths(today, -r.int(0, 66)).slice(0, 7)}-01`;
      const openEnded = unit.staffed;
      insertTenancy(db, {
        householdId,
        unitId,
        start,
        end: openEnded ? null : addYears(start, 3),
        movedOut: null,
      });
    }
    // Former tenants (moved out) make up the rest of the households.
    const unitCount = size.units;
    while (householdNo < size.households) {
      const h = makeHousehold(r, nextRef(), r.int(1, 3), false);
      const householdId = insertHousehold(db, h);
      const start = `${addMonths(today, -r.int(40, 120)).slice(0, 7)}-01`;
      insertTenancy(db, {
        householdId,
        unitId: r.int(1, unitCount),
        start,
        end: addYears(start, 3),
        movedOut: addYears(start, r.int(1, 3)),
      });
    }

    for (let i = 0; i < size.needs; i++) {
      const targetGroup: TargetGroup = r.weighted([
        ['barnefamilier', 10],
        ['flyktninger', 5],
        ['rus_psykisk_helse', 8],
        ['unge_i_overgang', 6],
        ['funksjonsnedsettelse', 3],
        ['eldre', 3],
        ['bostedslose', 3],
        ['loslatte', 2],
      ] as const);
      const family =
        targetGroup === 'barnefamilier' || (targetGroup === 'flyktninger' && r.chance(0.6));
      const couple = family && r.chance(0.5);
      const childAges = family
        ? Array.from(
            {
              length: r.weighted([
                [1, 3],
                [2, 4],
                [3, 3],
                [4, 2],
                [5, 1],
              ] as const),
            },
            () => r.int(0, 17),
          )
        : [];
      const comp = { adults: couple ? 2 : 1, couple, childAges };
      insertNeed(db, {
        kind: 'soker',
        ref: `S-${String(i + 1).padStart(4, '0')}`,
        targetGroup,
        households: 1,
        householdSize: comp.adults + childAges.length,
        bedrooms: bedroomsNeeded(comp),
        wheelchair:
          targetGroup === 'funksjonsnedsettelse' || (targetGroup === 'eldre' && r.chance(0.5)),
        staffed: targetGroup === 'rus_psykisk_helse' && r.chance(0.3),
        urgency: r.weighted([
          ['akutt', 2],
          ['hoy', 4],
          ['normal', 10],
          ['lav', 3],
        ] as const),
        registered: addMonths(today, -r.int(0, 20)),
        expectedYear: year + (r.chance(0.2) ? 1 : 0),
        note: '',
      });
    }
    // Refugee settlement agreed with IMDi, and a forecast group home need.
    const settlement = [12, 10, 8, 8];
    settlement.forEach((households, k) => {
      insertNeed(db, {
        kind: 'prognose',
        ref: null,
        targetGroup: 'flyktninger',
        households,
        householdSize: 4,
        bedrooms: 3,
        wheelchair: false,
        staffed: false,
        urgency: 'normal',
        registered: today,
        expectedYear: year + 1 + k,
        note: `Bosetting etter avtale med IMDi (fiktivt tall)`,
      });
    });
    insertNeed(db, {
      kind: 'prognose',
      ref: null,
      targetGroup: 'utviklingshemmede',
      households: 6,
      householdSize: 1,
      bedrooms: 1,
      wheelchair: true,
      staffed: true,
      urgency: 'normal',
      registered: today,
      expectedYear: year + 3,
      note: 'Unge med utviklingshemming som flytter hjemmefra (fiktivt tall)',
    });
    sampleFinance(db, f, owned, year);
    // Two years of applications and last year's KOSTRA report (issue 13).
    addSampleHistory(db, today);
    // The adopted plan, the homes in and out since, and two years of surveys (issue 13.3).
    addSamplePlan(db, today);
    logChange(
      db,
      `${today}T00:00:00.000Z`,
      'settings',
      0,
      'create',
      `Fiktiv eksempelkommune opprettet`,
    );
  })();
}

/**
 * The sample's loans and grants: a Husbanken grunnlån on most owned homes (one loan for one to
 * three homes bought together, 10–45 years left, 3–5 %, some fixed for a few years), a few KBN
 * loans, and Husbanken grants on homes bought since 2005 (older ones written down over 20
 * years, newer over 30). Balances at 31.12 last year, as the finance department reports them.
 */
function sampleFinance(
  db: Db,
  f: Random,
  owned: { id: number; unit: UnitInput }[],
  year: number,
): void {
  const balanceDate = `${year - 1}-12-31`;
  let loanNo = 0;
  let grantNo = 0;
  for (let i = 0; i < owned.length;) {
    const group = owned.slice(i, i + f.int(1, 3));
    i += group.length;
    const bought = f.int(1995, year - 1);
    const paidDate = `${bought}-${String(f.int(1, 12)).padStart(2, '0')}-${String(f.int(1, 28)).padStart(2, '0')}`;
    const cost = group.reduce((s, g) => s + (g.unit.bookValue ?? 2_000_000), 0);
    const shares = group.map((g) => (g.unit.bookValue ?? 2_000_000) / cost);
    // Round the shares to 0.1 % and let the last take the rest, so they add up to 100 %.
    const rounded = shares.map((x) => Math.round(x * 1000) / 1000);
    rounded[rounded.length - 1] =
      Math.round((1 - rounded.slice(0, -1).reduce((s, x) => s + x, 0)) * 1000) / 1000;
    const units = group.map((g, k) => ({ unitId: g.id, share: rounded[k]! }));
    if (f.chance(0.85)) {
      const husbanken = f.chance(0.8);
      const left = f.int(10, 45);
      const fixed = f.chance(0.4);
      insertLoan(db, {
        lender: husbanken ? 'husbanken' : 'kbn',
        loanNo: `${husbanken ? 'HB' : 'KBN'}-${String(20_000 + ++loanNo * 37)}`,
        balance: Math.round((cost * (0.3 + f.next() * 0.5)) / 1000) * 1000,
        balanceDate,
        interestRate: Math.round((0.03 + f.next() * 0.02) * 10_000) / 10_000,
        fixedUntil: fixed ? `${year + f.int(0, 4)}-12-31` : null,
        repayment: f.chance(0.7) ? 'annuity' : 'serial',
        remainingYears: left,
        note: 'Fiktivt lån',
        units,
      });
    }
    if (bought >= 2005) {
      const older = bought < 2019;
      const amount = group.reduce((s, g) => {
        const prom = g.unit.promM2 ?? g.unit.areaM2 * 0.9;
        const rate = older ? 5_000 : GRANT_RATES.ovrige.krPerM2;
        return s + Math.round(rate * Math.min(prom, 80));
      }, 0);
      insertGrant(db, {
        grantNo: `TS-${bought}-${String(++grantNo).padStart(3, '0')}`,
        amount,
        paidDate,
        writeDownYears: older ? 20 : 30,
        note: 'Fiktivt tilskudd',
        units,
      });
    }
  }
}
