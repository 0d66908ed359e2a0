// 'export.plan' and 'export.showInFolder' through the real handlers with a scripted shell:
// the proposed file name, cancelling, the baseline id, refusals, and showing only files the
// export wrote.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_SCENARIO_ID } from '../../../main/contract/export';
import { openTestRegister } from '../helpers';
import { allKindsScenario } from './fixtures';
import { readWorkbook } from './libreoffice';

describe('export.plan', () => {
  const reg = openTestRegister({ sample: true });
  let id = 0;

  beforeAll(async () => {
    id = (await reg.api.ok('scenarios.create', { scenario: allKindsScenario() })).id;
  });
  afterAll(() => reg.close());

  it('proposes «Boligplan 2027-2032 – <scenario>.xlsx»; cancelling writes nothing', async () => {
    const before = readdirSync(reg.dir);
    expect(await reg.api.ok('export.plan', { scenarioIds: [id] })).toBeNull();
    expect(reg.shell.proposedNames.at(-1)).toBe('Boligplan 2027-2032 – Alle tiltak.xlsx');
    expect(readdirSync(reg.dir)).toEqual(before);
  });

  it('writes the file the planner chose and returns its path and name', async () => {
    const path = join(reg.dir, 'Budsjett 2027.xlsx');
    reg.shell.saveQueue.push(path);
    expect(await reg.api.ok('export.plan', { scenarioIds: [id] })).toEqual({
      path,
      fileName: 'Budsjett 2027.xlsx',
    });
    const wb = await readWorkbook(path);
    expect(wb.getWorksheet('Sammendrag')!.getCell('A1').value).toBe('Boligplan 2027–2032');
    expect(String(wb.getWorksheet('Sammendrag')!.getCell('A2').value)).toMatch(/fiktiv/);
  });

  it('adds .xlsx when the chosen name has none', async () => {
    reg.shell.saveQueue.push(join(reg.dir, 'uten-endelse'));
    const r = await reg.api.ok('export.plan', { scenarioIds: [id] });
    expect(r?.fileName).toBe('uten-endelse.xlsx');
    expect(existsSync(join(reg.dir, 'uten-endelse.xlsx'))).toBe(true);
  });

  it('0 is «Ingen tiltak»: with the first scenario’s horizon in a comparison, else the default', async () => {
    expect(await reg.api.ok('export.plan', { scenarioIds: [id, BASELINE_SCENARIO_ID] })).toBeNull();
    expect(reg.shell.proposedNames.at(-1)).toBe(
      'Boligplan 2027-2032 – Alle tiltak og Ingen tiltak.xlsx',
    );
    expect(await reg.api.ok('export.plan', { scenarioIds: [BASELINE_SCENARIO_ID] })).toBeNull();
    expect(reg.shell.proposedNames.at(-1)).toBe('Boligplan 2027-2030 – Ingen tiltak.xlsx');
  });

  it('refuses no scenario, more than four, the same one twice and unknown ids', async () => {
    const fail = async (scenarioIds: number[]) => {
      const r = await reg.api.call('export.plan', { scenarioIds });
      if (r.ok) throw new Error('expected a refusal');
      return r.error;
    };
    expect((await fail([])).message).toMatch(/minst ett scenario/);
    expect((await fail([id, 0, id + 1, id + 2, id + 3])).message).toMatch(/høyst 4/);
    expect((await fail([id, id])).message).toMatch(/to ganger/);
    expect((await fail([9_999])).code).toBe('not_found');
    expect((await fail([-1])).code).toBe('validation');
  });

  it('shows only files the export wrote in their folder', async () => {
    const path = join(reg.dir, 'vis.xlsx');
    reg.shell.saveQueue.push(path);
    await reg.api.ok('export.plan', { scenarioIds: [id] });
    expect(await reg.api.ok('export.showInFolder', { path })).toEqual({ shown: true });
    expect(reg.shell.shownInFolder).toEqual([path]);
    const other = await reg.api.call('export.showInFolder', {
      path: join(reg.dir, 'register.sqlite'),
    });
    expect(other.ok).toBe(false);
    expect(reg.shell.shownInFolder).toEqual([path]);
  });
});
