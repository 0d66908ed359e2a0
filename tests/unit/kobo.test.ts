// Kobo-compatible exchange of homes (issue 13.5): round trips and refusals.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countRows, openTestRegister, unitInput } from './helpers';
import { allUnits } from '../../main/register/units';
import { listAreas } from '../../main/register/areas';
import { toKobo, fromKobo, KOBO_MAPPING } from '../../main/kobo/mapping';
import type { Db } from '../../main/register/db';

const open: ReturnType<typeof openTestRegister>[] = [];
afterEach(() => open.splice(0).forEach((r) => r.close()));
function register(sample = false) {
  const r = openTestRegister(sample ? { sample: true } : {});
  open.push(r);
  return r;
}

/** The homes as comparable rows: ids replaced by the area's name. */
function homes(db: Db) {
  const areas = new Map(listAreas(db).map((a) => [a.id, a.name]));
  return allUnits(db)
    .map(({ id: _id, areaId, note: _note, ...u }) => ({ ...u, area: areaId && areas.get(areaId) }))
    .sort((a, b) => a.unitNo.localeCompare(b.unitNo));
}

async function exportTo(reg: ReturnType<typeof register>, name: string) {
  const path = join(reg.dir, name);
  reg.shell.saveQueue.push(path);
  const saved = await reg.api.ok('kobo.exportHomes', {});
  return { path, saved };
}

describe('Kobo exchange', () => {
  it('round-trips the sample homes into an empty register, and back without changes', async () => {
    const from = register(true);
    const { path, saved } = await exportTo(from, 'boliger.json');
    expect(saved?.rows).toBe(160);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { format: string; boliger: object[] };
    expect(doc.format).toBe('kobo-boliger');
    // Kobo's names, and no household or tenancy data.
    expect(Object.keys(doc.boliger[0]!)).toEqual(
      expect.arrayContaining([
        'bruksenhetsnummer',
        'antallSoverom',
        'disposisjonsform',
        'leiekostnad',
      ]),
    );
    expect(readFileSync(path, 'utf8')).not.toMatch(/husstand|leieforhold|H-1\d{3}/);

    const to = register();
    to.shell.openQueue.push(path);
    expect(await to.api.ok('kobo.importHomes', {})).toEqual({
      fileName: 'boliger.json',
      created: 160,
      updated: 0,
    });
    expect(homes(to.db())).toEqual(homes(from.db()));

    // The same file again: every home matched, nothing changed, nothing logged.
    const log = countRows(to.db(), 'change_log');
    to.shell.openQueue.push(path);
    expect(await to.api.ok('kobo.importHomes', {})).toMatchObject({ created: 0, updated: 160 });
    expect(countRows(to.db(), 'change_log')).toBe(log);
  });

  it('maps tenure, accessibility and universal design to Kobo and back', () => {
    const unit = {
      ...unitInput({ tenure: 'framleie', leaseEnd: '2027-01-31', ownerRentMonthly: 9000 }),
      universalDesign: true,
      wheelchairAccessible: true,
      areaName: 'Sentrum',
    } as Parameters<typeof toKobo>[0];
    const k = toKobo(unit);
    expect(k).toMatchObject({
      disposisjonsform: 'INNLEID',
      eieform: 'PRIVAT',
      erTilgjengeligForRullestolbruker: true,
      egenskaper: ['UNIVERSELT_UTFORMET'],
    });
    expect(fromKobo(k as unknown as Record<string, unknown>)).toMatchObject({
      tenure: 'framleie',
      leaseEnd: '2027-01-31',
      universalDesign: true,
      areaName: 'Sentrum',
    });
    expect(KOBO_MAPPING.some((m) => m.kobo === 'bruksenhetsnummer')).toBe(true);
  });

  it('refuses a file with a bad row, naming the row and the Kobo field, and changes nothing', async () => {
    const from = register(true);
    const { path } = await exportTo(from, 'boliger.json');
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { boliger: Record<string, unknown>[] };
    doc.boliger[2]!.leiekostnad = -500;
    doc.boliger[4]!.bruksenhetsnummer = doc.boliger[0]!.bruksenhetsnummer;
    const bad = join(from.dir, 'feil.json');
    writeFileSync(bad, JSON.stringify(doc));

    const to = register();
    await to.api.ok('units.create', unitInput({ unitNo: 'B-001', rentMonthly: 1 }));
    const before = homes(to.db());
    to.shell.openQueue.push(bad);
    const r = await to.api.call('kobo.importHomes', {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain('feil.json ble ikke importert (ingenting er endret)');
    expect(r.error.message).toContain('Rad 3 (B-003), leiekostnad: kan ikke være negativ');
    expect(r.error.message).toContain('Rad 5 (B-001), bruksenhetsnummer: B-001 står også på rad 1');
    expect(homes(to.db())).toEqual(before);

    const notJson = join(from.dir, 'tull.json');
    writeFileSync(notJson, '<html>ikke json</html>');
    to.shell.openQueue.push(notJson);
    const r2 = await to.api.call('kobo.importHomes', {});
    expect(r2.ok || r2.error.message).toBe(
      'tull.json er ikke en gyldig JSON-fil fra Kobo eller Boligplan.',
    );
  });
});
