// «Foreslå plan» (issue 15): the request from the screen and the answer. The solve runs in the
// main process (HiGHS in a worker thread); the screen polls `plan.suggestProgress` while it runs.
import { z } from 'zod';
import type { SuggestOutcome } from '../domain/optimise/types';
import { SEGMENT_KEYS, type SegmentKey } from '../domain/scenario/segments';

const kr = (label: string) =>
  z
    .number({ error: `${label}: må være et beløp` })
    .finite()
    .min(0, `${label}: kan ikke være negativ`);
const share = (label: string) =>
  z
    .number({ error: `${label}: må være en andel` })
    .min(0, `${label}: må være 0–100 %`)
    .max(1, `${label}: må være 0–100 %`);
const segment = z
  .string()
  .refine((s): s is SegmentKey => (SEGMENT_KEYS as readonly string[]).includes(s), {
    message: 'Segment: er ikke gyldig',
  }) as unknown as z.ZodType<SegmentKey>;

const purchasePrice = z.object({
  pricePerHome: kr('Kjøpspris'),
  areaM2PerHome: z.number().positive('Areal: må være større enn 0'),
  rentMonthlyPerHome: kr('Husleie'),
});
const framleiePrice = z.object({
  ownerRentMonthly: kr('Leie til eier'),
  rentMonthly: kr('Husleie'),
});
const buckets = <T extends z.ZodType>(t: T) => z.object({ '1': t, '2': t, '3': t, '4+': t });

export const suggestInput = z.object({
  /** Stored scenario to start from (its decided actions are kept); 0 = the register as it is. */
  baseId: z.number().int().min(0),
  /** Horizon when starting from the register (years from next year). */
  years: z.number().int().min(1).max(20).optional(),
  target: z.object({
    coverage: z.number().gt(0, 'Måldekning: må være over 0 %').max(2, 'Måldekning: høyst 200 %'),
    year: z.number().int('Målår: må være et årstall'),
    scope: z.enum(['segment', 'total']),
  }),
  limits: z.object({
    maxNetInvestmentPerYear: kr('Maks netto investering per år').nullable(),
    maxPurchasesPerYear: z
      .number()
      .int()
      .min(0, 'Maks kjøp per år: kan ikke være negativ')
      .nullable(),
    maxFramleieShare: share('Maks andel framleie').nullable(),
    protectedUnitIds: z.array(z.number().int().positive()),
  }),
  allowed: z.object({
    kjop: z.boolean(),
    bygging: z.boolean(),
    framleie: z.boolean(),
    salg: z.boolean(),
  }),
  objective: z.enum(['npv', 'investment']),
  purchase: buckets(purchasePrice),
  loanShare: share('Lånefinansiert andel').optional(),
  framleie: buckets(framleiePrice).extend({
    termYears: z.number().int().min(1, 'Leieperiode: minst 1 år').max(20),
  }),
  projects: z
    .array(
      z.object({
        project: z.string().trim().min(1, 'Prosjekt: må ha navn').max(80),
        units: z
          .array(
            z.object({
              segment,
              count: z.number().int().positive('Antall boliger: må være minst 1'),
              areaM2PerHome: z.number().positive(),
              rentMonthlyPerHome: kr('Husleie'),
            }),
          )
          .min(1),
        totalCost: kr('Kostnad'),
        buildYears: z.number().int().min(1).max(5),
        decided: z.boolean().optional(),
        completionYear: z.number().int().optional(),
      }),
    )
    .max(20),
  salePriceShare: z.number().min(0).max(2),
  saleCandidates: z.number().int().min(0).max(50),
  timeLimitSeconds: z.number().min(1).max(120),
  name: z.string().trim().min(1).max(80).optional(),
});

export type SuggestInput = z.output<typeof suggestInput>;
export type { SuggestOutcome };

export interface SuggestProgress {
  running: boolean;
  step: string;
  /** 0–1. */
  fraction: number;
}
