// Issue 12.3: the planner's «sett» marks on a scenario's warnings (with a short reason).
import { z } from 'zod';
import { containsNationalId, NATIONAL_ID_MESSAGE } from '../domain/privacy';
import { id, requiredText, text } from './fields';

/** A warning marked as seen: stays visible, grey, with the reason. */
export interface WarningSeen {
  scenarioId: number;
  /** warningKey(issue): code, action and year. */
  key: string;
  code: string;
  reason: string;
  /** ISO date. */
  seenOn: string;
}

export const WARNING_REASON_MAX = 200;

export const warningListInput = z.object({ scenarioId: id() });

export const warningSetSeenInput = z
  .object({
    scenarioId: id(),
    key: requiredText(400),
    code: text(60).default(''),
    /** Null removes the mark. */
    reason: requiredText(WARNING_REASON_MAX).nullable(),
  })
  .superRefine((f, ctx) => {
    if (f.reason && containsNationalId(f.reason)) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: NATIONAL_ID_MESSAGE });
    }
  });
export type WarningSetSeenInput = z.output<typeof warningSetSeenInput>;
