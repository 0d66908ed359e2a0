// Issue 13 contract pieces: contract follow-up and the application lifecycle.
import { z } from 'zod';
import { containsNationalId } from '../domain/privacy';
import {
  ENDING_KINDS,
  FOLLOW_UP_STATUSES,
  NEED_STATUSES,
  SSB_GROUPS,
  type EndingKind,
  type FollowUpStatus,
  type NeedStatus,
  type SsbGroup,
} from '../domain/casework';
import { TENURES, type ConditionGrade, type Need, type Tenure } from '../domain/types';
import { choice, id, int, isoDate, listQuery, text } from './fields';

/** A contract or framleie lease ending, with the planner's follow-up. */
export interface EndingRow {
  /** `${kind}-${refId}`: unique per row. */
  key: string;
  kind: EndingKind;
  /** The tenancy's id (kontrakt) or the home's id (framleie). */
  refId: number;
  unitId: number;
  unitNo: string;
  address: string;
  areaName: string | null;
  tenure: Tenure;
  condition: ConditionGrade | null;
  householdId: number | null;
  householdRef: string | null;
  end: string;
  /** Days from today to the end; negative when overdue. */
  daysLeft: number;
  status: FollowUpStatus | null;
  statusDate: string | null;
  note: string;
}

export interface EndingPage {
  rows: EndingRow[];
  total: number;
  /** The last end date the list includes (today + the chosen months). */
  until: string;
}

export const FOLLOW_UP_FILTER_STATUSES = [...FOLLOW_UP_STATUSES, 'ingen'] as const;

const endingFilters = {
  months: int(1, 120).optional(),
  kind: choice(ENDING_KINDS).optional(),
  tenure: choice(TENURES).optional(),
  areaId: id().optional(),
  condition: int(0, 3).optional(),
  /** «ingen»: no follow-up status set yet. */
  status: choice(FOLLOW_UP_FILTER_STATUSES).optional(),
};

export const endingQuery = listQuery.extend(endingFilters);
export const endingExportInput = z.object({ ...endingFilters, search: text(100).optional() });

const noNationalId = (value: string | null, ctx: z.RefinementCtx, field: string) => {
  if (value && containsNationalId(value)) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: 'ser ut som et fødselsnummer – registeret skal ikke ha personnummer',
    });
  }
};

export const followUpInput = z
  .object({
    kind: choice(ENDING_KINDS),
    refId: id(),
    /** Null clears the follow-up. */
    status: choice(FOLLOW_UP_STATUSES).nullable(),
    statusDate: isoDate().nullable(),
    note: text(300),
  })
  .superRefine((f, ctx) => noNationalId(f.note, ctx, 'note'));

// ---- Applications ---------------------------------------------------------------------------

/** A need with its application lifecycle (registrert, vedtak, tildelt, trukket). */
export interface NeedCase extends Need {
  status: NeedStatus;
  householdId: number | null;
  householdRef: string | null;
  decidedOn: string | null;
  allocatedOn: string | null;
  allocatedUnitId: number | null;
  allocatedUnitNo: string | null;
  withdrawnOn: string | null;
  /** The planner's SSB group; null means the default from the target group. */
  ssbGroup: SsbGroup | null;
}

export const needStatusInput = z
  .object({
    id: id(),
    status: choice(NEED_STATUSES),
    /** The date of the decision, the allocation or the withdrawal. */
    date: isoDate(),
    /** Tildelt: the home allocated. A tenancy starts on `date` for the need's household. */
    unitId: id().optional(),
    /** Tildelt: the contract's end (default three years). Null: open-ended. */
    contractEnd: isoDate().nullable().optional(),
    ssbGroup: choice(SSB_GROUPS).nullable().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.status === 'tildelt' && s.unitId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'velg boligen som tildeles' });
    }
  });

export const needLinkInput = z.object({
  id: id(),
  householdId: id().nullable(),
  ssbGroup: choice(SSB_GROUPS).nullable(),
});
