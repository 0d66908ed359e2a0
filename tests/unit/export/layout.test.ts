// The workbook as a finance officer meets it (issue 12.7): a sheet per scenario with names
// Excel accepts, amounts in kroner or 1 000 kr (cells keep kroner), Norwegian labels, the
// change against «Ingen tiltak», money in words, warnings on Forutsetninger and print set-up.
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baselineScenario,
  runPlan,
  type PlanResult,
  type RegisterSnapshot,
  type Scenario,
} from '../../../main/domain/scenario';
import { planDifference } from '../../../main/domain/scenario/difference';
import { moneyWords } from '../../../main/domain/wording';
import { scenarioSheetName } from '../../../main/export/sheets/common';
import { buildPlanWorkbookWithModel } from '../../../main/export/workbook';
import { registerSnapshot } from '../../../main/register/snapshot';
import { openTestRegister, TODAY } from '../helpers';
import { allKindsScenario, ALL_KINDS } from './fixtures';
import { cellNumber } from './libreoffice';
import { readDifference } from './readBudget';

describe('sheet names', () => {
  it('«Drift – <scenario>»: at most 31 characters, no []:*?/\\, unique regardless of case', () => {
    const used = new Set<string>(['sammendrag']);
    expect(scenarioSheetName('Drift', 'Kjøp', used)).toBe('Drift – Kjøp');
    expect(scenarioSheetName('Drift', 'kjøp', used)).toBe('Drift – kjøp (2)');
    const long = scenarioSheetName('Investering', 'Plan 2/3: [nord]* og sør? \\ mer tekst', used);
    expect([...long].length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[[\]:*?/\\]/);
    expect(long).toBe('Investering – Plan 2-3- -nord-…');
    // The same long name again gets a number and stays within the limit.
    const again = scenarioSheetName('Investering', 'Plan 2/3: [nord]* og sør? \\ mer tekst', used);
    expect(again).toMatch(/ \(2\)$/);
    expect([...again].length).toBeLessThanOrEqual(31);
    expect(scenarioSheetName('Lån', "'sitat'", used)).toBe("Lån – 'sitat");
  });
});

describe('the workbook', () => {
  const reg = openTestRegister({ sample: true });
  let snap: RegisterSnapshot;
  let scenarios: Scenario[];
  let plans: PlanResult[];
  const build = (thousands: boolean, ss = scenarios, ps = plans) =>
    buildPlanWorkbookWithModel({
      municipality: 'Eksempelvik & Co kommune',
      isSample: false,
      plans: ps,
      scenarios: ss,
      snapshot: snap,
      exportedAt: TODAY,
      appVersion: '0.0.0-test',
      thousands,
    }).workbook;

  beforeAll(() => {
    snap = registerSnapshot(reg.db(), TODAY);
    const all = allKindsScenario();
    scenarios = [
      all,
      allKindsScenario({ name: 'Bare kjøp', actions: ALL_KINDS.slice(0, 1) }),
      baselineScenario(all),
    ];
    plans = scenarios.map((s) => runPlan(snap, s));
  });
  afterAll(() => reg.close());

  const texts = (wb: ExcelJS.Workbook) => {
    const out: { where: string; text: string }[] = [];
    wb.eachSheet((ws) => {
      out.push({ where: ws.name, text: ws.name });
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          const text =
            typeof v === 'string'
              ? v
              : v && typeof v === 'object' && 'result' in v && typeof v.result === 'string'
                ? v.result
                : null;
          if (text !== null) out.push({ where: `${ws.name}!${cell.address}`, text });
        }),
      );
    });
    return out;
  };

  it('has Sammendrag, Forutsetninger and the sheets of each scenario (no Endring for the reference)', () => {
    const names = build(false).worksheets.map((w) => w.name);
    expect(names.slice(0, 5)).toEqual([
      'Sammendrag',
      'Forutsetninger',
      'Investering – Alle tiltak',
      'Investering – Bare kjøp',
      'Investering – Ingen tiltak',
    ]);
    expect(names).toContain('Endring – Alle tiltak');
    expect(names).toContain('Endring – Bare kjøp');
    expect(names).not.toContain('Endring – Ingen tiltak');
    expect(names).toHaveLength(2 + 8 * 3 - 1);
  });

  it('1 000 kr: the number format scales, the cells keep kroner, each sheet says so', () => {
    const plain = build(false);
    const scaled = build(true);
    const drift = (wb: ExcelJS.Workbook) => wb.getWorksheet('Drift – Alle tiltak')!;
    // The first figure of the existing stock's rent income (row 8: header 6, section 7).
    const a = drift(plain).getCell(8, 6);
    const b = drift(scaled).getCell(8, 6);
    expect(a.numFmt).toBe('#,##0');
    expect(b.numFmt).toBe('#,##0,');
    expect(cellNumber(b)).toBe(cellNumber(a));
    expect(cellNumber(b)).toBe(plans[0]!.byAction[0]!.perYear[0]!.operating.rentIncome);
    for (const ws of scaled.worksheets) {
      const note = String(ws.getCell(5, 1).value);
      if (/^(Sammendrag|Investering|Drift|Endring|Lån)/.test(ws.name)) {
        expect(note, ws.name).toMatch(/^Beløp i 1 000 kr/);
      } else expect(note, ws.name).not.toMatch(/1 000 kr/);
    }
    expect(String(drift(plain).getCell(5, 1).value)).toMatch(/^Beløp i kroner/);
    // Input sheets keep kroner.
    const tiltak = scaled.getWorksheet('Tiltak – Alle tiltak')!;
    const formats = new Set<string>();
    tiltak.eachRow((row) => row.eachCell((c) => formats.add(c.numFmt)));
    expect(formats.has('#,##0,')).toBe(false);
  });

  it('labels are Norwegian: no English words in any sheet', () => {
    // Letter-bounded (\b would split «restlånet» at «å» and find «net»).
    const english =
      /(?<!\p{L})(gap|total|net|cost|costs|loan|loans|income|warning|warnings|sheet|rate|value|year|years|summary|assumptions|balance|npv|count|homes|unit|units|difference|baseline|scenario \d+ of)(?!\p{L})/iu;
    const hits = texts(build(false))
      .filter(({ text }) => english.test(text))
      .map(({ where, text }) => `${where}: ${text}`);
    expect(hits).toEqual([]);
  });

  it('the change against «Ingen tiltak» equals planDifference (cached results)', () => {
    const wb = build(true);
    for (const [k, name] of [
      [0, 'Alle tiltak'],
      [1, 'Bare kjøp'],
    ] as const) {
      const d = planDifference(plans[k]!, runPlan(snap, baselineScenario(scenarios[k]!)));
      const rows = readDifference(wb.getWorksheet(`Endring – ${name}`)!);
      expect(d.perYear.map((y) => rows.get('Netto kostnad')!.get(y.year))).toEqual(
        d.perYear.map((y) => y.netCost),
      );
      expect(rows.get('Netto kostnad')!.get('sum')).toBe(d.total.netCost);
      expect(rows.get('Netto investering')!.get('sum')).toBe(d.total.netInvestment);
      expect(rows.get('Netto driftsutgift')!.get('sum')).toBe(d.total.netOperatingCost);
      expect(rows.get('Boligmasse 31.12')!.get('sum')).toBe(d.total.homesEnd);
      expect(rows.get('Nåverdi')!.get('sum')).toBe(d.total.npv);
      // Hand check of one year: scenario minus reference.
      const y = d.perYear[1]!;
      expect(y.netCost).toBe(plans[k]!.perYear[1]!.netCost - plans[2]!.perYear[1]!.netCost);
    }
  });

  it('money in words: «Netto utgift» / «Netto overskudd» as live formulas beside the sums', () => {
    const wb = build(false);
    const drift = wb.getWorksheet('Drift – Alle tiltak')!;
    let found = 0;
    drift.eachRow((row) => {
      if (String(row.getCell(4).value) !== 'Netto kostnad (investering + drift)') return;
      const words = row.getCell(6 + plans[0]!.years + 1).value as ExcelJS.CellFormulaValue;
      expect(words.formula).toMatch(/^IF\(/);
      expect(words.result).toBe(moneyWords(plans[0]!.total.netCost).label);
      found++;
    });
    expect(found).toBe(1);
    const heads = texts(wb).map((t) => t.text);
    expect(heads.some((t) => t.includes('+ = utgift for kommunen'))).toBe(true);
  });

  it('warnings on Forutsetninger: message, type and year, without household references', () => {
    const household = snap.households[0]!.ref;
    const withWarnings = plans.map((p, k) =>
      k === 0
        ? {
            ...p,
            warnings: [
              ...p.warnings,
              {
                severity: 'warning' as const,
                actionId: null,
                actionIndex: null,
                field: null,
                message: `Dekningen faller fra 89 % til 27 % i 2031 (${household}).`,
                code: 'lease-end-coverage-drop',
                year: 2031,
              },
              {
                severity: 'warning' as const,
                actionId: null,
                actionIndex: null,
                field: null,
                message: 'Et varsel uten kode.',
              },
            ],
          }
        : p,
    );
    const ws = build(false, scenarios, withWarnings).getWorksheet('Forutsetninger')!;
    const rows: string[][] = [];
    let inWarnings = false;
    ws.eachRow((row) => {
      const first = String(row.getCell(1).value ?? '');
      if (first === 'Varsler') inWarnings = true;
      else if (inWarnings) {
        rows.push(
          (row.values as unknown[]).slice(1).map((v) => (v === undefined ? '' : String(v))),
        );
      }
    });
    const flat = rows.map((r) => r.filter((x) => x !== '').join(' | '));
    expect(flat[0]).toBe('Scenario | År | Type | Varsel');
    expect(flat).toContain(
      'Alle tiltak | 2031 | Framleieavtaler avsluttes og dekningen faller | Dekningen faller fra 89 % til 27 % i 2031 ([fjernet]).',
    );
    expect(flat).toContain('Alle tiltak | Et varsel uten kode.');
    // The other scenario lists its own engine warnings, one row each (or «Ingen varsler.»).
    const other = flat.filter((r) => r.startsWith('Bare kjøp |'));
    expect(other).toHaveLength(Math.max(1, plans[1]!.warnings.length));
    if (plans[1]!.warnings.length === 0) expect(other).toEqual(['Bare kjøp | Ingen varsler.']);
    expect(flat.join('\n')).not.toContain(household);
  });

  it('prints landscape, fit to width, with the table header repeated and page numbers', () => {
    const wb = build(false);
    for (const ws of wb.worksheets) {
      const p = ws.pageSetup;
      expect(p.orientation, ws.name).toBe('landscape');
      expect(p.fitToPage && p.fitToWidth === 1 && p.fitToHeight === 0, ws.name).toBe(true);
      expect(p.paperSize).toBe(9);
      if (ws.name !== 'Sammendrag') expect(p.printTitlesRow, ws.name).toBe('6:6');
      expect(ws.headerFooter.oddHeader).toContain('Eksempelvik && Co kommune');
      expect(ws.headerFooter.oddFooter).toContain('Side &P av &N');
    }
  });
});
