// Stored scenarios through the API: saved only when valid, with Norwegian messages naming
// the action and field; the CLI `plan` prints the same results as the engine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  runPlan,
  type Action,
  type Scenario,
} from '../../main/domain/scenario';
import { run } from '../../main/cli/index';
import { registerSnapshot } from '../../main/register/snapshot';
import { countRows, openTestRegister, TODAY } from './helpers';

let reg: ReturnType<typeof openTestRegister>;
beforeEach(() => {
  reg = openTestRegister({ sample: true });
  // These tests start with no stored scenario (the sample has its adopted plan and an
  // alternative; issue 13.3).
  reg.db().exec('DELETE FROM scenario');
});
afterEach(() => reg.close());

const purchase = (o: Partial<Extract<Action, { kind: 'kjop' }>> = {}): Action => ({
  id: 'a1',
  kind: 'kjop',
  year: 2027,
  segment: '3|-|-',
  count: 4,
  pricePerHome: 4_200_000,
  areaM2PerHome: 75,
  rentMonthlyPerHome: 13_500,
  grant: { mode: 'rate' },
  ...o,
});

const scenario = (actions: Action[], name = 'Flere store boliger'): Scenario => ({
  name,
  startYear: 2027,
  years: 4,
  assumptions: DEFAULT_ASSUMPTIONS,
  actions,
});

describe('stored scenarios', () => {
  it('saves, lists, duplicates and deletes a scenario', async () => {
    const created = await reg.api.ok('scenarios.create', { scenario: scenario([purchase()]) });
    expect(created.scenario.actions).toHaveLength(1);
    const copy = await reg.api.ok('scenarios.duplicate', { id: created.id, name: 'Kopi' });
    expect(copy.scenario.actions).toEqual(created.scenario.actions);
    const list = await reg.api.ok('scenarios.list', {});
    expect(list.map((s) => [s.name, s.actionCount])).toEqual([
      ['Flere store boliger', 1],
      ['Kopi', 1],
    ]);
    await reg.api.ok('scenarios.delete', { id: copy.id });
    expect(countRows(reg.db(), 'scenario')).toBe(1);
  });

  it.each([
    ['a purchase with a negative price', [purchase({ pricePerHome: -1 })], 'Pris'],
    ['a year outside the horizon', [purchase({ year: 2035 })], '2035'],
  ])('refuses %s with a Norwegian message, saving nothing', async (_, actions, text) => {
    const r = await reg.api.call('scenarios.create', { scenario: scenario(actions) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues[0]!.field).toBe('actions.0');
      expect(r.error.issues[0]!.message).toContain(text);
      expect(r.error.issues[0]!.message).toMatch(/^Tiltak 1/);
    }
    expect(countRows(reg.db(), 'scenario')).toBe(0);
  });

  it('refuses selling a home already sold, and a lease that ends before it starts', async () => {
    const owned = registerSnapshot(reg.db(), TODAY).units.find((u) => u.tenure === 'eid')!;
    const sale = (id: string): Action => ({
      id,
      kind: 'salg',
      year: 2028,
      target: { mode: 'units', unitIds: [owned.id] },
      pricePerHome: 3_000_000,
    });
    const r = await reg.api.call('scenarios.create', {
      scenario: scenario([sale('s1'), sale('s2')]),
    });
    expect(!r.ok && r.error.message).toContain(`${owned.unitNo} er allerede solgt`);
    const lease: Action = {
      id: 'f1',
      kind: 'framleie',
      mode: 'lease',
      year: 2027,
      segment: '2|-|-',
      count: 3,
      termYears: -1,
      ownerRentMonthly: 11_000,
      rentMonthly: 10_500,
    };
    const r2 = await reg.api.call('scenarios.create', { scenario: scenario([lease]) });
    expect(r2.ok).toBe(false);
    expect(countRows(reg.db(), 'scenario')).toBe(0);
  });

  it('refuses a structurally broken scenario and the reserved baseline name', async () => {
    const broken = { ...scenario([]), actions: [{ id: 'x', kind: 'teleport' }] };
    expect((await reg.api.call('scenarios.create', { scenario: broken as never })).ok).toBe(false);
    const baseline = await reg.api.call('scenarios.create', {
      scenario: scenario([], 'Ingen tiltak'),
    });
    expect(!baseline.ok && baseline.error.issues[0]!.message).toContain('forbeholdt');
    const dup = await reg.api.ok('scenarios.create', { scenario: scenario([]) });
    const again = await reg.api.call('scenarios.create', { scenario: scenario([]) });
    expect(!again.ok && again.error.issues[0]!.message).toContain('finnes allerede');
    expect(dup.id).toBeGreaterThan(0);
  });
});

describe('npm run cli -- plan', () => {
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { code, stdout, stderr };
  }

  it('prints per-year stock, gap, budgets and NPV equal to the engine', async () => {
    const s = scenario([purchase()]);
    await reg.api.ok('scenarios.create', { scenario: s });
    process.env.BOLIGPLAN_TODAY = TODAY;
    const out = await cli(['plan', '--db', reg.path, '--scenario', 'Flere store boliger']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as {
      npv: number;
      perYear: {
        year: number;
        stock: { total: number };
        netCost: number;
        investment: { purchases: number };
      }[];
    };
    const expected = runPlan(registerSnapshot(reg.db(), TODAY), s);
    expect(json.npv).toBe(expected.npv);
    expect(json.perYear.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(json.perYear.map((y) => y.netCost)).toEqual(expected.perYear.map((y) => y.netCost));
    expect(json.perYear.map((y) => y.stock.total)).toEqual(
      expected.perYear.map((y) => y.stock.total),
    );
    expect(json.perYear[0]!.investment.purchases).toBe(4 * 4_200_000);
    // Warnings are objects with their stable code, year, action, homes and figures.
    const warnings = (JSON.parse(out.stdout) as { warnings: unknown[] }).warnings;
    expect(warnings).toEqual(
      expected.warnings.map((w) => ({
        code: w.code ?? null,
        message: w.message,
        year: w.year ?? null,
        actionId: w.actionId,
        unitIds: w.unitIds ?? [],
        figures: w.figures ?? {},
      })),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'rent-below-cost-covering', actionId: 'a1', year: 2027 }),
    );

    const baseline = await cli(['plan', '--db', reg.path, '--scenario', 'ingen tiltak']);
    expect(baseline.code).toBe(0);
    expect(JSON.parse(baseline.stdout).perYear[0].stock.total).toBe(
      json.perYear[0]!.stock.total - 4,
    );

    const missing = await cli(['plan', '--db', reg.path, '--scenario', 'Finnes ikke']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Fant ikke scenarioet «Finnes ikke»');
    expect((await cli(['plan', '--db', reg.path])).code).toBe(2);
    delete process.env.BOLIGPLAN_TODAY;
  });
});
