// The housing plan as an Excel workbook for the budget process (økonomiplan), issues 5 and 12.
//
// Sheets (Norwegian): Sammendrag (the scenarios side by side, key figures per year),
// Forutsetninger (named cells Rente_1, Prisvekst_1 …; rules; warnings), and for each scenario
// «Investering – <scenario>» and «Drift – <scenario>» (budget lines per action and year as
// formulas, with KOSTRA function and account type), «Endring – <scenario>» (the change against
// «Ingen tiltak»), «Lån – …» (repayment plans as formulas), «Behov – …», «Boligmasse – …»,
// «Tiltak – …» (action parameters the formulas use) and «Grunnlag – …» (growth factors as
// formulas; quantities of the register homes as values from Boligplan). Every formula stores
// the app's figure as its cached result, and computes that same figure (model.ts checks it
// before writing). The sheet writers are in ./sheets.
//
// No personal data: nothing about a household is written (the plan's needs sources hold
// household ids; they are never read here), and free text (names, notes, warnings) has
// household and need references removed.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { formatDate } from '../domain/format';
import { SSB_CROWDING_RULE } from '../domain/rules';
import { BASELINE_NAME, KOSTRA_FUNCTION } from '../domain/scenario';
import { COST_SIGN_CONVENTION } from '../domain/wording';
import { AppError } from '../register/errors';
import { Book } from './book';
import { buildPlanModel, type PlanModel } from './model';
import { assertNoPersonalData } from './personalData';
import { writeActions } from './sheets/actions';
import { writeAssumptions } from './sheets/assumptions';
import { writeBasis } from './sheets/basis';
import { writeBudget } from './sheets/budget';
import {
  amountUnit,
  planPeriod,
  redactor,
  SCENARIO_SHEETS,
  scenarioSheetName,
  Sheet,
  SHEETS,
  TABLE_HEADER,
  yearSpan,
  type Ctx,
  type PlanWorkbookInputs,
  type ScenarioSheet,
} from './sheets/common';
import { references, writeDifference, type DifferenceCells } from './sheets/difference';
import { writeLoans } from './sheets/loans';
import { writeNeeds } from './sheets/needs';
import { writeStock } from './sheets/stock';
import { writeSummary } from './sheets/summary';

export { planPeriod, redactor, SCENARIO_SHEETS, SHEETS, type PlanWorkbookInputs };

export function buildPlanWorkbook(inputs: PlanWorkbookInputs): ExcelJS.Workbook {
  return buildPlanWorkbookWithModel(inputs).workbook;
}

/** The names of the sheets a workbook of these scenarios has, in tab order. */
export function sheetNames(
  scenarioNames: string[],
  skipDifference: boolean[] = [],
): { all: string[]; perScenario: Record<ScenarioSheet, string>[] } {
  const used = new Set<string>(Object.values(SHEETS).map((s) => s.toLowerCase()));
  const perScenario = scenarioNames.map(() => ({}) as Record<ScenarioSheet, string>);
  const all: string[] = [...Object.values(SHEETS)];
  for (const kind of Object.keys(SCENARIO_SHEETS) as ScenarioSheet[]) {
    scenarioNames.forEach((nm, k) => {
      if (kind === 'difference' && skipDifference[k]) return;
      const name = scenarioSheetName(SCENARIO_SHEETS[kind], nm, used);
      perScenario[k]![kind] = name;
      all.push(name);
    });
  }
  return { all, perScenario };
}

/** The workbook and the model behind it (tests read the model's fallbacks). */
export function buildPlanWorkbookWithModel(inputs: PlanWorkbookInputs): {
  workbook: ExcelJS.Workbook;
  model: PlanModel;
} {
  const clean = redactor(inputs.snapshot);
  const model = buildPlanModel(inputs, new Book());
  const { book } = model;
  const thousands = inputs.thousands ?? false;
  const refs = references(model, inputs.snapshot);
  const names = inputs.scenarios.map((s) => clean(s.name));
  const { perScenario } = sheetNames(
    names,
    refs.map((r) => r === null),
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligplan';
  wb.lastModifiedBy = 'Boligplan';
  const when = new Date(`${inputs.exportedAt.slice(0, 10)}T12:00:00Z`);
  wb.created = when;
  wb.modified = when;
  wb.title = `Boligplan ${planPeriod(inputs.scenarios)}`;
  wb.calcProperties.fullCalcOnLoad = true;

  const ctx: Ctx = {
    inputs,
    model,
    book,
    names,
    clean,
    years: yearSpan(inputs.scenarios),
    thousands,
    sheetNames: perScenario,
  };
  const place = inputs.isSample
    ? `${inputs.municipality}${/fiktiv/i.test(inputs.municipality) ? '' : ' (fiktiv)'} – fiktive eksempeldata, ikke en virkelig kommune`
    : inputs.municipality;
  const stamp = `Eksportert ${formatDate(inputs.exportedAt.slice(0, 10))} fra Boligplan ${inputs.appVersion}`;
  const amp = (t: string) => t.replace(/&/g, '&&');

  const addSheet = (
    nm: string,
    title: string,
    scenarioText: string,
    note: string,
    opts: { thousands: boolean; money: boolean; printTitles?: boolean; fontSize?: number },
  ) => {
    const ws = wb.addWorksheet(nm, {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        ...(opts.printTitles === false
          ? {}
          : { printTitlesRow: `${TABLE_HEADER}:${TABLE_HEADER}` }),
        horizontalCentered: false,
        margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddHeader: `&L&B${amp(inputs.municipality)}&B&R${amp(title)}`,
        oddFooter: `&L${amp(nm)} – ${amp(stamp)}&RSide &P av &N`,
        evenHeader: `&L&B${amp(inputs.municipality)}&B&R${amp(title)}`,
        evenFooter: `&L${amp(nm)} – ${amp(stamp)}&RSide &P av &N`,
      },
    });
    ws.getCell(1, 1).value = title;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(2, 1).value = place;
    ws.getCell(2, 1).font = inputs.isSample
      ? { bold: true, color: { argb: 'FF9A3412' } }
      : { bold: true };
    ws.getCell(3, 1).value = scenarioText;
    ws.getCell(4, 1).value = stamp;
    ws.getCell(5, 1).value = opts.money ? `${amountUnit(opts.thousands)} ${note}` : note;
    ws.getCell(5, 1).font = { italic: true, color: { argb: 'FF555555' } };
    return new Sheet(ws, book, opts.thousands);
  };

  const period = planPeriod(inputs.scenarios);
  const allScenarios =
    names.length === 1
      ? `Scenario: ${names[0]}`
      : `Scenarioer: ${names.map((n, k) => `${k + 1} ${n}`).join(' · ')}`;
  const summary = addSheet(
    SHEETS.summary,
    `Boligplan ${period}`,
    allScenarios,
    `${COST_SIGN_CONVENTION}. Beløp (løpende priser) regnes fra arkene Investering og Drift; boligmasse, behov og dekningsgrad er beregnet i Boligplan.`,
    { thousands, money: true, printTitles: false },
  );
  const assumptions = addSheet(
    SHEETS.assumptions,
    `Forutsetninger ${period}`,
    allScenarios,
    'Endre en blå celle for å se virkningen i Investering, Drift og Lån. Behov og boligmasse er beregnet i Boligplan og endres ikke her. Beløp i kroner. Varslene står nederst.',
    { thousands: false, money: false },
  );

  // One sheet per scenario and kind, in tab order (kind by kind, scenario by scenario).
  const notes: Record<ScenarioSheet, { title: string; note: string; money: boolean }> = {
    investment: {
      title: 'Investeringsbudsjett',
      note: `Løpende priser, KOSTRA-funksjon ${KOSTRA_FUNCTION}. Netto-linjene: ${COST_SIGN_CONVENTION}. Formler regner fra Forutsetninger, Tiltak, Lån og Grunnlag.`,
      money: true,
    },
    operating: {
      title: 'Driftsbudsjett',
      note: `Løpende priser, KOSTRA-funksjon ${KOSTRA_FUNCTION}. Netto-linjene: ${COST_SIGN_CONVENTION}. Tiltakenes linjer er endringen tiltaket gir; renter og avdrag fra arket Lån.`,
      money: true,
    },
    difference: {
      title: `Endring mot ${BASELINE_NAME}`,
      note: `Scenarioet minus ${BASELINE_NAME} (samme periode og forutsetninger, uten tiltak). ${COST_SIGN_CONVENTION}. Dekningsgrad i prosentpoeng.`,
      money: true,
    },
    loans: {
      title: 'Lån',
      note: 'Nedbetalingsplaner for nye lån (formler). Ved salg innfris en forholdsmessig del, og restlånet får ny plan.',
      money: true,
    },
    needs: {
      title: 'Behov og dekning',
      note: 'Beregnet i Boligplan (venteliste, prognoser, forventet gjennomstrømning; forventningsverdier med én desimal). Differanse = tilbud − behov; udekket behov = husstander uten egnet bolig. Dekningsgrad «–»: ingen behov å dekke.',
      money: false,
    },
    stock: {
      title: 'Boligmasse',
      note: 'Boliger per 31.12 etter segment og disposisjonsform, beregnet i Boligplan.',
      money: false,
    },
    actions: {
      title: 'Tiltak',
      note: 'Tiltakenes parametre (blå celler kan endres; beløp i kroner, startårets priser). År og valg av boliger krever ny eksport fra Boligplan.',
      money: false,
    },
    basis: {
      title: 'Grunnlag',
      note: 'Vekstfaktorer (formler) og mengder fra Boligplan (verdier): husleie, m² og antall boliger i registeret og endringene tiltakene gir. Beløp i kroner.',
      money: false,
    },
  };
  const sheets = model.scenarios.map(() => ({}) as Partial<Record<ScenarioSheet, Sheet>>);
  for (const kind of Object.keys(SCENARIO_SHEETS) as ScenarioSheet[]) {
    for (const sm of model.scenarios) {
      const nm = perScenario[sm.no - 1]![kind];
      if (!nm) continue;
      const s = sm.scenario;
      const k = notes[kind];
      const scaled = k.money && thousands;
      sheets[sm.no - 1]![kind] = addSheet(
        nm,
        `${k.title} ${s.startYear}–${s.startYear + s.years - 1}`,
        `Scenario: ${names[sm.no - 1]}`,
        k.note,
        { thousands: scaled, money: k.money },
      );
    }
  }

  writeAssumptions(assumptions, model, names, inputs.crowdingRule ?? SSB_CROWDING_RULE, clean);
  const diffs: (DifferenceCells | null)[] = model.scenarios.map((sm) => {
    const sh = sheets[sm.no - 1]!;
    writeActions(sh.actions!, ctx, sm);
    writeBasis(sh.basis!, ctx, sm);
    writeLoans(sh.loans!, ctx, sm);
    writeBudget(sh.investment!, ctx, sm, 'inv');
    writeBudget(sh.operating!, ctx, sm, 'op');
    writeNeeds(sh.needs!, sm);
    writeStock(sh.stock!, sm);
    const ref = refs[sm.no - 1];
    return ref && sh.difference ? writeDifference(sh.difference, ctx, sm, ref) : null;
  });
  writeSummary(summary, ctx, diffs);

  book.flush();
  return { workbook: wb, model };
}

/** Writes the workbook atomically (a temporary file renamed into place); returns its sheets. */
export async function writePlanWorkbook(
  path: string,
  inputs: PlanWorkbookInputs,
): Promise<string[]> {
  const workbook = buildPlanWorkbook(inputs);
  assertNoPersonalData(workbook);
  const bytes = await workbook.xlsx.writeBuffer();
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, new Uint8Array(bytes as ArrayBuffer));
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError(
      'validation',
      `Kunne ikke lagre ${basename(path)}. Er filen åpen i Excel? (${(e as Error).message})`,
    );
  }
  return workbook.worksheets.map((w) => w.name);
}
