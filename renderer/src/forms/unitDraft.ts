// The home form's draft (what the planner typed) and its conversion to API input.
import type { ConditionGrade, TargetGroup, Unit } from '../../../main/domain/types';
import { Converter, numText } from './draft';

export type UnitDraft = {
  unitNo: string;
  address: string;
  areaId: string;
  buildingType: Unit['buildingType'];
  tenure: Unit['tenure'];
  leaseEnd: string;
  ownerRentMonthly: string;
  bedrooms: string;
  rooms: string;
  areaM2: string;
  promM2: string;
  floor: string;
  wheelchairAccessible: boolean;
  universalDesign: boolean;
  staffed: boolean;
  targetGroup: string;
  condition: string;
  maintenanceBacklog: string;
  rentMonthly: string;
  marketRentMonthly: string;
  bookValue: string;
  status: Unit['status'];
  note: string;
};

export const UNIT_FIELDS = [
  'unitNo',
  'address',
  'areaId',
  'buildingType',
  'tenure',
  'leaseEnd',
  'ownerRentMonthly',
  'bedrooms',
  'rooms',
  'areaM2',
  'promM2',
  'floor',
  'wheelchairAccessible',
  'universalDesign',
  'staffed',
  'targetGroup',
  'condition',
  'maintenanceBacklog',
  'rentMonthly',
  'marketRentMonthly',
  'bookValue',
  'status',
  'note',
] as const;

export const EMPTY_UNIT: UnitDraft = {
  unitNo: '',
  address: '',
  areaId: '',
  buildingType: 'leilighet',
  tenure: 'eid',
  leaseEnd: '',
  ownerRentMonthly: '',
  bedrooms: '',
  rooms: '',
  areaM2: '',
  promM2: '',
  floor: '',
  wheelchairAccessible: false,
  universalDesign: false,
  staffed: false,
  targetGroup: '',
  condition: '',
  maintenanceBacklog: '0',
  rentMonthly: '',
  marketRentMonthly: '',
  bookValue: '',
  status: 'ledig',
  note: '',
};

export function unitDraft(u: Unit): UnitDraft {
  return {
    unitNo: u.unitNo,
    address: u.address,
    areaId: numText(u.areaId),
    buildingType: u.buildingType,
    tenure: u.tenure,
    leaseEnd: u.leaseEnd ?? '',
    ownerRentMonthly: numText(u.ownerRentMonthly),
    bedrooms: numText(u.bedrooms),
    rooms: numText(u.rooms),
    areaM2: numText(u.areaM2),
    promM2: numText(u.promM2),
    floor: numText(u.floor),
    wheelchairAccessible: u.wheelchairAccessible,
    universalDesign: u.universalDesign,
    staffed: u.staffed,
    targetGroup: u.targetGroup ?? '',
    condition: numText(u.condition),
    maintenanceBacklog: numText(u.maintenanceBacklog),
    rentMonthly: numText(u.rentMonthly),
    marketRentMonthly: numText(u.marketRentMonthly),
    bookValue: numText(u.bookValue),
    status: u.status,
    note: u.note,
  };
}

export function unitInput(d: UnitDraft) {
  const c = new Converter();
  const framleie = d.tenure === 'framleie';
  const input = {
    unitNo: c.text(d.unitNo),
    address: c.text(d.address),
    areaId: d.areaId === '' ? null : Number(d.areaId),
    buildingType: d.buildingType,
    tenure: d.tenure,
    // Lease fields belong to framleie only; kept in the draft if the planner switches back.
    leaseEnd: framleie ? c.optionalDate(d.leaseEnd) : null,
    ownerRentMonthly: framleie ? c.optionalNumber('ownerRentMonthly', d.ownerRentMonthly) : null,
    bedrooms: c.number('bedrooms', d.bedrooms),
    rooms: c.optionalNumber('rooms', d.rooms),
    areaM2: c.number('areaM2', d.areaM2),
    promM2: c.optionalNumber('promM2', d.promM2),
    floor: c.optionalNumber('floor', d.floor),
    wheelchairAccessible: d.wheelchairAccessible,
    universalDesign: d.universalDesign,
    staffed: d.staffed,
    targetGroup: c.optionalChoice<TargetGroup>(d.targetGroup),
    condition: d.condition === '' ? null : (Number(d.condition) as ConditionGrade),
    maintenanceBacklog: c.number('maintenanceBacklog', d.maintenanceBacklog),
    rentMonthly: c.number('rentMonthly', d.rentMonthly),
    marketRentMonthly: c.optionalNumber('marketRentMonthly', d.marketRentMonthly),
    bookValue: c.optionalNumber('bookValue', d.bookValue),
    status: d.status,
    note: d.note.trim(),
  };
  return { input, issues: c.issues };
}
