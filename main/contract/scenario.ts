// Structural schema for a scenario crossing the API (shapes and types). The engine's
// validateScenario checks the domain rules (negative prices, years outside the horizon,
// homes sold twice …) against the register, with Norwegian messages naming action and field.
import { z } from 'zod';
import type { Scenario } from '../domain/scenario/actions';
import { GRANT_GROUPS } from '../domain/scenario/assumptions';
import { LOAN_TYPES } from '../domain/scenario/money';
import { SEGMENT_KEYS, type SegmentKey } from '../domain/scenario/segments';

const num = () => z.number({ error: 'må være et tall' }).finite('må være et tall');
const year = () => z.number({ error: 'må være et årstall' }).int('må være et helt årstall');
const segment = z
  .string({ error: 'mangler segment' })
  .refine((s): s is SegmentKey => (SEGMENT_KEYS as readonly string[]).includes(s), {
    message: 'er ikke et gyldig segment',
  }) as unknown as z.ZodType<SegmentKey>;
const ids = z.array(z.number().int().positive(), { error: 'må være en liste med boliger' });

const loanTerms = z.object({
  share: num(),
  interestRate: num(),
  years: num(),
  type: z.enum(LOAN_TYPES as unknown as [string, ...string[]]) as z.ZodType<
    (typeof LOAN_TYPES)[number]
  >,
});

const grant = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('rate'),
    krPerM2: num().optional(),
    maxM2: num().optional(),
    writeDownYears: num().optional(),
  }),
  z.object({ mode: z.literal('percent'), percent: num(), writeDownYears: num().optional() }),
  z.object({ mode: z.literal('none') }),
]);

const base = { id: z.string().min(1).max(64), note: z.string().max(2000).optional() };

const action = z.union([
  z.object({
    ...base,
    kind: z.literal('kjop'),
    year: year(),
    segment,
    count: num(),
    pricePerHome: num(),
    areaM2PerHome: num(),
    rentMonthlyPerHome: num(),
    grant,
    loan: loanTerms.partial().optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('bygging'),
    project: z.string().max(200),
    units: z.array(
      z.object({ segment, count: num(), areaM2PerHome: num(), rentMonthlyPerHome: num() }),
    ),
    totalCost: num(),
    startYear: year(),
    completionYear: year(),
    grant,
    loan: loanTerms.partial().optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('salg'),
    year: year(),
    target: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('units'), unitIds: ids }),
      z.object({ mode: z.literal('segment'), segment, count: num() }),
      z.object({
        mode: z.literal('action'),
        actionId: z.string(),
        count: num(),
        segment: segment.optional(),
      }),
    ]),
    pricePerHome: num(),
    keepLoan: z.boolean({ error: 'må være ja eller nei' }).optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('framleie'),
    mode: z.literal('lease'),
    year: year(),
    segment,
    count: num(),
    termYears: num(),
    ownerRentMonthly: num(),
    rentMonthly: num(),
  }),
  z.object({
    ...base,
    kind: z.literal('framleie'),
    mode: z.literal('end'),
    unitIds: ids,
    year: year(),
  }),
  z.object({
    ...base,
    kind: z.literal('framleie'),
    mode: z.literal('renew'),
    unitIds: ids,
    untilYear: year(),
    ownerRentMonthly: num().optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('leie_til_eie'),
    unitId: z.number().int().positive(),
    year: year(),
    price: num(),
    keepLoan: z.boolean({ error: 'må være ja eller nei' }).optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('rehabilitering'),
    unitIds: ids,
    fromYear: year(),
    toYear: year(),
    cost: num(),
    newCondition: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    loan: loanTerms.partial().optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('avvikling'),
    unitIds: ids,
    year: year(),
    keepLoan: z.boolean({ error: 'må være ja eller nei' }).optional(),
  }),
]);

const assumptions = z.object({
  interestRate: num(),
  priceGrowth: num(),
  rentGrowth: num(),
  costGrowth: num(),
  maintenancePerM2PerYear: num(),
  managementPerUnitPerYear: num(),
  vacancyLoss: num(),
  discountRate: num(),
  moveOutRateAtContractEnd: num(),
  careerExitRate: num(),
  contractRenewalYears: num(),
  mustMoveRate: num(),
  municipalityGroup: z.enum(GRANT_GROUPS),
  defaultLoan: loanTerms.omit({ interestRate: true }),
  coverageTarget: num(),
});

export const scenarioSchema = z.object({
  name: z.string().trim().min(1, 'må fylles ut').max(80),
  startYear: year().min(2000).max(2100),
  years: year().min(1, 'må være minst 1').max(20, 'kan være høyst 20'),
  assumptions,
  actions: z.array(action).max(1000),
});

// Compile-time check: what the schema accepts is a Scenario.
export const _scenarioSchemaMatches: z.ZodType<Scenario> = scenarioSchema as z.ZodType<Scenario>;
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const _schemaCoversScenario: Exact<z.output<typeof scenarioSchema>, Scenario> = true;
