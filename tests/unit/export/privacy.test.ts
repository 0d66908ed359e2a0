// No personal data in the workbook: no household reference and no need reference anywhere —
// not in a cell, a formula, a note, a sheet name, a defined name or any other part of the
// file — even when the planner typed one into a scenario name or a note.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSnapshot } from '../../../main/register/snapshot';
import { openTestRegister, TODAY } from '../helpers';
import { allKindsScenario, ALL_KINDS } from './fixtures';
import { readWorkbook } from './libreoffice';

describe('personal data', () => {
  const reg = openTestRegister({ sample: true });
  const path = join(reg.dir, 'plan.xlsx');
  let refs: string[] = [];
  // The home a tenant buys (leie-til-eie): its number and address identify the buyer.
  let buyerHome: string[] = [];

  beforeAll(async () => {
    const snap = registerSnapshot(reg.db(), TODAY);
    refs = [
      ...snap.households.map((h) => h.ref),
      ...snap.needs.flatMap((n) => (n.ref ? [n.ref] : [])),
    ];
    const lte = ALL_KINDS.find((a) => a.kind === 'leie_til_eie')!;
    const home = snap.units.find((u) => lte.kind === 'leie_til_eie' && u.id === lte.unitId)!;
    buyerHome = [home.unitNo, home.address];
    const household = snap.households[0]!.ref;
    const need = snap.needs.find((n) => n.ref)!.ref!;
    // A planner who wrote references into free text.
    const scenario = allKindsScenario({
      name: `Plan for ${household}`,
      actions: ALL_KINDS.map((a, i) =>
        i === 0 ? { ...a, note: `Avklart med ${need} og ${household.toLowerCase()}` } : a,
      ),
    });
    const { id } = await reg.api.ok('scenarios.create', { scenario });
    reg.shell.saveQueue.push(path);
    await reg.api.ok('export.plan', { scenarioIds: [id, 0] });
  });

  afterAll(() => reg.close());

  const found = (text: string) => refs.filter((r) => text.toLowerCase().includes(r.toLowerCase()));

  it('the register has references to look for', () => {
    expect(refs.length).toBeGreaterThan(150);
  });

  it('no cell of any sheet holds a household or need reference', async () => {
    const wb = await readWorkbook(path);
    const hits: string[] = [];
    let cells = 0;
    wb.eachSheet((ws) => {
      hits.push(...found(ws.name));
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          const texts = [
            JSON.stringify(cell.value ?? ''),
            cell.text,
            JSON.stringify(cell.note ?? ''),
          ];
          for (const t of texts)
            for (const r of found(t)) hits.push(`${ws.name}!${cell.address}: ${r}`);
        }),
      );
    });
    expect(hits).toEqual([]);
    expect(cells).toBeGreaterThan(2_000);
    // The planted text was kept, with the references removed.
    const tiltak = wb.worksheets.find((w) => w.name.startsWith('Tiltak – '))!;
    expect(String(tiltak.getCell(3, 1).value)).toBe('Scenario: Plan for [fjernet]');
    // Square brackets are not allowed in a sheet name.
    expect(tiltak.name).toBe('Tiltak – Plan for -fjernet-');
  });

  it('no part of the file holds one either (raw XML of every part)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const hits: string[] = [];
    for (const name of Object.keys(zip.files)) {
      const f = zip.file(name);
      if (!f) continue;
      for (const r of found(await f.async('string'))) hits.push(`${name}: ${r}`);
    }
    expect(hits).toEqual([]);
  });

  // Word-bounded, so «B-001» does not match «B-0012».
  const foundHome = (text: string) =>
    buyerHome.filter((h) =>
      new RegExp(
        `(^|[^\\p{L}\\p{N}])${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
        'iu',
      ).test(text),
    );

  it('a leie-til-eie action does not identify the home the tenant buys', async () => {
    expect(buyerHome).toHaveLength(2);
    const wb = await readWorkbook(path);
    const hits: string[] = [];
    const descriptions: string[] = [];
    wb.eachSheet((ws) => {
      hits.push(...foundHome(ws.name));
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const texts = [
            JSON.stringify(cell.value ?? ''),
            cell.text,
            JSON.stringify(cell.note ?? ''),
          ];
          for (const t of texts) {
            for (const r of [...foundHome(t), ...found(t)])
              hits.push(`${ws.name}!${cell.address}: ${r}`);
            if (/leietaker/i.test(t)) descriptions.push(cell.text);
          }
        }),
      );
    });
    expect(hits).toEqual([]);
    // The action is described generically, with the budget figures kept.
    expect(descriptions).toContain('Salg til leietaker (leie-til-eie), 1 bolig');
    expect(descriptions.join(' ')).not.toMatch(/Leietaker kjøper boligen/);
    const zip = await JSZip.loadAsync(readFileSync(path));
    for (const name of Object.keys(zip.files)) {
      const f = zip.file(name);
      if (!f) continue;
      for (const r of foundHome(await f.async('string'))) hits.push(`${name}: ${r}`);
    }
    expect(hits).toEqual([]);
  });

  it('the proposed file name does not carry one', () => {
    expect(reg.shell.proposedNames).toHaveLength(1);
    expect(found(reg.shell.proposedNames[0]!)).toEqual([]);
    expect(reg.shell.proposedNames[0]).toBe(
      'Boligplan 2027-2032 – Plan for [fjernet] og Ingen tiltak.xlsx',
    );
  });
});
