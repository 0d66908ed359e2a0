// plan.suggest through the API (the solve in the worker thread), and its refusals.
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRequest } from '../../../main/domain/optimise';
import { newScenario } from '../../../main/register/scenarios';
import { registerSnapshot } from '../../../main/register/snapshot';
import { stopWorker } from '../../../main/services/optimise/worker';
import { openTestRegister, TODAY } from '../helpers';

afterAll(() => stopWorker());

describe('plan.suggest', () => {
  it('returns the suggestion as a scenario the register can store, writing nothing itself', async () => {
    const reg = openTestRegister({ sample: true });
    try {
      const snap = registerSnapshot(reg.db(), TODAY);
      const { base: _base, ...req } = defaultRequest(snap, newScenario('Forslag 1', TODAY));
      const before = await reg.api.ok('scenarios.list', {});
      const out = await reg.api.ok('plan.suggest', { ...req, baseId: 0, years: 4 });
      expect(out.status).toBe('ok');
      if (out.status !== 'ok') return;
      expect(out.coverage.every((c) => c.coverage === null || c.coverage >= 0.95)).toBe(true);
      expect(await reg.api.ok('scenarios.list', {})).toEqual(before);
      const stored = await reg.api.ok('scenarios.create', { scenario: out.scenario });
      expect(stored.scenario.name).toBe('Forslag 1');
      expect((await reg.api.ok('plan.suggestProgress', {})).running).toBe(false);
    } finally {
      reg.close();
    }
  }, 120_000);

  it('refuses a target year outside the plan with a Norwegian message naming the field', async () => {
    const reg = openTestRegister({ sample: true });
    try {
      const snap = registerSnapshot(reg.db(), TODAY);
      const { base: _base, ...req } = defaultRequest(snap, newScenario('Forslag 1', TODAY));
      const r = await reg.api.call('plan.suggest', {
        ...req,
        baseId: 0,
        years: 4,
        target: { ...req.target, year: 2040 },
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('validation');
      expect(r.error.message).toBe('Målår: må være i planperioden 2027–2030.');
    } finally {
      reg.close();
    }
  });
});
