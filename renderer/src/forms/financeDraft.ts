// The loan and grant forms' drafts (what the planner typed) and their conversion to API input.
// Amounts and rates are typed the Norwegian way («1 250 000», «4,5»); rates and shares are
// typed in per cent and sent as fractions.
import type { FieldIssue } from '../../../main/contract/api';
import type { GrantRow, LoanRow } from '../../../main/contract/finance';
import { FIELD_LABEL } from '../../../main/contract/fields';
import { formatInteger, formatNumber, parseNorwegianNumber } from '../../../main/domain/format';
import type { Lender, RepaymentType } from '../../../main/domain/types';

/** One home with its share as typed (per cent). */
export interface ShareDraft {
  unitId: number;
  unitNo: string;
  share: string;
}

export type LoanDraft = {
  lender: Lender;
  loanNo: string;
  balance: string;
  balanceDate: string;
  interestRate: string;
  /** 'fast' needs fixedUntil; 'flytende' follows the plan's interest rate. */
  rateKind: 'fast' | 'flytende';
  fixedUntil: string;
  repayment: RepaymentType;
  remainingYears: string;
  note: string;
  units: ShareDraft[];
};

export type GrantDraft = {
  grantNo: string;
  amount: string;
  paidDate: string;
  writeDownYears: string;
  note: string;
  units: ShareDraft[];
};

export const LOAN_FIELDS = [
  'lender',
  'loanNo',
  'balance',
  'balanceDate',
  'interestRate',
  'fixedUntil',
  'repayment',
  'remainingYears',
  'note',
  'units',
] as const;

export const GRANT_FIELDS = [
  'grantNo',
  'amount',
  'paidDate',
  'writeDownYears',
  'note',
  'units',
] as const;

export const EMPTY_LOAN: LoanDraft = {
  lender: 'husbanken',
  loanNo: '',
  balance: '',
  balanceDate: '',
  interestRate: '',
  rateKind: 'flytende',
  fixedUntil: '',
  repayment: 'annuity',
  remainingYears: '',
  note: '',
  units: [],
};

export const EMPTY_GRANT: GrantDraft = {
  grantNo: '',
  amount: '',
  paidDate: '',
  writeDownYears: '30',
  note: '',
  units: [],
};

/** A fraction as per cent for an input: 0.045 → «4,5». */
export const percentText = (fraction: number) =>
  formatNumber(Number((fraction * 100).toFixed(8)), 4);

const sharesDraft = (units: LoanRow['units']): ShareDraft[] =>
  units.map((u) => ({ unitId: u.unitId, unitNo: u.unitNo, share: percentText(u.share) }));

export const loanDraft = (l: LoanRow): LoanDraft => ({
  lender: l.lender,
  loanNo: l.loanNo,
  balance: formatInteger(l.balance),
  balanceDate: l.balanceDate,
  interestRate: percentText(l.interestRate),
  rateKind: l.fixedUntil === null ? 'flytende' : 'fast',
  fixedUntil: l.fixedUntil ?? '',
  repayment: l.repayment,
  remainingYears: String(l.remainingYears),
  note: l.note,
  units: sharesDraft(l.units),
});

export const grantDraft = (g: GrantRow): GrantDraft => ({
  grantNo: g.grantNo,
  amount: formatInteger(g.amount),
  paidDate: g.paidDate,
  writeDownYears: String(g.writeDownYears),
  note: g.note,
  units: sharesDraft(g.units),
});

/** Collects what cannot even be sent (a required number left empty, text that is no number). */
class Reader {
  readonly issues: FieldIssue[] = [];

  private fail(field: string, message: string): void {
    this.issues.push({ field, message: `${FIELD_LABEL[field] ?? field}: ${message}` });
  }

  number(field: string, text: string): number {
    if (text.trim() === '') {
      this.fail(field, 'må fylles ut');
      return 0;
    }
    const n = parseNorwegianNumber(text);
    if (n === null) {
      this.fail(field, `«${text.trim()}» er ikke et tall`);
      return 0;
    }
    return n;
  }

  /** Per cent as typed → fraction. */
  percent(field: string, text: string): number {
    return this.number(field, text) / 100;
  }

  date(field: string, value: string): string {
    if (value === '') this.fail(field, 'må fylles ut');
    return value;
  }

  shares(units: ShareDraft[]): { unitId: number; share: number }[] {
    return units.map((u) => {
      const n = parseNorwegianNumber(u.share);
      if (n === null) {
        this.fail('units', `andelen for bolig ${u.unitNo} må være et tall i prosent`);
        return { unitId: u.unitId, share: 0 };
      }
      return { unitId: u.unitId, share: n / 100 };
    });
  }
}

export function loanInput(d: LoanDraft) {
  const r = new Reader();
  const input = {
    lender: d.lender,
    loanNo: d.loanNo.trim(),
    balance: Math.round(r.number('balance', d.balance)),
    balanceDate: r.date('balanceDate', d.balanceDate),
    interestRate: r.percent('interestRate', d.interestRate),
    fixedUntil: d.rateKind === 'fast' ? r.date('fixedUntil', d.fixedUntil) : null,
    repayment: d.repayment,
    remainingYears: r.number('remainingYears', d.remainingYears),
    note: d.note.trim(),
    units: r.shares(d.units),
  };
  return { input, issues: r.issues };
}

export function grantInput(d: GrantDraft) {
  const r = new Reader();
  const input = {
    grantNo: d.grantNo.trim(),
    amount: Math.round(r.number('amount', d.amount)),
    paidDate: r.date('paidDate', d.paidDate),
    writeDownYears: r.number('writeDownYears', d.writeDownYears),
    note: d.note.trim(),
    units: r.shares(d.units),
  };
  return { input, issues: r.issues };
}

/** The typed shares' sum in per cent (NaN parts count as 0), for the live «Sum» line. */
export function shareSumPercent(units: ShareDraft[]): number {
  return units.reduce((s, u) => s + (parseNorwegianNumber(u.share) ?? 0), 0);
}
