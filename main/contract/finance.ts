// Input schemas for the existing stock's loans and grants (Norwegian messages, field labels).
import { z } from 'zod';
import { containsNationalId } from '../domain/privacy';
import { LENDERS, REPAYMENT_TYPES, type ExistingLoan, type GrantRecord } from '../domain/types';
import { choice, id, int, isoDate, kroner, requiredText, text } from './fields';

const unitShares = z
  .array(
    z.object({
      unitId: id(),
      share: z
        .number({ error: 'må være et tall' })
        .gt(0, 'må være større enn 0')
        .max(1, 'kan være høyst 100 %'),
    }),
    { error: 'må være en liste med boliger' },
  )
  .min(1, 'minst én bolig må være med')
  .max(1000, 'kan ha høyst 1000 boliger');

function checkShares(
  v: { units: { unitId: number; share: number }[] },
  ctx: z.RefinementCtx,
): void {
  const ids = new Set<number>();
  for (const u of v.units) {
    if (ids.has(u.unitId)) {
      ctx.addIssue({ code: 'custom', path: ['units'], message: 'samme bolig er med to ganger' });
      return;
    }
    ids.add(u.unitId);
  }
  const sum = v.units.reduce((s, u) => s + u.share, 0);
  if (Math.abs(sum - 1) > 0.0005) {
    ctx.addIssue({
      code: 'custom',
      path: ['units'],
      message: `andelene må til sammen være 100 % (nå ${String(Math.round(sum * 1000) / 10).replace('.', ',')} %)`,
    });
  }
}

function checkPrivacy<T extends Record<string, unknown>>(
  v: T,
  fields: readonly (keyof T & string)[],
  ctx: z.RefinementCtx,
): void {
  for (const f of fields) {
    const value = v[f];
    if (typeof value === 'string' && containsNationalId(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [f],
        message: 'ser ut som et fødselsnummer – registeret skal ikke ha personnummer',
      });
    }
  }
}

export const loanFields = z
  .object({
    lender: choice(LENDERS),
    loanNo: requiredText(40),
    balance: kroner(),
    balanceDate: isoDate(),
    interestRate: z
      .number({ error: 'må være et tall' })
      .min(0, 'kan ikke være negativ')
      .max(0.25, 'kan være høyst 25 %'),
    fixedUntil: isoDate().nullable(),
    repayment: choice(REPAYMENT_TYPES),
    remainingYears: int(1, 50),
    note: text(2000),
    units: unitShares,
  })
  .superRefine((v, ctx) => {
    checkShares(v, ctx);
    checkPrivacy(v, ['loanNo', 'note'], ctx);
  });

export const grantFields = z
  .object({
    grantNo: requiredText(40),
    amount: kroner().min(1, 'må være større enn 0'),
    paidDate: isoDate(),
    writeDownYears: int(1, 50),
    note: text(2000),
    units: unitShares,
  })
  .superRefine((v, ctx) => {
    checkShares(v, ctx);
    checkPrivacy(v, ['grantNo', 'note'], ctx);
  });

export type LoanInput = z.output<typeof loanFields>;
export type GrantInput = z.output<typeof grantFields>;

/** A home's number beside each share, for lists and forms. */
export interface UnitShareRow {
  unitId: number;
  unitNo: string;
  share: number;
}

export interface LoanRow extends Omit<ExistingLoan, 'units'> {
  units: UnitShareRow[];
  /** Balance at 1 January of this year (see existingDebt.ts). */
  balanceThisYear: number;
}

export interface GrantRow extends Omit<GrantRecord, 'units'> {
  units: UnitShareRow[];
  /** Not yet written down today (paid back on a sale today). */
  remainingToday: number;
}

export interface FinanceOverview {
  loans: LoanRow[];
  grants: GrantRow[];
  totals: {
    loans: { count: number; balance: number };
    grants: { count: number; remaining: number };
  };
}

export const loanUpdate = z.object({ id: id(), loan: loanFields });
export const grantUpdate = z.object({ id: id(), grant: grantFields });
