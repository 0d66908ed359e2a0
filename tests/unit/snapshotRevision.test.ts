import { afterEach, describe, expect, it } from 'vitest';
import { newScenario } from '../../main/register/scenarios';
import { openTestRegister, TODAY, unitInput } from './helpers';

let close = () => {};
afterEach(() => close());

describe('plan.revision', () => {
  it('changes with every write the snapshot sees, not with scenario saves', async () => {
    const t = openTestRegister();
    close = t.close;
    const rev = async () => (await t.api.ok('plan.revision', {})).revision;
    const r0 = await rev();
    expect(r0).toBe(`${TODAY}:0`); // a new register: nothing logged yet
    expect(await rev()).toBe(r0);
    const unit = await t.api.ok('units.create', unitInput());
    const r1 = await rev();
    expect(r1).not.toBe(r0);
    await t.api.ok('scenarios.create', { scenario: newScenario('Plan A', TODAY) });
    expect(await rev()).toBe(r1);
    await t.api.ok('units.update', { id: unit.id, unit: unitInput({ rentMonthly: 9_999 }) });
    expect(await rev()).not.toBe(r1);
  });
});
