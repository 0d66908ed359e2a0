// Shared set-up for the import tests: a small, fully known register (12 homes, tenants,
// contracts), the 2026 survey of it in the template's columns, and table dumps to compare.
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { insertArea } from '../../../main/register/areas';
import type { Db } from '../../../main/register/db';
import { insertHousehold } from '../../../main/register/households';
import { insertTenancy } from '../../../main/register/tenancies';
import { insertUnit } from '../../../main/register/units';
import type { SurveySheetRow } from '../../../main/import/template';
import type { HouseholdInput, UnitInput } from '../../../main/import/plan';
import { openTestRegister } from '../helpers';

export const FIXTURES = join(__dirname, '../../fixtures/import');
export const fixture = (name: string) => join(FIXTURES, name);

type UnitSeed = Partial<UnitInput> &
  Pick<UnitInput, 'unitNo' | 'address' | 'bedrooms' | 'areaM2' | 'rentMonthly' | 'status'> & {
    area: 'Sentrum' | 'Nordbyen';
    tenant?: {
      ref: string;
      adults: number;
      couple?: boolean;
      childAges?: number[];
      start: string;
      end: string | null;
    };
  };

const HOMES: UnitSeed[] = [
  {
    unitNo: 'B-001',
    address: 'Fjordgata 1',
    area: 'Sentrum',
    bedrooms: 2,
    areaM2: 62.5,
    floor: 2,
    condition: 1,
    maintenanceBacklog: 25_000,
    rentMonthly: 9_500,
    status: 'utleid',
    tenant: {
      ref: 'H-1001',
      adults: 2,
      couple: true,
      childAges: [4, 7],
      start: '2024-03-01',
      end: '2027-02-28',
    },
  },
  {
    unitNo: 'B-002',
    address: 'Fjordgata 3',
    area: 'Sentrum',
    bedrooms: 1,
    areaM2: 45,
    floor: 1,
    condition: 2,
    maintenanceBacklog: 80_000,
    rentMonthly: 7_800,
    status: 'utleid',
    tenant: { ref: 'H-1002', adults: 1, start: '2021-06-01', end: '2024-05-31' },
  },
  {
    unitNo: 'B-003',
    address: 'Kirkeveien 10',
    area: 'Nordbyen',
    buildingType: 'rekkehus',
    bedrooms: 3,
    areaM2: 85,
    floor: 1,
    condition: 2,
    maintenanceBacklog: 150_000,
    rentMonthly: 12_500,
    status: 'utleid',
    tenant: {
      ref: 'H-1003',
      adults: 2,
      couple: true,
      childAges: [2, 5, 9],
      start: '2023-01-01',
      end: '2025-12-31',
    },
  },
  {
    unitNo: 'B-004',
    address: 'Kirkeveien 12',
    area: 'Nordbyen',
    buildingType: 'hybel',
    bedrooms: 0,
    areaM2: 28,
    floor: 1,
    condition: 1,
    maintenanceBacklog: 10_000,
    rentMonthly: 5_200,
    status: 'ledig',
  },
  {
    unitNo: 'B-005',
    address: 'Elveveien 4',
    area: 'Sentrum',
    tenure: 'framleie',
    leaseEnd: '2028-06-30',
    ownerRentMonthly: 9_000,
    bedrooms: 2,
    areaM2: 58,
    floor: 3,
    condition: 1,
    maintenanceBacklog: 0,
    rentMonthly: 9_800,
    status: 'utleid',
    tenant: { ref: 'H-1005', adults: 1, childAges: [3], start: '2025-01-01', end: '2027-12-31' },
  },
  {
    unitNo: 'B-006',
    address: 'Granlia 2',
    area: 'Nordbyen',
    buildingType: 'omsorgsbolig',
    tenure: 'tildelingsrett',
    bedrooms: 1,
    areaM2: 48,
    floor: 1,
    wheelchairAccessible: true,
    staffed: true,
    targetGroup: 'eldre',
    condition: 0,
    maintenanceBacklog: 0,
    rentMonthly: 8_900,
    status: 'utleid',
    tenant: { ref: 'H-1006', adults: 1, start: '2020-05-01', end: null },
  },
  {
    unitNo: 'B-007',
    address: 'Granlia 4',
    area: 'Nordbyen',
    bedrooms: 2,
    areaM2: 64,
    floor: 2,
    condition: 3,
    maintenanceBacklog: 450_000,
    rentMonthly: 9_000,
    status: 'under_rehabilitering',
  },
  {
    unitNo: 'B-008',
    address: 'Havnegata 8',
    area: 'Sentrum',
    buildingType: 'enebolig',
    bedrooms: 4,
    areaM2: 120,
    floor: 1,
    condition: 2,
    maintenanceBacklog: 220_000,
    rentMonthly: 15_000,
    status: 'utleid',
    tenant: {
      ref: 'H-1008',
      adults: 2,
      couple: true,
      childAges: [11, 13, 15],
      start: '2024-08-01',
      end: '2027-07-31',
    },
  },
  {
    unitNo: 'B-009',
    address: 'Havnegata 10',
    area: 'Sentrum',
    bedrooms: 1,
    areaM2: 40,
    floor: 2,
    condition: 1,
    maintenanceBacklog: 5_000,
    rentMonthly: 7_000,
    status: 'til_salgs',
  },
  {
    unitNo: 'B-010',
    address: 'Solbergveien 1',
    area: 'Nordbyen',
    bedrooms: 2,
    areaM2: 60,
    floor: 1,
    condition: null,
    maintenanceBacklog: 0,
    rentMonthly: 9_200,
    status: 'utleid',
    tenant: { ref: 'H-1010', adults: 2, couple: true, start: '2025-09-01', end: '2028-08-31' },
  },
  {
    unitNo: 'B-011',
    address: 'Solbergveien 3',
    area: 'Nordbyen',
    bedrooms: 2,
    areaM2: 61,
    floor: 2,
    condition: 1,
    maintenanceBacklog: 12_000,
    rentMonthly: 9_300,
    status: 'ledig',
  },
  {
    unitNo: 'B-012',
    address: 'Solbergveien 5',
    area: 'Nordbyen',
    bedrooms: 3,
    areaM2: 78,
    floor: 2,
    condition: 2,
    maintenanceBacklog: 60_000,
    rentMonthly: 11_200,
    status: 'ledig',
  },
];

function household(
  ref: string,
  adults: number,
  couple: boolean,
  childAges: number[],
): HouseholdInput {
  return {
    ref,
    adults,
    couple,
    childAges,
    childGenders: [],
    incomeSource: 'arbeid',
    targetGroup: null,
    followUp: 'lav',
    careerPath: 'ingen',
    arrears: false,
    note: '',
  };
}

/** Fills an empty register with the known homes, households and tenancies. */
export function seedBase(db: Db): void {
  db.transaction(() => {
    const areas = { Sentrum: insertArea(db, 'Sentrum'), Nordbyen: insertArea(db, 'Nordbyen') };
    for (const h of HOMES) {
      const { area, tenant, ...rest } = h;
      const unit: UnitInput = {
        areaId: areas[area],
        buildingType: 'leilighet',
        tenure: 'eid',
        leaseEnd: null,
        ownerRentMonthly: null,
        rooms: Math.max(1, rest.bedrooms + 1),
        promM2: null,
        floor: null,
        wheelchairAccessible: false,
        universalDesign: false,
        staffed: false,
        targetGroup: null,
        condition: null,
        maintenanceBacklog: 0,
        marketRentMonthly: null,
        bookValue: null,
        note: '',
        ...rest,
      };
      const unitId = insertUnit(db, unit, '2026-01-01');
      if (tenant) {
        const householdId = insertHousehold(
          db,
          household(tenant.ref, tenant.adults, tenant.couple ?? false, tenant.childAges ?? []),
        );
        insertTenancy(db, {
          householdId,
          unitId,
          start: tenant.start,
          end: tenant.end,
          movedOut: null,
        });
      }
    }
    // A former tenant who has moved out.
    const former = insertHousehold(db, household('H-0900', 1, false, []));
    insertTenancy(db, {
      householdId: former,
      unitId: 4,
      start: '2019-01-01',
      end: '2021-12-31',
      movedOut: '2021-12-31',
    });
  })();
}

/** A test register (real handlers, fake shell) holding the known homes. */
export function openBase() {
  const reg = openTestRegister();
  seedBase(reg.db());
  return reg;
}

/** The 2026 survey in the template's columns (what the committed fixtures also say). */
export const SURVEY_2026: SurveySheetRow[] = [
  {
    unitNo: 'B-001',
    address: 'Fjordgata 1',
    area: 'Sentrum',
    buildingType: 'Leilighet',
    tenure: 'Eid',
    bedrooms: 2,
    areaM2: 62.5,
    floor: 2,
    wheelchairAccessible: 'Nei',
    condition: 'TG2',
    maintenanceBacklog: 40_000,
    rentMonthly: 9_900,
    status: 'Utleid',
    householdRef: 'H-1001',
    adults: 2,
    children: 3,
    contractStart: '2024-03-01',
    contractEnd: '2027-02-28',
    surveyedOn: '2026-10-15',
  },
  {
    unitNo: 'B-002',
    address: 'Fjordgata 3',
    area: 'Sentrum',
    buildingType: 'Leilighet',
    tenure: 'Eid',
    bedrooms: 1,
    areaM2: 45,
    floor: 1,
    wheelchairAccessible: 'Nei',
    condition: 'TG2',
    maintenanceBacklog: 80_000,
    rentMonthly: 7_800,
    status: 'Utleid',
    householdRef: 'H-2001',
    adults: 1,
    children: 1,
    contractStart: '2026-09-01',
    contractEnd: '2029-08-31',
    surveyedOn: '2026-10-15',
    note: 'Ny leietaker',
  },
  {
    unitNo: 'B-003',
    address: 'Kirkeveien 10',
    area: 'Nordbyen',
    buildingType: 'Rekkehus',
    tenure: 'Eid',
    bedrooms: 3,
    areaM2: 85,
    floor: 1,
    wheelchairAccessible: 'Nei',
    condition: 'TG2',
    maintenanceBacklog: 150_000,
    rentMonthly: 12_500,
    status: 'Ledig',
    surveyedOn: '2026-10-16',
  },
  {
    unitNo: 'B-004',
    address: 'Kirkeveien 12',
    area: 'Nordbyen',
    buildingType: 'Hybel',
    tenure: 'Eid',
    bedrooms: 0,
    areaM2: 28,
    floor: 1,
    wheelchairAccessible: 'Nei',
    condition: 'TG1',
    maintenanceBacklog: 10_000,
    rentMonthly: 5_200,
    status: 'Ledig',
    surveyedOn: '2026-10-16',
  },
  {
    unitNo: 'B-005',
    address: 'Elveveien 4',
    area: 'Sentrum',
    buildingType: 'Leilighet',
    tenure: 'Framleie',
    bedrooms: 2,
    areaM2: 58,
    floor: 3,
    wheelchairAccessible: 'Nei',
    condition: 'TG1',
    maintenanceBacklog: 0,
    rentMonthly: 9_800,
    status: 'Utleid',
    householdRef: 'H-1005',
    adults: 1,
    children: 1,
    contractStart: '2025-01-01',
    contractEnd: '2027-12-31',
    surveyedOn: '2026-10-16',
  },
  {
    unitNo: 'B-006',
    address: 'Granlia 2',
    area: 'Nordbyen',
    buildingType: 'Omsorgsbolig',
    tenure: 'Tildelingsrett',
    bedrooms: 1,
    areaM2: 48,
    floor: 1,
    wheelchairAccessible: 'Ja',
    condition: 'TG0',
    maintenanceBacklog: 0,
    rentMonthly: 8_900,
    status: 'Utleid',
    householdRef: 'H-1006',
    adults: 1,
    children: 0,
    contractStart: '2020-05-01',
    surveyedOn: '2026-10-17',
  },
  {
    unitNo: 'B-007',
    address: 'Granlia 4',
    area: 'Nordbyen',
    buildingType: 'Leilighet',
    tenure: 'Eid',
    bedrooms: 2,
    areaM2: 64,
    floor: 2,
    wheelchairAccessible: 'Nei',
    condition: 'TG1',
    maintenanceBacklog: 0,
    rentMonthly: 9_000,
    status: 'Ledig',
    surveyedOn: '2026-10-17',
    note: 'Rehabilitert 2026',
  },
  {
    unitNo: 'B-008',
    address: 'Havnegata 8',
    area: 'Sentrum',
    buildingType: 'Enebolig',
    tenure: 'Eid',
    bedrooms: 4,
    areaM2: 120,
    floor: 1,
    wheelchairAccessible: 'Nei',
    condition: 'TG2',
    maintenanceBacklog: 220_000,
    rentMonthly: 15_000,
    status: 'Utleid',
    householdRef: 'H-1008',
    adults: 2,
    children: 3,
    contractStart: '2024-08-01',
    contractEnd: '2029-12-31',
    surveyedOn: '2026-10-17',
  },
  {
    unitNo: 'B-010',
    address: 'Solbergveien 1',
    area: 'Nordbyen',
    buildingType: 'Leilighet',
    tenure: 'Eid',
    bedrooms: 2,
    areaM2: 60,
    floor: 1,
    wheelchairAccessible: 'Nei',
    condition: 'TG1',
    maintenanceBacklog: 0,
    rentMonthly: 9_200,
    status: 'Utleid',
    householdRef: 'H-1010',
    adults: 2,
    children: 0,
    contractStart: '2025-09-01',
    contractEnd: '2028-08-31',
    surveyedOn: '2026-10-18',
  },
  {
    unitNo: 'B-011',
    address: 'Solbergveien 3',
    area: 'Havnebyen',
    buildingType: 'Leilighet',
    tenure: 'Eid',
    bedrooms: 2,
    areaM2: 61,
    floor: 2,
    wheelchairAccessible: 'Nei',
    condition: 'TG1',
    maintenanceBacklog: 12_000,
    rentMonthly: 9_300,
    status: 'Ledig',
    surveyedOn: '2026-10-18',
  },
  {
    unitNo: 'B-013',
    address: 'Nyveien 3',
    area: 'Nordbyen',
    buildingType: 'Leilighet',
    tenure: 'Eid',
    bedrooms: 2,
    areaM2: 55.5,
    floor: 3,
    wheelchairAccessible: 'Ja',
    condition: 'TG0',
    maintenanceBacklog: 0,
    rentMonthly: 10_500,
    status: 'Ledig',
    surveyedOn: '2026-10-18',
  },
  {
    unitNo: 'B-014',
    address: 'Strandveien 7',
    area: 'Havnebyen',
    buildingType: 'Rekkehus',
    tenure: 'Eid',
    bedrooms: 3,
    areaM2: 82,
    floor: 1,
    wheelchairAccessible: 'Nei',
    condition: 'TG0',
    maintenanceBacklog: 0,
    rentMonthly: 12_900,
    status: 'Utleid',
    householdRef: 'H-2002',
    adults: 2,
    children: 2,
    contractStart: '2026-11-01',
    contractEnd: '2029-10-31',
    surveyedOn: '2026-10-18',
  },
];

/** The counts the 2026 survey gives against the base register. */
export const SURVEY_2026_COUNTS = {
  rows: 12,
  created: 2,
  updated: 7,
  unchanged: 3,
  missing: 2,
  tenanciesStarted: 2,
  tenanciesEnded: 2,
  householdsCreated: 2,
};

/** Every table, every row, in rowid order: to prove "exactly as before". */
export function dumpTables(db: Db, exclude: string[] = []): Record<string, unknown[]> {
  const tables = (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  return Object.fromEntries(
    tables
      .filter((t) => !exclude.includes(t))
      .map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]),
  );
}

/** The register's content (homes, areas, households, tenancies): what an import changes. */
export const registerContent = (db: Db) =>
  dumpTables(db, [
    'change_log',
    'import_run',
    'import_undo',
    'survey_snapshot',
    'settings',
    'scenario',
  ]);

/**
 * Closes the registers a test opened after each test: `track(reg)` for any register, `base()`
 * for a new base register. Call once at the top of a test file.
 */
export function closedAfterEach() {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups) c();
    cleanups = [];
  });
  const track = <T extends { close: () => void }>(reg: T): T => {
    cleanups.push(reg.close);
    return reg;
  };
  return { track, base: () => track(openBase()) };
}
