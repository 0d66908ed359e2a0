// Issue 13.3 contract pieces: the adopted plan («vedtatt plan») and the stock events, and the
// «Plan og resultat» report.
import { z } from 'zod';
import { containsNationalId } from '../domain/privacy';
import {
  STOCK_EVENT_KINDS,
  type CoverageYear,
  type HomesComparison,
  type IndicatorYear,
  type StockEvent,
} from '../domain/planFollowUp';
import { id, int, isoDate, text, unitFields } from './fields';

export interface AdoptedPlan {
  id: number;
  scenarioId: number;
  scenarioName: string;
  fromYear: number;
  toYear: number;
  adoptedOn: string;
  reference: string;
}

/** A framleie home whose lease with the owner has ended with no «framleie ut» recorded. */
export interface LeaseEndedRow {
  unitId: number;
  unitNo: string;
  address: string;
  leaseEnd: string;
}

export interface PlanFollowUpReport {
  today: string;
  currentYear: number;
  adopted: AdoptedPlan[];
  /** The plan shown (the one asked for, else the one covering this year, else the latest). */
  plan: AdoptedPlan | null;
  homes: HomesComparison | null;
  coverage: CoverageYear[];
  /** Set when the adopted scenario cannot be run on today's register (why, in Norwegian). */
  coverageProblem: string | null;
  indicators: IndicatorYear[];
  events: StockEvent[];
  leasesEnded: LeaseEndedRow[];
}

const noNationalId = (value: string, ctx: z.RefinementCtx, field: string) => {
  if (value && containsNationalId(value)) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: 'ser ut som et fødselsnummer – registeret skal ikke ha personnummer',
    });
  }
};

export const planFollowUpGetInput = z.object({ planId: id().optional() }).optional();

export const adoptPlanInput = z
  .object({
    scenarioId: id(),
    fromYear: int(2000, 2100),
    toYear: int(2000, 2100),
    adoptedOn: isoDate(),
    reference: text(200),
    /** Replace adopted plans whose period overlaps (they are lifted). */
    replace: z.boolean().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.toYear < a.fromYear)
      ctx.addIssue({ code: 'custom', path: ['toYear'], message: 'kan ikke være før fra år' });
    noNationalId(a.reference, ctx, 'reference');
  });

const eventKind = () => z.enum(STOCK_EVENT_KINDS, { error: 'er ikke et gyldig valg' });

/** How a home came in or went out: kind, date and a short note. */
export const stockEventFields = z
  .object({ eventKind: eventKind(), date: isoDate(), note: text(300) })
  .superRefine((e, ctx) => noNationalId(e.note, ctx, 'note'));

export const stockEventInput = z
  .object({
    /** A home in the register, or just its number (a home no longer in the register). */
    unitId: id().nullable(),
    unitNo: text(30),
    eventKind: eventKind(),
    date: isoDate(),
    note: text(300),
  })
  .superRefine((e, ctx) => {
    if (e.unitId === null && !e.unitNo)
      ctx.addIssue({ code: 'custom', path: ['unitNo'], message: 'må fylles ut' });
    noNationalId(e.note, ctx, 'note');
  });

/** «Ny bolig» with how it came in (null: ukjent / eksisterende, no event recorded). */
export const unitCreateWithArrivalInput = z.object({
  unit: unitFields,
  arrival: stockEventFields.nullable(),
});

/** Deleting a home with why it went out (null: no event, e.g. registered by mistake). */
export const unitDeleteWithReasonInput = z.object({
  id: id(),
  reason: stockEventFields.nullable(),
});
