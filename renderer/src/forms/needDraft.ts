// The need form's draft (what the planner typed) and its conversion to API input.
import type { Need } from '../../../main/domain/types';
import { Converter, numText } from './draft';

export type NeedDraft = {
  kind: Need['kind'];
  ref: string;
  targetGroup: Need['targetGroup'];
  households: string;
  householdSize: string;
  bedrooms: string;
  wheelchair: boolean;
  staffed: boolean;
  urgency: Need['urgency'];
  registered: string;
  expectedYear: string;
  note: string;
};

export const NEED_FIELDS = [
  'kind',
  'ref',
  'targetGroup',
  'households',
  'householdSize',
  'bedrooms',
  'wheelchair',
  'staffed',
  'urgency',
  'registered',
  'expectedYear',
  'note',
] as const;

export const emptyNeed = (today: string): NeedDraft => ({
  kind: 'soker',
  ref: '',
  targetGroup: 'barnefamilier',
  households: '1',
  householdSize: '',
  bedrooms: '',
  wheelchair: false,
  staffed: false,
  urgency: 'normal',
  registered: today,
  expectedYear: today.slice(0, 4),
  note: '',
});

export const needDraft = (n: Need): NeedDraft => ({
  kind: n.kind,
  ref: n.ref ?? '',
  targetGroup: n.targetGroup,
  households: numText(n.households),
  householdSize: numText(n.householdSize),
  bedrooms: numText(n.bedrooms),
  wheelchair: n.wheelchair,
  staffed: n.staffed,
  urgency: n.urgency,
  registered: n.registered,
  expectedYear: numText(n.expectedYear),
  note: n.note,
});

export function needInput(d: NeedDraft) {
  const c = new Converter();
  const input = {
    kind: d.kind,
    ref: c.optionalText(d.ref),
    targetGroup: d.targetGroup,
    households: c.number('households', d.households),
    householdSize: c.number('householdSize', d.householdSize),
    bedrooms: c.number('bedrooms', d.bedrooms),
    wheelchair: d.wheelchair,
    staffed: d.staffed,
    urgency: d.urgency,
    registered: c.date('registered', d.registered),
    expectedYear: c.number('expectedYear', d.expectedYear),
    note: d.note.trim(),
  };
  return { input, issues: c.issues };
}
