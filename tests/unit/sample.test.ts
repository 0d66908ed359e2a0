import { afterEach, describe, expect, it } from 'vitest';
import { allHouseholds } from '../../main/register/households';
import { allTenancies } from '../../main/register/tenancies';
import { allUnits } from '../../main/register/units';
import { isUnitCrowded, bedroomsNeeded } from '../../main/domain/rules';
import { allGrants, allLoans } from '../../main/register/finance';
import { openTestRegister, TODAY } from './helpers';
import { registerSnapshot } from '../../main/register/snapshot';
import { newScenario } from '../../main/register/scenarios';
import { baselineScenario, runPlan } from '../../main/domain/scenario';

const opened: ReturnType<typeof openTestRegister>[] = [];
afterEach(() => opened.splice(0).forEach((r) => r.close()));
const sample = () => {
  const r = openTestRegister({ sample: true });
  opened.push(r);
  return r;
};

describe('the sample municipality', () => {
  it('is deterministic: two registers made the same day are identical', () => {
    const a = sample();
    const b = sample();
    expect(allUnits(b.db())).toEqual(allUnits(a.db()));
    expect(allHouseholds(b.db())).toEqual(allHouseholds(a.db()));
    expect(allTenancies(b.db())).toEqual(allTenancies(a.db()));
  });

  it('is marked as fictional and shaped like the municipalities in the reports', async () => {
    const reg = sample();
    const s = await reg.api.ok('register.summary', {});
    expect(s.isSample).toBe(true);
    expect(s.municipality).toMatch(/fiktiv/);
    expect(s.units.total).toBe(160);
    expect(s.units.byTenure.framleie).toBeGreaterThan(10);
    expect(s.units.byTenure.tildelingsrett).toBeGreaterThan(0);
    expect(s.units.byStatus.ledig).toBeGreaterThanOrEqual(3);
    const applicants = await reg.api.ok('needs.list', { kind: 'soker', open: true });
    expect(applicants.total).toBe(40);
    const forecasts = await reg.api.ok('needs.list', { kind: 'prognose' });
    expect(forecasts.rows.some((n) => n.targetGroup === 'flyktninger')).toBe(true);

    const o = await reg.api.ok('overview.get', {});
    // Too few large homes: the waiting list needs more 3+ bedroom homes than are vacant.
    const large = allUnits(reg.db()).filter((u) => u.bedrooms >= 3 && u.status === 'ledig').length;
    const largeNeed = applicants.rows.filter((n) => n.bedrooms >= 3).length;
    expect(largeNeed).toBeGreaterThan(large);
    expect(o.expiredContracts).toBeGreaterThan(0);
    expect(o.leasesEnding.length).toBeGreaterThan(0);
    expect(o.crowded.length).toBeGreaterThan(0);
  });

  it('gives overview figures that agree with the rows behind them', async () => {
    const reg = sample();
    const o = await reg.api.ok('overview.get', {});
    const units = allUnits(reg.db());
    const households = allHouseholds(reg.db());
    const current = allTenancies(reg.db()).filter((t) => t.movedOut === null);
    expect(o.units.total).toBe(units.length);
    expect(o.vacant.length).toBe(units.filter((u) => u.status === 'ledig').length);
    const tenants = current.map((t) => households.find((h) => h.id === t.householdId)!);
    expect(o.households).toBe(tenants.length);
    expect(o.children).toBe(tenants.reduce((s, h) => s + h.childAges.length, 0));
    const crowded = current.filter((t) => {
      const h = households.find((x) => x.id === t.householdId)!;
      const u = units.find((x) => x.id === t.unitId)!;
      return isUnitCrowded(h.adults + h.childAges.length, u);
    });
    expect(o.crowded.length).toBe(crowded.length);
    const in12 = current.filter((t) => t.end !== null && t.end >= TODAY && t.end <= '2027-11-25');
    const framleie = units.filter(
      (u) => u.leaseEnd !== null && u.leaseEnd >= TODAY && u.leaseEnd <= '2027-11-25',
    );
    expect(o.leasesEnding.length).toBe(in12.length + framleie.length);
    expect(o.expiredContracts).toBe(current.filter((t) => t.end !== null && t.end < TODAY).length);
    // The key figures for the CLI: crowding by SSB's rule, loans and grants on record.
    const s = await reg.api.ok('register.summary', {});
    expect(s.crowdedHouseholds).toBe(crowded.length);
    expect(s.crowdedHouseholds).toBeGreaterThan(0);
    const loans = allLoans(reg.db());
    // Every sample loan is dated 31.12 last year, so its balance this year is the one recorded.
    expect(loans.every((l) => l.balanceDate === '2025-12-31')).toBe(true);
    expect(s.loans).toEqual({
      count: loans.length,
      balance: loans.reduce((a, l) => a + l.balance, 0),
    });
    const owned = units.filter((u) => u.tenure === 'eid').length;
    // Grunnlån on most owned homes.
    expect(new Set(loans.flatMap((l) => l.units.map((x) => x.unitId))).size).toBeGreaterThan(
      owned / 2,
    );
    expect(s.grants.count).toBe(allGrants(reg.db()).length);
    // Every household has a bedroom need the rule can compute.
    for (const h of households) expect(bedroomsNeeded(h)).toBeGreaterThanOrEqual(1);
  });

  it('carries the existing debt in the baseline every year', () => {
    const reg = sample();
    const snap = registerSnapshot(reg.db(), TODAY);
    const r = runPlan(snap, baselineScenario({ ...newScenario('x', TODAY), years: 8 }));
    for (const y of r.perYear) {
      expect(y.operating.existingInterest, `${y.year}`).toBeGreaterThan(0);
      expect(y.operating.existingInstalments, `${y.year}`).toBeGreaterThan(0);
      expect(y.existingLoanBalance, `${y.year}`).toBeGreaterThan(0);
    }
    // The balance falls by exactly the instalments of the year (no sale in the baseline).
    for (let i = 1; i < r.perYear.length; i++) {
      const y = r.perYear[i]!;
      expect(r.perYear[i - 1]!.existingLoanBalance - y.existingLoanBalance).toBe(
        y.operating.existingInstalments,
      );
    }
  });

  it('counts a contract ending exactly today as ending soon, not as expired', async () => {
    const reg = sample();
    const t = allTenancies(reg.db()).find((x) => x.movedOut === null && x.end !== null)!;
    const before = await reg.api.ok('overview.get', {});
    reg.db().prepare('UPDATE tenancy SET end = ? WHERE id = ?').run(TODAY, t.id);
    const after = await reg.api.ok('overview.get', {});
    const wasExpired = t.end! < TODAY;
    const wasSoon = t.end! >= TODAY && t.end! <= '2027-11-25';
    expect(after.expiredContracts).toBe(before.expiredContracts - (wasExpired ? 1 : 0));
    expect(after.leasesEndingCount.kontrakt).toBe(
      before.leasesEndingCount.kontrakt + (wasSoon ? 0 : 1),
    );
    expect(after.leasesEnding.some((l) => l.end === TODAY)).toBe(true);
  });
});
