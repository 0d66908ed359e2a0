// The preview's problems: errors block (each naming row, column and value), warnings must be
// confirmed, rows with errors can be left out, unknown columns can be mapped (and the mapping
// is remembered), and household refs stay pseudonymous.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closedAfterEach, dumpTables, registerContent } from './base';

const { base } = closedAfterEach();
type Reg = ReturnType<typeof base>;

const HEADER =
  'Bolignr;Adresse;Antall soverom;BRA m2;Månedsleie kr;Tilstandsgrad;Status;Husstand ref;Kontrakt start;Kontrakt slutt';

async function csv(reg: Reg, lines: string[], name = 'kartlegging.csv') {
  const path = join(reg.dir, name);
  writeFileSync(path, lines.join('\r\n'), 'utf8');
  reg.shell.openQueue.push(path);
  const picked = await reg.api.ok('import.chooseFile', {});
  return { path, token: picked!.token };
}

const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('errors', () => {
  it('name row, column and value in Norwegian, and block the import', async () => {
    const reg = base();
    const lines = [
      'Kartlegging 2026',
      '',
      HEADER,
      'B-001;Fjordgata 1;2;62,5;9 500;TG1;Utleid;H-1001;01.03.2024;28.02.2027',
      ...Array.from({ length: 9 }, (_, i) => `B-${String(i + 2).padStart(3, '0')};;;;;;;;;`),
      'B-012;Solbergveien 5;tre;78;11 200;TG2;Ledig;;;', // row 14
      'B-011;;2;61;9 300;TG1;Ledig;;;', // row 15
      'B-011;;2;61;9 300;TG1;Ledig;;;', // row 16: duplicate
      'B#020;Nyveien 1;1;40;7 000;TG0;Ledig;;;', // row 17: invalid characters
      'X1;Nyveien 2;1;40;7 000;TG0;Ledig;;;', // row 18: unknown format
      'B-013;Nyveien 3;2;50;9 000;TG0;Utleid;H-3001;01.09.2026;01.01.2026', // row 19
      'B-014;Nyveien 4;2;50;9 000;TG0;Utleid;01019012345;01.09.2026;', // row 20
      'B-015;Nyveien 5;2;50;9 000;TG9;Ledig;;;', // row 21
      'B-016;;2;50;9 000;TG0;Ledig;;;', // row 22: new, no address
      ';Nyveien 7;2;50;9 000;TG0;Ledig;;;', // row 23: no Bolignr
    ];
    const { token } = await csv(reg, lines);
    const before = dumpTables(reg.db());
    const preview = await reg.api.ok('import.preview', { token });
    expect(preview.canApply).toBe(false);
    expect(messages(preview.errors)).toEqual([
      'Rad 14, Antall soverom: «tre» er ikke et tall',
      'Rad 15, Bolignr: B-011 står også på rad 16 – hver bolig kan bare stå én gang i filen',
      'Rad 16, Bolignr: B-011 står også på rad 15 – hver bolig kan bare stå én gang i filen',
      'Rad 17, Bolignr: «B#020» er ikke et gyldig bolignummer (bruk bokstaver, tall, bindestrek, punktum eller skråstrek, høyst 30 tegn)',
      'Rad 18, Bolignr: «X1» har et ukjent format for bolignummer – bolignumrene i registeret ser ut som B-001. Rett bolignummeret, eller opprett boligen i registeret først',
      'Rad 19, Kontrakt slutt: kontrakten kan ikke slutte (01.01.2026) før den starter (01.09.2026)',
      'Rad 20, Husstand ref: ser ut som et fødselsnummer – registeret skal ikke ha personnummer. Bruk en pseudonym kode (f.eks. H-1001)',
      'Rad 21, Tilstandsgrad: «TG9» er ikke en gyldig tilstandsgrad (TG0, TG1, TG2, TG3 eller Ikke vurdert)',
      'Rad 22, Adresse: må fylles ut for en ny bolig (B-016 finnes ikke i registeret)',
      'Rad 23, Bolignr: mangler – raden har verdier, men ikke bolignummer',
    ]);
    const idError = preview.errors.find((e) => e.row === 20)!;
    expect(idError.value).toBe('010190*****'); // never shown back in full
    expect(preview.errors[0]).toMatchObject({ row: 14, column: 'Antall soverom', value: 'tre' });
    expect(preview.errorRows).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);

    const refused = await reg.api.call('import.apply', { token, confirmWarnings: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toBe(
        'Importen er stoppet: 10 feil må rettes i filen, eller radene må utelates. Ingenting er endret.',
      );
      expect(refused.error.issues[0]).toEqual({
        field: 'rad 14',
        message: 'Rad 14, Antall soverom: «tre» er ikke et tall',
      });
    }
    expect(dumpTables(reg.db())).toEqual(before);

    // Leaving out the rows with errors lets the rest through.
    const excludeRows = preview.errorRows.filter((r) => r !== 15);
    const again = await reg.api.ok('import.preview', { token, excludeRows });
    expect(again.errors).toEqual([]);
    expect(again.excludedRows).toEqual(excludeRows);
    expect(again.counts).toMatchObject({ excluded: 9, created: 0, unchanged: 11, missing: 0 });
    const applied = await reg.api.ok('import.apply', { token, excludeRows, confirmWarnings: true });
    expect(applied.run.counts.excluded).toBe(9);
  });

  it('a contract that ends before it starts, for the household already living there', async () => {
    const reg = base();
    const { token } = await csv(reg, [HEADER, 'B-001;;;;;;;H-1001;;01.01.2020']);
    const preview = await reg.api.ok('import.preview', { token });
    expect(messages(preview.errors)).toEqual([
      'Rad 2, Kontrakt slutt: kontrakten kan ikke slutte (01.01.2020) før den starter (01.03.2024)',
    ]);
  });

  it('a household in a home that is not for rent, and a new household without contract start', async () => {
    const reg = base();
    const { token } = await csv(reg, [
      HEADER,
      'B-004;;;;;;Ute av drift;H-5000;01.01.2026;',
      'B-011;;;;;;;H-5001;;',
    ]);
    const preview = await reg.api.ok('import.preview', { token });
    expect(messages(preview.errors)).toEqual([
      'Rad 2, Status: «Ute av drift», men raden har husstand H-5000. Sett status Utleid, eller fjern husstanden',
      'Rad 3, Kontrakt start: må fylles ut når en ny husstand (H-5001) flytter inn',
    ]);
  });
});

describe('warnings', () => {
  it('do not block, but must be confirmed', async () => {
    const reg = base();
    const { token } = await csv(reg, [
      'Bolignr;Antall soverom;BRA m2;Månedsleie kr',
      'B-001;;0;15 000', // rent +58 %, 0 m²
      'B-002;2;;', // bedrooms 1 → 2
    ]);
    const before = dumpTables(reg.db());
    const preview = await reg.api.ok('import.preview', { token });
    expect(preview.errors).toEqual([]);
    expect(preview.canApply).toBe(true);
    expect(messages(preview.warnings)).toEqual([
      'Rad 2, BRA m2: 0 m² er ikke et gyldig bruksareal – beholder 62,5 m² fra registeret',
      'Rad 2, Månedsleie kr: endres fra 9 500 kr til 15 000 kr (+58 %) – stemmer det?',
      'Rad 3, Antall soverom: endres fra 1 til 2 – stemmer det?',
    ]);
    const refused = await reg.api.call('import.apply', { token, confirmWarnings: false });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('3 advarsler som må bekreftes');
    expect(dumpTables(reg.db())).toEqual(before);

    const applied = await reg.api.ok('import.apply', { token, confirmWarnings: true });
    expect(applied.run.counts.updated).toBe(2);
    const b001 = await reg.api.ok('units.list', { search: 'B-001' });
    expect(b001.rows[0]).toMatchObject({ rentMonthly: 15_000, areaM2: 62.5 });
  });

  it('a blank household ref for a home with a tenant is a note, not a warning; the tenancy stays', async () => {
    const reg = base();
    const { token } = await csv(reg, [HEADER, 'B-001;;;;;;;;;']);
    const preview = await reg.api.ok('import.preview', { token });
    // Empty optional cells are not warnings (issue 14): nothing to confirm.
    expect(messages(preview.warnings)).toEqual([]);
    expect(preview.notes).toContain(
      'Rad 2, Husstand ref: er tom; H-1001 bor i B-001 ifølge registeret og blir boende. Leieforholdet avsluttes bare når Status settes (f.eks. Ledig).',
    );
    expect(preview.tenancies).toEqual([]);
  });

  it('refuses a file that changed since the preview', async () => {
    const reg = base();
    const { token, path } = await csv(reg, [HEADER, 'B-001;;;;9 600;;;;;']);
    const preview = await reg.api.ok('import.preview', { token });
    writeFileSync(path, [HEADER, 'B-001;;;;19 600;;;;;'].join('\n'));
    const refused = await reg.api.call('import.apply', {
      token,
      checksum: preview.checksum,
      confirmWarnings: true,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('er endret siden forhåndsvisningen');
  });
});

describe('tenancies', () => {
  it('a household that moves to another home leaves the old one', async () => {
    const reg = base();
    // H-1005 moves from B-005 (not in the file) to B-011.
    const { token } = await csv(reg, [HEADER, 'B-011;;;;;;Utleid;H-1005;01.10.2026;30.09.2029']);
    const preview = await reg.api.ok('import.preview', { token });
    expect(preview.errors).toEqual([]);
    expect(preview.tenancies.map((t) => t.text)).toEqual([
      'Husstand H-1005 flytter fra B-005 til B-011 (01.10.2026)',
      'Husstand H-1005 flytter inn i B-011 fra 01.10.2026 (kontrakt til 30.09.2029)',
    ]);
    await reg.api.ok('import.apply', { token, confirmWarnings: false });
    const units = await reg.api.ok('units.list', { limit: 50 });
    const byNo = Object.fromEntries(units.rows.map((u) => [u.unitNo, u]));
    expect(byNo['B-011']).toMatchObject({ householdRef: 'H-1005', status: 'utleid' });
    expect(byNo['B-005']).toMatchObject({ householdRef: null, status: 'ledig' });
  });

  it('the same household on two rows is an error', async () => {
    const reg = base();
    const { token } = await csv(reg, [
      HEADER,
      'B-011;;;;;;;H-7000;01.10.2026;',
      'B-012;;;;;;;h-7000;01.10.2026;',
    ]);
    const preview = await reg.api.ok('import.preview', { token });
    expect(messages(preview.errors)).toEqual([
      'Rad 2, Husstand ref: H-7000 står også på rad 3 – en husstand kan bare bo i én bolig',
      'Rad 3, Husstand ref: h-7000 står også på rad 2 – en husstand kan bare bo i én bolig',
    ]);
  });
});

describe('mapping unknown columns', () => {
  it('maps a column the import cannot place, and remembers the choice next year', async () => {
    const reg = base();
    const lines = [
      'Boenhet ID;Gate;Kvadrat;Leiebeløp;Vaktmester',
      'B-001;Fjordgata 1;62,5;9 700;Team Sør',
    ];
    const { token } = await csv(reg, lines);
    const first = await reg.api.ok('import.preview', { token });
    // No known header at all: the first row is shown for mapping.
    expect(first.canApply).toBe(false);
    expect(first.columns.map((c) => [c.header, c.source])).toEqual([
      ['Boenhet ID', 'unknown'],
      ['Gate', 'unknown'],
      ['Kvadrat', 'unknown'],
      ['Leiebeløp', 'unknown'],
      ['Vaktmester', 'unknown'],
    ]);
    const mapping = {
      'Boenhet ID': 'unitNo',
      Gate: 'address',
      Kvadrat: 'areaM2',
      Leiebeløp: 'rentMonthly',
      Vaktmester: 'ignore',
    } as const;
    const mapped = await reg.api.ok('import.preview', { token, mapping });
    expect(mapped.errors).toEqual([]);
    expect(mapped.columns.map((c) => [c.header, c.field, c.source])).toEqual([
      ['Boenhet ID', 'unitNo', 'chosen'],
      ['Gate', 'address', 'chosen'],
      ['Kvadrat', 'areaM2', 'chosen'],
      ['Leiebeløp', 'rentMonthly', 'chosen'],
      ['Vaktmester', null, 'ignored'],
    ]);
    expect(mapped.updated[0]!.changes).toEqual([
      { field: 'rentMonthly', label: 'Månedsleie', old: '9 500 kr', new: '9 700 kr' },
    ]);
    // The preview itself remembers nothing.
    expect(
      reg.db().prepare("SELECT value FROM settings WHERE key = 'import.columnMapping'").get(),
    ).toBeUndefined();
    await reg.api.ok('import.apply', { token, mapping, confirmWarnings: false });

    // Next year: the same headers (a little differently written) are placed without asking.
    const next = await csv(
      reg,
      ['boenhet-id;GATE;kvadrat;Leiebeløp;Vaktmester', 'B-001;Fjordgata 1;62,5;9 900;Team Nord'],
      'neste.csv',
    );
    const remembered = await reg.api.ok('import.preview', { token: next.token });
    expect(remembered.errors).toEqual([]);
    expect(remembered.columns.map((c) => [c.field, c.source])).toEqual([
      ['unitNo', 'remembered'],
      ['address', 'remembered'],
      ['areaM2', 'remembered'],
      ['rentMonthly', 'remembered'],
      [null, 'ignored'],
    ]);
    expect(remembered.counts.updated).toBe(1);
  });

  it('ignores a remembered mapping that is not valid', async () => {
    const reg = base();
    reg
      .db()
      .prepare("INSERT INTO settings (key, value) VALUES ('import.columnMapping', ?)")
      .run(JSON.stringify({ gate: 'address', kvadrat: 'dropTable', leie: 42 }));
    const { token } = await csv(reg, ['Bolignr;Gate;Kvadrat', 'B-001;Fjordgata 1;62,5']);
    const preview = await reg.api.ok('import.preview', { token });
    expect(preview.columns.map((c) => [c.header, c.field, c.source])).toEqual([
      ['Bolignr', 'unitNo', 'exact'],
      ['Gate', 'address', 'remembered'],
      ['Kvadrat', null, 'unknown'],
    ]);
  });

  it('never imports columns with personal data', async () => {
    const reg = base();
    const { token } = await csv(reg, [
      'Bolignr;Navn;Fødselsnummer;Månedsleie kr',
      'B-001;Ola Nordmann;01019012345;9 500',
    ]);
    const preview = await reg.api.ok('import.preview', { token, mapping: { Navn: 'note' } });
    expect(preview.columns.map((c) => [c.header, c.source])).toEqual([
      ['Bolignr', 'exact'],
      ['Navn', 'personal'],
      ['Fødselsnummer', 'personal'],
      ['Månedsleie kr', 'exact'],
    ]);
    expect(preview.notes).toContain(
      'Kolonnen «Navn» (B) ser ut til å ha personopplysninger og blir ikke importert.',
    );
    const before = registerContent(reg.db());
    await reg.api.ok('import.apply', { token, mapping: { Navn: 'note' }, confirmWarnings: false });
    expect(registerContent(reg.db())).toEqual(before);
    expect(JSON.stringify(dumpTables(reg.db()))).not.toContain('Nordmann');
    expect(JSON.stringify(dumpTables(reg.db()))).not.toContain('01019012345');
  });
});
