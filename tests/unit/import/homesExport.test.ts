// Issue 5.6: the register's homes for the property department, with no personal data — no
// household ref, no adult/child counts, no contract dates, no free-text notes — but every home.
// The survey-format export keeps those columns for the planner's round trip (issue 6).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyRowsFromRegister } from '../../../main/import/service';
import { openTestRegister } from '../helpers';

describe("'register.exportHomes': the homes without personal data", () => {
  const reg = openTestRegister({ sample: true });
  const out = join(reg.dir, 'boliger.xlsx');
  const rows: (string | null)[][] = [];
  let headers: string[] = [];
  let xml = '';
  let refs: string[] = [];
  let dates: string[] = [];
  let notes: string[] = [];
  let unitNos: string[] = [];

  beforeAll(async () => {
    const db = reg.db();
    // A free-text note that names a person: the sample has none.
    db.prepare("UPDATE unit SET note = 'Leietaker Kari Nordmann har hund' WHERE id = 1").run();
    refs = (db.prepare('SELECT ref FROM household').all() as { ref: string }[]).map((r) => r.ref);
    dates = (
      db.prepare('SELECT start, "end" FROM tenancy WHERE moved_out IS NULL').all() as {
        start: string | null;
        end: string | null;
      }[]
    ).flatMap((t) => [t.start, t.end].filter((d): d is string => !!d));
    notes = (db.prepare("SELECT note FROM unit WHERE note <> ''").all() as { note: string }[]).map(
      (r) => r.note,
    );
    unitNos = (db.prepare('SELECT unit_no FROM unit').all() as { unit_no: string }[]).map(
      (r) => r.unit_no,
    );

    reg.shell.saveQueue.push(out);
    const saved = await reg.api.ok('register.exportHomes', {});
    expect(saved).toMatchObject({ path: out, fileName: 'boliger.xlsx', rows: unitNos.length });

    const bytes = readFileSync(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    wb.eachSheet((ws) =>
      ws.eachRow((row, n) => {
        const texts = (row.values as unknown[])
          .slice(1)
          .map((v) =>
            v === null || v === undefined
              ? null
              : v instanceof Date
                ? v.toISOString().slice(0, 10)
                : typeof v === 'object'
                  ? JSON.stringify(v)
                  : String(v),
          );
        if (ws.name === 'Boliger' && n === 1) headers = texts.map(String);
        else if (ws.name === 'Boliger') rows.push(texts);
      }),
    );
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files)) {
      const f = zip.file(name);
      if (f) xml += `${await f.async('string')}\n`;
    }
  });

  afterAll(() => reg.close());

  it('the sample has personal data to leave out', () => {
    expect(refs.length).toBeGreaterThan(50);
    expect(dates.length).toBeGreaterThan(50);
    expect(notes.length).toBeGreaterThan(0);
  });

  it('proposes a file name for the property department', () => {
    expect(reg.shell.proposedNames).toEqual(['Boliger – Fjordvik kommune (fiktiv).xlsx']);
  });

  it("has the homes' own columns and none about households, contracts or notes", () => {
    expect(headers).toEqual([
      'Bolignr',
      'Adresse',
      'Område',
      'Boligtype',
      'Eierform',
      'Antall soverom',
      'BRA m2',
      'Antall rom',
      'P-ROM m2',
      'Etasje',
      'Rullestoltilgjengelig',
      'Tilstandsgrad',
      'Vedlikeholdsbehov kr',
      'Månedsleie kr',
      'Status',
      'Kartlagt dato',
    ]);
    for (const h of ['Husstand ref', 'Antall voksne', 'Antall barn', 'Kontrakt', 'Merknad']) {
      expect(xml).not.toContain(h);
    }
  });

  it('has every home, once', () => {
    expect(rows.map((r) => r[0]).sort()).toEqual([...unitNos].sort());
  });

  it('holds no household ref, contract date or note anywhere in the file', () => {
    const lower = xml.toLowerCase();
    expect(refs.filter((r) => lower.includes(r.toLowerCase()))).toEqual([]);
    expect(notes.filter((n) => xml.includes(n))).toEqual([]);
    const cells = rows.flat().filter((v): v is string => v !== null);
    expect(dates.filter((d) => cells.includes(d))).toEqual([]);
  });

  it('the survey-format export still carries the survey columns for the round trip', () => {
    const survey = surveyRowsFromRegister(reg.db());
    expect(survey.some((r) => r.householdRef)).toBe(true);
    expect(survey.some((r) => r.contractStart)).toBe(true);
    const homes = surveyRowsFromRegister(reg.db(), { forPropertyDepartment: true });
    expect(homes).toHaveLength(survey.length);
    for (const h of homes) {
      for (const f of [
        'householdRef',
        'adults',
        'children',
        'contractStart',
        'contractEnd',
        'note',
      ] as const) {
        expect(h).not.toHaveProperty(f);
      }
    }
  });
});
