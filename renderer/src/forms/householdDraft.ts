// The household form's draft (what the planner typed) and its conversion to API input.
import type { Household, TargetGroup } from '../../../main/domain/types';
import { Converter, numText } from './draft';

export type HouseholdDraft = {
  ref: string;
  adults: string;
  couple: boolean;
  childAges: string;
  incomeSource: Household['incomeSource'];
  targetGroup: string;
  followUp: Household['followUp'];
  careerPath: Household['careerPath'];
  arrears: boolean;
  note: string;
};

export const HOUSEHOLD_FIELDS = [
  'ref',
  'adults',
  'couple',
  'childAges',
  'incomeSource',
  'targetGroup',
  'followUp',
  'careerPath',
  'arrears',
  'note',
] as const;

export const EMPTY_HOUSEHOLD: HouseholdDraft = {
  ref: '',
  adults: '1',
  couple: false,
  childAges: '',
  incomeSource: 'arbeid',
  targetGroup: '',
  followUp: 'ingen',
  careerPath: 'ingen',
  arrears: false,
  note: '',
};

export const householdDraft = (h: Household): HouseholdDraft => ({
  ref: h.ref,
  adults: numText(h.adults),
  couple: h.couple,
  childAges: h.childAges.join(', '),
  incomeSource: h.incomeSource,
  targetGroup: h.targetGroup ?? '',
  followUp: h.followUp,
  careerPath: h.careerPath,
  arrears: h.arrears,
  note: h.note,
});

export function householdInput(d: HouseholdDraft) {
  const c = new Converter();
  const input = {
    ref: c.text(d.ref),
    adults: c.number('adults', d.adults),
    couple: d.couple,
    childAges: c.numberList('childAges', d.childAges),
    incomeSource: d.incomeSource,
    targetGroup: c.optionalChoice<TargetGroup>(d.targetGroup),
    followUp: d.followUp,
    careerPath: d.careerPath,
    arrears: d.arrears,
    note: d.note.trim(),
  };
  return { input, issues: c.issues };
}
