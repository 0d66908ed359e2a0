// «Merk som sett» (issue 12.3): a planner marks a scenario's warning as seen with a short
// reason; the mark is kept per stored scenario and warning key, refused with a Norwegian
// message naming the field for a national id number or a long reason, and deleted with the
// scenario.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, type Scenario } from '../../main/domain/scenario';
import { countRows, openTestRegister, TODAY } from './helpers';

let reg: ReturnType<typeof openTestRegister>;
beforeEach(() => {
  reg = openTestRegister();
});
afterEach(() => reg.close());

const scenario = (name: string): Scenario => ({
  name,
  startYear: 2027,
  years: 4,
  assumptions: DEFAULT_ASSUMPTIONS,
  actions: [],
});

describe('warning marks', () => {
  it('marks, lists, updates and removes a mark per scenario', async () => {
    const a = await reg.api.ok('scenarios.create', { scenario: scenario('A') });
    const b = await reg.api.ok('scenarios.create', { scenario: scenario('B') });
    const key = 'coverage-below-target||2030|';
    const marks = await reg.api.ok('warnings.setSeen', {
      scenarioId: a.id,
      key,
      code: 'coverage-below-target',
      reason: '  Ventes dekket av ny avtale med Husbanken  ',
    });
    expect(marks).toEqual([
      {
        scenarioId: a.id,
        key,
        code: 'coverage-below-target',
        reason: 'Ventes dekket av ny avtale med Husbanken',
        seenOn: TODAY,
      },
    ]);
    expect(await reg.api.ok('warnings.listSeen', { scenarioId: b.id })).toEqual([]);
    // A second mark on the same key replaces the reason.
    await reg.api.ok('warnings.setSeen', { scenarioId: a.id, key, code: 'x', reason: 'Ny' });
    expect(
      (await reg.api.ok('warnings.listSeen', { scenarioId: a.id })).map((m) => m.reason),
    ).toEqual(['Ny']);
    // Null removes it.
    expect(
      await reg.api.ok('warnings.setSeen', { scenarioId: a.id, key, code: '', reason: null }),
    ).toEqual([]);
  });

  it('refuses a national id, an empty or a long reason, and an unknown scenario', async () => {
    const a = await reg.api.ok('scenarios.create', { scenario: scenario('A') });
    const base = { scenarioId: a.id, key: 'grant-missing|k1|2027|', code: 'grant-missing' };
    const id = await reg.api.call('warnings.setSeen', { ...base, reason: 'Gjelder 01019012345' });
    expect(id.ok).toBe(false);
    if (!id.ok)
      expect(id.error.issues[0]!.message).toMatch(/^Begrunnelse: ser ut som et fødselsnummer/);
    const empty = await reg.api.call('warnings.setSeen', { ...base, reason: '   ' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.issues[0]!.message).toMatch(/^Begrunnelse: /);
    const long = await reg.api.call('warnings.setSeen', { ...base, reason: 'x'.repeat(201) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.issues[0]!.message).toBe('Begrunnelse: kan ha høyst 200 tegn');
    const none = await reg.api.call('warnings.setSeen', {
      ...base,
      scenarioId: 9999,
      reason: 'ok',
    });
    expect(none.ok).toBe(false);
    expect(countRows(reg.db(), 'warning_seen')).toBe(0);
  });

  it('deleting the scenario deletes its marks', async () => {
    const a = await reg.api.ok('scenarios.create', { scenario: scenario('A') });
    const b = await reg.api.ok('scenarios.create', { scenario: scenario('B') });
    for (const s of [a, b]) {
      await reg.api.ok('warnings.setSeen', {
        scenarioId: s.id,
        key: 'k',
        code: '',
        reason: 'sett',
      });
    }
    await reg.api.ok('scenarios.delete', { id: a.id });
    expect(countRows(reg.db(), 'warning_seen')).toBe(1);
    expect(await reg.api.ok('warnings.listSeen', { scenarioId: b.id })).toHaveLength(1);
  });
});
