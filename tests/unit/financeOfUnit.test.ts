// A home's page reads only the loans and grants the home has a share in; what it shows must be
// exactly those rows of the register's full overview, with totals over them.
import { afterEach, describe, expect, it } from 'vitest';
import { financeTotals } from '../../main/domain/finance/existingDebt';
import { DEFAULT_ASSUMPTIONS } from '../../main/domain/scenario';
import { financeOverview } from '../../main/register/finance';
import { openTestRegister, TODAY } from './helpers';

let close = () => {};
afterEach(() => close());

describe('a home’s loans and grants', () => {
  it('are the rows of the full overview that share the home, with their own totals', () => {
    const t = openTestRegister({ sample: true });
    close = t.close;
    const db = t.db();
    const full = financeOverview(db, TODAY);
    const homes = db
      .prepare(
        `SELECT unit_id FROM loan_unit UNION SELECT unit_id FROM grant_unit
         UNION SELECT id FROM unit WHERE id NOT IN (SELECT unit_id FROM loan_unit) LIMIT 40`,
      )
      .pluck()
      .all() as number[];
    let withBoth = 0;
    for (const id of homes) {
      const one = financeOverview(db, TODAY, id);
      const loans = full.loans.filter((l) => l.units.some((u) => u.unitId === id));
      const grants = full.grants.filter((g) => g.units.some((u) => u.unitId === id));
      expect(one.loans, `bolig ${id}`).toEqual(loans);
      expect(one.grants, `bolig ${id}`).toEqual(grants);
      // Totals over this home's loans and grants only (each loan with all its homes' shares).
      const strip = <T extends { units: { unitId: number; share: number }[] }>(x: T) => ({
        ...x,
        units: x.units.map((u) => ({ unitId: u.unitId, share: u.share })),
      });
      expect(one.totals).toEqual(
        financeTotals(loans.map(strip), grants.map(strip), TODAY, DEFAULT_ASSUMPTIONS.interestRate),
      );
      if (loans.length > 0 && grants.length > 0) withBoth += 1;
    }
    // The sample has homes with both a loan and a grant, and homes with neither.
    expect(withBoth).toBeGreaterThan(0);
    expect(homes.some((id) => financeOverview(db, TODAY, id).loans.length === 0)).toBe(true);
  });
});
