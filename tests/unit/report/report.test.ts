// The printable plan (issue 12.4): the model's sections and figures agree with the engine, the
// difference is the plan minus «Ingen tiltak», the HTML carries no household reference, and the
// CLI writes the file with its exit codes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../main/cli/index';
import { reportHtml } from '../../../main/cli/report';
import { BASELINE_SCENARIO_ID } from '../../../main/contract/export';
import { baselineScenario, runPlan, type PlanResult } from '../../../main/domain/scenario';
import type { ReportModel } from '../../../main/report/model';
import { pageMarginCss, pdfPrintOptions } from '../../../main/report/print';
import { registerSnapshot } from '../../../main/register/snapshot';
import { openTestRegister, TODAY } from '../helpers';
import { allKindsScenario, ALL_KINDS } from '../export/fixtures';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('report', () => {
  const reg = openTestRegister({ sample: true });
  let id = 0;
  let model: ReportModel;
  let plan: PlanResult;
  let baseline: PlanResult;
  let refs: string[] = [];

  beforeAll(async () => {
    const snap = registerSnapshot(reg.db(), TODAY);
    refs = [
      ...snap.households.map((h) => h.ref),
      ...snap.needs.flatMap((n) => (n.ref ? [n.ref] : [])),
    ];
    const household = snap.households[0]!.ref;
    // A planner who wrote a household reference into a note.
    const scenario = allKindsScenario({
      actions: ALL_KINDS.map((a, i) => (i === 0 ? { ...a, note: `Avklart med ${household}` } : a)),
    });
    id = (await reg.api.ok('scenarios.create', { scenario })).id;
    model = await reg.api.ok('report.model', { scenarioIds: [id, BASELINE_SCENARIO_ID] });
    const stored = (await reg.api.ok('scenarios.get', { id })).scenario;
    plan = runPlan(snap, stored);
    baseline = runPlan(snap, baselineScenario(stored));
  });
  afterAll(() => reg.close());

  it('has the municipality, the date and both scenarios, the baseline last', () => {
    expect(model.municipality).toMatch(/Fjordvik/);
    expect(model.isSample).toBe(true);
    expect(model.dateText).toBe('25.11.2026');
    expect(model.title).toBe('Boligplan 2027–2032');
    expect(model.scenarios.map((s) => s.name)).toEqual(['Alle tiltak', 'Ingen tiltak']);
    expect(model.scenarios[1]!.isBaseline).toBe(true);
    expect(model.scenarios[1]!.difference).toBeNull();
  });

  it('Sammendrag: five lines with what the plan does, coverage, investment, net cost and NPV', () => {
    const s = model.scenarios[0]!;
    expect(s.summary).toHaveLength(5);
    // kjop-1: 4 homes; bygg-1: 6 + 2 + 2 = 10 homes; framleie-1: 5 leased.
    expect(s.counts).toMatchObject({ bought: 4, built: 10, leased: 5, leasesEnded: 1 });
    expect(s.summary[0]).toMatch(/kjøper 4 boliger, bygger 10 boliger/);
    expect(s.summary[4]).toContain('2027 udiskontert');
    // No bare minus sign anywhere in the summary: money is in words.
    for (const line of s.summary) expect(line).not.toMatch(/[-−]\s?\d/);
  });

  it('budget tables add up to the plan: lines per year, net rows and totals to the krone', () => {
    const s = model.scenarios[0]!;
    const inv = s.investment.rows.find((r) => r.line === null)!;
    const op = s.operating.rows.find((r) => r.line === null)!;
    expect(inv.values).toEqual(plan.perYear.map((y) => y.netInvestment));
    expect(op.values).toEqual(plan.perYear.map((y) => y.netOperatingCost));
    expect(inv.total).toBe(plan.total.netInvestment);
    expect(op.total).toBe(plan.total.netOperatingCost);
    expect(s.totalNetCost).toBe(plan.total.netCost);
    expect(s.npv).toBe(plan.npv);
    const purchases = s.investment.rows.find((r) => r.line === 'purchases')!;
    expect(purchases.values).toEqual(plan.perYear.map((y) => y.investment.purchases));
    expect(purchases.account).toBe('Utgift');
    expect(s.investment.rows.find((r) => r.line === 'newLoans')!.account).toBe('Finansiering');
    expect(s.operating.rows.find((r) => r.line === 'rentIncome')!.account).toBe('Inntekt');
    expect(s.investment.kostraFunction).toBe(265);
    // The lines shown sum to the net row each year (financing and income subtracted).
    plan.perYear.forEach((_, i) => {
      const sum = s.investment.rows
        .filter((r) => r.line !== null)
        .reduce((acc, r) => acc + (r.account === 'Utgift' ? 1 : -1) * r.values[i]!, 0);
      expect(sum).toBe(inv.values[i]);
    });
  });

  it('Endring mot Ingen tiltak is the plan minus the baseline, per year and in total', () => {
    const d = model.scenarios[0]!.difference!;
    expect(d.perYear).toHaveLength(plan.years);
    d.perYear.forEach((y, i) => {
      expect(y.netCost).toBe(plan.perYear[i]!.netCost - baseline.perYear[i]!.netCost);
      expect(y.netInvestment).toBe(
        plan.perYear[i]!.netInvestment - baseline.perYear[i]!.netInvestment,
      );
      expect(y.homes).toBe(plan.perYear[i]!.stock.total - baseline.perYear[i]!.stock.total);
    });
    expect(d.total.netCost).toBe(plan.total.netCost - baseline.total.netCost);
    expect(d.total.npv).toBe(plan.npv - baseline.npv);
  });

  it('Dekning, Tiltak, Forutsetninger and Varsler come from the plan', () => {
    const s = model.scenarios[0]!;
    expect(s.coverage.map((c) => c.coverage)).toEqual(
      plan.needs.perYear.map((y) => y.total.coverage),
    );
    expect(s.actions).toHaveLength(ALL_KINDS.length);
    expect(s.actions[0]!.title).toBe('Tiltak 1 (Kjøp)');
    expect(s.warnings.map((w) => w.message)).toEqual(plan.warnings.map((w) => w.message));
    expect(model.assumptions.find((a) => a.label === 'Kalkulasjonsrente')!.values).toEqual([
      '4,0 %',
      '4,0 %',
    ]);
    const rules = model.rules.map((r) => r.label);
    expect(rules).toEqual(expect.arrayContaining(['Trangboddhet', 'Soverombehov', 'Nåverdi']));
    expect(model.rules.find((r) => r.label === 'Trangboddhet')!.text).toMatch(/SSBs definisjon/);
  });

  it('the HTML has every section and no household or need reference', () => {
    const html = reportHtml(model);
    for (const h of [
      'Sammendrag',
      'Tiltak',
      'Dekning av behov',
      'Investeringer',
      'Drift',
      'Endring mot Ingen tiltak',
      'Forutsetninger',
      'Varsler',
    ])
      expect(html).toContain(`>${h}</h2>`);
    expect(html).toContain('<svg');
    expect(html).toContain('@page');
    expect(html).toContain('counter(pages)');
    const lower = html.toLowerCase();
    expect(refs.length).toBeGreaterThan(150);
    expect(refs.filter((r) => lower.includes(r.toLowerCase()))).toEqual([]);
    // The note was kept with the reference removed.
    expect(html).toContain('Avklart med [fjernet]');
  });

  it('Varsler shows each warning with its year and kind (in Norwegian, not the code); money in words, no bare minus', () => {
    const s0 = model.scenarios[0]!;
    const withWarnings: ReportModel = {
      ...model,
      scenarios: [
        {
          ...s0,
          warnings: [
            {
              message: 'Dekningen faller fra 89 % til 27 % når framleieavtalene løper ut.',
              code: 'lease-end-coverage-drop',
              year: 2029,
            },
            { message: 'Et varsel uten kode.', code: null, year: null },
          ],
        },
      ],
    };
    const html = reportHtml(withWarnings);
    expect(html).toContain(
      'Dekningen faller fra 89 % til 27 % når framleieavtalene løper ut.<span class="report-warning-meta"> (år 2029, framleieavtaler avsluttes og dekningen faller)</span>',
    );
    expect(html).toContain('<li>Et varsel uten kode.</li>');
    // The text a reader sees has no minus sign before a figure (surpluses are words); a hyphen
    // inside a word («2027-kroner», «R-109/21») is not a sign.
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/(^|[\s(:])[-−]\s?\d/);
  });

  it('prints A4 with the municipality and date in the header and page numbers', () => {
    const o = pdfPrintOptions(model);
    expect(o.pageSize).toBe('A4');
    expect(o.headerTemplate).toContain('Fjordvik');
    expect(o.headerTemplate).toContain('25.11.2026');
    expect(o.footerTemplate).toContain('pageNumber');
    expect(o.footerTemplate).toContain('totalPages');
    expect(pageMarginCss({ ...model, municipality: 'A "B"' })).toContain('A \\"B\\"');
  });

  it('report.printToPdf says the test host cannot print (the page falls back to window.print)', async () => {
    const r = await reg.api.ok('report.printToPdf', { scenarioIds: [id] });
    expect(r).toEqual({ status: 'unavailable' });
  });

  it('cli report writes the HTML file (exit 0)', async () => {
    const out = join(reg.dir, 'plan.html');
    const r = await cli([
      'report',
      '--db',
      reg.path,
      '--scenario',
      'Alle tiltak',
      '--scenario',
      'Ingen tiltak',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { path: string; scenarios: { name: string }[] };
    expect(json.path).toBe(out);
    expect(json.scenarios.map((s) => s.name)).toEqual(['Alle tiltak', 'Ingen tiltak']);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Endring mot Ingen tiltak');
  });

  it('cli report: exit 1 for an unknown scenario, 2 for wrong usage', async () => {
    const out = join(reg.dir, 'x.html');
    const unknown = await cli([
      'report',
      '--db',
      reg.path,
      '--scenario',
      'Finnes ikke',
      '--out',
      out,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Fant ikke scenarioet «Finnes ikke»/);
    expect((await cli(['report', '--db', reg.path, '--scenario', 'Alle tiltak'])).code).toBe(2);
    expect((await cli(['report', '--db', reg.path, '--out', out])).code).toBe(2);
    expect(
      (await cli(['report', '--db', reg.path, '--scenario', 'Alle tiltak', '--out', 'x.pdf'])).code,
    ).toBe(2);
    const five = ['A', 'B', 'C', 'D', 'E'].flatMap((n) => ['--scenario', n]);
    expect((await cli(['report', '--db', reg.path, ...five, '--out', out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
