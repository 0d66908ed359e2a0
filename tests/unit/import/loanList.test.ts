// The finance department's loan list through the real handlers: a good list creates and
// updates loans (preview before → after), each bad input is refused by row and column with the
// register unchanged, warnings need confirming, and a whole import can be undone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestRegister, unitInput } from '../helpers';

type Reg = ReturnType<typeof openTestRegister>;
let reg: Reg;
const ids: Record<string, number> = {};

const HEADER = [
  'Långiver',
  'Lånenummer',
  'Saldo',
  'Saldo per dato',
  'Rente %',
  'Fastrente til',
  'Lånetype',
  'Gjenværende løpetid år',
  'Bolignr',
  'Andel %',
  'Merknad',
].join(';');

beforeEach(async () => {
  reg = openTestRegister();
  for (const unitNo of ['B-001', 'B-002', 'B-003']) {
    ids[unitNo] = (await reg.api.ok('units.create', unitInput({ unitNo }))).id;
  }
  // A loan already on record: the list updates it.
  await reg.api.ok('loans.create', {
    lender: 'husbanken',
    loanNo: 'HB-100',
    balance: 1_000_000,
    balanceDate: '2024-12-31',
    interestRate: 0.03,
    fixedUntil: null,
    repayment: 'annuity',
    remainingYears: 25,
    note: 'Grunnlån',
    units: [{ unitId: ids['B-001']!, share: 1 }],
  });
});
afterEach(() => reg.close());

/** Writes a CSV (semicolons, as Excel saves it in Norway) and picks it in the fake dialog. */
async function pick(name: string, lines: string[]): Promise<string> {
  const path = join(reg.dir, name);
  writeFileSync(path, [HEADER, ...lines].join('\r\n'), 'utf8');
  return pickPath(path);
}

async function pickPath(path: string): Promise<string> {
  reg.shell.openQueue.push(path);
  const picked = await reg.api.ok('loanImport.chooseFile', {});
  return picked!.token;
}

/** The loans and their shares, to compare before and after. */
function dump() {
  const db = reg.db();
  return {
    loans: db.prepare('SELECT * FROM loan ORDER BY id').all(),
    shares: db.prepare('SELECT * FROM loan_unit ORDER BY loan_id, unit_id').all(),
  };
}

const GOOD = [
  'KBN;KBN-7;2 400 000;31.12.2025;4,5;30.06.2028;Serie;20;B-002, B-003;"60; 40";Kjøpt 2019',
  'Husbanken;HB-100;950 000;31.12.2025;3,2;;Annuitet;24;B-001;;Grunnlån',
];

describe('a good loan list', () => {
  it('previews a new loan and an update (before → after), applies both, and undoes the whole import', async () => {
    const token = await pick('laneliste.csv', GOOD);
    const before = dump();
    const preview = await reg.api.ok('loanImport.preview', { token });
    expect(dump()).toEqual(before); // the preview changes nothing
    expect(preview.counts).toEqual({
      rows: 2,
      created: 1,
      updated: 1,
      unchanged: 0,
      errors: 0,
      warnings: 0,
    });
    expect(preview.headerRow).toBe(1);
    const created = preview.changes.find((c) => c.loanNo === 'KBN-7')!;
    expect(created).toMatchObject({ row: 2, action: 'create' });
    expect(created.fields).toContainEqual({
      field: 'units',
      label: 'Boliger',
      old: '',
      new: 'B-002 60 %, B-003 40 %',
    });
    const updated = preview.changes.find((c) => c.loanNo === 'HB-100')!;
    expect(updated.action).toBe('update');
    expect(updated.fields).toEqual([
      { field: 'balance', label: 'Saldo', old: '1 000 000 kr', new: '950 000 kr' },
      { field: 'balanceDate', label: 'Saldo per dato', old: '31.12.2024', new: '31.12.2025' },
      { field: 'interestRate', label: 'Rente', old: '3 %', new: '3,2 %' },
      { field: 'remainingYears', label: 'Gjenværende løpetid (år)', old: '25', new: '24' },
    ]);

    const run = await reg.api.ok('loanImport.apply', {
      token,
      confirmWarnings: false,
      checksum: preview.checksum,
    });
    expect(run).toMatchObject({
      fileName: 'laneliste.csv',
      created: 1,
      updated: 1,
      undoneAt: null,
    });
    const kbn = reg.db().prepare("SELECT * FROM loan WHERE loan_no = 'KBN-7'").get() as Record<
      string,
      unknown
    >;
    expect(kbn).toMatchObject({
      lender: 'kbn',
      balance: 2_400_000,
      balance_date: '2025-12-31',
      interest_rate: 0.045,
      fixed_until: '2028-06-30',
      repayment: 'serial',
      remaining_years: 20,
      note: 'Kjøpt 2019',
    });
    expect(
      reg
        .db()
        .prepare('SELECT unit_id, share FROM loan_unit WHERE loan_id = ? ORDER BY unit_id')
        .all(kbn.id),
    ).toEqual([
      { unit_id: ids['B-002'], share: 0.6 },
      { unit_id: ids['B-003'], share: 0.4 },
    ]);
    expect(
      reg.db().prepare("SELECT balance, interest_rate FROM loan WHERE loan_no = 'HB-100'").get(),
    ).toEqual({ balance: 950_000, interest_rate: 0.032 });

    const history = await reg.api.ok('loanImport.history', {});
    expect(history.map((h) => h.id)).toEqual([run.id]);
    const undone = await reg.api.ok('loanImport.undo', { importId: run.id });
    expect(undone.undoneAt).not.toBeNull();
    expect(dump()).toEqual(before);
    // A second undo is refused.
    const again = await reg.api.call('loanImport.undo', { importId: run.id });
    expect(again.ok).toBe(false);
  });

  it('reads the downloadable .xlsx template filled in, with equal shares when Andel % is empty', async () => {
    const template = join(reg.dir, 'mal.xlsx');
    reg.shell.saveQueue.push(template);
    const saved = await reg.api.ok('loanImport.saveTemplate', {});
    expect(saved?.fileName).toBe('mal.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.getWorksheet('Låneliste')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER.split(';'));
    // An empty template has no loans: refused, nothing written.
    const empty = await reg.api.ok('loanImport.preview', { token: await pickPath(template) });
    expect(empty.problems.map((p) => p.message)).toEqual([
      'Filen: har ingen lån under overskriftene i rad 1',
    ]);

    ws.addRow([
      'Husbanken',
      'HB-200',
      1_500_000,
      new Date(Date.UTC(2025, 11, 31)),
      0.041, // a cell formatted as per cent in Excel holds the fraction
      null,
      'Annuitet',
      30,
      'B-001; B-002; B-003',
      null,
      '',
    ]);
    await wb.xlsx.writeFile(template);
    const token = await pickPath(template);
    const preview = await reg.api.ok('loanImport.preview', { token });
    expect(preview.format).toBe('xlsx');
    expect(preview.counts.errors).toBe(0);
    await reg.api.ok('loanImport.apply', { token, confirmWarnings: false });
    const loan = reg
      .db()
      .prepare("SELECT id, interest_rate, fixed_until FROM loan WHERE loan_no = 'HB-200'")
      .get() as {
      id: number;
      interest_rate: number;
      fixed_until: string | null;
    };
    expect(loan.interest_rate).toBe(0.041);
    expect(loan.fixed_until).toBeNull();
    // Three homes, no shares given: 1/3 each (to the millionth; the last takes the rest).
    const shares = reg
      .db()
      .prepare('SELECT share FROM loan_unit WHERE loan_id = ? ORDER BY unit_id')
      .all(loan.id) as { share: number }[];
    expect(shares.map((s) => s.share)).toEqual([0.333333, 0.333333, 0.333334]);
  });
});

describe('bad input is refused by row and column and changes nothing', () => {
  const cases: [string, string, string][] = [
    [
      'an unknown Bolignr',
      'KBN;KBN-8;100 000;31.12.2025;4;;Serie;10;B-001, X-999;;',
      'Rad 2, Bolignr: fant ikke bolig «X-999» i registeret',
    ],
    [
      'a negative balance',
      'KBN;KBN-8;-100 000;31.12.2025;4;;Serie;10;B-001;;',
      'Rad 2, Saldo: «-100 000» kan ikke være negativ',
    ],
    [
      'a rate over 25 %',
      'KBN;KBN-8;100 000;31.12.2025;26;;Serie;10;B-001;;',
      'Rad 2, Rente %: «26» er over 25 % – sjekk renten',
    ],
    [
      'a national id number',
      'KBN;KBN-8;100 000;31.12.2025;4;;Serie;10;B-001;;Leietaker 01017012345',
      'Rad 2, Merknad: ser ut som et fødselsnummer – lånelisten skal ikke ha personnummer',
    ],
    [
      'shares that do not add up to 100 %',
      'KBN;KBN-8;100 000;31.12.2025;4;;Serie;10;B-001, B-002;50, 30;',
      'Rad 2, Andel %: andelene er til sammen 80 % – de må være 100 %',
    ],
    [
      'an unknown repayment type',
      'KBN;KBN-8;100 000;31.12.2025;4;;Bullet;10;B-001;;',
      'Rad 2, Lånetype: «Bullet» er ikke en lånetype (skriv Annuitet eller Serie)',
    ],
  ];
  for (const [what, line, message] of cases) {
    it(`refuses ${what}`, async () => {
      const token = await pick('feil.csv', [line]);
      const before = dump();
      const preview = await reg.api.ok('loanImport.preview', { token });
      expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
        message,
      ]);
      // No national id is shown back in full.
      expect(JSON.stringify(preview)).not.toContain('01017012345');
      const applied = await reg.api.call('loanImport.apply', { token, confirmWarnings: true });
      expect(applied.ok).toBe(false);
      if (!applied.ok) {
        expect(applied.error.message).toMatch(/^Importen er stoppet: 1 feil/);
        expect(applied.error.issues.map((i) => i.message)).toEqual([message]);
      }
      expect(dump()).toEqual(before);
      expect(await reg.api.ok('loanImport.history', {})).toEqual([]);
    });
  }

  it('refuses the same loan number twice in the file, naming both rows', async () => {
    const token = await pick('dobbel.csv', [
      'KBN;KBN-9;100 000;31.12.2025;4;;Serie;10;B-001;;',
      'KBN;kbn-9;200 000;31.12.2025;4;;Serie;10;B-002;;',
    ]);
    const before = dump();
    const preview = await reg.api.ok('loanImport.preview', { token });
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Rad 3, Lånenummer: lånenummeret står også i rad 2 – ett lån per rad',
    ]);
    expect((await reg.api.call('loanImport.apply', { token, confirmWarnings: true })).ok).toBe(
      false,
    );
    expect(dump()).toEqual(before);
  });

  it('refuses a list without the required columns', async () => {
    const path = join(reg.dir, 'kolonner.csv');
    writeFileSync(path, 'Lånenummer;Saldo;Rente %\r\nKBN-1;100;4\r\n', 'utf8');
    const preview = await reg.api.ok('loanImport.preview', { token: await pickPath(path) });
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Rad 1: mangler kolonnene «Långiver», «Saldo per dato», «Lånetype», «Gjenværende løpetid år», «Bolignr»',
    ]);
  });
});

describe('warnings and undo safety', () => {
  it('needs warnings confirmed before it writes', async () => {
    const token = await pick('dnb.csv', ['DNB;DNB-1;300 000;31.12.2025;5;;Annuitet;15;B-003;;']);
    const preview = await reg.api.ok('loanImport.preview', { token });
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Rad 2, Långiver: «DNB» er verken Husbanken eller KBN og registreres som «Annen långiver»',
    ]);
    const before = dump();
    const refused = await reg.api.call('loanImport.apply', { token, confirmWarnings: false });
    expect(refused.ok).toBe(false);
    expect(dump()).toEqual(before);
    await reg.api.ok('loanImport.apply', { token, confirmWarnings: true });
    expect(reg.db().prepare("SELECT lender FROM loan WHERE loan_no = 'DNB-1'").get()).toEqual({
      lender: 'annen',
    });
  });

  it('refuses to undo when a loan was changed after the import, and changes nothing', async () => {
    const token = await pick('laneliste.csv', GOOD);
    const run = await reg.api.ok('loanImport.apply', { token, confirmWarnings: false });
    const id = (
      reg.db().prepare("SELECT id FROM loan WHERE loan_no = 'KBN-7'").get() as { id: number }
    ).id;
    const loan = await reg.api.ok('loans.get', { id });
    await reg.api.ok('loans.update', { id, loan: { ...loan, balance: 2_300_000 } });
    const before = dump();
    const undo = await reg.api.call('loanImport.undo', { importId: run.id });
    expect(undo.ok).toBe(false);
    if (!undo.ok) {
      expect(undo.error.message).toBe(
        'Importen kan ikke angres: lån KBN-7 er endret eller slettet etter importen. Ingenting er endret.',
      );
    }
    expect(dump()).toEqual(before);
  });

  it('refuses a file that changed since the preview', async () => {
    const token = await pick('laneliste.csv', GOOD);
    const preview = await reg.api.ok('loanImport.preview', { token });
    writeFileSync(join(reg.dir, 'laneliste.csv'), [HEADER, GOOD[0]].join('\r\n'), 'utf8');
    const r = await reg.api.call('loanImport.apply', {
      token,
      confirmWarnings: false,
      checksum: preview.checksum,
    });
    expect(r.ok).toBe(false);
  });

  it('refuses when the register changed after the preview, and changes nothing', async () => {
    const token = await pick('laneliste.csv', GOOD);
    const preview = await reg.api.ok('loanImport.preview', { token });
    // Someone edits a home after the planner looked at the preview …
    const { unit } = await reg.api.ok('units.get', { id: ids['B-001']! });
    const { id: _id, ...fields } = unit;
    await reg.api.ok('units.update', { id: unit.id, unit: { ...fields, note: 'Nytt tak' } });
    const before = dump();
    // … so the preview no longer shows what would happen.
    const r = await reg.api.call('loanImport.apply', {
      token,
      confirmWarnings: true,
      checksum: preview.checksum,
      revision: preview.revision,
    });
    expect(r.ok ? '' : r.error.message).toBe(
      'Registeret er endret siden du startet – last inn på nytt. Ingenting er endret.',
    );
    expect(dump()).toEqual(before);
    // A fresh preview carries the new revision and goes through.
    const fresh = await reg.api.ok('loanImport.preview', { token });
    expect(fresh.revision).toBeGreaterThan(preview.revision);
    await reg.api.ok('loanImport.apply', {
      token,
      confirmWarnings: true,
      checksum: fresh.checksum,
      revision: fresh.revision,
    });
  });
});
