// The import plan: survey rows held against the register. Which homes are created, which
// fields change (old → new), which tenancies start or end, which homes the survey missed, and
// every error and warning. Pure: the register comes in as plain data, nothing is written.
import { FIELD_LABEL, householdFields, unitFields } from '../contract/fields';
import {
  SURVEY_HEADER,
  type FieldChange,
  type ImportCounts,
  type ImportProblem,
  type PreviewChangedUnit,
  type PreviewMissingUnit,
  type SurveyField,
} from '../contract/import';
import { formatDate, formatKr, formatNumber } from '../domain/format';
import {
  BUILDING_TYPE_LABEL,
  STATUS_LABEL,
  TARGET_GROUP_LABEL,
  TENURE_LABEL,
  conditionLabel,
} from '../domain/labels';
import type { Area, Household, Tenancy, Unit, UnitStatus } from '../domain/types';
import type { z } from 'zod';
import type { ParsedSurvey, SurveyRow } from './types';
import { problem } from './validate';
import { unitNoKey, unitNoShape } from './values';

export type UnitInput = z.output<typeof unitFields>;
export type HouseholdInput = z.output<typeof householdFields>;

/** The register as the plan needs it: plain data, read in one go. */
export interface RegisterState {
  units: Unit[];
  areas: Area[];
  households: Household[];
  /** Current tenancies (not moved out). */
  tenancies: Tenancy[];
}

export interface UnitPlan {
  row: number;
  /** Null: the home is new. */
  unitId: number | null;
  unitNo: string;
  after: UnitInput;
  /** An area the import creates; the home's areaId is set to it when applied. */
  newArea: string | null;
  /** The home's area name after the import (for the preview). */
  areaName: string | null;
  changes: FieldChange[];
}

export interface HouseholdPlan {
  row: number;
  /** Null: a new household. */
  householdId: number | null;
  input: HouseholdInput;
  changes: FieldChange[];
}

export interface TenancyEndPlan {
  row: number;
  tenancyId: number;
  unitNo: string;
  householdRef: string;
  movedOut: string;
  text: string;
}

export interface TenancyStartPlan {
  row: number;
  unitNo: string;
  householdRef: string;
  newHousehold: boolean;
  start: string;
  end: string | null;
  text: string;
}

export interface TenancyDatePlan {
  row: number;
  tenancyId: number;
  unitNo: string;
  householdRef: string;
  start: string;
  end: string | null;
  text: string;
}

export interface SnapshotPlan {
  row: number;
  unitNo: string;
  condition: number | null;
  backlog: number;
  rent: number;
  status: UnitStatus;
  occupied: boolean;
  surveyedOn: string | null;
}

export interface ImportPlan {
  surveyYear: number;
  /** Homes to create (unitId null) or change; homes with no change are not listed. */
  units: UnitPlan[];
  /** Existing homes with changes to show (home fields and household size). */
  changedRows: PreviewChangedUnit[];
  households: HouseholdPlan[];
  ends: TenancyEndPlan[];
  starts: TenancyStartPlan[];
  dateChanges: TenancyDatePlan[];
  snapshots: SnapshotPlan[];
  newAreas: string[];
  missing: PreviewMissingUnit[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
  errorRows: number[];
  notes: string[];
  counts: ImportCounts;
}

export interface PlanOptions {
  today: string;
  excludeRows: ReadonlySet<number>;
}

const lower = (s: string) => s.toLowerCase();

function toInput(u: Unit): UnitInput {
  const { id: _id, ...rest } = u;
  return rest;
}

/** Display text for a unit field value, in Norwegian formats. */
function show(field: keyof UnitInput, value: unknown, areaName: (id: number) => string): string {
  if (value === null || value === undefined || value === '') return '–';
  switch (field) {
    case 'areaId':
      return areaName(value as number);
    case 'buildingType':
      return BUILDING_TYPE_LABEL[value as UnitInput['buildingType']];
    case 'tenure':
      return TENURE_LABEL[value as UnitInput['tenure']];
    case 'status':
      return STATUS_LABEL[value as UnitStatus];
    case 'targetGroup':
      return TARGET_GROUP_LABEL[value as NonNullable<UnitInput['targetGroup']>];
    case 'condition':
      return conditionLabel(value as number);
    case 'leaseEnd':
      return formatDate(value as string);
    case 'areaM2':
    case 'promM2':
      return `${formatNumber(value as number)} m²`;
    case 'ownerRentMonthly':
    case 'maintenanceBacklog':
    case 'rentMonthly':
    case 'marketRentMonthly':
    case 'bookValue':
      return formatKr(value as number);
    default:
      return typeof value === 'boolean' ? (value ? 'Ja' : 'Nei') : String(value);
  }
}

/** The survey column a unit field comes from, for naming it in messages. */
const UNIT_FIELD_COLUMN: Partial<Record<keyof UnitInput, SurveyField>> = {
  unitNo: 'unitNo',
  address: 'address',
  areaId: 'area',
  buildingType: 'buildingType',
  tenure: 'tenure',
  bedrooms: 'bedrooms',
  areaM2: 'areaM2',
  rooms: 'rooms',
  promM2: 'promM2',
  floor: 'floor',
  wheelchairAccessible: 'wheelchairAccessible',
  condition: 'condition',
  maintenanceBacklog: 'maintenanceBacklog',
  rentMonthly: 'rentMonthly',
  status: 'status',
  note: 'note',
};

function percent(from: number, to: number): string {
  const p = Math.round(((to - from) / from) * 100);
  return `${p > 0 ? '+' : ''}${p} %`;
}

function modeYear(dates: string[]): number | null {
  const count = new Map<number, number>();
  for (const d of dates) {
    const y = Number(d.slice(0, 4));
    count.set(y, (count.get(y) ?? 0) + 1);
  }
  let best: { year: number; n: number } | null = null;
  for (const [year, n] of count)
    if (!best || n > best.n || (n === best.n && year > best.year)) best = { year, n };
  return best?.year ?? null;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

export function planImport(
  parsed: ParsedSurvey,
  state: RegisterState,
  options: PlanOptions,
): ImportPlan {
  const { today, excludeRows } = options;
  const errors: ImportProblem[] = [...parsed.fileProblems];
  const warnings: ImportProblem[] = [];
  const notes: string[] = [];
  const included = parsed.rows.filter((r) => !excludeRows.has(r.row));
  const excluded = parsed.rows.length - included.length;
  const badRows = new Set<number>();
  const rowError = (
    r: SurveyRow,
    field: SurveyField | string,
    value: string | null,
    detail: string,
  ) => {
    const column =
      (r.columnOf as Record<string, string>)[field] ??
      SURVEY_HEADER[field as SurveyField] ??
      FIELD_LABEL[field] ??
      field;
    errors.push(problem('error', r.row, column, value, detail));
    badRows.add(r.row);
  };

  for (const r of included) {
    for (const p of r.problems) {
      if (p.severity === 'error') {
        errors.push(p);
        badRows.add(r.row);
      } else warnings.push(p);
    }
  }

  // Each home and each household once in the file.
  const onlyOnce = (
    field: 'unitNo' | 'householdRef',
    message: (value: string, otherRows: string) => string,
  ) => {
    const rowsByKey = new Map<string, SurveyRow[]>();
    for (const r of included) {
      const k = r.values[field];
      if (k !== undefined) rowsByKey.set(lower(k), [...(rowsByKey.get(lower(k)) ?? []), r]);
    }
    for (const group of rowsByKey.values()) {
      if (group.length < 2) continue;
      for (const r of group) {
        const value = r.values[field]!;
        const others = group.filter((o) => o !== r).map((o) => o.row);
        rowError(r, field, value, message(value, others.join(', ')));
      }
    }
  };
  onlyOnce(
    'unitNo',
    (unitNo, others) =>
      `${unitNo} står også på rad ${others} – hver bolig kan bare stå én gang i filen`,
  );
  onlyOnce(
    'householdRef',
    (ref, others) => `${ref} står også på rad ${others} – en husstand kan bare bo i én bolig`,
  );

  // The register, indexed.
  const unitsByNo = new Map(state.units.map((u) => [lower(u.unitNo), u]));
  const unitsById = new Map(state.units.map((u) => [u.id, u]));
  const areasByName = new Map(state.areas.map((a) => [lower(a.name), a]));
  const areaNames = new Map(state.areas.map((a) => [a.id, a.name]));
  const areaName = (id: number) => areaNames.get(id) ?? String(id);
  const householdsByRef = new Map(state.households.map((h) => [lower(h.ref), h]));
  const householdsById = new Map(state.households.map((h) => [h.id, h]));
  const tenancyByUnit = new Map(state.tenancies.map((t) => [t.unitId, t]));
  const tenancyByHousehold = new Map(state.tenancies.map((t) => [t.householdId, t]));
  const shapes = new Set(state.units.map((u) => unitNoShape(u.unitNo)));
  const keys = new Map(state.units.map((u) => [unitNoKey(u.unitNo), u.unitNo]));
  const exampleUnitNo = state.units[0]?.unitNo ?? '';

  const units: UnitPlan[] = [];
  const households: HouseholdPlan[] = [];
  const ends: TenancyEndPlan[] = [];
  const starts: TenancyStartPlan[] = [];
  const dateChanges: TenancyDatePlan[] = [];
  const snapshots: SnapshotPlan[] = [];
  const newAreas = new Map<string, string>();
  const touchedUnits = new Set<string>();
  /** Homes in the file whose row changes nothing (unless a later row touches them). */
  const unchangedUnits = new Set<string>();
  /**
   * Homes whose row keeps the registered tenant only because Husstand ref is empty (Status
   * Utleid or not given): if that household moves elsewhere in this import, the home is empty.
   */
  const keptWithoutRef = new Map<
    string,
    {
      row: number;
      /** The note that the registered tenant stays (dropped if the tenant moves elsewhere). */
      note: string | null;
      column: string;
      value: string | null;
      after: UnitInput;
      snapshot: SnapshotPlan;
    }
  >();
  let childrenUnknown = 0;

  const hasRefColumn = parsed.columns.some((c) => c.field === 'householdRef');
  const inFile = new Set(
    parsed.rows
      .map((r) => r.values.unitNo)
      .filter((n): n is string => n !== undefined)
      .map(lower),
  );
  const changedRows: PreviewChangedUnit[] = [];

  for (const r of included) {
    const unitNo = r.values.unitNo;
    if (badRows.has(r.row) || unitNo === undefined) continue;
    const v = r.values;
    const existing = unitsByNo.get(lower(unitNo)) ?? null;
    const errorsBefore = errors.length;
    const rowWarnings: ImportProblem[] = [];
    const err = (field: SurveyField | string, detail: string) =>
      rowError(r, field, (r.shown as Record<string, string>)[field] ?? null, detail);
    const warn = (field: SurveyField, detail: string) =>
      rowWarnings.push(
        problem(
          'warning',
          r.row,
          r.columnOf[field] ?? SURVEY_HEADER[field],
          r.shown[field] ?? null,
          detail,
        ),
      );
    // What this row does to tenancies and households; kept only if the row has no errors.
    const rowEnds: TenancyEndPlan[] = [];
    const rowStarts: TenancyStartPlan[] = [];
    const rowDates: TenancyDatePlan[] = [];
    let rowHousehold: HouseholdPlan | null = null;

    // ---- The home ----
    let after: UnitInput;
    if (existing) {
      after = toInput(existing);
    } else {
      if (state.units.length >= 10 && !shapes.has(unitNoShape(unitNo))) {
        const similar = keys.get(unitNoKey(unitNo));
        err(
          'unitNo',
          `«${unitNo}» har et ukjent format for bolignummer – ${similar ? `mente du ${similar}?` : `bolignumrene i registeret ser ut som ${exampleUnitNo}.`} Rett bolignummeret, eller opprett boligen i registeret først`,
        );
        continue;
      }
      for (const f of ['address', 'bedrooms', 'areaM2'] as const) {
        if (v[f] === undefined) {
          err(f, `må fylles ut for en ny bolig (${unitNo} finnes ikke i registeret)`);
        }
      }
      if (v.areaM2 === 0) err('areaM2', 'en ny bolig må ha BRA større enn 0 m²');
      if (errors.length > errorsBefore) continue;
      const bedrooms = v.bedrooms ?? 0;
      after = {
        unitNo,
        address: v.address ?? '',
        areaId: null,
        buildingType: v.buildingType ?? 'leilighet',
        tenure: v.tenure ?? 'eid',
        leaseEnd: null,
        ownerRentMonthly: null,
        bedrooms,
        rooms: v.rooms ?? null,
        areaM2: v.areaM2 ?? 0,
        promM2: v.promM2 ?? null,
        floor: v.floor ?? null,
        wheelchairAccessible: v.wheelchairAccessible ?? false,
        universalDesign: false,
        staffed: false,
        targetGroup: null,
        condition: v.condition ?? null,
        maintenanceBacklog: v.maintenanceBacklog ?? 0,
        rentMonthly: v.rentMonthly ?? 0,
        marketRentMonthly: null,
        bookValue: null,
        status: v.status ?? (v.householdRef !== undefined ? 'utleid' : 'ledig'),
        note: v.note ?? '',
      };
    }
    if (existing) {
      if (v.address !== undefined) after.address = v.address;
      if (v.buildingType !== undefined) after.buildingType = v.buildingType;
      if (v.tenure !== undefined) after.tenure = v.tenure;
      if (v.bedrooms !== undefined) after.bedrooms = v.bedrooms;
      if (v.areaM2 !== undefined) {
        if (v.areaM2 === 0) {
          warn(
            'areaM2',
            `0 m² er ikke et gyldig bruksareal – beholder ${formatNumber(existing.areaM2)} m² fra registeret`,
          );
        } else after.areaM2 = v.areaM2;
      }
      if (v.floor !== undefined) after.floor = v.floor;
      if (v.wheelchairAccessible !== undefined) after.wheelchairAccessible = v.wheelchairAccessible;
      if (v.condition !== undefined) after.condition = v.condition;
      if (v.maintenanceBacklog !== undefined) after.maintenanceBacklog = v.maintenanceBacklog;
      if (v.rentMonthly !== undefined) after.rentMonthly = v.rentMonthly;
      if (v.status !== undefined) after.status = v.status;
      if (v.note !== undefined) after.note = v.note;
    }
    let newArea: string | null = null;
    if (v.area !== undefined) {
      const area = areasByName.get(lower(v.area));
      if (area) after.areaId = area.id;
      else {
        newArea = newAreas.get(lower(v.area)) ?? v.area;
        after.areaId = null;
      }
    }
    if (after.tenure === 'framleie' && after.ownerRentMonthly === null) {
      after.ownerRentMonthly = 0;
      warn(
        'tenure',
        'leie til eier er ikke med i kartleggingen – settes til 0 kr; fyll den inn i registeret',
      );
    }
    if (after.tenure !== 'framleie') {
      after.leaseEnd = null;
      after.ownerRentMonthly = null;
    }
    if (v.rooms !== undefined) after.rooms = v.rooms;
    if (v.promM2 !== undefined) after.promM2 = v.promM2;
    if (after.rooms !== null && after.rooms < after.bedrooms) {
      if (v.rooms !== undefined) {
        err('rooms', `${v.rooms} rom er færre enn ${after.bedrooms} soverom`);
      } else after.rooms = null;
    }
    if (after.promM2 !== null && after.promM2 > after.areaM2) {
      err('promM2', `P-ROM (${formatNumber(after.promM2)} m²) kan ikke være større enn BRA`);
    }

    // ---- Who lives there ----
    const current = existing ? tenancyByUnit.get(existing.id) : undefined;
    const currentHousehold = current ? householdsById.get(current.householdId) : undefined;
    const ref = v.householdRef;
    const moveDate = v.surveyedOn ?? today;
    /** The current tenant moves out (not before moving in); `why` ends the text. */
    const endCurrent = (date: string, why = '') => {
      if (!current || !currentHousehold || !existing) return;
      const movedOut = maxDate(current.start, date);
      rowEnds.push({
        row: r.row,
        tenancyId: current.id,
        unitNo: existing.unitNo,
        householdRef: currentHousehold.ref,
        movedOut,
        text: `Husstand ${currentHousehold.ref} flytter ut av ${existing.unitNo} (${formatDate(movedOut)})${why}`,
      });
    };
    /** The household that lives in the home after the import, if the row names or keeps one. */
    let resident: { ref: string; householdId: number | null } | null = null;
    /** The row keeps the registered tenant because Husstand ref is empty. */
    let keptByEmptyRef = false;
    let keptNote: string | null = null;

    if (ref !== undefined) {
      if (v.status !== undefined && v.status !== 'utleid') {
        err(
          'status',
          `«${STATUS_LABEL[v.status]}», men raden har husstand ${ref}. Sett status Utleid, eller fjern husstanden`,
        );
      }
      after.status = 'utleid';
      if (currentHousehold && lower(currentHousehold.ref) === lower(ref)) {
        resident = { ref: currentHousehold.ref, householdId: currentHousehold.id };
      } else if (v.contractStart === undefined) {
        err('contractStart', `må fylles ut når en ny husstand (${ref}) flytter inn`);
      } else {
        const start = v.contractStart;
        const end = v.contractEnd ?? null;
        if (end !== null && end < start) {
          err(
            'contractEnd',
            `kontrakten kan ikke slutte (${formatDate(end)}) før den starter (${formatDate(start)})`,
          );
        } else {
          endCurrent(start < moveDate ? start : moveDate);
          const known = householdsByRef.get(lower(ref));
          if (end !== null && end < today) {
            warn('contractEnd', `kontrakten for ${ref} er allerede utløpt (${formatDate(end)})`);
          }
          const name = known?.ref ?? ref;
          const where = existing?.unitNo ?? unitNo;
          rowStarts.push({
            row: r.row,
            unitNo: where,
            householdRef: name,
            newHousehold: !known,
            start,
            end,
            text: `Husstand ${name}${known ? '' : ' (ny husstand)'} flytter inn i ${where} fra ${formatDate(start)}${end ? ` (kontrakt til ${formatDate(end)})` : ' (tidsubestemt kontrakt)'}`,
          });
          resident = { ref: name, householdId: known?.id ?? null };
        }
      }
    } else if (current && currentHousehold && existing) {
      if (v.status !== undefined && v.status !== 'utleid') {
        endCurrent(moveDate, `; boligen blir «${STATUS_LABEL[v.status]}»`);
      } else {
        // An empty optional cell is not a warning: the tenant stays, and a note says so.
        if (hasRefColumn) {
          keptNote =
            `Rad ${r.row}, ${r.columnOf.householdRef ?? SURVEY_HEADER.householdRef}: er tom; ` +
            `${currentHousehold.ref} bor i ${existing.unitNo} ifølge registeret og blir boende. ` +
            'Leieforholdet avsluttes bare når Status settes (f.eks. Ledig).';
        }
        keptByEmptyRef = true;
        resident = { ref: currentHousehold.ref, householdId: currentHousehold.id };
      }
    } else if (
      v.contractStart !== undefined ||
      v.contractEnd !== undefined ||
      v.adults !== undefined ||
      v.children !== undefined
    ) {
      const field: SurveyField =
        v.contractStart !== undefined
          ? 'contractStart'
          : v.contractEnd !== undefined
            ? 'contractEnd'
            : v.adults !== undefined
              ? 'adults'
              : 'children';
      warn(field, 'raden har ingen husstand (Husstand ref), så verdien blir ikke brukt');
    }

    // The same household stays: its contract dates may change.
    if (
      resident &&
      current &&
      currentHousehold &&
      existing &&
      resident.householdId === currentHousehold.id
    ) {
      const start = v.contractStart ?? current.start;
      const end = v.contractEnd !== undefined ? v.contractEnd : current.end;
      if (end !== null && end < start) {
        err(
          'contractEnd',
          `kontrakten kan ikke slutte (${formatDate(end)}) før den starter (${formatDate(start)})`,
        );
      } else if (start !== current.start || end !== current.end) {
        rowDates.push({
          row: r.row,
          tenancyId: current.id,
          unitNo: existing.unitNo,
          householdRef: currentHousehold.ref,
          start,
          end,
          text: `Kontrakt for ${currentHousehold.ref} i ${existing.unitNo}: ${formatDate(current.start)}–${formatDate(current.end) || 'tidsubestemt'} → ${formatDate(start)}–${formatDate(end) || 'tidsubestemt'}`,
        });
      }
    }
    if (errors.length > errorsBefore) continue;

    // ---- The household: created by its pseudonymous ref, or its size updated ----
    const householdChanges: FieldChange[] = [];
    let unknownAges = 0;
    if (resident) {
      const known =
        resident.householdId !== null ? householdsById.get(resident.householdId) : undefined;
      const adults = v.adults ?? known?.adults ?? 1;
      let childAges = known ? [...known.childAges] : [];
      const children = v.children ?? childAges.length;
      if (children > childAges.length) {
        unknownAges = children - childAges.length;
        childAges = [...childAges, ...Array.from({ length: unknownAges }, () => 0)];
      } else if (children < childAges.length) {
        // Children no longer counted: most likely the oldest moved out or turned 18.
        childAges = [...childAges].sort((a, b) => a - b).slice(0, children);
      }
      const input: HouseholdInput = known
        ? {
            ref: known.ref,
            adults,
            couple: known.couple && adults >= 2,
            childAges,
            childGenders: (known.childGenders ?? []).slice(0, childAges.length),
            incomeSource: known.incomeSource,
            targetGroup: known.targetGroup,
            followUp: known.followUp,
            careerPath: known.careerPath,
            arrears: known.arrears,
            note: known.note,
          }
        : {
            ref: resident.ref,
            adults,
            couple: adults >= 2,
            childAges,
            childGenders: [],
            incomeSource: 'annet',
            targetGroup: null,
            followUp: 'ingen',
            careerPath: 'ingen',
            arrears: false,
            note: 'Opprettet fra årlig boligkartlegging',
          };
      const checked = householdFields.safeParse(input);
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          const key = String(issue.path[0] ?? '');
          err(
            key === 'adults' ? 'adults' : key === 'childAges' ? 'children' : 'householdRef',
            issue.message,
          );
        }
        continue;
      }
      if (known) {
        if (known.adults !== adults) {
          householdChanges.push({
            field: 'household.adults',
            label: `${known.ref}: Antall voksne`,
            old: String(known.adults),
            new: String(adults),
          });
        }
        if (known.childAges.length !== childAges.length) {
          householdChanges.push({
            field: 'household.children',
            label: `${known.ref}: Antall barn`,
            old: String(known.childAges.length),
            new: String(childAges.length),
          });
        }
        if (householdChanges.length > 0) {
          rowHousehold = { row: r.row, householdId: known.id, input, changes: householdChanges };
        }
      } else {
        rowHousehold = { row: r.row, householdId: null, input, changes: [] };
      }
    }

    // ---- The home as a whole, checked like the register's own form ----
    const checked = unitFields.safeParse(after);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] ?? '') as keyof UnitInput;
        err(UNIT_FIELD_COLUMN[key] ?? key, issue.message);
      }
      continue;
    }

    // ---- Warnings: suspicious but possible ----
    if (existing) {
      const oldRent = existing.rentMonthly;
      if (oldRent > 0 && Math.abs(after.rentMonthly - oldRent) / oldRent > 0.5) {
        warn(
          'rentMonthly',
          `endres fra ${formatKr(oldRent)} til ${formatKr(after.rentMonthly)} (${percent(oldRent, after.rentMonthly)}) – stemmer det?`,
        );
      }
      if (Math.abs(after.areaM2 - existing.areaM2) / existing.areaM2 > 0.25) {
        warn(
          'areaM2',
          `endres fra ${formatNumber(existing.areaM2)} m² til ${formatNumber(after.areaM2)} m² – stemmer det?`,
        );
      }
      if (after.bedrooms !== existing.bedrooms) {
        warn('bedrooms', `endres fra ${existing.bedrooms} til ${after.bedrooms} – stemmer det?`);
      }
    }
    if (after.rentMonthly === 0 && after.status === 'utleid' && v.rentMonthly !== undefined) {
      warn('rentMonthly', '0 kr i månedsleie for en utleid bolig – stemmer det?');
    }
    if (v.surveyedOn !== undefined && v.surveyedOn > today) {
      warn('surveyedOn', `${formatDate(v.surveyedOn)} er frem i tid`);
    }

    // ---- Keep what the row does ----
    if (newArea !== null) newAreas.set(lower(newArea), newArea);
    const changes: FieldChange[] = [];
    if (existing) {
      const before = toInput(existing);
      for (const key of Object.keys(after) as (keyof UnitInput)[]) {
        if (key === 'areaId' && newArea !== null) {
          changes.push({
            field: 'areaId',
            label: FIELD_LABEL.areaId ?? 'Område',
            old: show('areaId', before.areaId, areaName),
            new: `${newArea} (nytt område)`,
          });
        } else if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
          changes.push({
            field: key,
            label: FIELD_LABEL[key] ?? key,
            old: show(key, before[key], areaName),
            new: show(key, after[key], areaName),
          });
        }
      }
    }
    if (!existing || changes.length > 0) {
      units.push({
        row: r.row,
        unitId: existing?.id ?? null,
        unitNo: existing?.unitNo ?? unitNo,
        after,
        newArea,
        areaName: newArea ?? (after.areaId !== null ? areaName(after.areaId) : null),
        changes,
      });
    }
    warnings.push(...rowWarnings);
    ends.push(...rowEnds);
    starts.push(...rowStarts);
    dateChanges.push(...rowDates);
    if (rowHousehold) households.push(rowHousehold);
    childrenUnknown += unknownAges;
    const tenancyChanged = rowEnds.length + rowStarts.length + rowDates.length > 0;
    if (existing) {
      const all = [...changes, ...householdChanges];
      if (all.length > 0) {
        changedRows.push({
          row: r.row,
          unitId: existing.id,
          unitNo: existing.unitNo,
          changes: all,
        });
      }
      if (all.length > 0 || tenancyChanged) touchedUnits.add(lower(existing.unitNo));
      else unchangedUnits.add(lower(existing.unitNo));
    }
    const snapshot: SnapshotPlan = {
      row: r.row,
      unitNo: existing?.unitNo ?? unitNo,
      condition: after.condition,
      backlog: after.maintenanceBacklog,
      rent: after.rentMonthly,
      status: after.status,
      occupied: after.status === 'utleid',
      surveyedOn: v.surveyedOn ?? null,
    };
    snapshots.push(snapshot);
    if (keptByEmptyRef && existing) {
      keptWithoutRef.set(lower(existing.unitNo), {
        row: r.row,
        note: keptNote,
        column: r.columnOf.status ?? SURVEY_HEADER.status,
        value: r.shown.status ?? null,
        after,
        snapshot,
      });
    }
  }

  // A household that moves from a home the file does not end: it leaves that home too.
  const ended = new Set(ends.map((e) => e.tenancyId));
  for (const s of starts) {
    const known = householdsByRef.get(lower(s.householdRef));
    const elsewhere = known ? tenancyByHousehold.get(known.id) : undefined;
    if (!elsewhere || ended.has(elsewhere.id)) continue;
    const from = unitsById.get(elsewhere.unitId);
    if (from && lower(from.unitNo) === lower(s.unitNo)) continue;
    const movedOut = maxDate(elsewhere.start, s.start);
    ends.push({
      row: s.row,
      tenancyId: elsewhere.id,
      unitNo: from?.unitNo ?? String(elsewhere.unitId),
      householdRef: s.householdRef,
      movedOut,
      text: `Husstand ${s.householdRef} flytter fra ${from?.unitNo ?? ''} til ${s.unitNo} (${formatDate(movedOut)})`,
    });
    ended.add(elsewhere.id);
    const kept = from ? keptWithoutRef.get(lower(from.unitNo)) : undefined;
    if (from && kept && kept.after.status === 'utleid') {
      // The file keeps the home «Utleid» with nobody named, but its tenant moves here: nobody
      // is left in it, so it becomes vacant (said plainly; the planner confirms warnings).
      vacateKeptHome(from, kept, s.householdRef, s.unitNo);
    }
    if (from && !touchedUnits.has(lower(from.unitNo))) {
      // The home it left becomes vacant, unless the survey says otherwise for it.
      if (!inFile.has(lower(from.unitNo)) && from.status === 'utleid') {
        const changes: FieldChange[] = [
          {
            field: 'status',
            label: FIELD_LABEL.status ?? 'Status',
            old: STATUS_LABEL.utleid,
            new: STATUS_LABEL.ledig,
          },
        ];
        units.push({
          row: s.row,
          unitId: from.id,
          unitNo: from.unitNo,
          after: { ...toInput(from), status: 'ledig' },
          newArea: null,
          areaName: from.areaId !== null ? areaName(from.areaId) : null,
          changes,
        });
        changedRows.push({ row: s.row, unitId: from.id, unitNo: from.unitNo, changes });
      }
      touchedUnits.add(lower(from.unitNo));
    }
  }

  function vacateKeptHome(
    from: (typeof state.units)[number],
    kept: NonNullable<ReturnType<typeof keptWithoutRef.get>>,
    householdRef: string,
    toUnitNo: string,
  ): void {
    kept.after.status = 'ledig';
    kept.snapshot.status = 'ledig';
    kept.snapshot.occupied = false;
    const change: FieldChange = {
      field: 'status',
      label: FIELD_LABEL.status ?? 'Status',
      old: STATUS_LABEL[from.status],
      new: STATUS_LABEL.ledig,
    };
    const plan = units.find((u) => u.unitId === from.id);
    if (plan) {
      plan.changes = plan.changes.filter((c) => c.field !== 'status');
      if (from.status !== 'ledig') plan.changes.push(change);
    } else if (from.status !== 'ledig') {
      units.push({
        row: kept.row,
        unitId: from.id,
        unitNo: from.unitNo,
        after: kept.after,
        newArea: null,
        areaName: kept.after.areaId !== null ? areaName(kept.after.areaId) : null,
        changes: [change],
      });
    }
    const shown = changedRows.find((c) => c.unitId === from.id);
    if (shown) {
      shown.changes = shown.changes.filter((c) => c.field !== 'status');
      if (from.status !== 'ledig') shown.changes.push(change);
    } else if (from.status !== 'ledig') {
      changedRows.push({ row: kept.row, unitId: from.id, unitNo: from.unitNo, changes: [change] });
    }
    // The row's «tenancy only ends when Status says so» is not what happens here: replace it.
    kept.note = null;
    warnings.push(
      problem(
        'warning',
        kept.row,
        kept.column,
        kept.value,
        `${from.unitNo} står som utleid, men husstanden ${householdRef} flytter til ${toUnitNo} – boligen settes til ledig`,
      ),
    );
    touchedUnits.add(lower(from.unitNo));
  }

  const keptNotes = [...keptWithoutRef.values()].filter((k) => k.note !== null);
  keptNotes.sort((a, b) => a.row - b.row);
  notes.push(...keptNotes.map((k) => k.note!));

  if (childrenUnknown > 0) {
    notes.push(
      `${childrenUnknown} barn er ${childrenUnknown === 1 ? 'nytt' : 'nye'} i registeret: kartleggingen har ikke alder, så de registreres som 0 år. Rett alderen i husstanden for riktig soveromsbehov.`,
    );
  }

  // Homes in the register the survey does not mention: flagged, never deleted.
  const missing: PreviewMissingUnit[] = state.units
    .filter((u) => !inFile.has(lower(u.unitNo)))
    .map((u) => ({
      unitId: u.id,
      unitNo: u.unitNo,
      address: u.address,
      status: STATUS_LABEL[u.status],
    }));

  const surveyDates = included
    .map((r) => r.values.surveyedOn)
    .filter((d): d is string => d !== undefined);
  const surveyYear = modeYear(surveyDates) ?? Number(today.slice(0, 4));

  const sortProblems = (a: ImportProblem, b: ImportProblem) => (a.row ?? 0) - (b.row ?? 0);
  errors.sort(sortProblems);
  warnings.sort(sortProblems);
  const created = units.filter((u) => u.unitId === null).length;
  return {
    surveyYear,
    units,
    changedRows,
    households,
    ends,
    starts,
    dateChanges,
    snapshots,
    newAreas: [...newAreas.values()],
    missing,
    errors,
    warnings,
    errorRows: [...badRows].sort((a, b) => a - b),
    notes,
    counts: {
      rows: parsed.rows.length,
      created,
      updated: touchedUnits.size,
      unchanged: [...unchangedUnits].filter((u) => !touchedUnits.has(u)).length,
      missing: missing.length,
      excluded,
      tenanciesStarted: starts.length,
      tenanciesEnded: ends.length,
      householdsCreated: households.filter((h) => h.householdId === null).length,
      errors: errors.length,
      warnings: warnings.length,
    },
  };
}
