// The existing stock's loans and grants on record: reads and transactional writes.
import type {
  FinanceOverview,
  GrantInput,
  GrantRow,
  LoanInput,
  LoanRow,
} from '../contract/finance';
import { DEFAULT_ASSUMPTIONS } from '../domain/scenario/assumptions';
import {
  debtSchedule,
  financeTotals,
  grantNotWrittenDown,
  openingBalance,
} from '../domain/finance/existingDebt';
import { roundKr } from '../domain/scenario/money';
import type { ExistingLoan, GrantRecord, UnitShare } from '../domain/types';
import { describeChanges, logChange } from './changelog';
import type { Db } from './db';
import { AppError, notFound } from './errors';
import { isUniqueViolation } from './sql';

interface LoanRecord {
  id: number;
  lender: ExistingLoan['lender'];
  loan_no: string;
  balance: number;
  balance_date: string;
  interest_rate: number;
  fixed_until: string | null;
  repayment: ExistingLoan['repayment'];
  remaining_years: number;
  note: string;
}

interface GrantRecordRow {
  id: number;
  grant_no: string;
  amount: number;
  paid_date: string;
  write_down_years: number;
  note: string;
}

interface ShareRecord {
  owner: number;
  unit_id: number;
  unit_no: string;
  share: number;
}

type ShareTable = 'loan_unit' | 'grant_unit';

const ownerKey = (table: ShareTable) => (table === 'loan_unit' ? 'loan_id' : 'grant_id');

/** The ids of the loans or grants one home (the parameter) has a share in, as a subquery. */
const sharedByHome = (table: ShareTable) =>
  `SELECT ${ownerKey(table)} FROM ${table} WHERE unit_id = ?`;

/**
 * The homes' shares of each loan or grant, by its id; with `ofUnit`, only of the loans or
 * grants that home has a share in (a home's page reads a handful, not the register's thousands).
 */
function sharesBy(db: Db, table: ShareTable, ofUnit?: number): Map<number, ShareRecord[]> {
  const key = ownerKey(table);
  const where = ofUnit === undefined ? '' : `WHERE s.${key} IN (${sharedByHome(table)})`;
  const rows = db
    .prepare(
      `SELECT s.${key} AS owner, s.unit_id, u.unit_no, s.share FROM ${table} s
       JOIN unit u ON u.id = s.unit_id ${where} ORDER BY s.${key}, u.unit_no`,
    )
    .all(...(ofUnit === undefined ? [] : [ofUnit])) as ShareRecord[];
  const out = new Map<number, ShareRecord[]>();
  for (const r of rows) {
    const list = out.get(r.owner);
    if (list) list.push(r);
    else out.set(r.owner, [r]);
  }
  return out;
}

const toShares = (rows: ShareRecord[] | undefined): UnitShare[] =>
  (rows ?? []).map((r) => ({ unitId: r.unit_id, share: r.share }));

function toLoan(r: LoanRecord, shares: ShareRecord[] | undefined): ExistingLoan {
  return {
    id: r.id,
    lender: r.lender,
    loanNo: r.loan_no,
    balance: r.balance,
    balanceDate: r.balance_date,
    interestRate: r.interest_rate,
    fixedUntil: r.fixed_until,
    repayment: r.repayment,
    remainingYears: r.remaining_years,
    note: r.note,
    units: toShares(shares),
  };
}

function toGrant(r: GrantRecordRow, shares: ShareRecord[] | undefined): GrantRecord {
  return {
    id: r.id,
    grantNo: r.grant_no,
    amount: r.amount,
    paidDate: r.paid_date,
    writeDownYears: r.write_down_years,
    note: r.note,
    units: toShares(shares),
  };
}

export function allLoans(db: Db): ExistingLoan[] {
  const shares = sharesBy(db, 'loan_unit');
  return (db.prepare('SELECT * FROM loan ORDER BY loan_no').all() as LoanRecord[]).map((r) =>
    toLoan(r, shares.get(r.id)),
  );
}

export function allGrants(db: Db): GrantRecord[] {
  const shares = sharesBy(db, 'grant_unit');
  return (
    db.prepare('SELECT * FROM grant_record ORDER BY paid_date, grant_no').all() as GrantRecordRow[]
  ).map((r) => toGrant(r, shares.get(r.id)));
}

export function getLoan(db: Db, id: number): ExistingLoan {
  const r = db.prepare('SELECT * FROM loan WHERE id = ?').get(id) as LoanRecord | undefined;
  if (!r) throw notFound('lån', id);
  return toLoan(r, sharesBy(db, 'loan_unit').get(id));
}

export function getGrant(db: Db, id: number): GrantRecord {
  const r = db.prepare('SELECT * FROM grant_record WHERE id = ?').get(id) as
    GrantRecordRow | undefined;
  if (!r) throw notFound('tilskudd', id);
  return toGrant(r, sharesBy(db, 'grant_unit').get(id));
}

function checkUnits(db: Db, units: UnitShare[]): void {
  const exists = db.prepare('SELECT 1 FROM unit WHERE id = ?');
  for (const u of units) {
    if (!exists.get(u.unitId)) {
      throw new AppError('validation', `Boliger: fant ikke bolig med id ${u.unitId}`, [
        { field: 'units', message: `Boliger: fant ikke bolig med id ${u.unitId}` },
      ]);
    }
  }
}

function writeShares(db: Db, table: 'loan_unit' | 'grant_unit', owner: number, units: UnitShare[]) {
  const key = table === 'loan_unit' ? 'loan_id' : 'grant_id';
  db.prepare(`DELETE FROM ${table} WHERE ${key} = ?`).run(owner);
  const ins = db.prepare(`INSERT INTO ${table} (${key}, unit_id, share) VALUES (?, ?, ?)`);
  for (const u of units) ins.run(owner, u.unitId, u.share);
}

const loanParams = (l: LoanInput) => ({
  lender: l.lender,
  loan_no: l.loanNo,
  balance: l.balance,
  balance_date: l.balanceDate,
  interest_rate: l.interestRate,
  fixed_until: l.fixedUntil,
  repayment: l.repayment,
  remaining_years: l.remainingYears,
  note: l.note,
});
const LOAN_COLUMNS = Object.keys(loanParams({} as LoanInput));

const grantParams = (g: GrantInput) => ({
  grant_no: g.grantNo,
  amount: g.amount,
  paid_date: g.paidDate,
  write_down_years: g.writeDownYears,
  note: g.note,
});
const GRANT_COLUMNS = Object.keys(grantParams({} as GrantInput));

function duplicate(field: string, label: string, value: string): AppError {
  const message = `${label}: ${value} finnes allerede`;
  return new AppError('validation', message, [{ field, message }]);
}

/** Inserts a loan and its shares (inside the caller's transaction). */
export function insertLoan(db: Db, l: LoanInput): number {
  checkUnits(db, l.units);
  try {
    const id = Number(
      db
        .prepare(
          `INSERT INTO loan (${LOAN_COLUMNS.join(', ')}) VALUES (${LOAN_COLUMNS.map((c) => `@${c}`).join(', ')})`,
        )
        .run(loanParams(l)).lastInsertRowid,
    );
    writeShares(db, 'loan_unit', id, l.units);
    return id;
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate('loanNo', 'Lånenummer', l.loanNo);
    throw e;
  }
}

export function insertGrant(db: Db, g: GrantInput): number {
  checkUnits(db, g.units);
  try {
    const id = Number(
      db
        .prepare(
          `INSERT INTO grant_record (${GRANT_COLUMNS.join(', ')}) VALUES (${GRANT_COLUMNS.map((c) => `@${c}`).join(', ')})`,
        )
        .run(grantParams(g)).lastInsertRowid,
    );
    writeShares(db, 'grant_unit', id, g.units);
    return id;
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate('grantNo', 'Tilsagnsnummer', g.grantNo);
    throw e;
  }
}

export function createLoan(db: Db, l: LoanInput, now: string): ExistingLoan {
  return db.transaction(() => {
    const id = insertLoan(db, l);
    logChange(db, now, 'loan', id, 'create', `Lån ${l.loanNo} registrert`);
    return getLoan(db, id);
  })();
}

export function updateLoan(db: Db, id: number, l: LoanInput, now: string): ExistingLoan {
  return db.transaction(() => {
    const before = getLoan(db, id);
    checkUnits(db, l.units);
    try {
      db.prepare(
        `UPDATE loan SET ${LOAN_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
      ).run({ ...loanParams(l), id });
    } catch (e) {
      if (isUniqueViolation(e)) throw duplicate('loanNo', 'Lånenummer', l.loanNo);
      throw e;
    }
    writeShares(db, 'loan_unit', id, l.units);
    const after = getLoan(db, id);
    const summary = describeChanges(
      { ...before, units: JSON.stringify(before.units) },
      { ...after, units: JSON.stringify(after.units) },
    );
    if (summary) logChange(db, now, 'loan', id, 'update', `Lån ${after.loanNo}: ${summary}`);
    return after;
  })();
}

export function deleteLoan(db: Db, id: number, now: string): { id: number } {
  return db.transaction(() => {
    const before = getLoan(db, id);
    db.prepare('DELETE FROM loan WHERE id = ?').run(id);
    logChange(db, now, 'loan', id, 'delete', `Lån ${before.loanNo} slettet`);
    return { id };
  })();
}

export function createGrant(db: Db, g: GrantInput, now: string): GrantRecord {
  return db.transaction(() => {
    const id = insertGrant(db, g);
    logChange(db, now, 'grant', id, 'create', `Tilskudd ${g.grantNo} registrert`);
    return getGrant(db, id);
  })();
}

export function updateGrant(db: Db, id: number, g: GrantInput, now: string): GrantRecord {
  return db.transaction(() => {
    const before = getGrant(db, id);
    checkUnits(db, g.units);
    try {
      db.prepare(
        `UPDATE grant_record SET ${GRANT_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
      ).run({ ...grantParams(g), id });
    } catch (e) {
      if (isUniqueViolation(e)) throw duplicate('grantNo', 'Tilsagnsnummer', g.grantNo);
      throw e;
    }
    writeShares(db, 'grant_unit', id, g.units);
    const after = getGrant(db, id);
    const summary = describeChanges(
      { ...before, units: JSON.stringify(before.units) },
      { ...after, units: JSON.stringify(after.units) },
    );
    if (summary) logChange(db, now, 'grant', id, 'update', `Tilskudd ${after.grantNo}: ${summary}`);
    return after;
  })();
}

export function deleteGrant(db: Db, id: number, now: string): { id: number } {
  return db.transaction(() => {
    const before = getGrant(db, id);
    db.prepare('DELETE FROM grant_record WHERE id = ?').run(id);
    logChange(db, now, 'grant', id, 'delete', `Tilskudd ${before.grantNo} slettet`);
    return { id };
  })();
}

/** Loans and grants with the homes' numbers and today's figures; optionally one home's only. */
export function financeOverview(db: Db, today: string, unitId?: number): FinanceOverview {
  return db.transaction(() => {
    const loanShares = sharesBy(db, 'loan_unit', unitId);
    const grantShares = sharesBy(db, 'grant_unit', unitId);
    const unitNos = (rows: ShareRecord[] | undefined) =>
      (rows ?? []).map((r) => ({ unitId: r.unit_id, unitNo: r.unit_no, share: r.share }));
    const year = Number(today.slice(0, 4));
    const rate = DEFAULT_ASSUMPTIONS.interestRate;
    // One home's page: only the loans and grants it has a share in.
    const only =
      unitId === undefined
        ? { loan: '', grant: '', params: [] }
        : {
            loan: `WHERE id IN (${sharedByHome('loan_unit')})`,
            grant: `WHERE id IN (${sharedByHome('grant_unit')})`,
            params: [unitId],
          };
    const loans = (
      db
        .prepare(`SELECT * FROM loan ${only.loan} ORDER BY loan_no`)
        .all(...only.params) as LoanRecord[]
    ).map((r) => toLoan(r, loanShares.get(r.id)));
    const grants = (
      db
        .prepare(`SELECT * FROM grant_record ${only.grant} ORDER BY paid_date, grant_no`)
        .all(...only.params) as GrantRecordRow[]
    ).map((r) => toGrant(r, grantShares.get(r.id)));
    const loanRows: LoanRow[] = loans.map((l) => ({
      ...l,
      units: unitNos(loanShares.get(l.id)),
      balanceThisYear: openingBalance(debtSchedule(l.balance, l, rate), roundKr(l.balance), year),
    }));
    const grantRows: GrantRow[] = grants.map((g) => ({
      ...g,
      units: unitNos(grantShares.get(g.id)),
      remainingToday: grantNotWrittenDown(g.amount, g.paidDate, g.writeDownYears, today),
    }));
    return {
      loans: loanRows,
      grants: grantRows,
      totals: financeTotals(loans, grants, today, rate),
    };
  })();
}
