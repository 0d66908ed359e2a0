// The household form's draft (what the planner typed) and its conversion to API input.
import type { ChildGender, Household, TargetGroup } from '../../../main/domain/types';
import { Converter, numText } from './draft';

export type HouseholdDraft = {
  ref: string;
  adults: string;
  couple: boolean;
  childAges: string;
  /** Per child, in the order of the ages: 'jente', 'gutt' or '' (not recorded). */
  childGenders: string[];
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
  'childGenders',
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
  childGenders: [],
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
  childGenders: h.childAges.map((_, i) => h.childGenders?.[i] ?? ''),
  incomeSource: h.incomeSource,
  targetGroup: h.targetGroup ?? '',
  followUp: h.followUp,
  careerPath: h.careerPath,
  arrears: h.arrears,
  note: h.note,
});

export function householdInput(d: HouseholdDraft) {
  const c = new Converter();
  const ages = c.numberList('childAges', d.childAges);
  const input = {
    ref: c.text(d.ref),
    adults: c.number('adults', d.adults),
    couple: d.couple,
    childAges: ages,
    childGenders: childGendersInput(d.childGenders, ages.length),
    incomeSource: d.incomeSource,
    targetGroup: c.optionalChoice<TargetGroup>(d.targetGroup),
    followUp: d.followUp,
    careerPath: d.careerPath,
    arrears: d.arrears,
    note: d.note.trim(),
  };
  return { input, issues: c.issues };
}

/** One gender (or null) per child; nothing when none is recorded. */
function childGendersInput(genders: string[], children: number): (ChildGender | null)[] {
  const out = Array.from({ length: children }, (_, i) =>
    genders[i] === 'jente' || genders[i] === 'gutt' ? (genders[i] as ChildGender) : null,
  );
  return out.some((g) => g !== null) ? out : [];
}

/** The ages as typed so far, for one gender choice per child (invalid text: none). */
export function typedAges(text: string): number[] {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.every((p) => /^\d+$/.test(p)) ? parts.map(Number) : [];
}
